import { defineFuzzSuite } from './suite.js';

// Generated requests, from the OpenAPI document, against the orders and provenance routes: see tests/fuzz/suite.ts.
await defineFuzzSuite('orders-and-provenance');

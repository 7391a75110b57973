import { defineFuzzSuite } from './suite.js';

// Generated requests, from the OpenAPI document, against the FREES fund routes: see tests/fuzz/suite.ts.
await defineFuzzSuite('loans');

import { defineFuzzSuite } from './suite.js';

// Generated requests, from the OpenAPI document, against the catalog and platform routes: see tests/fuzz/suite.ts.
await defineFuzzSuite('catalog');

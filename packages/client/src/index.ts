export { createAyniClient, type AyniClient, type AyniClientOptions, type AyniLanguage } from './client.js';
export { IDEMPOTENCY_KEY_OPERATIONS, type IdempotencyKeyRule } from './operations.js';
export { paginate, type PageInit, type PageItem, type PaginatedPath } from './paginate.js';
export { AyniProblem, unwrap, type CallResult, type ProblemDetails, type ProblemFieldError } from './problem.js';
export { backoffMs, retryAfterMs, type RetryOptions } from './retry.js';
export type { components, operations, paths, webhooks } from './schema.js';

import type { components } from './schema.js';
/** The API's named schemas: `Schemas['Organisation']`, `Schemas['CatalogItem']`, … */
export type Schemas = components['schemas'];

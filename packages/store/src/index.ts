export * from './admin.js';
export * from './client.js';
export * from './errors.js';
export * from './idempotency.js';
export * from './keys.js';
export * from './pagination.js';
export * from './table.js';
export * from './transactions.js';

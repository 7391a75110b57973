export * from './app.js';
export * from './env.js';
export * from './idempotency.js';
export * from './problem.js';
export * from './route.js';
export * from './schemas.js';
export * from './node-server.js';
export * from './problem-catalog.js';

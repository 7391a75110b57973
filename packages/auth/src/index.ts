export * from './middleware.js';
export * from './principal.js';
export * from './verifier.js';

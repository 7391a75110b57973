export * from './compose.js';
export * from './platform.js';
export * from './runtime.js';

export * from './clock.js';
export * from './config.js';
export * from './emf.js';
export * from './errors.js';
export * from './i18n.js';
export * from './ids.js';
export * from './money.js';
export * from './quantity.js';

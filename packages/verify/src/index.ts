export { recordHash, standardLeaf, verifyBundle, type Bundle, type BundleEvent, type EventVerdict, type VerifyOptions } from './verify.js';
export { main } from './cli.js';

// @ts-check
export { main, USAGE } from './cli.js';
export { BundleError, RpcError, TrustRootError } from './errors.js';
export { HASH_SCHEME, recordHash, standardLeaf } from './hashing.js';
export { COMMITTED_REGISTRY, REGISTRY_FORMAT, loadTrustRoot, parseRegistry } from './registry.js';
export { BUNDLE_V1, BUNDLE_V2, FACTS_FORMAT, verifyBundle } from './verify.js';
export { EVENT_FORMAT } from './event-chain.js';

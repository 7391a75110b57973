/**
 * Types of `@ayni/verify` for TypeScript callers. The package is plain JavaScript (ESM, JSDoc,
 * `// @ts-check`); the function types are declared once in types.d.ts and used by both the
 * JavaScript (through `@type`) and this file, so the two cannot drift apart.
 */
import type { LoadTrustRoot, Main, ParseRegistry, RecordHash, StandardLeaf, VerifyBundle } from './types.js';

export type * from './types.js';

export declare const verifyBundle: VerifyBundle;
export declare const recordHash: RecordHash;
export declare const standardLeaf: StandardLeaf;
export declare const parseRegistry: ParseRegistry;
export declare const loadTrustRoot: LoadTrustRoot;
export declare const main: Main;

export declare const USAGE: string;
export declare const HASH_SCHEME: 'ayni-jcs-keccak-salted-v1';
export declare const REGISTRY_FORMAT: 'ayni-deployments/1';
export declare const BUNDLE_V1: 'ayni-proof-bundle/1';
export declare const BUNDLE_V2: 'ayni-proof-bundle/2';
export declare const EVENT_FORMAT: 'ayni-event/2';
export declare const FACTS_FORMAT: 'ayni-facts/1';
/** Absolute path of the registry committed with the verifier. */
export declare const COMMITTED_REGISTRY: string;

/** No usable trust root (none for the chain, a malformed registry, an RPC on another chain): exit code 2. */
export declare class TrustRootError extends Error {
  constructor(message: string, options?: { cause?: unknown });
}
/** The input is not a bundle the verifier can read: exit code 1. */
export declare class BundleError extends Error {
  constructor(message: string, options?: { cause?: unknown });
}
/** The RPC could not answer: exit code 1. */
export declare class RpcError extends Error {
  constructor(message: string, options?: { cause?: unknown });
}

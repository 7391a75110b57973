// @ts-check
/**
 * The verifier's named errors. The CLI maps them to exit codes: a TrustRootError (no trust root,
 * a malformed registry, an RPC on another chain than the one asked for) is 2, like a usage error,
 * because nothing can be verified without a trust root; a BundleError is 1.
 */

/** The user gave no usable trust root: nothing can be verified. */
export class TrustRootError extends Error {
  /**
   * @param {string} message
   * @param {{ cause?: unknown }} [options]
   */
  constructor(message, options) {
    super(message, options);
    this.name = 'TrustRootError';
  }
}

/** The input is not an Ayni proof bundle the verifier can read. */
export class BundleError extends Error {
  /**
   * @param {string} message
   * @param {{ cause?: unknown }} [options]
   */
  constructor(message, options) {
    super(message, options);
    this.name = 'BundleError';
  }
}

/** The RPC could not be read (down, timing out, refusing a call): nothing on chain was checked. */
export class RpcError extends Error {
  /**
   * @param {string} message
   * @param {{ cause?: unknown }} [options]
   */
  constructor(message, options) {
    super(message, options);
    this.name = 'RpcError';
  }
}

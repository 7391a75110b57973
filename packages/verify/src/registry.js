// @ts-check
/**
 * Trust roots. The contract and anchorer addresses per chain come from an `ayni-deployments/1`
 * registry that the user holds (the one committed with this verifier, or a file they give) or from
 * the command line, never from the bundle or from Ayni's server.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isAddress } from 'ethers';
import { isBytes32 } from './hashing.js';
import { TrustRootError } from './errors.js';

export const REGISTRY_FORMAT = 'ayni-deployments/1';

/** The registry committed with the verifier: real deployments only. */
export const COMMITTED_REGISTRY = fileURLToPath(new URL('../deployments.json', import.meta.url));

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {unknown} value */
function isBlockNumber(value) {
  return Number.isSafeInteger(value) && /** @type {number} */ (value) >= 0;
}

/** @type {import('./types.js').ParseRegistry} */
export const parseRegistry = (value, source = 'the registry') => {
  /** @param {string} message */
  const bad = (message) => new TrustRootError(`${source} is not a valid ${REGISTRY_FORMAT} registry: ${message}`);
  if (!isObject(value)) throw bad('it is not a JSON object');
  if (value.format !== REGISTRY_FORMAT) throw bad(`its format is ${JSON.stringify(value.format)}, not "${REGISTRY_FORMAT}"`);
  if (!Array.isArray(value.deployments)) throw bad('it has no "deployments" list');
  /** @type {import('./types.js').Deployment[]} */
  const deployments = value.deployments.map((entry, i) => {
    const at = `deployments[${i}]`;
    if (!isObject(entry)) throw bad(`${at} is not an object`);
    const { chainId, network, contract, deploymentTx, deploymentBlock, owner, anchorers } = entry;
    if (!Number.isSafeInteger(chainId) || /** @type {number} */ (chainId) <= 0) throw bad(`${at}.chainId must be a positive integer`);
    if (typeof contract !== 'string' || !isAddress(contract)) throw bad(`${at}.contract must be an address`);
    if (network !== undefined && typeof network !== 'string') throw bad(`${at}.network must be a string`);
    if (deploymentTx !== undefined && !isBytes32(deploymentTx)) throw bad(`${at}.deploymentTx must be a transaction hash`);
    if (deploymentBlock !== undefined && !isBlockNumber(deploymentBlock)) throw bad(`${at}.deploymentBlock must be a block number`);
    if (owner !== undefined && (typeof owner !== 'string' || !isAddress(owner))) throw bad(`${at}.owner must be an address`);
    if (anchorers !== undefined && !Array.isArray(anchorers)) throw bad(`${at}.anchorers must be a list`);
    /** @type {import('./types.js').Deployment} */
    const deployment = { chainId: /** @type {number} */ (chainId), contract };
    if (network !== undefined) deployment.network = network;
    if (deploymentTx !== undefined) deployment.deploymentTx = /** @type {string} */ (deploymentTx);
    if (deploymentBlock !== undefined) deployment.deploymentBlock = /** @type {number} */ (deploymentBlock);
    if (owner !== undefined) deployment.owner = owner;
    if (anchorers !== undefined) {
      deployment.anchorers = anchorers.map((pin, j) => {
        const pinAt = `${at}.anchorers[${j}]`;
        if (!isObject(pin) || typeof pin.address !== 'string' || !isAddress(pin.address)) throw bad(`${pinAt}.address must be an address`);
        if (pin.authorisedInTx !== undefined && !isBytes32(pin.authorisedInTx)) throw bad(`${pinAt}.authorisedInTx must be a transaction hash`);
        if (pin.authorisedAtBlock !== undefined && !isBlockNumber(pin.authorisedAtBlock)) throw bad(`${pinAt}.authorisedAtBlock must be a block number`);
        /** @type {import('./types.js').AnchorerPin} */
        const out = { address: pin.address };
        if (pin.authorisedInTx !== undefined) out.authorisedInTx = /** @type {string} */ (pin.authorisedInTx);
        if (pin.authorisedAtBlock !== undefined) out.authorisedAtBlock = /** @type {number} */ (pin.authorisedAtBlock);
        return out;
      });
    }
    return deployment;
  });
  return { ...value, format: REGISTRY_FORMAT, deployments };
};

/**
 * @param {string} address
 * @param {string} what
 */
function address(address, what) {
  if (!isAddress(address)) throw new TrustRootError(`${what} ${JSON.stringify(address)} is not an address`);
  return address.toLowerCase();
}

/**
 * The trust root from the user's options:
 * - `contract`: that AyniAnchor on `chainId` (null: the RPC's chain), anchorers pinned when given,
 *   logs read from `fromBlock` (default 0); no registry is read.
 * - otherwise the registry (`deploymentsFile`, default the committed one), restricted to
 *   `chainId` when given; `anchorers` replace the registry's pins, `fromBlock` its deploymentBlock.
 * @type {import('./types.js').LoadTrustRoot}
 */
export const loadTrustRoot = async (options = {}) => {
  const pins = options.anchorers?.length ? options.anchorers.map((a) => ({ address: address(a, '--anchorer') })) : null;
  if (options.fromBlock !== undefined && !isBlockNumber(options.fromBlock)) throw new TrustRootError('--from-block must be a block number');
  if (options.contract !== undefined) {
    return {
      source: 'command line',
      deployments: [
        {
          chainId: options.chainId ?? null,
          contract: address(options.contract, '--contract'),
          fromBlock: options.fromBlock ?? 0,
          anchorers: pins,
        },
      ],
    };
  }
  const file = options.deploymentsFile ?? COMMITTED_REGISTRY;
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new TrustRootError(`cannot read the deployments registry ${file}: ${/** @type {Error} */ (cause).message}`, { cause });
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new TrustRootError(`the deployments registry ${file} is not JSON`, { cause });
  }
  const registry = parseRegistry(json, `the deployments registry ${file}`);
  return {
    source: file,
    deployments: registry.deployments
      .filter((d) => options.chainId === undefined || d.chainId === options.chainId)
      .map((d) => {
        /** @type {import('./types.js').TrustedDeployment} */
        const trusted = {
          chainId: d.chainId,
          contract: d.contract.toLowerCase(),
          fromBlock: options.fromBlock ?? d.deploymentBlock ?? 0,
          anchorers: pins ?? (d.anchorers?.length ? d.anchorers.map((p) => ({ ...p, address: p.address.toLowerCase() })) : null),
        };
        if (d.network !== undefined) trusted.network = d.network;
        if (d.deploymentTx !== undefined) trusted.deploymentTx = d.deploymentTx.toLowerCase();
        if (d.deploymentBlock !== undefined) trusted.deploymentBlock = d.deploymentBlock;
        if (d.owner !== undefined) trusted.owner = d.owner.toLowerCase();
        return trusted;
      }),
  };
};

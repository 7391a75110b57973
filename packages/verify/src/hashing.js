// @ts-check
/**
 * The hashing scheme, re-implemented from its specification (docs/provenance-verification.md)
 * without any code of the Ayni server:
 *
 *   recordHash = keccak256(salt ‖ utf8(canonical))        salt: 32 bytes
 *   leaf       = keccak256(keccak256(abi.encode(bytes32 recordHash)))   OpenZeppelin standard leaf
 */
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import canonicalize from 'canonicalize';
import { concat, getBytes, keccak256, toUtf8Bytes } from 'ethers';

export const HASH_SCHEME = 'ayni-jcs-keccak-salted-v1';
export const LEAF_ENCODING = ['bytes32'];

const BYTES32 = /^0x[0-9a-fA-F]{64}$/;

/** @param {unknown} value */
export function isBytes32(value) {
  return typeof value === 'string' && BYTES32.test(value);
}

/** @type {import('./types.js').RecordHash} */
export const recordHash = (canonical, salt) => {
  if (!isBytes32(salt)) throw new RangeError('a salt is 32 bytes of 0x hex');
  return keccak256(concat([getBytes(salt), toUtf8Bytes(canonical)]));
};

/** @type {import('./types.js').StandardLeaf} */
export const standardLeaf = (hash) => {
  if (!isBytes32(hash)) throw new RangeError('a record hash is 32 bytes of 0x hex');
  // abi.encode of one bytes32 is those 32 bytes.
  return keccak256(keccak256(getBytes(hash)));
};

/**
 * RFC 8785 (JCS) serialisation, or undefined for a value JSON cannot represent.
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function canonicalJson(value) {
  try {
    return canonicalize(value);
  } catch {
    return undefined;
  }
}

/**
 * Whether `proof` leads from the standard leaf of `hash` to `root` (sorted pairs).
 * @param {string} root
 * @param {string} hash
 * @param {unknown} proof
 */
export function proofReachesRoot(root, hash, proof) {
  if (!isBytes32(root) || !Array.isArray(proof) || !proof.every(isBytes32)) return false;
  try {
    return StandardMerkleTree.verify(root, LEAF_ENCODING, [hash], proof);
  } catch {
    return false;
  }
}

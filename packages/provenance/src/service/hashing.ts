import canonicalize from 'canonicalize';
import { concat, getBytes, hexlify, keccak256, randomBytes, toUtf8Bytes } from 'ethers';

/**
 * How an event becomes a Merkle leaf (documented in docs/provenance.md; the verifier CLI and the
 * public page re-implement it independently):
 *
 *   canonical  = RFC 8785 (JCS) serialisation of the event record
 *   recordHash = keccak256(salt ‖ utf8(canonical))      salt: 32 random bytes per event
 *   leaf       = keccak256(keccak256(abi.encode(recordHash)))   OpenZeppelin "standard" leaf
 *
 * The salt makes the hash of a record unguessable, so a proof (which reveals sibling hashes) says
 * nothing about the other events of the batch.
 */
export const HASH_SCHEME = 'ayni-jcs-keccak-salted-v1';

export class CanonicalisationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CanonicalisationError';
  }
}

export function canonicalJson(record: unknown): string {
  const text = canonicalize(record);
  if (text === undefined) throw new CanonicalisationError('the record cannot be serialised as JSON');
  return text;
}

export function newSalt(): string {
  return hexlify(randomBytes(32));
}

export function recordHashOf(canonical: string, salt: string): string {
  const saltBytes = getBytes(salt);
  if (saltBytes.length !== 32) throw new RangeError('a salt is 32 bytes');
  return keccak256(concat([saltBytes, toUtf8Bytes(canonical)]));
}

/**
 * The OpenZeppelin StandardMerkleTree leaf of a record hash (leaf encoding `['bytes32']`):
 * keccak256(keccak256(abi.encode(recordHash))), where abi.encode of one bytes32 is those 32 bytes.
 */
export function leafOf(recordHash: string): string {
  const bytes = getBytes(recordHash);
  if (bytes.length !== 32) throw new RangeError('a record hash is 32 bytes');
  return keccak256(keccak256(bytes));
}

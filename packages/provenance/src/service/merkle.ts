import { keccak_256 } from '@noble/hashes/sha3.js';
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import { AbiCoder, keccak256 } from 'ethers';

export const LEAF_ENCODING = ['bytes32'];

export interface BuiltBatch {
  readonly root: string;
  /** Proof of each record hash, in the order given. */
  readonly proofs: string[][];
  /** Standard leaves, in the order given. */
  readonly leaves: string[];
}

const NODE = 32;

/** Node's own (native) hex codec over the bytes of `array`, without copying them. */
const bufferOf = (array: Uint8Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** Writes the 32 bytes of a `0x`-prefixed record hash (any case) at `offset`. */
function writeRecordHash(into: Buffer, offset: number, recordHash: string): void {
  const ok = recordHash.length === 66 && recordHash.startsWith('0x') && into.write(recordHash.slice(2), offset, NODE, 'hex') === NODE;
  if (!ok) throw new RangeError(`a record hash is 32 bytes as 0x-prefixed hex, got ${JSON.stringify(recordHash.slice(0, 70))}`);
}

/**
 * The OpenZeppelin standard leaf of a record hash, on bytes: keccak256(keccak256(abi.encode(bytes32)));
 * `abi.encode` of one `bytes32` is the 32 bytes themselves. (`leafOf` in hashing.ts is the hex form.)
 */
export function standardLeafBytes(recordHash: Uint8Array): Uint8Array {
  return keccak_256(keccak_256(recordHash));
}

/** Negative, zero or positive as the 32 bytes at `a` sort before, equal to or after those at `b`. */
function compareNodes(tree: Uint8Array, a: number, b: number): number {
  for (let i = 0; i < NODE; i++) {
    const d = tree[a + i]! - tree[b + i]!;
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The OpenZeppelin StandardMerkleTree of record hashes (leaf encoding `['bytes32']`, double-hashed
 * leaves sorted by value, sorted pairs), computed on bytes with @noble/hashes' Keccak: the record
 * hashes are parsed once, every node lives in one buffer, and hex appears only at the edges (Node's
 * native codec; each node is converted once and proofs share those strings). Same root and proofs
 * as the library (tests compare them over random sets), several times faster: the library and
 * ethers convert hex on every hash and comparison. Leaves are sorted, so the root depends only on
 * the set of records.
 *
 * Layout as the library's: 2n − 1 nodes, the root at 0, children of i at 2i + 1 and 2i + 2, the
 * sorted leaves at the end in reverse (leaf k at index 2n − 2 − k).
 */
export function buildBatchTree(recordHashes: readonly string[]): BuiltBatch {
  const n = recordHashes.length;
  if (n === 0) throw new RangeError('a batch needs at least one record');
  const size = 2 * n - 1;
  const tree = new Uint8Array(size * NODE);
  // Leaves, first into their own buffer (in input order), then sorted into place.
  const records = new Uint8Array(n * NODE);
  const recordBuffer = bufferOf(records);
  for (let i = 0; i < n; i++) writeRecordHash(recordBuffer, i * NODE, recordHashes[i]!);
  const leaves = new Uint8Array(n * NODE);
  for (let i = 0; i < n; i++) leaves.set(standardLeafBytes(records.subarray(i * NODE, i * NODE + NODE)), i * NODE);
  // A 32-bit prefix per leaf settles almost every comparison of the sort without a loop over bytes.
  const view = new DataView(leaves.buffer, leaves.byteOffset, leaves.byteLength);
  const prefix = new Uint32Array(n);
  for (let i = 0; i < n; i++) prefix[i] = view.getUint32(i * NODE);
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => prefix[a]! - prefix[b]! || compareNodes(leaves, a * NODE, b * NODE) || a - b);
  const treeIndexOf = new Int32Array(n);
  order.forEach((input, sorted) => {
    const at = size - 1 - sorted;
    tree.set(leaves.subarray(input * NODE, input * NODE + NODE), at * NODE);
    treeIndexOf[input] = at;
  });
  // Inner nodes: keccak256 of the two children, the smaller first.
  const pair = new Uint8Array(2 * NODE);
  for (let i = size - 1 - n; i >= 0; i--) {
    const left = (2 * i + 1) * NODE;
    const right = left + NODE;
    const [low, high] = compareNodes(tree, left, right) <= 0 ? [left, right] : [right, left];
    pair.set(tree.subarray(low, low + NODE), 0);
    pair.set(tree.subarray(high, high + NODE), NODE);
    tree.set(keccak_256(pair), i * NODE);
  }
  // The edge: one hex string per node, shared by every proof that names it.
  const treeBuffer = bufferOf(tree);
  const hex = new Array<string>(size);
  for (let i = 0; i < size; i++) hex[i] = `0x${treeBuffer.toString('hex', i * NODE, i * NODE + NODE)}`;
  const proofs = new Array<string[]>(n);
  const leafHex = new Array<string>(n);
  for (let input = 0; input < n; input++) {
    const proof: string[] = [];
    for (let i = treeIndexOf[input]!; i > 0; i = (i - 1) >> 1) proof.push(hex[i % 2 === 1 ? i + 1 : i - 1]!);
    proofs[input] = proof;
    leafHex[input] = hex[treeIndexOf[input]!]!;
  }
  return { root: hex[0]!, proofs, leaves: leafHex };
}

/** The same tree through the library's StandardMerkleTree (reference for tests). */
export function standardTreeRoot(recordHashes: readonly string[]): string {
  return StandardMerkleTree.of(
    recordHashes.map((hash) => [hash]),
    LEAF_ENCODING,
  ).root;
}

export function verifyProof(root: string, recordHash: string, proof: readonly string[]): boolean {
  return StandardMerkleTree.verify(root, LEAF_ENCODING, [recordHash], [...proof]);
}

/**
 * The batch id: keccak256 over the chain, the contract and the sorted record hashes. The same set
 * of events on the same contract always gets the same id, so a claim made twice collides.
 */
export function batchIdOf(chainId: number, contract: string, recordHashes: readonly string[]): string {
  const sorted = [...recordHashes].map((h) => h.toLowerCase()).sort();
  return keccak256(AbiCoder.defaultAbiCoder().encode(['uint256', 'address', 'bytes32[]'], [chainId, contract, sorted]));
}

import { SimpleMerkleTree, StandardMerkleTree } from '@openzeppelin/merkle-tree';
import { AbiCoder, keccak256 } from 'ethers';
import { leafOf } from './hashing.js';

export const LEAF_ENCODING = ['bytes32'];

export interface BuiltBatch {
  readonly root: string;
  /** Proof of each record hash, in the order given. */
  readonly proofs: string[][];
  /** Standard leaves, in the order given. */
  readonly leaves: string[];
}

/**
 * The OpenZeppelin StandardMerkleTree of record hashes (leaf encoding `['bytes32']`, double-hashed
 * leaves, sorted pairs), built as the library's SimpleMerkleTree over the precomputed standard
 * leaves: the same root and proofs (tests check it against StandardMerkleTree) at a fraction of
 * the cost, since the library's own leaf encoding dominates build time for large batches. Leaves
 * are sorted, so the root depends only on the set of records, not on the order they were read in.
 */
export function buildBatchTree(recordHashes: readonly string[]): BuiltBatch {
  if (recordHashes.length === 0) throw new RangeError('a batch needs at least one record');
  const leaves = recordHashes.map((hash) => leafOf(hash).toLowerCase());
  // The library sorts leaves by comparing bytes, converting hex on every comparison; lowercase hex
  // strings of equal length sort the same way as plain strings, so sort once here instead.
  const order = leaves.map((_, i) => i).sort((a, b) => (leaves[a]! < leaves[b]! ? -1 : leaves[a]! > leaves[b]! ? 1 : 0));
  const tree = SimpleMerkleTree.of(
    order.map((i) => leaves[i]!),
    { sortLeaves: false },
  );
  // Proofs read straight off the dumped node array (the library's getProof re-validates the whole
  // path for every call, which dominates for large batches): sibling, then parent, up to the root.
  const { tree: nodes, values } = tree.dump();
  const proofs: string[][] = new Array(leaves.length);
  values.forEach(({ treeIndex }, sortedIndex) => {
    const proof: string[] = [];
    for (let i = treeIndex; i > 0; i = (i - 1) >> 1) proof.push(nodes[i % 2 === 1 ? i + 1 : i - 1]!);
    proofs[order[sortedIndex]!] = proof;
  });
  return { root: tree.root, proofs, leaves };
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

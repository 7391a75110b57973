import { buildBatchTree, leafOf, standardTreeRoot } from '@ayni/provenance';
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import { hexlify } from 'ethers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardLeafBytes } from '../../packages/provenance/src/service/merkle.js';

const recordHash = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => hexlify(bytes));
/** Sets of distinct record hashes, 1 to 300 of them (`size: 'max'`: spread over the whole range, not fast-check's small default). */
const recordSets = fc.uniqueArray(recordHash, { minLength: 1, maxLength: 300, size: 'max' });

describe('the Merkle tree on bytes', () => {
  it('has the root of OpenZeppelin’s StandardMerkleTree, and every proof verifies with StandardMerkleTree.verify', () => {
    fc.assert(
      fc.property(recordSets, (hashes) => {
        const built = buildBatchTree(hashes);
        const reference = StandardMerkleTree.of(
          hashes.map((h) => [h]),
          ['bytes32'],
        );
        expect(built.root).toBe(reference.root);
        hashes.forEach((hash, i) => {
          expect(StandardMerkleTree.verify(built.root, ['bytes32'], [hash], built.proofs[i]!)).toBe(true);
          expect(built.leaves[i]).toBe(leafOf(hash));
        });
        // The very same sibling paths as the library's (a few: its getProof costs ~1 ms each).
        for (const i of new Set([0, hashes.length >> 1, hashes.length - 1])) expect(built.proofs[i]).toEqual(reference.getProof(i));
      }),
      { numRuns: 30 },
    );
  });

  it('gives a root that depends on the set only, not on the order the records were read in', () => {
    fc.assert(
      fc.property(
        recordSets.chain((hashes) => fc.tuple(fc.constant(hashes), fc.shuffledSubarray(hashes, { minLength: hashes.length, maxLength: hashes.length }))),
        ([hashes, shuffled]) => {
          expect(buildBatchTree(shuffled).root).toBe(buildBatchTree(hashes).root);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('accepts upper-case hex and proves a record listed twice', () => {
    const hashes = [`0x${'AB'.repeat(32)}`, `0x${'01'.repeat(32)}`, `0x${'01'.repeat(32)}`];
    const built = buildBatchTree(hashes);
    expect(built.root).toBe(standardTreeRoot(hashes));
    for (const [i, hash] of hashes.entries()) expect(StandardMerkleTree.verify(built.root, ['bytes32'], [hash], built.proofs[i]!)).toBe(true);
  });

  it('refuses an empty batch and anything that is not a 32-byte hash', () => {
    expect(() => buildBatchTree([])).toThrow(RangeError);
    expect(() => buildBatchTree([`0x${'ab'.repeat(31)}`])).toThrow(RangeError);
    expect(() => buildBatchTree(['ab'.repeat(32)])).toThrow(RangeError);
    expect(() => buildBatchTree([`0x${'zz'.repeat(32)}`])).toThrow();
  });

  it('computes the standard leaf on bytes as the hex helper does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        expect(hexlify(standardLeafBytes(bytes))).toBe(leafOf(hexlify(bytes)));
      }),
    );
  });
});

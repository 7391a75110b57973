import { batchIdOf, buildBatchTree, standardTreeRoot, canonicalJson, leafOf, recordHashOf, verifyProof } from '@ayni/provenance';
import { recordHash as verifierRecordHash, standardLeaf } from '@ayni/verify';
import * as browser from '../../packages/provenance/src/pages/browser-verify.js';
import { hexlify, keccak256, randomBytes, ZeroAddress } from 'ethers';
import { describe, expect, it } from 'vitest';

/** The page script's own proof walk (what its bundle runs in the browser), from a record to a root. */
const browserProves = (canonical: string, salt: string, proof: string[], root: string) =>
  browser.processProof(browser.standardLeaf(browser.recordHash(canonical, salt)), proof) === root.toLowerCase();

describe('canonical hashing', () => {
  it('serialises records per RFC 8785: sorted keys, no spaces, ES number forms', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'ñ'], c: { z: 1e21, y: 0.5 } })).toBe('{"a":[true,null,"ñ"],"b":1,"c":{"y":0.5,"z":1e+21}}');
  });

  it('gives the same hash in the server, the verifier CLI and the browser script', () => {
    const canonical = canonicalJson({ type: 'harvest', what: { quantity: '120.5', unit: 'litre' }, where: { place: 'Pinchimuro' } });
    const salt = hexlify(randomBytes(32));
    const server = recordHashOf(canonical, salt);
    expect(verifierRecordHash(canonical, salt)).toBe(server);
    expect(browser.recordHash(canonical, salt)).toBe(server);
    expect(browser.standardLeaf(server)).toBe(leafOf(server));
    expect(standardLeaf(server)).toBe(leafOf(server));
  });

  it('has a browser Keccak-256 (@noble/hashes) equal to ethers’ for every padding case', () => {
    for (const length of [0, 1, 55, 135, 136, 137, 271, 272, 1000]) {
      const bytes = randomBytes(length);
      expect(browser.keccak256Hex(bytes)).toBe(keccak256(bytes));
    }
  });

  it('changes completely with the salt, so sibling hashes reveal nothing', () => {
    const canonical = canonicalJson({ a: 1 });
    expect(recordHashOf(canonical, hexlify(randomBytes(32)))).not.toBe(recordHashOf(canonical, hexlify(randomBytes(32))));
  });
});

describe('Merkle batches', () => {
  it('proves every record against the root, in the server and in the browser, and nothing else', () => {
    const records = Array.from({ length: 37 }, (_, i) => {
      const canonical = canonicalJson({ i });
      const salt = hexlify(randomBytes(32));
      return { canonical, salt, hash: recordHashOf(canonical, salt) };
    });
    const batch = buildBatchTree(records.map((r) => r.hash));
    expect(batch.root).toBe(standardTreeRoot(records.map((r) => r.hash)));
    records.forEach((r, i) => {
      expect(verifyProof(batch.root, r.hash, batch.proofs[i]!)).toBe(true);
      expect(batch.leaves[i]).toBe(leafOf(r.hash));
      expect(browserProves(r.canonical, r.salt, batch.proofs[i]!, batch.root)).toBe(true);
    });
    expect(verifyProof(batch.root, records[0]!.hash, batch.proofs[1]!)).toBe(false);
    expect(browserProves(`${records[0]!.canonical} `, records[0]!.salt, batch.proofs[0]!, batch.root)).toBe(false);
  });

  it('has a root and a batch id that depend only on the set of records', () => {
    const hashes = Array.from({ length: 9 }, () => hexlify(randomBytes(32)));
    const shuffled = [...hashes].reverse();
    expect(buildBatchTree(shuffled).root).toBe(buildBatchTree(hashes).root);
    expect(batchIdOf(1, ZeroAddress, shuffled)).toBe(batchIdOf(1, ZeroAddress, hashes));
    expect(batchIdOf(2, ZeroAddress, hashes)).not.toBe(batchIdOf(1, ZeroAddress, hashes));
  });
});

import { anchorBatch, anchorContract, decodeAnchorCall } from '@ayni/chain';
import { batchIdOf, buildBatchTree } from '@ayni/provenance';
import { hexlify, randomBytes } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture, type ChainFixture } from '../support/chain.js';
import { anchorChain } from './fixtures.js';

let chain: ChainFixture;

beforeAll(async () => {
  chain = await chainFixture();
});

afterAll(() => chain?.close());

describe('the gas of anchoring a batch', () => {
  it('is at most 3 gas per record for a root of 10,000 records (one transaction whatever the size)', async () => {
    // Prepare: random record hashes (almost all non-zero bytes in calldata: the worst case).
    const { contract } = await anchorChain(chain);
    const hashes = Array.from({ length: 10_000 }, () => hexlify(randomBytes(32)));
    const tree = buildBatchTree(hashes);
    const seq = Number(await anchorContract(contract, chain.provider).nextSeq(chain.wallet.address));

    // Act
    const outcome = await anchorBatch(contract, chain.wallet, {
      root: tree.root,
      batchId: batchIdOf(chain.chainId, contract, hashes),
      seq,
      count: hashes.length,
    });

    // Assess
    expect(outcome.events).toHaveLength(1);
    const tx = await chain.provider.getTransaction(outcome.txHash);
    expect(decodeAnchorCall(tx!.data)).toMatchObject({ root: tree.root, count: 10_000 });
    expect(Number(outcome.gasUsed) / hashes.length).toBeLessThanOrEqual(3);
  });
});

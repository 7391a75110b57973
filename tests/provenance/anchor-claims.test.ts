import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain } from '@ayni/catalog';
import { anchorContract, anchoredEventTopic } from '@ayni/chain';
import {
  anchorPendingEvents,
  buildBatchTree,
  provenanceDomain,
  provenanceKeys,
  ProvenanceRepository,
  type AnchorChain,
  type AnchorJobDeps,
  type BatchItem,
} from '@ayni/provenance';
import type { Store } from '@ayni/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { get, post } from '../support/catalog-fixtures.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';
import { anchorChain, harvest, lotWithProduct } from './fixtures.js';

let chain: ChainFixture;
let api: TestApi;
let anchor: AnchorChain;

beforeAll(async () => {
  chain = await chainFixture();
  anchor = await anchorChain(chain);
  api = await createTestApi([catalogDomain, provenanceDomain], { chainRpcUrl: chain.rpcUrl });
});

afterAll(() => chain?.close());

const job = (overrides: Partial<AnchorJobDeps> = {}) =>
  anchorPendingEvents({ store: api.runtime.store, clock: api.runtime.clock, chain: anchor, options: { receiptTimeoutMs: 5_000 }, ...overrides });

async function recordEvents(count: number, lot?: { org: { id: string }; admin: string; lot: { id: string } }) {
  const target = lot ?? (await lotWithProduct(api));
  for (let i = 0; i < count; i++) {
    const res = await post(api, `/v1/orgs/${target.org.id}/lots/${target.lot.id}/events`, target.admin, harvest());
    expect(res.status).toBe(201);
  }
  return target;
}

type Bundle = { verified: boolean; events: Array<{ status: string; record: { id: string }; anchor?: { batchId: string; seq: number } }> };
const bundleOf = async (lotId: string) => (await get(api, `/v1/lots/${lotId}/provenance`)).body as Bundle;

async function anchoredLogs(contract = anchor.contract) {
  return chain.provider.getLogs({ address: contract, fromBlock: 0, topics: [anchoredEventTopic] });
}

/** The table as the job sees it, except that writing a proof fails after the first `allowed` (a crash part-way). */
function crashingAfterProofs(store: Store, allowed: number): Store {
  let written = 0;
  const send = ((command: { input?: { ExpressionAttributeValues?: Record<string, unknown> } }) => {
    if (command.input?.ExpressionAttributeValues?.[':proof'] && ++written > allowed) return Promise.reject(new Error('simulated crash while recording proofs'));
    return store.doc.send(command as never);
  }) as Store['doc']['send'];
  return { tableName: store.tableName, doc: { send } as Store['doc'] };
}

describe('anchoring interrupted part-way through a batch', () => {
  it('after some events got their proof: the rerun completes the same batch, sends nothing again, puts no event in two batches', async () => {
    // Prepare
    const { lot } = await recordEvents(25);
    const before = (await anchoredLogs()).length;
    const crashed = await job({ store: crashingAfterProofs(api.runtime.store, 10) });
    expect(crashed.ok).toBe(false);
    expect(crashed.error).toContain('simulated crash');
    expect(crashed.open).toHaveLength(1);
    const repo = new ProvenanceRepository(api.runtime.store);
    expect((await repo.listEvents(lot.id)).filter((e) => e.proof).length).toBe(10);

    // Act
    const rerun = await job();

    // Assess
    expect(rerun.ok).toBe(true);
    expect(rerun.included.map((b) => [b.batchId, b.count])).toEqual([[crashed.open[0], 25]]);
    expect((await anchoredLogs()).length - before).toBe(1);
    const bundle = await bundleOf(lot.id);
    expect(bundle.verified).toBe(true);
    expect(new Set(bundle.events.map((e) => e.anchor!.batchId))).toEqual(new Set(crashed.open));
    expect(await repo.listPending(100)).toEqual([]);
  });
});

describe('a claimed batch the open-batches index does not show yet', () => {
  it('is finished before another batch is claimed, so its events are not claimed again', async () => {
    // Prepare: a batch claimed by a run that crashed, hidden from the (eventually consistent) index.
    const target = await recordEvents(3);
    const seqBefore = Number(await anchorContract(anchor.contract, chain.provider).nextSeq(chain.wallet.address));
    let claimed: BatchItem | undefined;
    await job({
      hooks: {
        afterClaim: (batch) => {
          claimed = batch;
          throw new Error('simulated crash after claim');
        },
      },
    });
    await api.runtime.store.doc.send(
      new UpdateCommand({ TableName: api.runtime.store.tableName, Key: provenanceKeys.batch(claimed!.batchId), UpdateExpression: 'REMOVE gsi1pk, gsi1sk' }),
    );
    const repo = new ProvenanceRepository(api.runtime.store);
    expect((await repo.listOpenBatches()).map((b) => b.batchId)).not.toContain(claimed!.batchId);
    await recordEvents(1, target);

    // Act
    const rerun = await job();

    // Assess: the hidden batch first, with its number; the new event alone in the next.
    expect(rerun.ok).toBe(true);
    expect(rerun.included.map((b) => [b.count, b.seq])).toEqual([
      [3, seqBefore],
      [1, seqBefore + 1],
    ]);
    expect(rerun.included[0]!.batchId).toBe(claimed!.batchId);
    const bundle = await bundleOf(target.lot.id);
    expect(bundle.verified).toBe(true);
    expect(bundle.events.map((e) => e.anchor!.seq).sort()).toEqual([seqBefore, seqBefore, seqBefore, seqBefore + 1]);
  });
});

describe('a run that outlives its lease', () => {
  it('stops before sending or claiming anything more once another run holds the lease', async () => {
    // Prepare
    const { lot } = await recordEvents(4);
    const repo = new ProvenanceRepository(api.runtime.store);
    const seqBefore = await anchorContract(anchor.contract, chain.provider).nextSeq(chain.wallet.address);

    // Act: while the first run works on its first batch, its lease lapses and another run takes it.
    const overtaken = await job({
      options: { maxBatchSize: 2, receiptTimeoutMs: 5_000 },
      hooks: {
        afterClaim: async () => {
          await api.runtime.store.doc.send(new DeleteCommand({ TableName: api.runtime.store.tableName, Key: provenanceKeys.lease() }));
          expect(await repo.acquireLease('the-next-run', api.runtime.clock.now().getTime(), 60_000)).toBe(true);
        },
      },
    });

    // Assess
    expect(overtaken).toMatchObject({ ok: false, included: [] });
    expect(overtaken.error).toContain('lease');
    expect(await anchorContract(anchor.contract, chain.provider).nextSeq(chain.wallet.address)).toBe(seqBefore);
    expect(await job()).toMatchObject({ skipped: 'busy' });
    await repo.releaseLease('the-next-run');
    const rerun = await job({ options: { maxBatchSize: 2, receiptTimeoutMs: 5_000 } });
    expect(rerun.included.map((b) => b.count)).toEqual([2, 2]);
    expect((await bundleOf(lot.id)).verified).toBe(true);
  });
});

describe('a batch claimed before member chunks', () => {
  it('(its events listed in the batch item, each event already marked) is still anchored by the job', async () => {
    // Prepare: what the earlier job left after a crash right after its claim, on a fresh contract.
    const legacyChain = await anchorChain(chain);
    const { lot } = await recordEvents(2);
    const repo = new ProvenanceRepository(api.runtime.store);
    const events = await repo.listEvents(lot.id);
    const refs = events.map((e) => `${e.lotId}/${e.id}`);
    const recordHashes = events.map((e) => e.recordHash);
    const anchorer = chain.wallet.address.toLowerCase();
    const batch: BatchItem = {
      entity: 'AnchorBatch',
      batchId: `0x${'7e'.repeat(32)}`,
      chainId: chain.chainId,
      contract: legacyChain.contract,
      anchorer,
      seq: 0,
      root: buildBatchTree(recordHashes).root,
      count: 2,
      refs,
      recordHashes,
      status: 'claimed',
      claimedAt: api.runtime.clock.now().toISOString(),
      claimedAtBlock: await chain.provider.getBlockNumber(),
      attempts: 0,
    };
    const { tableName } = api.runtime.store;
    await api.runtime.store.doc.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...provenanceKeys.batch(batch.batchId), ...provenanceKeys.openBatchesIndex(), gsi1sk: provenanceKeys.openBatchSort(anchorer, 0), ...batch },
      }),
    );
    await api.runtime.store.doc.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...provenanceKeys.sequence(chain.chainId, legacyChain.contract, anchorer), entity: 'AnchorSequence', next: 1 },
      }),
    );
    for (const e of events) {
      await api.runtime.store.doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: provenanceKeys.event(e.lotId, e.id),
          UpdateExpression: 'SET batchId = :b, #status = :claimed REMOVE gsi1pk, gsi1sk',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':b': batch.batchId, ':claimed': 'claimed' },
        }),
      );
    }

    // Act
    const run = await job({ chain: legacyChain });

    // Assess
    expect(run.ok).toBe(true);
    expect(run.included.map((b) => [b.batchId, b.count, b.seq])).toEqual([[batch.batchId, 2, 0]]);
    expect(await anchoredLogs(legacyChain.contract)).toHaveLength(1);
    const bundle = await bundleOf(lot.id);
    expect(bundle.verified).toBe(true);
    expect(bundle.events.map((e) => e.status)).toEqual(['finalized', 'finalized']);
  });
});

import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { provenanceKeys, ProvenanceRepository, type BatchItem } from '@ayni/provenance';
import { hexlify, randomBytes } from 'ethers';
import { describe, expect, it } from 'vitest';
import { chunkMembers, LeaseLost, MAX_CLAIM_BYTES, MEMBER_CHUNK_BYTES, type BatchMembers } from '../../packages/provenance/src/repository/batches.js';
import { createTestTable } from '../support/dynamodb.js';

const { store } = await createTestTable('batch-chunks');
const repo = new ProvenanceRepository(store);

const CHAIN_ID = 31337;
const CONTRACT = `0x${'c0'.repeat(20)}`;

/** Members as the job lists them: `lot_<ULID>/pev_<ULID>` and a record hash. */
function members(count: number, lots = 50): BatchMembers {
  const id = (prefix: string, i: number) => `${prefix}_01JD${String(i).padStart(22, '0')}`;
  return {
    refs: Array.from({ length: count }, (_, i) => `${id('lot', i % lots)}/${id('pev', i)}`),
    recordHashes: Array.from({ length: count }, () => hexlify(randomBytes(32))),
  };
}

function batchOf(anchorer: string, seq: number, m: BatchMembers): BatchItem {
  return {
    entity: 'AnchorBatch',
    batchId: hexlify(randomBytes(32)),
    chainId: CHAIN_ID,
    contract: CONTRACT,
    anchorer,
    seq,
    root: hexlify(randomBytes(32)),
    count: m.refs.length,
    status: 'claimed',
    claimedAt: '2026-11-20T15:00:00.000Z',
    claimedAtBlock: 1,
    attempts: 0,
  };
}

let holder: string | undefined;

/** A fresh anchorer whose counter starts at 0, and the lease held by `owner` (the last holder lets go). */
async function anchorerHoldingLease(owner: string): Promise<string> {
  const anchorer = hexlify(randomBytes(20));
  await repo.initSequence(CHAIN_ID, CONTRACT, anchorer, 0);
  if (holder) await repo.releaseLease(holder);
  expect(await repo.acquireLease(owner, Date.now(), 60_000)).toBe(true);
  holder = owner;
  return anchorer;
}

/** The member chunk items of a batch (a Query page stops at 1 MB: about four chunks). */
async function chunkItems(batchId: string) {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.doc.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :members)',
        ExpressionAttributeValues: { ':pk': provenanceKeys.batch(batchId).pk, ':members': 'MEMBERS#' },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

describe('splitting a batch’s members into items', () => {
  it('puts 10,000 members into a few chunks under the chunk size, in order, within one transaction’s limits', () => {
    const all = members(10_000);

    const chunks = chunkMembers(all);

    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThanOrEqual(10);
    expect(chunks.flatMap((c) => c.refs)).toEqual(all.refs);
    expect(chunks.flatMap((c) => c.recordHashes)).toEqual(all.recordHashes);
    for (const chunk of chunks) {
      expect(chunk.refs).toHaveLength(chunk.recordHashes.length);
      const bytes = [...chunk.refs, ...chunk.recordHashes].reduce((sum, text) => sum + Buffer.byteLength(text) + 1, 0);
      expect(bytes).toBeLessThanOrEqual(MEMBER_CHUNK_BYTES);
    }
  });

  it('refuses a batch that would not fit one claim transaction (100 actions, 4 MB)', () => {
    const long = members(10_000);
    const oversized = { refs: long.refs.map((ref) => `${ref}/${'x'.repeat(300)}`), recordHashes: long.recordHashes };
    expect(() => chunkMembers(oversized)).toThrow(RangeError);
    expect(() => chunkMembers(members(10_000), 2_000)).toThrow(/does not fit one claim transaction/);
    expect(MAX_CLAIM_BYTES).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('claiming a batch of 10,000 events', () => {
  it('writes the batch, its member chunks and the next batch number in one transaction, and reads the members back in order', async () => {
    // Prepare
    const anchorer = await anchorerHoldingLease('run-a');
    const all = members(10_000);
    const batch = batchOf(anchorer, 0, all);

    // Act
    const outcome = await repo.claimBatch(batch, all, 'run-a');

    // Assess
    expect(outcome).toBe('claimed');
    const stored = (await repo.getBatch(batch.batchId))!;
    expect(stored).toMatchObject({ count: 10_000, seq: 0, status: 'claimed', chunks: chunkMembers(all).length });
    expect(stored.refs).toBeUndefined();
    expect(stored.recordHashes).toBeUndefined();
    expect(await repo.getBatchMembers(stored)).toEqual(all);
    expect(await repo.getSequence(CHAIN_ID, CONTRACT, anchorer)).toEqual({ next: 1, lastBatchId: batch.batchId });
    const items = await chunkItems(batch.batchId);
    expect(items).toHaveLength(stored.chunks!);
    // JSON is larger than DynamoDB's own item size (quotes, commas): an upper bound.
    for (const item of items) expect(Buffer.byteLength(JSON.stringify(item))).toBeLessThan(400 * 1024);
    expect((await repo.listOpenBatches()).map((b) => b.batchId)).toContain(batch.batchId);
  });

  it('claims an event set once: the same batch again is `exists`, and the batch number does not move', async () => {
    const anchorer = await anchorerHoldingLease('run-b');
    const all = members(3_000);
    const batch = batchOf(anchorer, 0, all);
    expect(await repo.claimBatch(batch, all, 'run-b')).toBe('claimed');

    expect(await repo.claimBatch({ ...batch, seq: 1 }, all, 'run-b')).toBe('exists');

    expect((await repo.getSequence(CHAIN_ID, CONTRACT, anchorer))!.next).toBe(1);
  });

  it('refuses a claim from a run that no longer holds the lease, and writes nothing of it', async () => {
    // Prepare: run-c outlived its lease and run-d took it.
    const anchorer = await anchorerHoldingLease('run-c');
    await repo.releaseLease('run-c');
    expect(await repo.acquireLease('run-d', Date.now(), 60_000)).toBe(true);
    holder = 'run-d';
    const all = members(10_000);
    const batch = batchOf(anchorer, 0, all);

    // Act
    const claim = repo.claimBatch(batch, all, 'run-c');

    // Assess
    await expect(claim).rejects.toBeInstanceOf(LeaseLost);
    expect(await repo.getBatch(batch.batchId)).toBeUndefined();
    expect(await chunkItems(batch.batchId)).toEqual([]);
    expect(await repo.getSequence(CHAIN_ID, CONTRACT, anchorer)).toEqual({ next: 0 });
  });

  it('reads the members of a batch claimed before member chunks from the batch item itself', async () => {
    const listed = members(2);
    const legacy: BatchItem = { ...batchOf(hexlify(randomBytes(20)), 0, listed), refs: [...listed.refs], recordHashes: [...listed.recordHashes] };
    expect(await repo.getBatchMembers(legacy)).toEqual(listed);
  });
});

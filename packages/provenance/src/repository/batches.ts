import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Conflict, message, OUTBOX_ATTRIBUTE, outbox } from '@ayni/core';
import {
  batchGetAll,
  compose,
  isConditionalCheckFailed,
  MAX_BATCH_GET_KEYS,
  MAX_TRANSACTION_ACTIONS,
  sortableNumber,
  TransactionCancelled,
  transactWrite,
  type Store,
  type TransactItem,
} from '@ayni/store';
import { MESSAGES } from '../messages.js';
import { provenanceKeys } from '../keys.js';
import { strip } from './items.js';
import { lotAnchoringEvent } from '../domain-events.js';
import type { BatchItem, BatchStatus, EventItem, EventRef, LotAnchoringItem } from '../model.js';
import { refOf } from '../model.js';

const keys = provenanceKeys;

/** An event just recorded as included: its lot, association and chain place (absent on format 1). */
export interface IncludedEvent {
  readonly lotId: string;
  readonly orgId: string;
  readonly seq: number | undefined;
}

/** What the job needs of a pending event: where it is and what it hashes to. */
export type PendingEvent = Pick<EventItem, 'lotId' | 'id' | 'recordHash'>;

/** The events of a batch, in tree order: `refs[i]` (`lotId/eventId`) has record hash `recordHashes[i]`. */
export interface BatchMembers {
  readonly refs: readonly string[];
  readonly recordHashes: readonly string[];
}

/** The anchorer's batch counter: the next batch number and the batch that took the last one. */
export interface AnchorSequence {
  readonly next: number;
  /** Absent on counters written before member chunks. */
  readonly lastBatchId?: string;
}

/** This run no longer holds the job lease (it outlived it and another run took it): stop. */
export class LeaseLost extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the anchoring lease was taken by another run', options);
    this.name = 'LeaseLost';
  }
}

/** An item under DynamoDB's 400 KB limit with room for its keys and attribute names. */
export const MEMBER_CHUNK_BYTES = 256 * 1024;
/** A transaction's items may total 4 MB; the claim stays under this. */
export const MAX_CLAIM_BYTES = 3_500_000;
/** Claim actions besides the chunks: the batch, the counter, the lease check. */
const CLAIM_FIXED_ACTIONS = 3;

/** DynamoDB's size of a string in a list: its UTF-8 bytes plus one byte of element overhead. */
const listEntryBytes = (text: string) => Buffer.byteLength(text, 'utf8') + 1;

/**
 * Splits a batch's members into chunks of at most `MEMBER_CHUNK_BYTES` (in order), and checks that
 * the claim that writes them fits one transaction (≤ 100 actions, ≤ `MAX_CLAIM_BYTES`) before it
 * is sent, so an oversized batch is a clear error rather than a ValidationException. A 10,000-event
 * batch (≈ 130 bytes an event) is about 5 chunks, 1.3 MB.
 */
export function chunkMembers(members: BatchMembers, chunkBytes = MEMBER_CHUNK_BYTES): BatchMembers[] {
  if (members.refs.length !== members.recordHashes.length) throw new RangeError('every member needs one ref and one record hash');
  const chunks: BatchMembers[] = [];
  let refs: string[] = [];
  let hashes: string[] = [];
  let bytes = 0;
  let total = 0;
  for (let i = 0; i < members.refs.length; i++) {
    const size = listEntryBytes(members.refs[i]!) + listEntryBytes(members.recordHashes[i]!);
    if (size > chunkBytes) throw new RangeError(`member ${members.refs[i]} alone exceeds a chunk`);
    if (bytes + size > chunkBytes) {
      chunks.push({ refs, recordHashes: hashes });
      refs = [];
      hashes = [];
      bytes = 0;
    }
    refs.push(members.refs[i]!);
    hashes.push(members.recordHashes[i]!);
    bytes += size;
    total += size;
  }
  if (refs.length > 0) chunks.push({ refs, recordHashes: hashes });
  if (chunks.length + CLAIM_FIXED_ACTIONS > MAX_TRANSACTION_ACTIONS || total > MAX_CLAIM_BYTES) {
    throw new RangeError(
      `a batch of ${members.refs.length} events (${total} bytes of members) does not fit one claim transaction; lower ANCHOR_MAX_BATCH_SIZE`,
    );
  }
  return chunks;
}

/** Runs `task` over `items` with at most `limit` in flight; after a failure no new task starts. */
export async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (!failed && next < items.length) {
      try {
        await task(items[next++]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  });
  // Every task already started settles before the caller hears of a failure, so a failed run
  // returns with its writes done or refused, never still landing behind its back.
  const settled = await Promise.allSettled(workers);
  const failure = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/**
 * The anchoring side of provenance in DynamoDB: pending events, their claim by a batch, batch
 * numbers, batches and their member chunks, and the job lease.
 *
 * A batch is one item (`ANCHOR_BATCH#<batchId>` / `BATCH`: root, count, batch number, status, chain,
 * transaction) plus its membership in chunk items beside it (`MEMBERS#0000`, ...), all written by
 * the one transaction that claims the batch, together with the counter's move to the next batch
 * number and a check that the claiming run still holds the lease. Each event is written once, when
 * its batch is on chain: `batchId`, proof, and out of the pending index.
 */
export class AnchoringRepository {
  constructor(protected readonly store: Store) {}

  private get tableName(): string {
    return this.store.tableName;
  }

  /**
   * Up to `limit` events waiting for a batch, oldest recorded first (sparse index, no Scan), page
   * after page: a Query page stops at 1 MB, far fewer than 10,000 events.
   */
  /**
   * When the oldest event still waiting for a batch was recorded (the pending index is sorted by
   * recording time), or undefined when none waits: one Query of one item, for the anchoring-lag metric.
   */
  async oldestPendingRecordedAt(): Promise<string | undefined> {
    const result = await this.store.doc.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.pendingIndex().gsi1pk },
        ProjectionExpression: 'recordedAt',
        Limit: 1,
      }),
    );
    const item = result.Items?.[0] as { recordedAt?: string } | undefined;
    return item?.recordedAt;
  }

  async listPending(limit: number): Promise<PendingEvent[]> {
    const events: PendingEvent[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const result = await this.store.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.pendingIndex().gsi1pk },
          ProjectionExpression: '#lotId, #id, #recordHash',
          ExpressionAttributeNames: { '#lotId': 'lotId', '#id': 'id', '#recordHash': 'recordHash' },
          Limit: limit - events.length,
          ExclusiveStartKey: start,
        }),
      );
      events.push(...((result.Items ?? []) as PendingEvent[]));
      start = result.LastEvaluatedKey;
    } while (start && events.length < limit);
    return events;
  }

  /**
   * Which of these events no batch holds yet, read consistently (the pending index is eventually
   * consistent, so an event just included may still be listed there). Only the ids and `batchId`
   * are read, four BatchGetItem calls of 100 keys at a time.
   */
  async unclaimed(refs: readonly EventRef[]): Promise<Set<string>> {
    const free = new Set<string>();
    const groups: EventRef[][] = [];
    for (let i = 0; i < refs.length; i += MAX_BATCH_GET_KEYS) groups.push(refs.slice(i, i + MAX_BATCH_GET_KEYS));
    await inParallel(groups, 4, async (group) => {
      const { items } = await batchGetAll(
        this.store,
        group.map((ref) => keys.event(ref.lotId, ref.eventId)),
        { consistent: true, projection: { expression: '#lotId, #id, #batchId', names: { '#lotId': 'lotId', '#id': 'id', '#batchId': 'batchId' } } },
      );
      for (const item of items) {
        if (item.batchId === undefined) free.add(refOf({ lotId: item.lotId as string, eventId: item.id as string }));
      }
    });
    return free;
  }

  /**
   * Records the event's inclusion in an anchored batch, in one write: its batch, its proof, and out
   * of the pending index. Conditional on belonging to no other batch (a repeat for the same batch
   * is a no-op, so a crash in the middle only repeats work); events of batches claimed before
   * member chunks already carry `batchId` from their claim.
   */
  async markIncluded(ref: EventRef, batchId: string, proof: readonly string[]): Promise<IncludedEvent> {
    try {
      const { Attributes } = await this.store.doc.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.event(ref.lotId, ref.eventId),
          UpdateExpression: 'SET batchId = :b, proof = :proof, #status = :included REMOVE gsi1pk, gsi1sk',
          ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(batchId) OR batchId = :b)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':b': batchId, ':proof': [...proof], ':included': 'included' },
          // What the lot's anchoring notice needs (costs no capacity).
          ReturnValues: 'ALL_NEW',
        }),
      );
      const event = Attributes as EventItem;
      return { lotId: event.lotId, orgId: event.orgId, seq: event.seq };
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new Conflict(message(MESSAGES, 'provenance.event-in-other-batch', { ref: refOf(ref) }), { cause: error });
      throw error;
    }
  }

  /**
   * Writes what a batch anchored of one lot, with its `lot.events_anchored`. A repeat (a crash
   * before the batch was recorded as included) writes the same item and the same event id, which
   * the dispatcher skips.
   */
  async putLotAnchoring(record: LotAnchoringItem): Promise<void> {
    await this.store.doc.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.lotAnchoring(record.batchId, record.lotId), ...record, ...outbox(lotAnchoringEvent('lot.events_anchored', record)) },
      }),
    );
  }

  /**
   * Marks every lot of a final batch final, each with its `lot.events_finalized`, once: a lot already
   * marked (a crash part-way through) keeps its time and event. One bounded Query of the batch's
   * partition per page of lots.
   */
  async finalizeLotAnchorings(batchId: string, finalizedAt: string): Promise<number> {
    let marked = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.store.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.batch(batchId).pk, ':prefix': keys.lotAnchoringPrefix },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      const records = ((page.Items ?? []) as LotAnchoringItem[]).filter((record) => record.finalizedAt === undefined);
      await inParallel(records, 16, async (record) => {
        const event = lotAnchoringEvent('lot.events_finalized', { ...record, finalizedAt });
        try {
          await this.store.doc.send(
            new UpdateCommand({
              TableName: this.tableName,
              Key: keys.lotAnchoring(batchId, record.lotId),
              UpdateExpression: 'SET finalizedAt = :at, #outbox = :event',
              ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(finalizedAt)',
              ExpressionAttributeNames: { '#outbox': OUTBOX_ATTRIBUTE },
              ExpressionAttributeValues: { ':at': finalizedAt, ':event': event },
            }),
          );
          marked++;
        } catch (error) {
          if (!isConditionalCheckFailed(error)) throw error;
        }
      });
      start = page.LastEvaluatedKey;
    } while (start);
    return marked;
  }

  // Batches and sequence numbers

  async getSequence(chainId: number, contract: string, anchorer: string): Promise<AnchorSequence | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.tableName, Key: keys.sequence(chainId, contract, anchorer), ConsistentRead: true }),
    );
    return Item ? { next: Item.next as number, ...(Item.lastBatchId ? { lastBatchId: Item.lastBatchId as string } : {}) } : undefined;
  }

  /** Starts the counter at the chain's `nextSeq` the first time this anchorer is used. */
  async initSequence(chainId: number, contract: string, anchorer: string, next: number): Promise<void> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.sequence(chainId, contract, anchorer), entity: 'AnchorSequence', next },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  /**
   * Claims a batch before anything is sent, in one transaction: the batch item (root, count, batch
   * number), its member chunks, the counter's move from `seq` to `seq + 1` (remembering this batch
   * as the last claimed), and a check that `leaseOwner` still holds the job lease. So a batch
   * number is never given twice, an event set is never claimed twice (same set → same batch id →
   * the put fails: `exists`), a batch is never half written, and a run that outlived its lease
   * cannot claim beside its successor (`LeaseLost`).
   */
  async claimBatch(batch: BatchItem, members: BatchMembers, leaseOwner: string): Promise<'claimed' | 'exists'> {
    if (members.refs.length !== batch.count) throw new RangeError(`batch ${batch.batchId}: ${members.refs.length} members for a count of ${batch.count}`);
    const chunks = chunkMembers(members);
    const { refs: _refs, recordHashes: _hashes, ...item } = batch;
    const actions: TransactItem[] = [
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...keys.batch(batch.batchId),
            ...keys.openBatchesIndex(),
            gsi1sk: keys.openBatchSort(batch.anchorer, batch.seq),
            ...item,
            chunks: chunks.length,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Update: {
          TableName: this.tableName,
          Key: keys.sequence(batch.chainId, batch.contract, batch.anchorer),
          UpdateExpression: 'SET #next = :after, #last = :batch',
          ConditionExpression: '#next = :seq',
          ExpressionAttributeNames: { '#next': 'next', '#last': 'lastBatchId' },
          ExpressionAttributeValues: { ':seq': batch.seq, ':after': batch.seq + 1, ':batch': batch.batchId },
        },
      },
      {
        ConditionCheck: {
          TableName: this.tableName,
          Key: keys.lease(),
          ConditionExpression: '#owner = :owner',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':owner': leaseOwner },
        },
      },
      ...chunks.map(
        (chunk, index): TransactItem => ({
          Put: {
            TableName: this.tableName,
            Item: { ...keys.batchMembers(batch.batchId, index), entity: 'AnchorBatchMembers', batchId: batch.batchId, index, ...chunk },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        }),
      ),
    ];
    try {
      await transactWrite(this.store, actions);
      Object.assign(batch, { chunks: chunks.length });
      return 'claimed';
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedConditions().includes(2)) throw new LeaseLost({ cause: error });
      if (error instanceof TransactionCancelled && error.failedConditions().includes(0)) return 'exists';
      throw error;
    }
  }

  /**
   * The events of a batch in tree order: from its member chunks (one consistent Query of the
   * batch's partition), or inline for batches claimed before chunks. Checked against the count.
   */
  async getBatchMembers(batch: BatchItem): Promise<BatchMembers> {
    if (batch.chunks === undefined) {
      if (!batch.refs || !batch.recordHashes) throw new Error(`batch ${batch.batchId} lists no members`);
      return { refs: batch.refs, recordHashes: batch.recordHashes };
    }
    const chunks: Array<{ index: number; refs: string[]; recordHashes: string[] }> = [];
    let start: Record<string, unknown> | undefined;
    do {
      const result = await this.store.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.batch(batch.batchId).pk, ':prefix': keys.batchMembersPrefix },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      chunks.push(...((result.Items ?? []) as typeof chunks));
      start = result.LastEvaluatedKey;
    } while (start);
    chunks.sort((a, b) => a.index - b.index);
    const refs = chunks.flatMap((c) => c.refs);
    const recordHashes = chunks.flatMap((c) => c.recordHashes);
    if (chunks.length !== batch.chunks || refs.length !== batch.count || recordHashes.length !== batch.count) {
      throw new Error(`batch ${batch.batchId}: ${chunks.length} of ${batch.chunks} member chunks, ${refs.length} of ${batch.count} events`);
    }
    return { refs, recordHashes };
  }

  async getBatch(batchId: string): Promise<BatchItem | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.tableName, Key: keys.batch(batchId), ConsistentRead: true }));
    return strip<BatchItem>(Item);
  }

  /** The batches of some events, in one consistent BatchGetItem per 100 distinct batches. */
  async getBatches(batchIds: readonly string[]): Promise<Map<string, BatchItem>> {
    const ids = [...new Set(batchIds)];
    if (ids.length === 0) return new Map();
    const result = await batchGetAll(
      this.store,
      ids.map((id) => keys.batch(id)),
      { consistent: true },
    );
    return new Map(result.items.map((item) => strip<BatchItem>(item)!).map((batch) => [batch.batchId, batch]));
  }

  /** Claimed, sent or included batches (not yet finalized), oldest batch number first. */
  async listOpenBatches(): Promise<BatchItem[]> {
    const items: BatchItem[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const result = await this.store.doc.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.openBatchesIndex().gsi1pk },
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(result.Items ?? []).map((item) => strip<BatchItem>(item)!));
      start = result.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /** Updates a batch; `finalized` also takes it out of the open-batches index. */
  async updateBatch(batchId: string, changes: Partial<BatchItem>, expectedStatus?: BatchStatus): Promise<void> {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const sets: string[] = [];
    const removes: string[] = [];
    for (const [name, value] of Object.entries(changes)) {
      names[`#${name}`] = name;
      if (value === undefined) removes.push(`#${name}`);
      else {
        values[`:${name}`] = value;
        sets.push(`#${name} = :${name}`);
      }
    }
    if (changes.status === 'finalized') removes.push('gsi1pk', 'gsi1sk');
    let condition = 'attribute_exists(pk)';
    if (expectedStatus) {
      names['#status'] = 'status';
      values[':expected'] = expectedStatus;
      condition += ' AND #status = :expected';
    }
    await this.store.doc.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.batch(batchId),
        UpdateExpression: [sets.length ? `SET ${sets.join(', ')}` : '', removes.length ? `REMOVE ${removes.join(', ')}` : ''].join(' ').trim(),
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
      }),
    );
  }

  // One run at a time

  /** Takes the lease, or extends it for its owner; false while another owner's lease runs. */
  async acquireLease(owner: string, nowMs: number, ttlMs: number): Promise<boolean> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.lease(), entity: 'AnchorLease', owner, until: nowMs + ttlMs },
          ConditionExpression: 'attribute_not_exists(pk) OR #until < :now OR #owner = :owner',
          ExpressionAttributeNames: { '#until': 'until', '#owner': 'owner' },
          ExpressionAttributeValues: { ':now': nowMs, ':owner': owner },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async releaseLease(owner: string): Promise<void> {
    try {
      await this.store.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.lease(),
          ConditionExpression: '#owner = :owner',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':owner': owner },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}

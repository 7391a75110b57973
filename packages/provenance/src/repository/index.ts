import { BatchGetCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { Conflict, NotFound } from '@ayni/core';
import { batchGetAll, isConditionalCheckFailed, queryPage, transactWrite, TransactionCancelled, type Page, type Store, type TransactItem } from '@ayni/store';
import { provenanceKeys as keys } from '../keys.js';
import type { BatchItem, BatchStatus, EdgeItem, EventItem, EventRef } from '../model.js';
import { refOf } from '../model.js';

export type { BatchItem, BatchStatus, EdgeItem, EventItem, EventRef } from '../model.js';
export { parseRef, refOf } from '../model.js';

const INDEX_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'];

function strip<T>(item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  const rest = { ...item };
  for (const name of INDEX_ATTRIBUTES) delete rest[name];
  return rest as T;
}

export class ProvenanceRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  // Events

  /** Appends an event with its lineage edges, atomically; the lot must exist, ids must be fresh. */
  async appendEvent(
    event: EventItem,
    edges: ReadonlyArray<{ input: string; output: string; quantity: string; unit: string }>,
    lotKey: { pk: string; sk: string },
  ): Promise<void> {
    const actions: TransactItem[] = [
      {
        ConditionCheck: { TableName: this.table, Key: lotKey, ConditionExpression: 'attribute_exists(pk)' },
      },
      {
        Put: {
          TableName: this.table,
          Item: {
            ...keys.event(event.lotId, event.id),
            ...keys.pendingIndex(),
            gsi1sk: keys.pendingSort(event.recordedAt, event.id),
            ...event,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
    for (const edge of edges) {
      const common = { eventId: event.id, quantity: edge.quantity, unit: edge.unit, eventTime: event.eventTime };
      actions.push(
        { Put: { TableName: this.table, Item: { ...keys.inputEdge(edge.output, edge.input, event.id), entity: 'LotInput', lotId: edge.input, ...common } } },
        { Put: { TableName: this.table, Item: { ...keys.outputEdge(edge.input, edge.output, event.id), entity: 'LotOutput', lotId: edge.output, ...common } } },
      );
    }
    try {
      await transactWrite(this.store, actions);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedConditions().includes(0)) throw new NotFound(`No lot ${event.lotId}.`);
      if (error instanceof TransactionCancelled) throw new Conflict('This event was already recorded.', { cause: error });
      throw error;
    }
  }

  async getEvent(lotId: string, eventId: string): Promise<EventItem | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: keys.event(lotId, eventId), ConsistentRead: true }));
    return strip<EventItem>(Item);
  }

  private async queryAll<T>(
    pk: string,
    prefix: string,
    consistent = false,
    filter?: { FilterExpression: string; ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues: Record<string, unknown> },
  ): Promise<T[]> {
    const items: T[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const result = await this.store.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix, ...filter?.ExpressionAttributeValues },
          ...(filter ? { FilterExpression: filter.FilterExpression } : {}),
          ...(filter?.ExpressionAttributeNames ? { ExpressionAttributeNames: filter.ExpressionAttributeNames } : {}),
          ExclusiveStartKey: start,
          ConsistentRead: consistent,
        }),
      );
      items.push(...(result.Items ?? []).map((item) => strip<T>(item)!));
      start = result.LastEvaluatedKey;
    } while (start);
    return items;
  }

  listEvents(lotId: string): Promise<EventItem[]> {
    return this.queryAll<EventItem>(keys.lotPartition(lotId), keys.eventPrefix, true);
  }

  /** One page of a lot's events in the order they were recorded (their ids are ULIDs of the recording time). */
  async listEventsPage(lotId: string, limit: number, cursor?: string): Promise<Page<EventItem>> {
    const page = await queryPage<Record<string, unknown>>(this.store, {
      partition: { name: 'pk', value: keys.lotPartition(lotId) },
      sortPrefix: { name: 'sk', value: keys.eventPrefix },
      limit,
      cursor,
    });
    return { items: page.items.map((item) => strip<EventItem>(item)!), nextCursor: page.nextCursor };
  }

  /**
   * True when the lot was shipped to the organisation: a shipping event of the lot naming it as
   * `shipment.buyerId`, or a shipment the orders package recorded in the lot's partition. Reads the
   * lot's shipping events and shipments only (filtered Queries of its partition).
   */
  async wasShippedTo(lotId: string, orgId: string): Promise<boolean> {
    const shipments = await this.queryAll<Record<string, unknown>>(keys.lotPartition(lotId), keys.shipmentPrefix, true, {
      FilterExpression: 'buyerId = :org',
      ExpressionAttributeValues: { ':org': orgId },
    });
    if (shipments.length > 0) return true;
    const events = await this.queryAll<EventItem>(keys.lotPartition(lotId), keys.eventPrefix, true, {
      FilterExpression: '#type = :shipping',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':shipping': 'shipping' },
    });
    return events.some((event) => (JSON.parse(event.recordJson) as { shipment?: { buyerId?: string } }).shipment?.buyerId === orgId);
  }

  listInputs(lotId: string): Promise<EdgeItem[]> {
    return this.queryAll<EdgeItem>(keys.lotPartition(lotId), keys.inputPrefix);
  }

  listOutputs(lotId: string): Promise<EdgeItem[]> {
    return this.queryAll<EdgeItem>(keys.lotPartition(lotId), keys.outputPrefix);
  }

  /** Shipment items the orders package writes into the lot's partition when it dispatches. */
  listShipments(lotId: string): Promise<Array<Record<string, unknown>>> {
    return this.queryAll<Record<string, unknown>>(keys.lotPartition(lotId), keys.shipmentPrefix);
  }

  /** Events waiting for a batch, oldest recorded first (sparse index, no Scan). */
  async listPending(limit: number): Promise<EventItem[]> {
    const result = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.pendingIndex().gsi1pk },
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map((item) => strip<EventItem>(item)!);
  }

  async getEvents(refs: readonly EventRef[]): Promise<Map<string, EventItem>> {
    const found = new Map<string, EventItem>();
    for (let i = 0; i < refs.length; i += 100) {
      let pending: Record<string, unknown>[] | undefined = refs.slice(i, i + 100).map((ref) => keys.event(ref.lotId, ref.eventId));
      while (pending && pending.length > 0) {
        const result = await this.store.doc.send(new BatchGetCommand({ RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } } }));
        for (const item of result.Responses?.[this.table] ?? []) {
          const event = strip<EventItem>(item)!;
          found.set(refOf({ lotId: event.lotId, eventId: event.id }), event);
        }
        pending = result.UnprocessedKeys?.[this.table]?.Keys as Record<string, unknown>[] | undefined;
      }
    }
    return found;
  }

  /** Takes the event out of the pending index for this batch; a no-op if this batch already has it. */
  async markClaimed(ref: EventRef, batchId: string): Promise<void> {
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.event(ref.lotId, ref.eventId),
          UpdateExpression: 'SET batchId = :b, #status = :claimed REMOVE gsi1pk, gsi1sk',
          ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(batchId) OR batchId = :b)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':b': batchId, ':claimed': 'claimed' },
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new Conflict(`event ${refOf(ref)} belongs to another batch`, { cause: error });
      throw error;
    }
  }

  async markIncluded(ref: EventRef, batchId: string, proof: readonly string[]): Promise<void> {
    await this.store.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.event(ref.lotId, ref.eventId),
        UpdateExpression: 'SET proof = :proof, #status = :included',
        ConditionExpression: 'batchId = :b',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':b': batchId, ':proof': [...proof], ':included': 'included' },
      }),
    );
  }

  // Batches and sequence numbers

  async getSequence(chainId: number, contract: string, anchorer: string): Promise<number | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.sequence(chainId, contract, anchorer), ConsistentRead: true }),
    );
    return Item ? (Item.next as number) : undefined;
  }

  /** Starts the counter at the chain's `nextSeq` the first time this anchorer is used. */
  async initSequence(chainId: number, contract: string, anchorer: string, next: number): Promise<void> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...keys.sequence(chainId, contract, anchorer), entity: 'AnchorSequence', next },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  /**
   * Claims a batch before anything is sent: the batch record (its exact event set, root and batch
   * number) and the counter move together, so a batch number is never given twice and an event
   * set is never claimed twice (same set → same batch id → the put fails).
   */
  async claimBatch(batch: BatchItem): Promise<'claimed' | 'exists'> {
    try {
      await transactWrite(this.store, [
        {
          Put: {
            TableName: this.table,
            Item: { ...keys.batch(batch.batchId), ...keys.openBatchesIndex(), gsi1sk: keys.openBatchSort(batch.anchorer, batch.seq), ...batch },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: this.table,
            Key: keys.sequence(batch.chainId, batch.contract, batch.anchorer),
            UpdateExpression: 'SET #next = :after',
            ConditionExpression: '#next = :seq',
            ExpressionAttributeNames: { '#next': 'next' },
            ExpressionAttributeValues: { ':seq': batch.seq, ':after': batch.seq + 1 },
          },
        },
      ]);
      return 'claimed';
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedConditions().includes(0)) return 'exists';
      throw error;
    }
  }

  async getBatch(batchId: string): Promise<BatchItem | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: keys.batch(batchId), ConsistentRead: true }));
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
          TableName: this.table,
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
        TableName: this.table,
        Key: keys.batch(batchId),
        UpdateExpression: [sets.length ? `SET ${sets.join(', ')}` : '', removes.length ? `REMOVE ${removes.join(', ')}` : ''].join(' ').trim(),
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
      }),
    );
  }

  // GS1 Digital Link pointers

  /** Claims (gtin, lotCode) for a lot; false when another lot already has that code. */
  async claimDigitalLink(gtin: string, lotCode: string, lotId: string): Promise<boolean> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...keys.digitalLink(gtin, lotCode), entity: 'DigitalLink', lotId },
          ConditionExpression: 'attribute_not_exists(pk) OR lotId = :lot',
          ExpressionAttributeValues: { ':lot': lotId },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async resolveDigitalLink(gtin: string, lotCode: string): Promise<string | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: keys.digitalLink(gtin, lotCode) }));
    return Item?.lotId as string | undefined;
  }

  // One run at a time

  async acquireLease(owner: string, nowMs: number, ttlMs: number): Promise<boolean> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.table,
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
          TableName: this.table,
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

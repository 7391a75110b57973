import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Conflict, message, NotFound, outbox } from '@ayni/core';
import { queryPage, transactWrite, TransactionCancelled, type Page, type Store, type TransactItem } from '@ayni/store';
import { eventRecordedEvent } from '../domain-events.js';
import { MESSAGES } from '../messages.js';
import { provenanceKeys as keys } from '../keys.js';
import { AnchoringRepository } from './batches.js';
import { strip } from './items.js';
import { epcisIndexAttributes } from '../service/epcis-index.js';
import type { ChainHeadItem, EdgeItem, EventItem } from '../model.js';

export type { BatchItem, BatchStatus, ChainHeadItem, EdgeItem, EventItem, EventRef, LotAnchoringItem } from '../model.js';
export { parseRef, refOf } from '../model.js';
export { AnchoringRepository, chunkMembers, LeaseLost, type AnchorSequence, type BatchMembers, type IncludedEvent, type PendingEvent } from './batches.js';

/** Another event was appended to the lot first: re-read the head and build on it. */
export class ChainMoved extends Error {
  constructor(
    readonly lotId: string,
    options?: { cause?: unknown },
  ) {
    super(`the chain head of lot ${lotId} moved`, options);
    this.name = 'ChainMoved';
  }
}

/**
 * Provenance in DynamoDB: events, lineage edges, chain heads; and, inherited, the anchoring side
 * (pending events, batches and their member chunks, batch numbers, the job lease: batches.ts).
 */
export class ProvenanceRepository extends AnchoringRepository {
  constructor(store: Store) {
    super(store);
  }

  private get table(): string {
    return this.store.tableName;
  }

  // Events

  /** The head of the lot's chain of events, read consistently (the next event is built on it). */
  async getChainHead(lotId: string): Promise<ChainHeadItem | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: keys.chainHead(lotId), ConsistentRead: true }));
    return strip<ChainHeadItem>(Item);
  }

  /**
   * Appends an event to its lot in one transaction: the lot must exist, the event is new, its
   * lineage edges are written, and the chain head moves from `expectedSeq` to the event (a
   * conditional write: a concurrent writer that appended first makes this one `ChainMoved`). The
   * event item carries its `provenance.event_recorded` (`outbox`), seq = its place in the chain.
   */
  async appendEvent(
    event: EventItem,
    edges: ReadonlyArray<{ input: string; output: string; quantity: string; unit: string }>,
    lotKey: { pk: string; sk: string },
    chain: { expectedSeq: number; sealed: boolean },
  ): Promise<void> {
    const head: ChainHeadItem = {
      entity: 'EventChainHead',
      lotId: event.lotId,
      seq: event.seq!,
      head: event.recordHash,
      headEventId: event.id,
      sealed: chain.sealed,
    };
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
            ...epcisIndexAttributes(event),
            ...event,
            ...outbox(eventRecordedEvent(event)),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.table,
          Item: { ...keys.chainHead(event.lotId), ...head },
          ...(chain.expectedSeq === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: '#seq = :expected AND #sealed = :open',
                ExpressionAttributeNames: { '#seq': 'seq', '#sealed': 'sealed' },
                ExpressionAttributeValues: { ':expected': chain.expectedSeq, ':open': false },
              }),
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
      if (error instanceof TransactionCancelled && error.failedConditions().includes(0))
        throw new NotFound(message(MESSAGES, 'provenance.lot-not-found', { lotId: event.lotId }));
      if (error instanceof TransactionCancelled && error.failedConditions().includes(2)) throw new ChainMoved(event.lotId, { cause: error });
      if (error instanceof TransactionCancelled) throw new Conflict(message(MESSAGES, 'provenance.event-already-recorded'), { cause: error });
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

  // GS1 Digital Link pointers: read by DigitalLinkRepository (repository/links.ts), written by the catalog.
}

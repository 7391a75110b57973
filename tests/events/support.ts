import { GetCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { domainEventId, DOMAIN_EVENT_TYPES, OUTBOX_ATTRIBUTE, type DomainEvent } from '@ayni/core';
import { expect } from 'vitest';
import type { TestApi } from '../support/api.js';

/** One raw item of the table, keys and outbox included. */
export async function rawItem(api: TestApi, key: { pk: string; sk: string }): Promise<Record<string, unknown> | undefined> {
  const { store } = api.runtime;
  const { Item } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: key, ConsistentRead: true }));
  return Item;
}

/** The raw items of a partition whose sort key starts with `prefix`, in sort-key order. */
export async function rawItems(api: TestApi, pk: string, prefix: string): Promise<Array<Record<string, unknown>>> {
  const { store } = api.runtime;
  const { Items } = await store.doc.send(
    new QueryCommand({
      TableName: store.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
      ConsistentRead: true,
    }),
  );
  return Items ?? [];
}

/** The outbox event of a raw item (fails the test when it has none). */
export function outboxOf(item: Record<string, unknown> | undefined): DomainEvent {
  expect(item, 'item not found').toBeDefined();
  const event = item![OUTBOX_ATTRIBUTE] as DomainEvent | undefined;
  expect(event, `no outbox on ${String(item!.pk)} ${String(item!.sk)}`).toBeDefined();
  return event!;
}

/**
 * Every outbox event the test's table holds about an aggregate (a Scan of the file's own small
 * table: what a stream reader would find, wherever it was written).
 */
export async function outboxEventsAbout(api: TestApi, aggregateId: string): Promise<DomainEvent[]> {
  const { store } = api.runtime;
  const events: DomainEvent[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.doc.send(
      new ScanCommand({
        TableName: store.tableName,
        FilterExpression: '#outbox.#aggregate.#id = :id',
        ExpressionAttributeNames: { '#outbox': OUTBOX_ATTRIBUTE, '#aggregate': 'aggregate', '#id': 'id' },
        ExpressionAttributeValues: { ':id': aggregateId },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    events.push(...(page.Items ?? []).map((item) => item[OUTBOX_ATTRIBUTE] as DomainEvent));
    start = page.LastEvaluatedKey;
  } while (start);
  return events;
}

/**
 * The shape every event must have: a known type, the deterministic id of its aggregate and seq,
 * schema version 1, the organisations and instant given; `data` holds exactly the allowed keys
 * (`required` ones present) and none of the `forbidden` strings appears anywhere in the event.
 */
export function expectEvent(
  event: DomainEvent,
  expected: {
    type: DomainEvent['type'];
    aggregate: DomainEvent['aggregate'];
    organisations: readonly string[];
    occurredAt: string;
    allowed: readonly string[];
    required?: readonly string[];
    data?: Record<string, unknown>;
    forbidden?: readonly string[];
  },
): void {
  expect(DOMAIN_EVENT_TYPES).toContain(event.type);
  expect(event.type).toBe(expected.type);
  expect(event.aggregate).toEqual(expected.aggregate);
  expect(event.id).toBe(domainEventId(expected.aggregate, expected.occurredAt));
  expect(event.version).toBe(1);
  expect(event.organisations).toEqual(expected.organisations);
  expect(event.occurredAt).toBe(expected.occurredAt);
  const keys = Object.keys(event.data);
  for (const key of keys) expect(expected.allowed, `unexpected data field ${key}`).toContain(key);
  for (const key of expected.required ?? expected.allowed) expect(keys, `missing data field ${key}`).toContain(key);
  if (expected.data) expect(event.data).toMatchObject(expected.data);
  const json = JSON.stringify(event);
  for (const text of expected.forbidden ?? []) expect(json, `the event names ${text}`).not.toContain(text);
}

/** True when `value` (a response body) holds an `outbox` key at any depth. */
export function mentionsOutbox(value: unknown): boolean {
  return JSON.stringify(value).includes(`"${OUTBOX_ATTRIBUTE}"`);
}

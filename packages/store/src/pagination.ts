import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { englishOf, message, ValidationFailed } from '@ayni/core';
import * as z from 'zod';
import type { Store } from './client.js';
import { MESSAGES } from './messages.js';
import { GLOBAL_INDEXES, TABLE_KEYS, type IndexName } from './table.js';

export interface Page<T> {
  readonly items: T[];
  /** Opaque cursor for the next page; absent on the last page. */
  readonly nextCursor?: string | undefined;
}

/** Longest cursor accepted: a table key plus an index key, each at most 1 KiB, base64url-encoded. */
const MAX_CURSOR_LENGTH = 6_000;
const MAX_KEY_VALUE_LENGTH = 1_024;

export function encodeCursor(lastKey: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(lastKey), 'utf8').toString('base64url');
}

function refused(key: 'store.cursor-not-issued' | 'store.cursor-other-listing' = 'store.cursor-not-issued'): ValidationFailed {
  const msg = message(MESSAGES, key);
  return new ValidationFailed([{ path: 'query.cursor', message: englishOf(msg), msg }]);
}

/** The key attributes DynamoDB returns in LastEvaluatedKey for a query of the table or of an index. */
function keyAttributesOf(index: IndexName | undefined): string[] {
  const table = [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey];
  if (!index) return table;
  const definition = GLOBAL_INDEXES.find((i) => i.indexName === index)!;
  return [...table, definition.partitionKey, definition.sortKey];
}

/**
 * Decodes a cursor and checks it completely against the listing it is used on: exactly the key
 * attributes that listing's LastEvaluatedKey has, all strings of sane length, the listing's own
 * partition, and a sort key inside the listing's key condition. Anything else is a 400 naming
 * `cursor`: a crafted cursor can neither reach other data nor make DynamoDB refuse the query.
 */
export function decodeCursor(cursor: string, listing: Pick<QueryPageInput, 'index' | 'partition' | 'sortPrefix' | 'sortBetween'>): Record<string, string> {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refused();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refused();
  }
  const expected = keyAttributesOf(listing.index);
  const schema = z.strictObject(Object.fromEntries(expected.map((name) => [name, z.string().min(1).max(MAX_KEY_VALUE_LENGTH)])));
  const parsed = schema.safeParse(decoded);
  if (!parsed.success) throw refused();
  const key = parsed.data as Record<string, string>;
  if (key[listing.partition.name] !== listing.partition.value) throw refused('store.cursor-other-listing');
  if (listing.sortPrefix && !key[listing.sortPrefix.name]!.startsWith(listing.sortPrefix.value)) throw refused('store.cursor-other-listing');
  if (listing.sortBetween) {
    const sort = key[listing.sortBetween.name]!;
    if (sort < listing.sortBetween.from || sort > listing.sortBetween.to) throw refused('store.cursor-other-listing');
  }
  return key;
}

export interface QueryPageInput {
  readonly index?: IndexName | undefined;
  /** Name and value of the partition key attribute to query (`pk`, `gsi1pk`, ...). */
  readonly partition: { readonly name: string; readonly value: string };
  /** Optional `begins_with` on the sort key attribute. */
  readonly sortPrefix?: { readonly name: string; readonly value: string } | undefined;
  /** Optional inclusive range on the sort key attribute. */
  readonly sortBetween?: { readonly name: string; readonly from: string; readonly to: string } | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly scanForward?: boolean | undefined;
  readonly filter?: Pick<QueryCommandInput, 'FilterExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> | undefined;
}

export interface QueryPageStats {
  readonly calls: number;
  readonly consumedReadUnits: number;
}

/**
 * One page of a Query, with a stable order (the sort key) and an opaque cursor, checked completely
 * against the listing before use (decodeCursor).
 * With a filter, DynamoDB may return short pages; this keeps querying until `limit` items or the end.
 */
export async function queryPage<T>(store: Store, input: QueryPageInput): Promise<Page<T> & { stats: QueryPageStats }> {
  const names: Record<string, string> = { '#pk': input.partition.name, ...(input.filter?.ExpressionAttributeNames ?? {}) };
  const values: Record<string, unknown> = { ':pk': input.partition.value, ...(input.filter?.ExpressionAttributeValues ?? {}) };
  let condition = '#pk = :pk';
  if (input.sortPrefix) {
    names['#sk'] = input.sortPrefix.name;
    values[':skp'] = input.sortPrefix.value;
    condition += ' AND begins_with(#sk, :skp)';
  } else if (input.sortBetween) {
    names['#sk'] = input.sortBetween.name;
    values[':from'] = input.sortBetween.from;
    values[':to'] = input.sortBetween.to;
    condition += ' AND #sk BETWEEN :from AND :to';
  }
  let startKey: Record<string, unknown> | undefined;
  if (input.cursor) {
    startKey = decodeCursor(input.cursor, input);
  }
  const items: T[] = [];
  let calls = 0;
  let consumedReadUnits = 0;
  let lastKey: Record<string, unknown> | undefined;
  do {
    const result = await store.doc.send(
      new QueryCommand({
        TableName: store.tableName,
        IndexName: input.index,
        KeyConditionExpression: condition,
        FilterExpression: input.filter?.FilterExpression,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        Limit: input.limit - items.length,
        ExclusiveStartKey: startKey,
        ScanIndexForward: input.scanForward ?? true,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    calls++;
    consumedReadUnits += result.ConsumedCapacity?.CapacityUnits ?? 0;
    items.push(...((result.Items ?? []) as T[]));
    lastKey = result.LastEvaluatedKey;
    startKey = lastKey;
  } while (lastKey && items.length < input.limit);
  return {
    items,
    nextCursor: lastKey ? encodeCursor(lastKey) : undefined,
    stats: { calls, consumedReadUnits },
  };
}

import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ValidationFailed } from '@ayni/core';
import * as z from 'zod';
import type { Store } from './client.js';
import type { IndexName } from './table.js';

export interface Page<T> {
  readonly items: T[];
  /** Opaque cursor for the next page; absent on the last page. */
  readonly nextCursor?: string | undefined;
}

const cursorSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export function encodeCursor(lastKey: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(lastKey), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Record<string, string | number> {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch (error) {
    throw new ValidationFailed([{ path: 'cursor', message: 'is not a cursor this API issued' }]);
  }
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
 * One page of a Query, with a stable order (the sort key) and an opaque cursor. A cursor whose
 * partition differs from the queried one is refused, so a crafted cursor cannot reach other data.
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
    startKey = decodeCursor(input.cursor);
    if (startKey[input.partition.name] !== input.partition.value) {
      throw new ValidationFailed([{ path: 'cursor', message: 'does not belong to this listing' }]);
    }
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

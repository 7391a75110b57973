import { message } from '@ayni/core';
import { BatchGetCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.js';
import { TransactionContended } from './errors.js';
import { MESSAGES } from './messages.js';
import { contentionPause } from './transactions.js';

export const MAX_BATCH_GET_KEYS = 100;
export const MAX_BATCH_WRITE_REQUESTS = 25;
/**
 * How many calls one chunk may take while DynamoDB hands back unprocessed keys or items (it does so
 * when a partition is throttled), with a jittered pause before each retry; then a 503 `contended`
 * with Retry-After, never a loop without end.
 */
export const MAX_UNPROCESSED_ROUNDS = 8;

export interface BatchGetResult {
  readonly items: Record<string, unknown>[];
  readonly calls: number;
  readonly consumedReadUnits: number;
}

async function untilProcessed<T>(first: T[], send: (pending: T[]) => Promise<T[] | undefined>): Promise<number> {
  let pending: T[] | undefined = first;
  let calls = 0;
  while (pending && pending.length > 0) {
    if (calls === MAX_UNPROCESSED_ROUNDS) throw new TransactionContended(message(MESSAGES, 'store.transaction-contended'));
    if (calls > 0) await contentionPause(calls);
    pending = await send(pending);
    calls++;
  }
  return calls;
}

/**
 * Reads items by key with BatchGetItem: distinct keys in chunks of 100, retrying what DynamoDB
 * returns unprocessed (bounded, with backoff), and counting the calls and read units it cost.
 */
export async function batchGetAll(
  store: Store,
  keys: readonly Record<string, unknown>[],
  options: { consistent?: boolean; projection?: { expression: string; names: Record<string, string> } } = {},
): Promise<BatchGetResult> {
  const items: Record<string, unknown>[] = [];
  let calls = 0;
  let consumedReadUnits = 0;
  for (let i = 0; i < keys.length; i += MAX_BATCH_GET_KEYS) {
    calls += await untilProcessed(keys.slice(i, i + MAX_BATCH_GET_KEYS), async (pending) => {
      const result = await store.doc.send(
        new BatchGetCommand({
          RequestItems: {
            [store.tableName]: {
              Keys: pending,
              ConsistentRead: options.consistent ?? false,
              ...(options.projection ? { ProjectionExpression: options.projection.expression, ExpressionAttributeNames: options.projection.names } : {}),
            },
          },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      consumedReadUnits += (result.ConsumedCapacity ?? []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      items.push(...(result.Responses?.[store.tableName] ?? []));
      return result.UnprocessedKeys?.[store.tableName]?.Keys as Record<string, unknown>[] | undefined;
    });
  }
  return { items, calls, consumedReadUnits };
}

/**
 * Puts and deletes items with BatchWriteItem, 25 requests a call, retrying what DynamoDB returns
 * unprocessed (bounded, with backoff). Plain puts and deletes: repeating them is harmless. Returns
 * the number of calls.
 */
export async function batchWriteAll(store: Store, puts: readonly object[], deletes: readonly Record<string, unknown>[] = []): Promise<number> {
  const requests = [...puts.map((Item) => ({ PutRequest: { Item } })), ...deletes.map((Key) => ({ DeleteRequest: { Key } }))];
  let calls = 0;
  for (let i = 0; i < requests.length; i += MAX_BATCH_WRITE_REQUESTS) {
    calls += await untilProcessed<unknown>(requests.slice(i, i + MAX_BATCH_WRITE_REQUESTS), async (pending) => {
      const result = await store.doc.send(new BatchWriteCommand({ RequestItems: { [store.tableName]: pending as never } }));
      return result.UnprocessedItems?.[store.tableName];
    });
  }
  return calls;
}

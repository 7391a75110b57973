import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.js';

export const MAX_BATCH_GET_KEYS = 100;

export interface BatchGetResult {
  readonly items: Record<string, unknown>[];
  readonly calls: number;
  readonly consumedReadUnits: number;
}

/**
 * Reads items by key with BatchGetItem: distinct keys in chunks of 100, retrying what DynamoDB
 * returns unprocessed, and counting the calls and read units it cost.
 */
export async function batchGetAll(store: Store, keys: readonly Record<string, unknown>[], options: { consistent?: boolean } = {}): Promise<BatchGetResult> {
  const items: Record<string, unknown>[] = [];
  let calls = 0;
  let consumedReadUnits = 0;
  for (let i = 0; i < keys.length; i += MAX_BATCH_GET_KEYS) {
    let pending: Record<string, unknown>[] | undefined = keys.slice(i, i + MAX_BATCH_GET_KEYS);
    while (pending && pending.length > 0) {
      const result = await store.doc.send(
        new BatchGetCommand({
          RequestItems: { [store.tableName]: { Keys: pending, ConsistentRead: options.consistent ?? false } },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      calls++;
      consumedReadUnits += (result.ConsumedCapacity ?? []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      items.push(...(result.Responses?.[store.tableName] ?? []));
      pending = result.UnprocessedKeys?.[store.tableName]?.Keys as Record<string, unknown>[] | undefined;
    }
  }
  return { items, calls, consumedReadUnits };
}

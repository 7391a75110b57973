import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from './client.js';
import { asTransactionCancelled } from './errors.js';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export const MAX_TRANSACTION_ACTIONS = 100;

function itemKeyOf(action: TransactItem): string {
  const op = action.Put ?? action.Update ?? action.Delete ?? action.ConditionCheck;
  if (!op) throw new RangeError('empty transaction action');
  const key = 'Item' in op && op.Item ? { pk: op.Item.pk, sk: op.Item.sk } : (op as { Key: Record<string, unknown> }).Key;
  return `${op.TableName}|${String(key.pk)}|${String(key.sk)}`;
}

/**
 * Checks the two limits DynamoDB enforces on a transaction before sending it, so a programming
 * mistake shows up as a clear error instead of a ValidationException.
 */
export function assertValidTransaction(items: readonly TransactItem[]): void {
  if (items.length === 0) throw new RangeError('a transaction needs at least one action');
  if (items.length > MAX_TRANSACTION_ACTIONS) {
    throw new RangeError(`a transaction takes at most ${MAX_TRANSACTION_ACTIONS} actions, got ${items.length}`);
  }
  const seen = new Set<string>();
  for (const item of items) {
    const key = itemKeyOf(item);
    if (seen.has(key)) throw new RangeError(`two actions on one item in a transaction: ${key}`);
    seen.add(key);
  }
}

export interface TransactOptions {
  /** Retries when the only failures are conflicts with concurrent transactions. */
  readonly conflictRetries?: number;
  readonly clientRequestToken?: string;
}

/**
 * Runs TransactWriteItems. A cancelled transaction becomes a `TransactionCancelled` error carrying
 * the per-action reasons (with the current item on condition failures), for the caller to
 * translate into domain errors.
 */
export async function transactWrite(
  store: Store,
  items: readonly TransactItem[],
  options: TransactOptions = {},
): Promise<{ consumedCapacity: number }> {
  assertValidTransaction(items);
  const retries = options.conflictRetries ?? 5;
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await store.doc.send(
        new TransactWriteCommand({
          TransactItems: [...items],
          ReturnConsumedCapacity: 'TOTAL',
          ...(options.clientRequestToken ? { ClientRequestToken: options.clientRequestToken } : {}),
        }),
      );
      const consumedCapacity = (result.ConsumedCapacity ?? []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      return { consumedCapacity };
    } catch (error) {
      const cancelled = asTransactionCancelled(error);
      if (!cancelled) throw error;
      if (cancelled.isConflictOnly() && attempt < retries) {
        await sleep(10 * 2 ** attempt + Math.floor(Math.random() * 20));
        continue;
      }
      throw cancelled;
    }
  }
}

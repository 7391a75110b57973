import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { message } from '@ayni/core';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from './client.js';
import { asTransactionCancelled, TransactionContended } from './errors.js';
import { MESSAGES } from './messages.js';

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
  /** Attempts in all when the only failures are conflicts with concurrent transactions (default 6). */
  readonly maxAttempts?: number;
  /** Stop retrying conflicts after this long (default 10 s). */
  readonly budgetMs?: number;
  readonly clientRequestToken?: string;
}

const BACKOFF_BASE_MS = 15;
const BACKOFF_CAP_MS = 800;

/**
 * Runs TransactWriteItems. DynamoDB cancels transactions that overlap on an item with
 * `TransactionConflict` (nothing was written): those are retried with full-jitter exponential
 * backoff, so contenders spread out instead of colliding again in lockstep; contention outlasting
 * the attempts or the budget is a `TransactionContended` (503, retry later), never a 500. Any other
 * cancellation is a `TransactionCancelled` carrying the per-action reasons (with the current item on
 * condition failures), for the caller to translate into domain errors: a failed condition is an
 * answer, never retried here.
 */
export async function transactWrite(
  store: Store,
  items: readonly TransactItem[],
  options: TransactOptions = {},
): Promise<{ consumedCapacity: number; attempts: number }> {
  assertValidTransaction(items);
  const maxAttempts = options.maxAttempts ?? 6;
  const budgetMs = options.budgetMs ?? 10_000;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await store.doc.send(
        new TransactWriteCommand({
          TransactItems: [...items],
          ReturnConsumedCapacity: 'TOTAL',
          ...(options.clientRequestToken ? { ClientRequestToken: options.clientRequestToken } : {}),
        }),
      );
      const consumedCapacity = (result.ConsumedCapacity ?? []).reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      return { consumedCapacity, attempts: attempt };
    } catch (error) {
      const cancelled = asTransactionCancelled(error);
      if (!cancelled) throw error;
      if (!cancelled.isConflictOnly()) throw cancelled;
      if (attempt >= maxAttempts || Date.now() - started > budgetMs) {
        throw new TransactionContended(message(MESSAGES, 'store.transaction-contended'), { cause: cancelled });
      }
      await sleep(Math.floor(Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 10))));
    }
  }
}

const PAUSE_BASE_MS = 20;
const PAUSE_CAP_MS = 2000;

/**
 * The pause before re-planning after an optimistic check was lost to a concurrent writer (a series
 * counter that moved): full-jitter exponential backoff, as `transactWrite` uses for write conflicts,
 * so contenders spread out instead of reading and colliding again in lockstep. The window starts at
 * how long the lost attempt took (`lostAfterMs`): a commit that waited long behind others says many
 * contend, so they spread over a wider window; on a fast table the pauses stay short.
 */
export function contentionPause(attempt: number, lostAfterMs = 0): Promise<void> {
  const window = Math.min(PAUSE_CAP_MS, Math.max(PAUSE_BASE_MS, lostAfterMs) * 2 ** Math.min(attempt - 1, 10));
  return sleep(Math.floor(Math.random() * window));
}

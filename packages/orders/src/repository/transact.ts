import { setTimeout as sleep } from 'node:timers/promises';
import { transactWrite, TransactionCancelled, type Store, type TransactItem } from '@ayni/store';
import { Contended } from '../errors.js';

export interface CommitStats {
  /** TransactWriteItems calls made (1 unless conflicts forced retries). */
  calls: number;
  consumedCapacity: number;
}

/** Accumulates DynamoDB calls and capacity, for the benchmark. */
export interface CallMeter {
  calls: number;
  readUnits: number;
  writeUnits: number;
}

const MAX_ATTEMPTS = 60;
const BUDGET_MS = 25_000;
const BASE_MS = 15;
const CAP_MS = 800;

/**
 * TransactWriteItems that waits out write conflicts: when many buyers reserve the same product at
 * once, DynamoDB cancels overlapping transactions with `TransactionConflict` (nothing was written).
 * Those are retried with "full jitter" exponential backoff (a random delay up to an exponentially
 * growing, capped ceiling) so the contenders spread out instead of colliding again in lockstep.
 * Condition failures are never retried here: they are answers. Contention outlasting the budget
 * becomes a 503 with Retry-After, never a 500.
 */
export async function commit(
  store: Store,
  items: readonly TransactItem[],
  meter?: CallMeter,
  limits: { maxAttempts?: number; budgetMs?: number } = {},
): Promise<CommitStats> {
  const maxAttempts = limits.maxAttempts ?? MAX_ATTEMPTS;
  const budgetMs = limits.budgetMs ?? BUDGET_MS;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      const { consumedCapacity } = await transactWrite(store, items, { conflictRetries: 0 });
      if (meter) {
        meter.calls++;
        meter.writeUnits += consumedCapacity;
      }
      return { calls: attempt, consumedCapacity };
    } catch (error) {
      if (meter) meter.calls++;
      if (!(error instanceof TransactionCancelled) || !error.isConflictOnly()) throw error;
      if (attempt >= maxAttempts || Date.now() - started > budgetMs) {
        throw new Contended('Too many concurrent changes to the same items; retry shortly.');
      }
      const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.min(attempt, 10));
      await sleep(Math.floor(Math.random() * ceiling));
    }
  }
}

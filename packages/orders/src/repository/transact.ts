import { transactWrite, type Store, type TransactItem } from '@ayni/store';

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

/**
 * How long one request of the orders domain may spend absorbing contention before it answers 503 with
 * Retry-After. The orders Lambda times out after 10 s (the default of `functions/manifest.ts`, applied
 * in `infra/lib/domain-function.ts`); 6 s of retries leave room for the request's reads, the
 * idempotency record and the response, so contention ends as a retryable 503, never as a Lambda
 * timeout (which the client would see as a bare gateway error, with the idempotency key still locked).
 */
export const CONTENTION_BUDGET_MS = 6_000;

/** Orders retry many times within that budget: 200 buyers reserving one product is the expected burst. */
const CONTENTION = { maxAttempts: 60, budgetMs: CONTENTION_BUDGET_MS };

export interface CommitLimits {
  readonly maxAttempts?: number;
  readonly budgetMs?: number;
}

/**
 * For transactions that take a number from a series: no retry of the same transaction after a write
 * conflict, because the transaction it conflicted with was most likely taking the same number; the
 * caller renumbers from a fresh read instead (`withNextNumber`).
 */
export const RENUMBER_ON_CONFLICT: CommitLimits = { maxAttempts: 1 };

/** TransactWriteItems with the orders' contention budget, counted for the benchmark. */
export async function commit(store: Store, items: readonly TransactItem[], meter?: CallMeter, limits: CommitLimits = {}): Promise<CommitStats> {
  try {
    const { consumedCapacity, attempts } = await transactWrite(store, items, { ...CONTENTION, ...limits });
    if (meter) {
      meter.calls += attempts;
      meter.writeUnits += consumedCapacity;
    }
    return { calls: attempts, consumedCapacity };
  } catch (error) {
    if (meter) meter.calls++;
    throw error;
  }
}

export { contentionPause } from '@ayni/store';

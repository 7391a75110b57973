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

/** Orders wait longer than the default: 200 buyers reserving one product is the expected burst. */
const CONTENTION = { maxAttempts: 60, budgetMs: 25_000 };

/** TransactWriteItems with the orders' contention budget, counted for the benchmark. */
export async function commit(
  store: Store,
  items: readonly TransactItem[],
  meter?: CallMeter,
  limits: { maxAttempts?: number; budgetMs?: number } = {},
): Promise<CommitStats> {
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

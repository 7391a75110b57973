import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { Contended, commitTransaction } from '@ayni/orders';
import type { Store } from '@ayni/store';
import { describe, expect, it } from 'vitest';

/** A store whose TransactWriteItems fails with the given reason codes, one list per call, then succeeds. */
function storeFailing(rounds: string[][]): Store & { calls: number } {
  const state = { calls: 0 };
  const doc = {
    send: async () => {
      const codes = rounds[state.calls++];
      if (!codes) return { ConsumedCapacity: [{ CapacityUnits: 4 }] };
      throw new TransactionCanceledException({ message: 'cancelled', $metadata: {}, CancellationReasons: codes.map((Code) => ({ Code })) });
    },
  };
  return Object.assign(state, { doc: doc as unknown as Store['doc'], tableName: 'stub' }) as Store & { calls: number };
}

const put = { Put: { TableName: 'stub', Item: { pk: 'A', sk: 'B' } } };

describe('committing under contention', () => {
  it('retries write conflicts until the transaction goes through', async () => {
    const store = storeFailing(Array.from({ length: 12 }, () => ['None', 'TransactionConflict']));
    const stats = await commitTransaction(store, [put]);
    expect(store.calls).toBe(13);
    expect(stats).toEqual({ calls: 13, consumedCapacity: 4 });
  });

  it('never retries a failed condition: it is an answer', async () => {
    const store = storeFailing([['ConditionalCheckFailed', 'TransactionConflict']]);
    await expect(commitTransaction(store, [put])).rejects.toThrow(/ConditionalCheckFailed/);
    expect(store.calls).toBe(1);
  });

  it('gives up with a retryable 503, not a 500, when contention outlasts the budget', async () => {
    const store = storeFailing(Array.from({ length: 100 }, () => ['TransactionConflict']));
    const error = await commitTransaction(store, [put], undefined, { maxAttempts: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Contended);
    expect((error as Contended).status).toBe(503);
    expect((error as Contended).extensions.retryAfterSeconds).toBe(1);
    expect(store.calls).toBe(5);
  });
});

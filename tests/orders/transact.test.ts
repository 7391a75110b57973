import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { systemClock } from '@ayni/core';
import { Contended, commitTransaction, withNextNumber } from '@ayni/orders';
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

describe('numbering under contention', () => {
  it('numbers again from a fresh read when a numbered transaction meets a write conflict, instead of sending it again with the number the other took', async () => {
    // Prepare: a series at 0 and a store where the first transaction conflicts with another request,
    // which takes number 1 meanwhile.
    let last = 0;
    const numbersSent: number[] = [];
    const store = {
      tableName: 'stub',
      doc: {
        send: async (command: { constructor: { name: string }; input: { TransactItems?: Array<{ Put: { Item: { n: number } } }> } }) => {
          if (command.constructor.name === 'GetCommand') return { Item: { last } };
          const n = command.input.TransactItems![0]!.Put.Item.n;
          numbersSent.push(n);
          if (numbersSent.length === 1) {
            last = 1;
            throw new TransactionCanceledException({ message: 'cancelled', $metadata: {}, CancellationReasons: [{ Code: 'TransactionConflict' }] });
          }
          last = n;
          return {};
        },
      },
    } as unknown as Store;

    // Act
    const issued = await withNextNumber({ store, clock: systemClock }, 'org_01JAAAAAAAAAAAAAAAAAAAAAAA', 'NC01', {
      commit: async (sequence, _state: undefined, limits) => {
        await commitTransaction(store, [{ Put: { TableName: 'stub', Item: { pk: 'DOC', sk: String(sequence), n: sequence } } }], undefined, limits);
        return sequence;
      },
    });

    // Assess: number 1 was sent once, then 2 after reading the counter again.
    expect(numbersSent).toEqual([1, 2]);
    expect(issued).toBe(2);
  });
});

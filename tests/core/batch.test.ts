import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll, batchWriteAll, MAX_UNPROCESSED_ROUNDS, TransactionContended, type Store } from '@ayni/store';
import { describe, expect, it } from 'vitest';

/** A store whose DynamoDB hands back the given share of every batch unprocessed, as a throttled partition does. */
function throttledStore(unprocessed: (sent: unknown[], call: number) => unknown[]): { store: Store; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const send = async (command: unknown) => {
    if (command instanceof BatchWriteCommand) {
      const sent = command.input.RequestItems!.t as unknown[];
      calls.push(sent);
      const left = unprocessed(sent, calls.length);
      return { UnprocessedItems: left.length ? { t: left } : {} };
    }
    const sent = (command as { input: { RequestItems: { t: { Keys: unknown[] } } } }).input.RequestItems.t.Keys;
    calls.push(sent);
    const left = unprocessed(sent, calls.length);
    return { Responses: { t: sent.filter((k) => !left.includes(k)) }, UnprocessedKeys: left.length ? { t: { Keys: left } } : {} };
  };
  return { store: { tableName: 't', doc: { send } } as unknown as Store, calls };
}

describe('batch reads and writes under throttling', () => {
  it('retry what DynamoDB leaves unprocessed until all of it is done', async () => {
    const puts = Array.from({ length: 30 }, (_, i) => ({ pk: `P#${i}`, sk: 'X' }));
    const { store, calls } = throttledStore((sent, call) => (call <= 2 ? sent.slice(0, 5) : []));
    expect(await batchWriteAll(store, puts)).toBe(4);
    expect(calls.map((c) => c.length)).toEqual([25, 5, 5, 5]);

    const keys = Array.from({ length: 10 }, (_, i) => ({ pk: `K#${i}`, sk: 'X' }));
    const reads = throttledStore((sent, call) => (call === 1 ? sent.slice(0, 3) : []));
    const got = await batchGetAll(reads.store, keys);
    expect(got.calls).toBe(2);
    expect(got.items).toHaveLength(10);
  });

  it('give up with a 503 contended after a bounded number of rounds, never looping without end', async () => {
    const { store, calls } = throttledStore((sent) => sent);
    await expect(batchWriteAll(store, [{ pk: 'P#1', sk: 'X' }])).rejects.toBeInstanceOf(TransactionContended);
    expect(calls).toHaveLength(MAX_UNPROCESSED_ROUNDS);
    const reads = throttledStore((sent) => sent);
    await expect(batchGetAll(reads.store, [{ pk: 'K#1', sk: 'X' }])).rejects.toMatchObject({ status: 503 });
  });
});

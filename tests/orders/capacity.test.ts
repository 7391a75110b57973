import { PutCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain } from '@ayni/catalog';
import { ordersDomain, ordersKeys } from '@ayni/orders';
import { compose, sha256 } from '@ayni/store';
import { epochSeconds } from '@ayni/core';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { dynamoItemSize, emptyCapacityTally, meterCapacity, type CapacityTally } from './capacity-meter.js';
import { act, chullpi, createMarket, createProduct, placeOrder, postWithKey, type Market } from './fixtures.js';

/**
 * Write units of one order lifecycle on the HTTP path (Idempotency-Key record included), as DynamoDB
 * Local reports them with ReturnConsumedCapacity INDEXES: deterministic for the same items, so a
 * budget. What each step writes, and why it cannot be less without losing an invariant, is in
 * bench/orders.bench.ts and the README (Benchmarks, Orders). Before the lean-Lambdas work the same
 * lifecycle consumed 12 + 16 + 29 + 23 + 25 = 105. The invoice's open item (what the buyer owes, in
 * the buyer's partition and the association's receivables index, in the invoice's transaction)
 * added 4 to the invoice step: 16 → 20.
 */
const STEP_BUDGET = { place: 12, confirm: 16, dispatch: 28, deliver: 22, invoice: 20 } as const;
const LIFECYCLE_BUDGET = 98;

let api: TestApi;
let market: Market;
let product: { id: string };
let current: CapacityTally | undefined;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
  meterCapacity(api.runtime.store, () => current);
  market = await createMarket(api);
  product = await createProduct(api, market, chullpi, [['1000', '2026-10-20']]);
});

async function metered<T extends { status: number }>(request: () => Promise<T>): Promise<{ result: T; tally: CapacityTally }> {
  const tally = emptyCapacityTally();
  current = tally;
  try {
    return { result: await request(), tally };
  } finally {
    current = undefined;
  }
}

describe('the order lifecycle on the HTTP path', () => {
  it('stays within its write-unit budget, step by step', async () => {
    const steps: Record<string, CapacityTally> = {};
    const placed = await metered(() => placeOrder(api, market, [{ productId: product.id, quantity: '5' }]));
    expect(placed.result.status).toBe(201);
    steps.place = placed.tally;
    const id = placed.result.body.id as string;
    for (const [action, token] of [
      ['confirm', market.admin],
      ['dispatch', market.admin],
      ['deliver', market.buyerToken],
      ['invoice', market.admin],
    ] as const) {
      const { result, tally } = await metered(() => act(api, token, id, action));
      expect(result.status, `${action}: ${JSON.stringify(result.body)}`).toBe(200);
      steps[action] = tally;
    }

    const writes = Object.fromEntries(Object.entries(steps).map(([step, t]) => [step, t.writeUnits]));
    for (const [step, budget] of Object.entries(STEP_BUDGET)) expect(writes[step], `${step} write units`).toBeLessThanOrEqual(budget);
    expect(Object.values(writes).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(LIFECYCLE_BUDGET);
    // Every write of the order item is one unit per index: its item stays under 1 KB to the end.
    const { Item } = await api.runtime.store.doc.send(new GetCommand({ TableName: api.runtime.store.tableName, Key: ordersKeys.order(id) }));
    expect(dynamoItemSize(Item!)).toBeLessThan(1024 - 100); // with room for a longer name or note
    // The keys hold what the body no longer repeats, and the API still shows all of it.
    expect(Item).not.toHaveProperty('buyerId');
    const order = (await api.call('GET', `/v1/orders/${id}`, { token: market.buyerToken }).then((r) => r.json())) as Record<string, unknown>;
    expect(order).toMatchObject({
      id,
      associationId: market.association.id,
      buyerId: market.buyer.id,
      requestedDeliveryDate: '2026-12-01',
      placedAt: placed.result.body.placedAt,
      status: 'invoiced',
    });
  });
});

describe('idempotency records', () => {
  it('store the response deflated and replay it byte for byte', async () => {
    const key = randomUUID();
    const first = await postWithKey(api, '/v1/orders', market.buyerToken, {
      associationId: market.association.id,
      lines: [{ productId: product.id, quantity: '5' }],
      requestedDeliveryDate: '2026-12-01',
      delivery: { kind: 'pickup' },
    });
    expect(first.status).toBe(201);
    const again = await api.call('POST', `/v1/orders/${first.body.id}/confirm`, { token: market.admin, body: {}, headers: { 'idempotency-key': key } });
    const text = await again.text();
    const replay = await api.call('POST', `/v1/orders/${first.body.id}/confirm`, { token: market.admin, body: {}, headers: { 'idempotency-key': key } });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.text()).toBe(text);

    const { Item } = await api.runtime.store.doc.send(
      new GetCommand({
        TableName: api.runtime.store.tableName,
        Key: { pk: compose('IDEMPOTENCY', sha256(`admin-${market.association.id}`)), sk: compose('KEY', sha256(key)) },
      }),
    );
    expect(Item?.response.body).toBeUndefined();
    expect(Item?.response.bodyDeflated).toBeInstanceOf(Uint8Array);
    expect(Item!.response.bodyDeflated.byteLength).toBeLessThan(Buffer.byteLength(text) / 1.5);
  });

  it('written before compression (the body as text) still replay', async () => {
    const key = randomUUID();
    const scope = `chef-${market.buyer.id}`;
    const body = JSON.stringify({ legacy: true, note: 'stored as text' });
    const path = '/v1/orders';
    const request = {
      associationId: market.association.id,
      lines: [{ productId: product.id, quantity: '5' }],
      requestedDeliveryDate: '2026-12-01',
      delivery: { kind: 'pickup' },
    };
    const now = epochSeconds(api.runtime.clock.now());
    await api.runtime.store.doc.send(
      new PutCommand({
        TableName: api.runtime.store.tableName,
        Item: {
          pk: compose('IDEMPOTENCY', sha256(scope)),
          sk: compose('KEY', sha256(key)),
          status: 'completed',
          fingerprint: sha256(`POST ${path}\n${JSON.stringify(request)}`),
          lockedUntil: now,
          expiresAt: now + 3600,
          response: { status: 201, headers: { 'content-type': 'application/json' }, body },
        },
      }),
    );
    const replay = await api.call('POST', path, { token: market.buyerToken, body: request, headers: { 'idempotency-key': key } });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.text()).toBe(body);
  });
});

import { catalogDomain } from '@ayni/catalog';
import { fixedClock } from '@ayni/core';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { expireOrders, ordersDomain, ordersKeys, runStandingOrders, type OrdersDeps } from '@ayni/orders';
import { compose } from '@ayni/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { act, chullpi, createMarket, createProduct, get, placeOrder, postWithKey, quesoAndino, stockOf, type Market } from './fixtures.js';

// Monday 23 November 2026, noon UTC.
const clock = fixedClock('2026-11-23T12:00:00.000Z');
let api: TestApi;
let deps: OrdersDeps;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain], { clock });
  deps = { store: api.runtime.store, clock };
});

async function standingOrder(m: Market, body: Record<string, unknown>) {
  const res = await postWithKey(api, `/v1/buyers/${m.buyer.id}/standing-orders`, m.buyerToken, {
    associationId: m.association.id,
    delivery: { kind: 'delivery', address: 'Calle Santa Catalina Angosta 398, Cusco' },
    ...body,
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body as { id: string; weekday: number };
}

async function buyerOrders(m: Market) {
  return (await get(api, `/v1/buyers/${m.buyer.id}/orders?limit=100`, m.buyerToken)).body.items as Array<{
    id: string;
    status: string;
    requestedDeliveryDate: string;
    lines: Array<{ quantity: string; requested?: string }>;
    standing?: { templateId: string; shortShipped: unknown[] };
  }>;
}

describe('the standing-order job', () => {
  it('turns a weekly template into one order per delivery date, however often it runs', async () => {
    const m = await createMarket(api);
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    const template = await standingOrder(m, { frequency: 'weekly', startDate: '2026-11-25', lines: [{ productId: maiz.id, quantity: '10' }], policy: 'skip' });
    expect(template.weekday).toBe(3);

    const first = await runStandingOrders(deps, '2026-11-25');
    expect(first.runs).toEqual([expect.objectContaining({ templateId: template.id, outcome: 'placed' })]);
    // Twice more in sequence, and twice at once: nothing new.
    await runStandingOrders(deps, '2026-11-25');
    const concurrent = await Promise.all([runStandingOrders(deps, '2026-11-25'), runStandingOrders(deps, '2026-11-25')]);
    for (const report of concurrent) expect(report.runs[0]!.orderId).toBe(first.runs[0]!.orderId);
    // Another weekday: nothing for this template.
    expect((await runStandingOrders(deps, '2026-11-26')).runs.filter((r) => r.templateId === template.id)).toEqual([]);

    const orders = await buyerOrders(m);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ requestedDeliveryDate: '2026-11-25', status: 'placed', standing: { templateId: template.id, shortShipped: [] } });
    expect(await stockOf(api, m, maiz.id)).toBe('90');

    await runStandingOrders(deps, '2026-12-02');
    expect((await buyerOrders(m)).map((o) => o.requestedDeliveryDate).sort()).toEqual(['2026-11-25', '2026-12-02']);
    expect(await stockOf(api, m, maiz.id)).toBe('80');

    const detail = await get(api, `/v1/buyers/${m.buyer.id}/standing-orders/${template.id}`, m.buyerToken);
    expect(detail.body.runs.map((r: { deliveryDate: string; outcome: string }) => [r.deliveryDate, r.outcome])).toEqual([
      ['2026-12-02', 'placed'],
      ['2026-11-25', 'placed'],
    ]);
  });

  it('delivers fortnightly templates every second week only', async () => {
    const m = await createMarket(api);
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    const template = await standingOrder(m, {
      frequency: 'fortnightly',
      startDate: '2026-11-27',
      lines: [{ productId: maiz.id, quantity: '1' }],
      policy: 'skip',
    });
    for (const date of ['2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18']) await runStandingOrders(deps, date);
    expect((await buyerOrders(m)).map((o) => o.requestedDeliveryDate).sort()).toEqual(['2026-11-27', '2026-12-11']);
    expect(template.weekday).toBe(5);
  });

  it('short-ships or skips when stock is short, as the buyer chose, and shows it on the order', async () => {
    const m = await createMarket(api);
    const queso = await createProduct(api, m, quesoAndino, [['8.25', '2026-11-01']]);
    const shortShip = await standingOrder(m, {
      frequency: 'weekly',
      startDate: '2026-11-24',
      lines: [{ productId: queso.id, quantity: '10' }],
      policy: 'short_ship',
    });
    const report = await runStandingOrders(deps, '2026-11-24');
    expect(report.runs.find((r) => r.templateId === shortShip.id)).toMatchObject({ outcome: 'short_shipped' });
    const [order] = await buyerOrders(m);
    // Multiples of 0.5 kg: 8 of the 8.25 kg available.
    expect(order!.lines[0]).toMatchObject({ quantity: '8', requested: '10' });
    expect(order!.standing).toMatchObject({ policy: 'short_ship', shortShipped: [{ productId: queso.id, requested: '10', placed: '8' }] });
    expect(await stockOf(api, m, queso.id)).toBe('0.25');

    const m2 = await createMarket(api);
    const queso2 = await createProduct(api, m2, quesoAndino, [['8', '2026-11-01']]);
    const skip = await standingOrder(m2, { frequency: 'weekly', startDate: '2026-11-24', lines: [{ productId: queso2.id, quantity: '10' }], policy: 'skip' });
    const skipped = await runStandingOrders(deps, '2026-11-24');
    expect(skipped.runs.find((r) => r.templateId === skip.id)).toMatchObject({ outcome: 'skipped_stock' });
    // The run says why in the reader's language (English in the job's own report and logs).
    const runsOf = async (headers: Record<string, string> = {}) =>
      (await (await api.call('GET', `/v1/buyers/${m2.buyer.id}/standing-orders/${skip.id}`, { token: m2.buyerToken, headers })).json()).runs;
    expect((await runsOf())[0].detail).toBe('No hay suficiente Queso andino fresco para esta entrega: se pidió 10 kg, quedan 8 kg.');
    expect((await runsOf({ 'accept-language': 'en' }))[0]).toMatchObject({
      outcome: 'skipped_stock',
      detail: 'Not enough Queso andino fresco for this delivery: asked 10 kg, available 8 kg.',
    });
    expect((await runsOf({ 'accept-language': 'en' }))[0]).not.toHaveProperty('detailMessage');
    expect(await buyerOrders(m2)).toEqual([]);
    expect(await stockOf(api, m2, queso2.id)).toBe('8');
  });

  it('honours pause, resume and skipped dates', async () => {
    const m = await createMarket(api);
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    const template = await standingOrder(m, { frequency: 'weekly', startDate: '2026-11-28', lines: [{ productId: maiz.id, quantity: '2' }], policy: 'skip' });
    const base = `/v1/buyers/${m.buyer.id}/standing-orders/${template.id}`;
    expect((await postWithKey(api, `${base}/skip`, m.buyerToken, { date: '2026-11-28' })).body.skipDates).toEqual(['2026-11-28']);
    expect((await postWithKey(api, `${base}/skip`, m.buyerToken, { date: '2026-11-29' })).status).toBe(400);
    const skippedRun = await runStandingOrders(deps, '2026-11-28');
    expect(skippedRun.runs.find((r) => r.templateId === template.id)).toMatchObject({ outcome: 'skipped_by_buyer' });
    expect((await postWithKey(api, `${base}/pause`, m.buyerToken, {})).body.active).toBe(false);
    expect((await runStandingOrders(deps, '2026-12-05')).runs.find((r) => r.templateId === template.id)).toBeUndefined();
    expect((await postWithKey(api, `${base}/resume`, m.buyerToken, {})).body.active).toBe(true);
    await runStandingOrders(deps, '2026-12-12');
    expect((await buyerOrders(m)).map((o) => o.requestedDeliveryDate)).toEqual(['2026-12-12']);
  });

  it('refuses templates that break the association’s rules, naming the field', async () => {
    const m = await createMarket(api);
    const queso = await createProduct(api, m, quesoAndino, [['10', '2026-11-01']]);
    const res = await postWithKey(api, `/v1/buyers/${m.buyer.id}/standing-orders`, m.buyerToken, {
      associationId: m.association.id,
      frequency: 'weekly',
      startDate: '2026-11-25',
      lines: [{ productId: queso.id, quantity: '2' }],
      delivery: { kind: 'pickup' },
      policy: 'skip',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ path: 'lines.0.quantity' });
    expect(res.body.errors[0].message).toContain('agrega 3 kg');
  });
});

describe('expiry of unconfirmed orders', () => {
  it('expires placed orders after the deadline, releases their stock, leaves confirmed ones, and is idempotent', async () => {
    const m = await createMarket(api);
    const queso = await createProduct(api, m, quesoAndino, [['30', '2026-11-01']]);
    const waiting = (await placeOrder(api, m, [{ productId: queso.id, quantity: '10' }])).body;
    const confirmed = (await placeOrder(api, m, [{ productId: queso.id, quantity: '5' }])).body;
    await act(api, m.admin, confirmed.id, 'confirm');
    expect(await stockOf(api, m, queso.id)).toBe('15');

    clock.advance(47 * 3_600_000);
    expect((await expireOrders(deps)).expired).not.toContain(waiting.id);
    clock.advance(2 * 3_600_000);
    const result = await expireOrders(deps);
    expect(result.expired).toContain(waiting.id);
    expect(result.expired).not.toContain(confirmed.id);
    expect((await get(api, `/v1/orders/${waiting.id}`, m.buyerToken)).body.status).toBe('expired');
    expect((await get(api, `/v1/orders/${confirmed.id}`, m.buyerToken)).body.status).toBe('confirmed');
    expect(await stockOf(api, m, queso.id)).toBe('25');
    const again = await expireOrders(deps);
    expect(again.expired).not.toContain(waiting.id);
    expect(await stockOf(api, m, queso.id)).toBe('25');
    const timeline = await get(api, `/v1/orders/${waiting.id}/timeline`, m.admin);
    expect(timeline.body.events.at(-1)).toMatchObject({ type: 'expire', party: 'system', actor: 'system:order-expiry', reason: 'not confirmed in time' });
    // An expired order cannot be confirmed any more.
    const late = await act(api, m.admin, waiting.id, 'confirm');
    expect(late.status).toBe(409);
    expect(late.body.currentState).toBe('expired');
  });

  it('expires placed orders written under the old expiry index too, and those of every association', async () => {
    // Prepare: two associations with an order awaiting confirmation each; the first order's item as
    // it was written before the buyer's status index (gsi3 then held placed orders by deadline).
    const a = await createMarket(api);
    const b = await createMarket(api);
    const quesoA = await createProduct(api, a, quesoAndino, [['30', '2026-11-01']]);
    const quesoB = await createProduct(api, b, quesoAndino, [['30', '2026-11-01']]);
    const old = (await placeOrder(api, a, [{ productId: quesoA.id, quantity: '10' }])).body;
    const recent = (await placeOrder(api, b, [{ productId: quesoB.id, quantity: '5' }])).body;
    const { store } = api.runtime;
    await store.doc.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: ordersKeys.order(old.id),
        UpdateExpression: 'SET gsi3pk = :pk, gsi3sk = :sk',
        ExpressionAttributeValues: { ':pk': compose('ORDERS', 'PLACED'), ':sk': compose(old.confirmBy, old.id) },
      }),
    );

    // Act
    clock.advance(49 * 3_600_000);
    const result = await expireOrders(deps);

    // Assess
    expect(result.expired).toEqual(expect.arrayContaining([old.id, recent.id]));
    expect((await get(api, `/v1/orders/${old.id}`, a.buyerToken)).body.status).toBe('expired');
    expect(await stockOf(api, a, quesoA.id)).toBe('30');
    expect(await stockOf(api, b, quesoB.id)).toBe('30');
  });
});

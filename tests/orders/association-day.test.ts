import { catalogDomain } from '@ayni/catalog';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { backfillStandingOrderIndex, ordersDomain, ordersKeys } from '@ayni/orders';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { act, buyerProfile, chullpi, createMarket, createProduct, get, orderBody, post, postWithKey, quesoAndino, type Market } from './fixtures.js';

/** The association's day (issue 12, item 2): what to prepare, orders with their buyers, standing orders, sales by buyer name. */

let api: TestApi;
let market: Market;
let other: Market;
let queso: { id: string };
let maiz: { id: string };
let second: { id: string; token: string };

const TOMORROW = '2026-11-21'; // the test clock starts on 2026-11-20

async function getJson(path: string, token: string, headers: Record<string, string> = {}) {
  const res = await api.call('GET', path, { token, headers });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
  market = await createMarket(api);
  other = await createMarket(api, market.root);
  queso = await createProduct(api, market, { ...quesoAndino, sku: 'QUESO-DIA' }, [['40', '2026-11-10']]);
  maiz = await createProduct(api, market, { ...chullpi, sku: 'MAIZ-DIA' }, [['10', '2026-11-01']]);
  const res = await post(api, '/v1/orgs', market.root, {
    ...buyerProfile('Hotel Inkaterra Cusco'),
    contact: { email: 'compras@inkaterra.example', phone: '+51 984 222 333' },
  });
  expect(res.status).toBe(201);
  second = { id: res.body.id, token: await api.token({ sub: `chef-${res.body.id}`, org: res.body.id, roles: ['buyer'] }) };
});

async function place(token: string, lines: Array<{ productId: string; quantity: string }>, requestedDeliveryDate = TOMORROW) {
  const res = await postWithKey(api, '/v1/orders', token, orderBody(market, lines, { requestedDeliveryDate }));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

describe('an officer’s day', () => {
  it('prepares tomorrow’s orders by product, confirms them and dispatches them', async () => {
    // Prepare: two buyers order for tomorrow, one for next week (not in tomorrow's list).
    const first = await place(market.buyerToken, [
      { productId: queso.id, quantity: '10' },
      { productId: maiz.id, quantity: '5' },
    ]);
    const fromHotel = await place(second.token, [
      { productId: queso.id, quantity: '12.5' },
      { productId: maiz.id, quantity: '3' },
    ]);
    const nextWeek = await place(market.buyerToken, [{ productId: queso.id, quantity: '6' }], '2026-11-27');

    // Act: what to prepare tomorrow (a member of the association, in English).
    const list = await getJson(`/v1/orgs/${market.association.id}/preparation?date=${TOMORROW}`, market.member, { 'accept-language': 'en' });

    // Assess: totals per product with the orders and buyers behind them, and what the lots hold.
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body).toMatchObject({ associationId: market.association.id, from: TOMORROW, to: TOMORROW, orderCount: 2, complete: true });
    expect(list.body.note).toBeUndefined();
    const byName = Object.fromEntries(list.body.products.map((p: { name: string }) => [p.name, p]));
    expect(Object.keys(byName)).toEqual(['Maíz chullpi de Huaro', 'Queso andino fresco']);
    expect(byName['Queso andino fresco']).toMatchObject({
      productId: queso.id,
      unit: 'kg',
      totalQuantity: '22.5',
      confirmed: '0',
      awaitingConfirmation: '22.5',
      // 40 kg in the lots; 28.5 kg held by the three orders: 11.5 kg still sellable.
      onHand: '40',
      stock: '11.5',
      short: '0',
    });
    expect(byName['Queso andino fresco'].orders).toEqual([
      expect.objectContaining({ orderId: expect.any(String), buyerName: expect.any(String), quantity: expect.any(String), status: 'placed' }),
      expect.objectContaining({ status: 'placed' }),
    ]);
    const quesoBuyers = Object.fromEntries(
      byName['Queso andino fresco'].orders.map((o: { orderId: string; buyerName: string; quantity: string }) => [o.orderId, [o.buyerName, o.quantity]]),
    );
    expect(quesoBuyers).toEqual({ [first]: ['República del Pisco', '10'], [fromHotel]: ['Hotel Inkaterra Cusco', '12.5'] });
    expect(byName['Maíz chullpi de Huaro']).toMatchObject({ totalQuantity: '8', onHand: '10', stock: '2', short: '0' });
    expect(JSON.stringify(list.body)).not.toContain(nextWeek);

    // The orders list says who each buyer is and how to reach them.
    const orders = await getJson(`/v1/orgs/${market.association.id}/orders?deliveryFrom=${TOMORROW}&deliveryTo=${TOMORROW}`, market.admin);
    expect(orders.status).toBe(200);
    const hotelOrder = orders.body.items.find((o: { id: string }) => o.id === fromHotel);
    expect(hotelOrder.buyer).toEqual({
      id: second.id,
      name: 'Hotel Inkaterra Cusco',
      contact: { email: 'compras@inkaterra.example', phone: '+51 984 222 333' },
    });
    expect(orders.body.items.find((o: { id: string }) => o.id === first).buyer).toEqual({ id: market.buyer.id, name: 'República del Pisco' });
    // One order read by the association carries the card too; the buyer's own read does not echo it.
    expect((await getJson(`/v1/orders/${fromHotel}`, market.member)).body.buyer.name).toBe('Hotel Inkaterra Cusco');
    expect((await getJson(`/v1/orders/${fromHotel}`, second.token)).body).not.toHaveProperty('buyer');

    // Confirm both (the hotel's queso partly: 10 of 12.5 kg), then dispatch the first.
    expect((await act(api, market.admin, first, 'confirm')).status).toBe(200);
    expect((await act(api, market.admin, fromHotel, 'confirm', { lines: [{ line: 1, accepted: '10' }] })).status).toBe(200);
    const confirmed = await getJson(`/v1/orgs/${market.association.id}/preparation?date=${TOMORROW}`, market.admin);
    expect(confirmed.body.products.find((p: { productId: string }) => p.productId === queso.id)).toMatchObject({
      totalQuantity: '20',
      confirmed: '20',
      awaitingConfirmation: '0',
    });

    expect((await act(api, market.admin, first, 'dispatch')).status).toBe(200);
    const afterDispatch = await getJson(`/v1/orgs/${market.association.id}/preparation?date=${TOMORROW}`, market.admin);
    expect(afterDispatch.body.orderCount).toBe(1);
    const left = afterDispatch.body.products.find((p: { productId: string }) => p.productId === queso.id);
    // Dispatch took 10 kg from the lots: 30 kg on hand, the hotel's 10 kg still to prepare.
    expect(left).toMatchObject({
      totalQuantity: '10',
      onHand: '30',
      orders: [expect.objectContaining({ orderId: fromHotel, buyerName: 'Hotel Inkaterra Cusco', status: 'partially_confirmed' })],
    });

    // A range covers next week's order too, in Spanish by default.
    const week = await getJson(`/v1/orgs/${market.association.id}/preparation?from=${TOMORROW}&to=2026-11-27`, market.admin);
    expect(week.body.orderCount).toBe(2);
    expect(week.body.products.find((p: { productId: string }) => p.productId === queso.id).totalQuantity).toBe('16');
  });

  it('bounds the range and refuses what it does not know', async () => {
    const base = `/v1/orgs/${market.association.id}/preparation`;
    const tooLong = await getJson(`${base}?from=2026-11-21&to=2026-12-22`, market.admin, { 'accept-language': 'en' });
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(tooLong.body)).toContain('the range must not exceed 31 days');
    expect((await getJson(`${base}?from=2026-11-21&to=2026-12-21`, market.admin)).status).toBe(200);
    expect((await getJson(`${base}?date=2026-11-21&from=2026-11-21`, market.admin)).status).toBe(400);
    expect((await getJson(base, market.admin)).status).toBe(400);
    expect((await getJson(`${base}?date=2026-11-21&status=placed`, market.admin)).status).toBe(400);
  });

  it('is the association’s own: another association, a buyer, and its standing orders list answer 403', async () => {
    expect((await getJson(`/v1/orgs/${market.association.id}/preparation?date=${TOMORROW}`, other.admin)).status).toBe(403);
    expect((await getJson(`/v1/orgs/${market.association.id}/preparation?date=${TOMORROW}`, market.buyerToken)).status).toBe(403);
    expect((await getJson(`/v1/orgs/${market.association.id}/standing-orders`, other.member)).status).toBe(403);
    expect((await getJson(`/v1/orgs/${market.association.id}/standing-orders`, market.buyerToken)).status).toBe(403);
    // The other association's own list holds nothing of this one.
    const own = await getJson(`/v1/orgs/${other.association.id}/preparation?date=${TOMORROW}`, other.admin);
    expect(own.body).toMatchObject({ orderCount: 0, products: [] });
  });
});

describe('the association sees its buyers’ standing orders', () => {
  it('lists them by buyer with the deliveries they will create, skipped dates marked', async () => {
    const created = await postWithKey(api, `/v1/buyers/${second.id}/standing-orders`, second.token, {
      associationId: market.association.id,
      frequency: 'weekly',
      startDate: '2026-11-24',
      lines: [{ productId: queso.id, quantity: '5' }],
      delivery: { kind: 'pickup' },
      policy: 'short_ship',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const skip = await postWithKey(api, `/v1/buyers/${second.id}/standing-orders/${created.body.id}/skip`, second.token, { date: '2026-12-01' });
    expect(skip.status).toBe(200);
    // Another association's buyer standing order is not in this list.
    const elsewhere = await createProduct(api, other, { ...chullpi, sku: 'MAIZ-OTRO' }, [['10', '2026-11-01']]);
    const foreign = await postWithKey(api, `/v1/buyers/${other.buyer.id}/standing-orders`, other.buyerToken, {
      associationId: other.association.id,
      frequency: 'weekly',
      startDate: '2026-11-23',
      lines: [{ productId: elsewhere.id, quantity: '2' }],
      delivery: { kind: 'pickup' },
      policy: 'skip',
    });
    expect(foreign.status).toBe(201);

    const list = await getJson(`/v1/orgs/${market.association.id}/standing-orders?days=14`, market.member);

    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body).toMatchObject({ from: '2026-11-20', to: '2026-12-03' });
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      standingOrder: { id: created.body.id, buyerId: second.id, associationId: market.association.id, active: true },
      buyer: { id: second.id, name: 'Hotel Inkaterra Cusco', contact: { phone: '+51 984 222 333' } },
      lines: [{ productId: queso.id, name: 'Queso andino fresco', unit: 'kg', quantity: '5' }],
      nextDeliveries: [
        { date: '2026-11-24', skipped: false },
        { date: '2026-12-01', skipped: true },
      ],
    });
    // Three days ahead: none yet; the Quechua name of the product when the reader asks in Quechua.
    const soon = await getJson(`/v1/orgs/${market.association.id}/standing-orders?days=3`, market.admin, { 'accept-language': 'qu' });
    expect(soon.body.items[0].nextDeliveries).toEqual([]);
    expect(soon.body.items[0].lines[0].name).toBe('Kisu');
    expect((await getJson(`/v1/orgs/${market.association.id}/standing-orders?days=32`, market.admin)).status).toBe(400);
    expect((await getJson(`/v1/orgs/${market.association.id}/standing-orders?weeks=2`, market.admin)).status).toBe(400);
  });
});

describe('standing orders written before the association’s index', () => {
  it('are indexed by the backfill, once, and then listed for the association', async () => {
    const created = await postWithKey(api, `/v1/buyers/${other.buyer.id}/standing-orders`, other.buyerToken, {
      associationId: market.association.id,
      frequency: 'fortnightly',
      startDate: '2026-11-25',
      lines: [{ productId: maiz.id, quantity: '1' }],
      delivery: { kind: 'pickup' },
      policy: 'skip',
    });
    expect(created.status).toBe(201);
    // As an item written before the index existed: without its gsi2 keys.
    const key = ordersKeys.standingOrder(other.buyer.id, created.body.id);
    await api.runtime.store.doc.send(new UpdateCommand({ TableName: api.runtime.store.tableName, Key: key, UpdateExpression: 'REMOVE gsi2pk, gsi2sk' }));
    const listed = async () =>
      (await getJson(`/v1/orgs/${market.association.id}/standing-orders?days=14&limit=100`, market.admin)).body.items.map(
        (i: { standingOrder: { id: string } }) => i.standingOrder.id,
      );
    expect(await listed()).not.toContain(created.body.id);

    const first = await backfillStandingOrderIndex(api.runtime);
    expect(first.indexed).toBe(1);
    expect(await listed()).toContain(created.body.id);
    expect((await backfillStandingOrderIndex(api.runtime)).indexed).toBe(0);
  });
});

describe('the sales report by buyer', () => {
  it('names each buyer', async () => {
    const id = await place(second.token, [{ productId: maiz.id, quantity: '1' }]);
    for (const action of ['confirm', 'dispatch']) expect((await act(api, market.admin, id, action)).status).toBe(200);
    expect((await act(api, second.token, id, 'deliver')).status).toBe(200);

    const report = await get(api, `/v1/orgs/${market.association.id}/sales?from=2026-11&to=2026-11&groupBy=buyer`, market.admin);

    expect(report.status).toBe(200);
    expect(report.body.rows).toEqual([expect.objectContaining({ buyerId: second.id, buyerName: 'Hotel Inkaterra Cusco', amount: 1200, orders: 1 })]);
    const byMonth = await get(api, `/v1/orgs/${market.association.id}/sales?from=2026-11&to=2026-11`, market.admin);
    expect(byMonth.body.rows[0]).not.toHaveProperty('buyerName');
  });
});

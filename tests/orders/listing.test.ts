import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain } from '@ayni/catalog';
import { fixedClock } from '@ayni/core';
import { ordersDomain, ordersKeys, seedOrders } from '@ayni/orders';
import { compose } from '@ayni/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { act, chullpi, createMarket, createProduct, get, orderBody, postWithKey, quesoAndino, type Market } from './fixtures.js';

// Friday 20 November 2026, noon UTC; the tests move it forward to place orders on different days.
const clock = fixedClock('2026-11-20T12:00:00.000Z');
const DAY = 86_400_000;
let api: TestApi;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain], { clock });
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

type Listed = { id: string; status: string; requestedDeliveryDate: string; placedAt: string };

/** Every item of a listing, following its cursor page by page. */
async function listAll(path: string, token: string, limit = 100): Promise<Listed[]> {
  const items: Listed[] = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await get(api, `${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, token);
    if (page.status !== 200) throw new Error(`${path}: ${JSON.stringify(page.body)}`);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  }
  return items;
}

/** An order of 1 kg of maize to deliver on `date`, taken through `actions`; its id. */
async function orderFor(m: Market, productId: string, date: string, actions: string[] = []): Promise<string> {
  const placed = await postWithKey(api, '/v1/orders', m.buyerToken, orderBody(m, [{ productId, quantity: '1' }], { requestedDeliveryDate: date }));
  if (placed.status !== 201) throw new Error(JSON.stringify(placed.body));
  for (const action of actions) expect((await act(api, m.admin, placed.body.id, action)).status).toBe(200);
  return placed.body.id;
}

const DELIVERED = ['confirm', 'dispatch', 'deliver'];

describe('an association’s orders by requested delivery date and status', () => {
  it('lists the orders to deliver on one day or in a range, with or without a status, by status then date, page by page', async () => {
    // Prepare: five orders to deliver between 1 and 5 December, in three states.
    const m = await createMarket(api, root);
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    const placed1 = await orderFor(m, maiz.id, '2026-12-01');
    const confirmed2 = await orderFor(m, maiz.id, '2026-12-02', ['confirm']);
    const placed2 = await orderFor(m, maiz.id, '2026-12-02');
    const delivered3 = await orderFor(m, maiz.id, '2026-12-03', DELIVERED);
    const confirmed5 = await orderFor(m, maiz.id, '2026-12-05', ['confirm']);
    const orders = `/v1/orgs/${m.association.id}/orders`;
    const ids = (items: Listed[]) => items.map((o) => o.id);

    // Act
    const oneDay = await listAll(`${orders}?deliveryFrom=2026-12-02&deliveryTo=2026-12-02`, m.member);
    const range = await listAll(`${orders}?deliveryFrom=2026-12-02&deliveryTo=2026-12-04`, m.admin);
    const placedInRange = await listAll(`${orders}?status=placed&deliveryFrom=2026-12-01&deliveryTo=2026-12-02`, m.admin);
    const fromThe3rd = await listAll(`${orders}?deliveryFrom=2026-12-03`, m.admin);
    const upToThe2nd = await listAll(`${orders}?deliveryTo=2026-12-02`, m.admin);
    const all = await listAll(`${orders}?deliveryFrom=2026-12-01&deliveryTo=2026-12-31`, m.admin);
    const onePerPage = await listAll(`${orders}?deliveryFrom=2026-12-01&deliveryTo=2026-12-31`, m.admin, 1);
    const twoPerPage = await listAll(`${orders}?deliveryFrom=2026-12-01&deliveryTo=2026-12-31`, m.admin, 2);

    // Assess
    expect(ids(oneDay)).toEqual([confirmed2, placed2]);
    expect(ids(range)).toEqual([confirmed2, delivered3, placed2]);
    expect(ids(placedInRange)).toEqual([placed1, placed2]);
    expect(ids(fromThe3rd)).toEqual([confirmed5, delivered3]);
    expect(ids(upToThe2nd)).toEqual([confirmed2, placed1, placed2]);
    expect(ids(all)).toEqual([confirmed2, confirmed5, delivered3, placed1, placed2]);
    expect(all.map((o) => [o.status, o.requestedDeliveryDate])).toEqual([
      ['confirmed', '2026-12-02'],
      ['confirmed', '2026-12-05'],
      ['delivered', '2026-12-03'],
      ['placed', '2026-12-01'],
      ['placed', '2026-12-02'],
    ]);
    expect(ids(onePerPage)).toEqual(ids(all));
    expect(ids(twoPerPage)).toEqual(ids(all));
  });

  it('refuses a range that ends before it starts, an impossible date, and a cursor issued for other filters, naming the parameter', async () => {
    // Prepare
    const m = await createMarket(api, root);
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    await orderFor(m, maiz.id, '2026-12-01');
    await orderFor(m, maiz.id, '2026-12-02');
    const orders = `/v1/orgs/${m.association.id}/orders`;
    const firstPage = await get(api, `${orders}?deliveryFrom=2026-12-01&deliveryTo=2026-12-01&limit=1`, m.admin);
    expect(firstPage.body.nextCursor).toBeDefined();

    // Act
    const backwards = await get(api, `${orders}?deliveryFrom=2026-12-05&deliveryTo=2026-12-01`, m.admin);
    const impossible = await get(api, `${orders}?deliveryFrom=2026-02-30`, m.admin);
    const otherFilter = await get(api, `${orders}?deliveryFrom=2026-12-02&deliveryTo=2026-12-09&cursor=${firstPage.body.nextCursor}`, m.admin);

    // Assess
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors.map((e: { path: string }) => e.path)).toEqual([expect.stringMatching(/deliveryTo$/)]);
    expect(impossible.status).toBe(400);
    expect(impossible.body.errors[0].path).toMatch(/deliveryFrom$/);
    expect(otherFilter.status).toBe(400);
    expect(otherFilter.body.errors[0].path).toMatch(/cursor$/);
  });
});

describe('a buyer’s order history by status and by date', () => {
  it('lists only the orders in the status asked for, newest first, page by page', async () => {
    // Prepare: delivered, placed and delivered again, a day apart.
    const m = await createMarket(api, root);
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    const first = await orderFor(m, maiz.id, '2026-12-10', DELIVERED);
    clock.advance(DAY);
    const waiting = await orderFor(m, maiz.id, '2026-12-10');
    clock.advance(DAY);
    const latest = await orderFor(m, maiz.id, '2026-12-10', DELIVERED);
    const history = `/v1/buyers/${m.buyer.id}/orders`;

    // Act
    const delivered = await listAll(`${history}?status=delivered`, m.buyerToken);
    const deliveredOnePerPage = await listAll(`${history}?status=delivered`, m.buyerToken, 1);
    const placed = await listAll(`${history}?status=placed`, m.buyerToken);
    const cancelled = await listAll(`${history}?status=cancelled`, m.buyerToken);
    const everything = await listAll(history, m.buyerToken);

    // Assess
    expect(delivered.map((o) => o.id)).toEqual([latest, first]);
    expect(delivered.every((o) => o.status === 'delivered')).toBe(true);
    expect(deliveredOnePerPage.map((o) => o.id)).toEqual([latest, first]);
    expect(placed.map((o) => o.id)).toEqual([waiting]);
    expect(cancelled).toEqual([]);
    expect(everything.map((o) => o.id)).toEqual([latest, waiting, first]);
    // An order that moves on leaves its old status and shows under the new one.
    await act(api, m.buyerToken, waiting, 'cancel');
    expect((await listAll(`${history}?status=placed`, m.buyerToken)).map((o) => o.id)).toEqual([]);
    expect((await listAll(`${history}?status=cancelled`, m.buyerToken)).map((o) => o.id)).toEqual([waiting]);
  });

  it('lists the orders placed on a day or in a range of days, in one status or in all, newest first', async () => {
    // Prepare: orders placed on three days (UTC), one of them in the last minute of its day.
    const m = await createMarket(api, root);
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    clock.set('2026-11-24T08:00:00.000Z');
    const on24 = await orderFor(m, maiz.id, '2026-12-10', ['confirm']);
    clock.set('2026-11-25T23:59:30.000Z');
    const lateOn25 = await orderFor(m, maiz.id, '2026-12-10');
    clock.set('2026-11-26T00:00:10.000Z');
    const earlyOn26 = await orderFor(m, maiz.id, '2026-12-10', ['confirm']);
    const history = `/v1/buyers/${m.buyer.id}/orders`;
    const ids = (items: Listed[]) => items.map((o) => o.id);

    // Act and assess
    expect(ids(await listAll(`${history}?placedFrom=2026-11-25&placedTo=2026-11-25`, m.buyerToken))).toEqual([lateOn25]);
    expect(ids(await listAll(`${history}?placedFrom=2026-11-25&placedTo=2026-11-26`, m.buyerToken))).toEqual([earlyOn26, lateOn25]);
    expect(ids(await listAll(`${history}?placedFrom=2026-11-25`, m.buyerToken))).toEqual([earlyOn26, lateOn25]);
    expect(ids(await listAll(`${history}?placedTo=2026-11-25`, m.buyerToken, 1))).toEqual([lateOn25, on24]);
    expect(ids(await listAll(`${history}?status=confirmed&placedFrom=2026-11-20&placedTo=2026-11-30`, m.buyerToken))).toEqual([earlyOn26, on24]);
    expect(ids(await listAll(`${history}?status=confirmed&placedTo=2026-11-25`, m.buyerToken))).toEqual([on24]);
    const backwards = await get(api, `${history}?placedFrom=2026-11-26&placedTo=2026-11-25`, m.buyerToken);
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].path).toMatch(/placedTo$/);
    // A cursor of one status is not a cursor of another.
    const page = await get(api, `${history}?status=confirmed&limit=1`, m.buyerToken);
    const misused = await get(api, `${history}?status=placed&cursor=${page.body.nextCursor}`, m.buyerToken);
    expect(misused.status).toBe(400);
  });
});

describe('orders written before the buyer’s status index existed', () => {
  it('are listed by every filter once the demo seed has run again', async () => {
    // Prepare: the demo history of one association, then its order items put back as they were
    // written before gsi3 held the buyer's orders per status (only placed orders carried gsi3 keys,
    // in the expiry index by deadline).
    const m = await createMarket(api, root);
    const queso = await createProduct(api, m, quesoAndino, [['200', '2026-11-01']]);
    const maiz = await createProduct(api, m, chullpi, [['200', '2026-10-20']]);
    const input = { associations: [{ id: m.association.id, productIds: [queso.id, maiz.id] }] };
    const seeded = await seedOrders(api.runtime, input);
    const { store } = api.runtime;
    for (const order of seeded.orders) {
      const { Item } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: ordersKeys.order(order.id) }));
      await store.doc.send(
        new UpdateCommand(
          Item!.status === 'placed'
            ? {
                TableName: store.tableName,
                Key: ordersKeys.order(order.id),
                UpdateExpression: 'SET gsi3pk = :pk, gsi3sk = :sk',
                ExpressionAttributeValues: { ':pk': compose('ORDERS', 'PLACED'), ':sk': compose(Item!.confirmBy, order.id) },
              }
            : { TableName: store.tableName, Key: ordersKeys.order(order.id), UpdateExpression: 'REMOVE gsi3pk, gsi3sk' },
        ),
      );
    }
    const pisco = seeded.buyers['República del Pisco']!;
    const chef = await api.token({ sub: 'chef', org: pisco, roles: ['buyer'] });
    const history = `/v1/buyers/${pisco}/orders`;
    const ofThisAssociation = (items: Listed[]) => items.filter((o) => seeded.orders.some((s) => s.id === o.id));
    // The association's filters need nothing new: its index keys are those the items always had.
    const byDelivery = await listAll(`/v1/orgs/${m.association.id}/orders?deliveryFrom=2026-11-01&deliveryTo=2026-12-31`, m.admin);
    expect(byDelivery).toHaveLength(9);
    // The buyer's status filter does not know them yet.
    expect(ofThisAssociation(await listAll(`${history}?status=paid`, chef))).toEqual([]);

    // Act: the seed runs again (as every `npm start` does).
    const again = await seedOrders(api.runtime, input);

    // Assess
    expect(again.orders).toEqual(seeded.orders);
    const mine = seeded.orders.filter((o) => o.buyerId === pisco);
    for (const status of ['paid', 'confirmed', 'placed']) {
      const listed = ofThisAssociation(await listAll(`${history}?status=${status}`, chef));
      expect(
        listed.map((o) => o.id),
        status,
      ).toEqual(mine.filter((o) => o.status === status).map((o) => o.id));
    }
    expect(await listAll(`/v1/orgs/${m.association.id}/orders?deliveryFrom=2026-11-01&deliveryTo=2026-12-31`, m.admin)).toHaveLength(9);
    expect(ofThisAssociation(await listAll(history, chef))).toHaveLength(3);
  });
});

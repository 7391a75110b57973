import { catalogDomain } from '@ayni/catalog';
import { fixedClock } from '@ayni/core';
import { expireOrders, orderIdForRequest, ordersDomain, ordersKeys, type OrdersDeps } from '@ayni/orders';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { act, chullpi, createMarket, createProduct, get, orderBody, postWithKey, quesoAndino, type Market } from '../orders/fixtures.js';
import { expectEvent, mentionsOutbox, outboxEventsAbout, outboxOf, rawItem, rawItems } from './support.js';

// Friday 20 November 2026, 15:00 UTC; moved forward by hand (expiry), never back.
const clock = fixedClock('2026-11-20T15:00:00.000Z');
let api: TestApi;
let deps: OrdersDeps;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain], { clock });
  deps = { store: api.runtime.store, clock };
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

const ORDER_DATA = [
  'orderId',
  'status',
  'previousStatus',
  'associationId',
  'buyerId',
  'requestedDeliveryDate',
  'currency',
  'total',
  'reason',
  'invoiceNumber',
  'party',
] as const;
const DOCUMENT_DATA = ['number', 'orderId', 'associationId', 'buyerId', 'issueDate', 'dueDate', 'currency', 'total', 'invoiceNumber'] as const;

const NOTES = 'Tocar el timbre de la puerta de servicio';
const ADDRESS = 'Calle Plateros 348, centro del Cusco';

/** What no order or document event may carry: who acted, the buyer's name, tax id, address, notes. */
const personal = (m: Market) => [
  `chef-${m.buyer.id}`,
  `admin-${m.association.id}`,
  `member-${m.association.id}`,
  'República del Pisco',
  '20500000008',
  NOTES,
  ADDRESS,
];

/** The raw event items of an order, in sequence. */
const eventItems = (orderId: string) => rawItems(api, ordersKeys.order(orderId).pk, ordersKeys.orderEventPrefix);

async function place(m: Market, lines: Array<{ productId: string; quantity: string }>, key = randomUUID()) {
  return postWithKey(api, '/v1/orders', m.buyerToken, orderBody(m, lines, { notes: NOTES, delivery: { kind: 'delivery', address: ADDRESS } }), key);
}

describe('order events in the outbox', () => {
  it('every order event item carries its event, typed by the status it reached, with the seq of the event', async () => {
    // Prepare
    const m = await createMarket(api, root);
    const queso = await createProduct(api, m, quesoAndino, [['30', '2026-11-01']]);
    const maiz = await createProduct(api, m, chullpi, [['10', '2026-10-20']]);

    // Act: the whole life, with a partial confirmation.
    const placed = await place(m, [
      { productId: queso.id, quantity: '12' },
      { productId: maiz.id, quantity: '5' },
    ]);
    expect(placed.status).toBe(201);
    const id: string = placed.body.id;
    expect((await act(api, m.member, id, 'confirm', { lines: [{ line: 1, accepted: '8' }] })).body.status).toBe('partially_confirmed');
    for (const action of ['dispatch', 'deliver', 'invoice', 'pay']) expect((await act(api, m.admin, id, action)).status).toBe(200);

    // Assert: one event per event item, on the event item itself (not on the order).
    const items = await eventItems(id);
    expect(items.map((item) => outboxOf(item).type)).toEqual([
      'order.placed',
      'order.partially_confirmed',
      'order.dispatched',
      'order.delivered',
      'order.invoiced',
      'order.paid',
    ]);
    expect((await rawItem(api, ordersKeys.order(id)))!.outbox).toBeUndefined();
    const at = clock.now().toISOString();
    const totals = [placed.body.total, 28_400, 28_400, 28_400, 28_400, 28_400];
    items.forEach((item, i) => {
      expectEvent(outboxOf(item), {
        type: outboxOf(item).type,
        aggregate: { type: 'order', id, seq: i + 1 },
        organisations: [m.association.id, m.buyer.id],
        occurredAt: item.at as string,
        allowed: ORDER_DATA,
        required: ['orderId', 'status', 'associationId', 'buyerId', 'requestedDeliveryDate', 'currency', 'total', 'party'],
        data: {
          orderId: id,
          status: item.to,
          associationId: m.association.id,
          buyerId: m.buyer.id,
          requestedDeliveryDate: '2026-12-01',
          currency: 'PEN',
          total: totals[i],
          party: item.party,
        },
        forbidden: personal(m),
      });
      expect(item.at).toBe(at);
      expect(Number.isInteger(outboxOf(item).data.total)).toBe(true);
    });
    expect(placed.body.total).toBe(12 * 2800 + 5 * 1200);
    expect(outboxOf(items[0]).data.previousStatus).toBeUndefined();
    expect(outboxOf(items[1]).data).toMatchObject({ status: 'partially_confirmed', previousStatus: 'placed', party: 'association' });
    expect(outboxOf(items[4]).data.invoiceNumber).toBe('F001-00000001');
    for (const i of [0, 1, 2, 3, 5]) expect(outboxOf(items[i]).data.invoiceNumber).toBeUndefined();

    // Reads never answer the outbox.
    const timeline = await get(api, `/v1/orders/${id}/timeline`, m.buyerToken);
    expect(timeline.body.events).toHaveLength(6);
    expect(mentionsOutbox(timeline.body)).toBe(false);
    expect(mentionsOutbox((await get(api, `/v1/orders/${id}`, m.admin)).body)).toBe(false);
  });

  it('a full confirmation is order.confirmed; a rejection and a cancellation carry their reason; expiry is the system’s order.expired', async () => {
    // Prepare
    const m = await createMarket(api, root);
    const queso = await createProduct(api, m, quesoAndino, [['40', '2026-11-01']]);
    const line = [{ productId: queso.id, quantity: '5' }];
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const placed = await place(m, line);
      expect(placed.status, JSON.stringify(placed.body)).toBe(201);
      ids.push(placed.body.id);
    }
    const [confirmed, rejected, cancelled, expiring] = ids as [string, string, string, string];

    // Act
    expect((await act(api, m.admin, confirmed, 'confirm')).body.status).toBe('confirmed');
    expect((await act(api, m.admin, rejected, 'reject', { reason: 'Sin movilidad esta semana' })).body.status).toBe('rejected');
    expect((await act(api, m.buyerToken, cancelled, 'cancel', { reason: 'Cambio de menú' })).body.status).toBe('cancelled');
    clock.advance(49 * 3_600_000);
    expect((await expireOrders(deps)).expired).toContain(expiring);

    // Assert
    const second = async (orderId: string) => outboxOf((await eventItems(orderId))[1]);
    expect(await second(confirmed)).toMatchObject({ type: 'order.confirmed', aggregate: { seq: 2 }, data: { status: 'confirmed', previousStatus: 'placed' } });
    expect(await second(rejected)).toMatchObject({
      type: 'order.rejected',
      data: { status: 'rejected', reason: 'Sin movilidad esta semana', party: 'association' },
    });
    expect(await second(cancelled)).toMatchObject({ type: 'order.cancelled', data: { status: 'cancelled', reason: 'Cambio de menú', party: 'buyer' } });
    const expired = await second(expiring);
    expectEvent(expired, {
      type: 'order.expired',
      aggregate: { type: 'order', id: expiring, seq: 2 },
      organisations: [m.association.id, m.buyer.id],
      occurredAt: clock.now().toISOString(),
      allowed: ORDER_DATA,
      required: ['orderId', 'status', 'previousStatus', 'reason', 'party'],
      data: { status: 'expired', previousStatus: 'placed', party: 'system', reason: 'not confirmed in time' },
      forbidden: personal(m),
    });
  });

  it('a placement refused for stock writes no event; the replay of a placement writes none twice', async () => {
    // Prepare
    const m = await createMarket(api, root);
    const queso = await createProduct(api, m, quesoAndino, [['8', '2026-11-01']]);
    const key = randomUUID();
    const refusedId = orderIdForRequest(m.buyer.id, `chef-${m.buyer.id}`, key);

    // Act
    const refused = await place(m, [{ productId: queso.id, quantity: '10' }], key);
    const okKey = randomUUID();
    const ok = await place(m, [{ productId: queso.id, quantity: '5' }], okKey);
    const replay = await place(m, [{ productId: queso.id, quantity: '5' }], okKey);

    // Assert
    expect(refused.status).toBe(409);
    expect(await eventItems(refusedId)).toEqual([]);
    expect(await outboxEventsAbout(api, refusedId)).toEqual([]);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(replay.body.id).toBe(ok.body.id);
    expect((await outboxEventsAbout(api, ok.body.id)).map((e) => e.type)).toEqual(['order.placed']);
  });
});

describe('invoice and credit note events in the outbox', () => {
  it('the issue carries invoice.issued or credit_note.issued on the series counter it advances; a credit note names the invoice it corrects', async () => {
    // Prepare: a delivered order.
    const m = await createMarket(api, root);
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    const id: string = (await place(m, [{ productId: maiz.id, quantity: '10' }])).body.id;
    for (const action of ['confirm', 'dispatch', 'deliver']) expect((await act(api, m.admin, id, action)).status).toBe(200);

    // Act
    const invoiced = await act(api, m.admin, id, 'invoice');
    const invoiceAt = clock.now().toISOString();
    clock.advance(3_600_000);
    const note = await postWithKey(api, `/v1/orgs/${m.association.id}/invoices/F001-00000001/credit-notes`, m.admin, {
      reason: 'Un saco llegó húmedo',
      amount: 2000,
    });

    // Assert
    expect(invoiced.body.invoiceNumber).toBe('F001-00000001');
    expect(note.status).toBe(201);
    // On the series counter the issue advanced (the document, near 1 KB, would cost more write units).
    expect((await rawItem(api, ordersKeys.document(m.association.id, 'F001', 1)))!.outbox).toBeUndefined();
    expect((await rawItem(api, ordersKeys.document(m.association.id, 'NC01', 1)))!.outbox).toBeUndefined();
    const invoiceItem = await rawItem(api, ordersKeys.series(m.association.id, 'F001'));
    expect(invoiceItem).toMatchObject({ last: 1 });
    expectEvent(outboxOf(invoiceItem), {
      type: 'invoice.issued',
      aggregate: { type: 'invoice', id: 'F001-00000001', seq: 1 },
      organisations: [m.association.id, m.buyer.id],
      occurredAt: invoiceAt,
      allowed: DOCUMENT_DATA,
      data: {
        number: 'F001-00000001',
        orderId: id,
        associationId: m.association.id,
        buyerId: m.buyer.id,
        issueDate: invoiceAt.slice(0, 10),
        dueDate: invoiced.body.paymentTerms === 'on_delivery' ? invoiceAt.slice(0, 10) : expect.any(String),
        currency: 'PEN',
        total: 12_000,
        invoiceNumber: 'F001-00000001',
      },
      forbidden: personal(m),
    });
    const noteItem = await rawItem(api, ordersKeys.series(m.association.id, 'NC01'));
    expectEvent(outboxOf(noteItem), {
      type: 'credit_note.issued',
      aggregate: { type: 'credit-note', id: 'NC01-00000001', seq: 1 },
      organisations: [m.association.id, m.buyer.id],
      occurredAt: clock.now().toISOString(),
      allowed: DOCUMENT_DATA,
      data: { number: 'NC01-00000001', orderId: id, total: 2000, currency: 'PEN', invoiceNumber: 'F001-00000001' },
      forbidden: [...personal(m), 'Un saco llegó húmedo'],
    });
    // The invoice's event and the order's `order.invoiced` are two events of one transaction, on two items.
    expect((await outboxEventsAbout(api, 'F001-00000001')).filter((e) => e.organisations.includes(m.association.id))).toHaveLength(1);

    // The next document of the series replaces the counter's event with its own.
    clock.advance(3_600_000);
    const second = await postWithKey(api, `/v1/orgs/${m.association.id}/invoices/F001-00000001/credit-notes`, m.admin, { reason: 'Otro saco', amount: 1000 });
    expect(second.status).toBe(201);
    expect(outboxOf(await rawItem(api, ordersKeys.series(m.association.id, 'NC01')))).toMatchObject({
      type: 'credit_note.issued',
      aggregate: { type: 'credit-note', id: 'NC01-00000002', seq: 1 },
      occurredAt: clock.now().toISOString(),
      data: { total: 1000, invoiceNumber: 'F001-00000001' },
    });

    // Reads never answer the outbox.
    for (const number of ['F001-00000001', 'NC01-00000001']) {
      const document = await get(api, `/v1/orgs/${m.association.id}/invoices/${number}`, m.admin);
      expect(document.status).toBe(200);
      expect(mentionsOutbox(document.body)).toBe(false);
    }
    expect(mentionsOutbox(note.body)).toBe(false);
    expect(mentionsOutbox((await get(api, `/v1/orgs/${m.association.id}/invoices`, m.admin)).body)).toBe(false);
  });
});

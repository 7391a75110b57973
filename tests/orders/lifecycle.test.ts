import { catalogDomain } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import {
  act,
  chullpi,
  createBuyer,
  createMarket,
  createProduct,
  get,
  placeOrder,
  postWithKey,
  problemType,
  quesoAndino,
  stockOf,
  type Market,
} from './fixtures.js';

let api: TestApi;
let market: Market;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
  market = await createMarket(api);
});

describe('the order lifecycle', () => {
  it('goes placed → partially confirmed → dispatched (lots FIFO) → delivered → invoiced → paid, recording every step', async () => {
    const m = await createMarket(api, market.root);
    // Lots recorded out of order: FIFO is by production date, not by creation.
    const queso = await createProduct(api, m, quesoAndino, [
      ['6', '2026-11-05'],
      ['4', '2026-11-01'],
      ['20', '2026-11-09'],
    ]);
    const maiz = await createProduct(api, m, chullpi, [['10', '2026-10-20']]);
    const placed = await placeOrder(api, m, [
      { productId: queso.id, quantity: '12' },
      { productId: maiz.id, quantity: '5' },
    ]);
    expect(placed.status).toBe(201);
    const id = placed.body.id;
    expect(await stockOf(api, m, queso.id)).toBe('18');

    // Partial confirmation: 8 kg of cheese instead of 12; the 4 kg go back at once.
    const confirmed = await act(api, m.member, id, 'confirm', { lines: [{ line: 1, accepted: '8' }] });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('partially_confirmed');
    expect(confirmed.body.lines[0]).toMatchObject({ quantity: '12', accepted: '8', lineTotal: 22400 });
    expect(confirmed.body.lines[1]).toMatchObject({ accepted: '5', lineTotal: 6000 });
    expect(confirmed.body.total).toBe(28400);
    expect(await stockOf(api, m, queso.id)).toBe('22');

    // No body needed when there is nothing to say.
    const dispatchResponse = await api.call('POST', `/v1/orders/${id}/dispatch`, { token: m.admin, headers: { 'idempotency-key': crypto.randomUUID() } });
    const dispatched = { status: dispatchResponse.status, body: await dispatchResponse.json() };
    expect(dispatched.status).toBe(200);
    expect(dispatched.body.lines[0].lots).toEqual([
      { lotId: queso.lots[1]!.id, quantity: '4', productionDate: '2026-11-01' },
      { lotId: queso.lots[0]!.id, quantity: '4', productionDate: '2026-11-05' },
    ]);
    expect(dispatched.body.lines[1].lots).toEqual([{ lotId: maiz.lots[0]!.id, quantity: '5', productionDate: '2026-10-20' }]);
    // The reservation became a shipment: sellable stock does not move, the lots do.
    expect(await stockOf(api, m, queso.id)).toBe('22');
    const lots = await get(api, `/v1/orgs/${m.association.id}/lots?productId=${queso.id}`, m.admin);
    expect(lots.body.items.map((l: { available: string }) => l.available)).toEqual(['20', '2', '0']);

    // Downstream trace: which buyers received this lot.
    const shipments = await get(api, `/v1/orgs/${m.association.id}/lots/${queso.lots[0]!.id}/shipments`, m.member);
    expect(shipments.status).toBe(200);
    expect(shipments.body.items).toEqual([expect.objectContaining({ orderId: id, line: 1, buyerId: m.buyer.id, quantity: '4', unit: 'kg' })]);

    // The buyer confirms receipt.
    expect((await act(api, m.buyerToken, id, 'deliver')).body.status).toBe('delivered');
    const invoiced = await act(api, m.admin, id, 'invoice');
    expect(invoiced.status).toBe(200);
    expect(invoiced.body).toMatchObject({ status: 'invoiced', invoiceNumber: 'F001-00000001' });
    const paid = await act(api, m.admin, id, 'pay', { reference: 'BCP op. 123456' });
    expect(paid.body.status).toBe('paid');

    const timeline = await get(api, `/v1/orders/${id}/timeline`, m.buyerToken);
    expect(timeline.status).toBe(200);
    expect(timeline.body.events.map((e: { type: string; to: string; party: string }) => [e.type, e.to, e.party])).toEqual([
      ['placed', 'placed', 'buyer'],
      ['confirm', 'partially_confirmed', 'association'],
      ['dispatch', 'dispatched', 'association'],
      ['deliver', 'delivered', 'buyer'],
      ['invoice', 'invoiced', 'association'],
      ['pay', 'paid', 'association'],
    ]);
    expect(timeline.body.events[1]).toMatchObject({ actor: `member-${m.association.id}`, from: 'placed', seq: 2 });
    expect(timeline.body.events[5].details).toEqual({ reference: 'BCP op. 123456' });
    for (const event of timeline.body.events) expect(Date.parse(event.at)).not.toBeNaN();

    // The invoice: JSON for both parties, a printable page, amounts from the snapshotted prices.
    const invoice = await get(api, `/v1/orgs/${m.association.id}/invoices/F001-00000001`, m.buyerToken);
    expect(invoice.status).toBe(200);
    expect(invoice.body).toMatchObject({ kind: 'invoice', orderId: id, total: 28400, currency: 'PEN', buyer: { id: m.buyer.id, name: 'República del Pisco' } });
    expect(invoice.body.lines.map((l: { quantity: string; amount: number }) => [l.quantity, l.amount])).toEqual([
      ['8', 22400],
      ['5', 6000],
    ]);
    const page = await api.call('GET', `/v1/orgs/${m.association.id}/invoices/F001-00000001/print`, { token: m.admin });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('Factura F001-00000001');
    expect(html).toContain('S/ 284.00');
    // Dates and terms in words, quantities with their unit's name; in the reader's language.
    expect(html).toMatch(/Emitida el \d{1,2} de [a-z]+ de \d{4}/);
    expect(html).not.toMatch(/net_\d+|prepaid|on_delivery/);
    expect(html).toMatch(/<td class="n">8 [a-z]+<\/td>/);
    const english = await (await api.call('GET', `/v1/orgs/${m.association.id}/invoices/F001-00000001/print?lang=en`, { token: m.admin })).text();
    expect(english).toContain('Invoice F001-00000001');
    expect(english).toMatch(/Issued on [A-Z][a-z]+ \d{1,2}, \d{4}/);
    expect(english).toContain('<html lang="en">');
  });

  it('numbers invoices from a gapless series per association, and corrects them only with credit notes', async () => {
    const m = await createMarket(api, market.root);
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    const deliver = async (quantity: string) => {
      const { body } = await placeOrder(api, m, [{ productId: maiz.id, quantity }]);
      for (const action of ['confirm', 'dispatch', 'deliver']) expect((await act(api, m.admin, body.id, action)).status).toBe(200);
      return body.id as string;
    };
    const ids = await Promise.all([deliver('1'), deliver('2'), deliver('3'), deliver('4')]);
    // Four invoices at once: each gets its own number, none is skipped.
    const invoiced = await Promise.all(ids.map((id) => act(api, m.admin, id, 'invoice')));
    expect(invoiced.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(invoiced.map((r) => r.body.invoiceNumber).sort()).toEqual(['F001-00000001', 'F001-00000002', 'F001-00000003', 'F001-00000004']);
    // Another association starts its own series.
    const other = await createMarket(api, market.root);
    const otherMaiz = await createProduct(api, other, chullpi, [['10', '2026-10-20']]);
    const o = (await placeOrder(api, other, [{ productId: otherMaiz.id, quantity: '1' }])).body;
    for (const action of ['confirm', 'dispatch', 'deliver']) await act(api, other.admin, o.id, action);
    expect((await act(api, other.admin, o.id, 'invoice')).body.invoiceNumber).toBe('F001-00000001');

    // A second invoice for the same order is an illegal transition.
    const again = await act(api, m.admin, ids[0]!, 'invoice');
    expect(again.status).toBe(409);
    expect(again.body.currentState).toBe('invoiced');

    const number = invoiced[2]!.body.invoiceNumber as string;
    const original = (await get(api, `/v1/orgs/${m.association.id}/invoices/${number}`, m.admin)).body;
    const note = await postWithKey(api, `/v1/orgs/${m.association.id}/invoices/${number}/credit-notes`, m.admin, {
      reason: 'Un saco llegó húmedo',
      amount: 1200,
    });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ kind: 'credit_note', number: 'NC01-00000001', corrects: number, total: 1200 });
    const tooMuch = await postWithKey(api, `/v1/orgs/${m.association.id}/invoices/${number}/credit-notes`, m.admin, {
      reason: 'otra vez',
      amount: original.total,
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body).toMatchObject({ type: problemType('credit-exceeds-invoice'), remaining: original.total - 1200 });
    // The invoice itself never changed.
    expect((await get(api, `/v1/orgs/${m.association.id}/invoices/${number}`, m.admin)).body).toEqual(original);
    const listed = await get(api, `/v1/orgs/${m.association.id}/invoices`, m.member);
    expect(listed.body.items.map((d: { number: string }) => d.number)).toEqual([
      'F001-00000001',
      'F001-00000002',
      'F001-00000003',
      'F001-00000004',
      'NC01-00000001',
    ]);
  });

  it('records every delivered line in the sales ledger, reported by month and by buyer', async () => {
    const m = await createMarket(api, market.root);
    const chicha = await createBuyer(api, market.root, 'Chicha');
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    const deliverFor = async (token: string, quantity: string) => {
      const { body } = await placeOrder(api, m, [{ productId: maiz.id, quantity }], token);
      for (const action of ['confirm', 'dispatch', 'deliver']) expect((await act(api, m.admin, body.id, action)).status).toBe(200);
    };
    await deliverFor(m.buyerToken, '10');
    await deliverFor(m.buyerToken, '5');
    await deliverFor(chicha.token, '2');
    // Not delivered: not a sale.
    await placeOrder(api, m, [{ productId: maiz.id, quantity: '7' }]);

    const month = api.runtime.clock.now().toISOString().slice(0, 7);
    const byMonth = await get(api, `/v1/orgs/${m.association.id}/sales?from=2026-01&to=2030-12&groupBy=month`, m.member);
    expect(byMonth.status).toBe(200);
    expect(byMonth.body.rows).toEqual([{ month, currency: 'PEN', amount: 20400, lines: 3, orders: 3, credited: 0, creditNotes: 0 }]);
    const byBuyer = await get(api, `/v1/orgs/${m.association.id}/sales?from=${month}&to=${month}&groupBy=buyer`, m.admin);
    expect(byBuyer.body.rows).toEqual([
      { buyerId: m.buyer.id, buyerName: 'República del Pisco', currency: 'PEN', amount: 18000, lines: 2, orders: 2, credited: 0, creditNotes: 0 },
      { buyerId: chicha.org.id, buyerName: 'Chicha', currency: 'PEN', amount: 2400, lines: 1, orders: 1, credited: 0, creditNotes: 0 },
    ]);
    expect(byBuyer.body.totals).toEqual([{ currency: 'PEN', amount: 20400 }]);
    const before = await get(api, `/v1/orgs/${m.association.id}/sales?from=2020-01&to=2020-12`, m.admin);
    expect(before.body.rows).toEqual([]);
    const bad = await get(api, `/v1/orgs/${m.association.id}/sales?from=2026-13&to=2026-01`, m.admin);
    expect(bad.status).toBe(400);
  });
});

describe('releasing stock', () => {
  it('returns stock on rejection, and on cancellation by the buyer or (with a reason) by the association', async () => {
    const m = await createMarket(api, market.root);
    const queso = await createProduct(api, m, quesoAndino, [['30', '2026-11-01']]);
    const order = async () => (await placeOrder(api, m, [{ productId: queso.id, quantity: '10' }])).body.id as string;

    const a = await order();
    expect((await act(api, m.admin, a, 'reject')).status).toBe(400);
    const rejected = await act(api, m.admin, a, 'reject', { reason: 'Sin movilidad esa semana' });
    expect(rejected.body.status).toBe('rejected');
    expect(await stockOf(api, m, queso.id)).toBe('30');

    const b = await order();
    await act(api, m.admin, b, 'confirm');
    expect(await stockOf(api, m, queso.id)).toBe('20');
    expect((await act(api, m.buyerToken, b, 'cancel')).body.status).toBe('cancelled');
    expect(await stockOf(api, m, queso.id)).toBe('30');

    const c = await order();
    await act(api, m.admin, c, 'confirm', { lines: [{ line: 1, accepted: '6' }] });
    expect(await stockOf(api, m, queso.id)).toBe('24');
    const noReason = await act(api, m.admin, c, 'cancel');
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].path).toBe('reason');
    const cancelled = await act(api, m.admin, c, 'cancel', { reason: 'Helada: se perdió la leche' });
    expect(cancelled.body.status).toBe('cancelled');
    expect(await stockOf(api, m, queso.id)).toBe('30');
    const timeline = await get(api, `/v1/orders/${c}/timeline`, m.admin);
    expect(timeline.body.events.at(-1)).toMatchObject({ type: 'cancel', reason: 'Helada: se perdió la leche', party: 'association' });
  });
});

describe('illegal transitions', () => {
  it.each([
    ['dispatch', 'placed', []],
    ['deliver', 'placed', []],
    ['invoice', 'placed', []],
    ['confirm', 'confirmed', ['confirm']],
    ['reject', 'confirmed', ['confirm']],
    ['pay', 'dispatched', ['confirm', 'dispatch']],
    ['cancel', 'dispatched', ['confirm', 'dispatch']],
    ['confirm', 'rejected', ['reject']],
    ['dispatch', 'cancelled', ['cancel']],
    ['cancel', 'delivered', ['confirm', 'dispatch', 'deliver']],
  ])('refuses %s on a %s order with a 409 naming the state, changing nothing', async (action, state, path) => {
    const queso = await createProduct(api, market, { ...quesoAndino, sku: `Q-${Math.random().toString(36).slice(2, 8).toUpperCase()}` }, [
      ['20', '2026-11-01'],
    ]);
    const { body } = await placeOrder(api, market, [{ productId: queso.id, quantity: '5' }]);
    for (const step of path) expect((await act(api, market.admin, body.id, step, { reason: 'porque sí' })).status).toBe(200);
    const stock = await stockOf(api, market, queso.id);
    const res = await act(api, market.admin, body.id, action, { reason: 'porque sí' });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: problemType('illegal-transition'), currentState: state });
    expect(res.body.detail).toContain(state);
    expect((await get(api, `/v1/orders/${body.id}`, market.admin)).body.status).toBe(state);
    expect(await stockOf(api, market, queso.id)).toBe(stock);
  });

  it('lets only the right party act: the buyer cannot confirm or dispatch, the association cannot place', async () => {
    const queso = await createProduct(api, market, { ...quesoAndino, sku: 'Q-PARTY' }, [['20', '2026-11-01']]);
    const { body } = await placeOrder(api, market, [{ productId: queso.id, quantity: '5' }]);
    for (const action of ['confirm', 'reject', 'dispatch', 'invoice', 'pay']) {
      expect((await act(api, market.buyerToken, body.id, action, { reason: 'x' })).status, action).toBe(403);
    }
    const unknownField = await act(api, market.admin, body.id, 'confirm', { colour: 'blue' });
    expect(unknownField.status).toBe(400);
    const badLine = await act(api, market.admin, body.id, 'confirm', { lines: [{ line: 1, accepted: '6' }] });
    expect(badLine.status).toBe(400);
    expect(badLine.body.errors[0].path).toBe('lines.0.accepted');
    const unknownAction = await act(api, market.admin, body.id, 'teleport');
    expect(unknownAction.status).toBe(400);
    expect(unknownAction.body.errors[0].path).toBe('path.action');
    expect((await get(api, `/v1/orders/${body.id}`, market.admin)).body.status).toBe('placed');
  });

  it('lets only one of concurrent confirmations and rejections of one order win', async () => {
    const queso = await createProduct(api, market, { ...quesoAndino, sku: 'Q-RACE' }, [['20', '2026-11-01']]);
    const { body } = await placeOrder(api, market, [{ productId: queso.id, quantity: '10' }]);
    const results = await Promise.all([
      act(api, market.admin, body.id, 'confirm', { lines: [{ line: 1, accepted: '5' }] }),
      act(api, market.member, body.id, 'reject', { reason: 'no hay' }),
      act(api, market.member, body.id, 'confirm'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const timeline = await get(api, `/v1/orders/${body.id}/timeline`, market.admin);
    expect(timeline.body.events).toHaveLength(2);
    // Whatever won, the stock is consistent with it.
    const expected = { partially_confirmed: '15', rejected: '20', confirmed: '10' }[timeline.body.order.status as string];
    expect(await stockOf(api, market, queso.id)).toBe(expected);
  });
});

describe('views and isolation', () => {
  it('shows each party only its own orders, on every route', async () => {
    const m = await createMarket(api, market.root);
    const queso = await createProduct(api, m, quesoAndino, [['50', '2026-11-01']]);
    const order = (await placeOrder(api, m, [{ productId: queso.id, quantity: '5' }])).body;
    const delivered = (await placeOrder(api, m, [{ productId: queso.id, quantity: '5' }])).body;
    for (const action of ['confirm', 'dispatch', 'deliver', 'invoice']) await act(api, m.admin, delivered.id, action);
    const lotId = queso.lots[0]!.id;

    const otherBuyer = await createBuyer(api, market.root, 'Café Qomer');
    const otherAssociation = await createMarket(api, market.root);
    const fundOfficer = await api.token({ sub: 'fo', org: otherAssociation.association.id, roles: ['fund_officer'] });
    const platform = await api.token({ sub: 'ops', roles: ['platform_admin'] });

    // Order-scoped routes: not a party → 404 (the order does not exist for them); role never allowed → 403.
    for (const [token, expected] of [
      [otherBuyer.token, 404],
      [otherAssociation.admin, 404],
      [otherAssociation.member, 404],
      [fundOfficer, 403],
    ] as const) {
      expect((await get(api, `/v1/orders/${order.id}`, token)).status).toBe(expected);
      expect((await get(api, `/v1/orders/${order.id}/timeline`, token)).status).toBe(expected);
      expect((await act(api, token, order.id, 'cancel', { reason: 'x' })).status).toBe(expected);
      expect((await act(api, token, order.id, 'confirm')).status).toBe(expected);
      expect((await get(api, `/v1/orgs/${m.association.id}/invoices/F001-00000001`, token)).status).toBe(expected);
      expect((await api.call('GET', `/v1/orgs/${m.association.id}/invoices/F001-00000001/print`, { token })).status).toBe(expected);
    }
    expect((await get(api, `/v1/orders/${order.id}`)).status).toBe(401);
    expect((await get(api, `/v1/orders/${order.id}`, platform)).status).toBe(200);
    expect((await get(api, `/v1/orders/${order.id}`, m.buyerToken)).status).toBe(200);
    expect((await get(api, `/v1/orders/${order.id}`, m.member)).status).toBe(200);
    expect((await get(api, `/v1/orders/${order.id}`, market.buyerToken)).status).toBe(404);

    // Organisation-scoped routes: another organisation → 403.
    const associationReads = [
      `/v1/orgs/${m.association.id}/orders`,
      `/v1/orgs/${m.association.id}/agreements`,
      `/v1/orgs/${m.association.id}/invoices`,
      `/v1/orgs/${m.association.id}/sales?from=2026-01&to=2026-12`,
      `/v1/orgs/${m.association.id}/lots/${lotId}/shipments`,
    ];
    for (const path of associationReads) {
      for (const token of [otherAssociation.admin, otherAssociation.member, m.buyerToken, fundOfficer])
        expect((await get(api, path, token)).status, path).toBe(403);
      expect((await get(api, path, m.member)).status, path).toBe(200);
    }
    const template = await postWithKey(api, `/v1/buyers/${m.buyer.id}/standing-orders`, m.buyerToken, {
      associationId: m.association.id,
      frequency: 'weekly',
      startDate: '2030-01-07',
      lines: [{ productId: queso.id, quantity: '5' }],
      delivery: { kind: 'pickup' },
      policy: 'skip',
    });
    expect(template.status).toBe(201);
    const buyerReads = [
      `/v1/buyers/${m.buyer.id}/orders`,
      `/v1/buyers/${m.buyer.id}/agreements`,
      `/v1/buyers/${m.buyer.id}/standing-orders`,
      `/v1/buyers/${m.buyer.id}/standing-orders/${template.body.id}`,
    ];
    for (const path of buyerReads) {
      for (const token of [otherBuyer.token, m.admin, fundOfficer]) expect((await get(api, path, token)).status, path).toBe(403);
      expect((await get(api, path, m.buyerToken)).status, path).toBe(200);
    }
    const writes: Array<[string, string, unknown]> = [
      [
        'POST',
        `/v1/orgs/${m.association.id}/agreements`,
        { buyerId: otherBuyer.org.id, currency: 'PEN', validFrom: '2026-01-01', paymentTerms: 'net_7', prices: [{ productId: queso.id, price: 1 }] },
      ],
      ['POST', `/v1/orgs/${m.association.id}/invoices/F001-00000001/credit-notes`, { reason: 'x' }],
      [
        'POST',
        `/v1/buyers/${m.buyer.id}/standing-orders`,
        {
          associationId: m.association.id,
          frequency: 'weekly',
          startDate: '2030-01-07',
          lines: [{ productId: queso.id, quantity: '5' }],
          delivery: { kind: 'pickup' },
          policy: 'skip',
        },
      ],
      ['POST', `/v1/buyers/${m.buyer.id}/standing-orders/${template.body.id}/pause`, {}],
      ['POST', `/v1/buyers/${m.buyer.id}/standing-orders/${template.body.id}/skip`, { date: '2030-01-14' }],
    ];
    for (const [method, path, body] of writes) {
      for (const token of [otherBuyer.token, otherAssociation.admin, fundOfficer]) {
        const res = await api.call(method, path, { token, body, headers: { 'idempotency-key': crypto.randomUUID() } });
        expect(res.status, path).toBe(403);
      }
    }
    for (const token of [otherAssociation.admin, fundOfficer]) {
      expect((await get(api, `/v1/orgs/${m.association.id}/price-quote?productId=${queso.id}&buyerId=${m.buyer.id}`, token)).status).toBe(403);
    }
    expect((await get(api, `/v1/orgs/${m.association.id}/price-quote?productId=${queso.id}&buyerId=${m.buyer.id}`, otherBuyer.token)).status).toBe(403);
    // Another association's people cannot read this association's lot trace through their own path either.
    expect((await get(api, `/v1/orgs/${otherAssociation.association.id}/lots/${lotId}/shipments`, otherAssociation.admin)).status).toBe(404);

    // Each side lists only its own.
    const mine = await get(api, `/v1/buyers/${m.buyer.id}/orders`, m.buyerToken);
    expect(mine.body.items.map((o: { id: string }) => o.id).sort()).toEqual([order.id, delivered.id].sort());
    expect((await get(api, `/v1/buyers/${otherBuyer.org.id}/orders`, otherBuyer.token)).body.items).toEqual([]);
    const byStatus = await get(api, `/v1/orgs/${m.association.id}/orders?status=invoiced`, m.admin);
    expect(byStatus.body.items.map((o: { id: string }) => o.id)).toEqual([delivered.id]);
    expect((await get(api, `/v1/orgs/${otherAssociation.association.id}/orders`, otherAssociation.admin)).body.items).toEqual([]);
  });
});

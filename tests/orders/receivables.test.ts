import { catalogDomain } from '@ayni/catalog';
import { fixedClock } from '@ayni/core';
import { ordersDomain } from '@ayni/orders';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bucketOf, daysOverdue } from '../../packages/orders/src/service/receivables.js';
import { createTestApi } from '../support/api.js';
import { createAssociation } from '../support/catalog-fixtures.js';
import { act, chullpi, createMarket, createProduct, get, inBatches, orderBody, postWithKey, type Market } from './fixtures.js';

const clock = fixedClock('2026-07-01T15:00:00.000Z');
const api = await createTestApi([catalogDomain, ordersDomain], { clock });

type Report = {
  asOf: string;
  complete: boolean;
  totals: Array<{ currency: string; open: number; overdue: number; invoices: number; buckets: Record<string, number> }>;
  invoices: Array<{
    number: string;
    associationId: string;
    associationName: string;
    buyerName: string;
    open: number;
    credited: number;
    total: number;
    dueDate: string;
    daysOverdue: number;
    bucket: string;
  }>;
  summary: string;
};

let market: Market;
/** A second association selling to the same buyer. */
let second: Market;
let products: { first: string; second: string };

/** An order of `quantity` taken to an invoice on `date` (the clock set to it); the invoice's number and total. */
async function invoiced(m: Market, productId: string, quantity: string, date: string): Promise<{ number: string; total: number; orderId: string }> {
  clock.set(`${date}T15:00:00.000Z`);
  const placed = await postWithKey(api, '/v1/orders', m.buyerToken, orderBody(m, [{ productId, quantity }], { requestedDeliveryDate: date }));
  expect(placed.status, JSON.stringify(placed.body)).toBe(201);
  for (const action of ['confirm', 'dispatch', 'deliver']) expect((await act(api, m.admin, placed.body.id, action)).status).toBe(200);
  const done = await act(api, m.admin, placed.body.id, 'invoice');
  expect(done.status, JSON.stringify(done.body)).toBe(200);
  const invoice = await get(api, `/v1/orgs/${m.association.id}/invoices/${done.body.invoiceNumber}`, m.admin);
  return { number: done.body.invoiceNumber, total: invoice.body.total, orderId: placed.body.id };
}

async function read(path: string, token: string, lang: string) {
  const res = await api.call('GET', path, { token, headers: { 'accept-language': lang } });
  return { status: res.status, body: await res.json() };
}
const receivables = (m: Market, asOf?: string, token = m.admin, lang = 'es') =>
  read(`/v1/orgs/${m.association.id}/receivables${asOf ? `?asOf=${asOf}` : ''}`, token, lang);
const payables = (m: Market, asOf?: string, token = m.buyerToken, lang = 'es') =>
  read(`/v1/buyers/${m.buyer.id}/payables${asOf ? `?asOf=${asOf}` : ''}`, token, lang);

beforeAll(async () => {
  market = await createMarket(api);
  const other = await createAssociation(api, market.root, { name: 'Asociación Warmi Away' });
  second = { ...market, association: other.org, admin: other.admin };
  products = {
    first: (await createProduct(api, market, chullpi, [['5000', '2026-06-20']])).id,
    second: (await createProduct(api, second, { ...chullpi, sku: 'WA-01' }, [['5000', '2026-06-20']])).id,
  };
});

describe('receivables and payables: open invoices aged by days past due', () => {
  it('puts each open invoice in its bucket, totals per currency, for the association and for its buyer across associations', async () => {
    // Prepare: on-delivery terms, so each invoice is due the day it is issued.
    const old = await invoiced(market, products.first, '10', '2026-07-01');
    const ninety = await invoiced(market, products.first, '20', '2026-09-15');
    const recent = await invoiced(market, products.first, '30', '2026-11-01');
    const today = await invoiced(market, products.first, '40', '2026-11-20');
    const elsewhere = await invoiced(second, products.second, '5', '2026-10-10');
    clock.set('2026-11-20T15:00:00.000Z');

    // Act
    const mine = await receivables(market, '2026-11-20');
    const owed = await payables(market, '2026-11-20');
    const english = await receivables(market, '2026-11-20', market.admin, 'en');

    // Assert: the association sees its four invoices, oldest due first, each in its bucket.
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    const report = mine.body as Report;
    expect(report.asOf).toBe('2026-11-20');
    expect(report.complete).toBe(true);
    expect(report.invoices.map((i) => [i.number, i.daysOverdue, i.bucket])).toEqual([
      [old.number, 142, 'over-90'],
      [ninety.number, 66, '61-90'],
      [recent.number, 19, '1-30'],
      [today.number, 0, 'current'],
    ]);
    expect(report.invoices.every((i) => i.buyerName === 'República del Pisco' && i.associationId === market.association.id)).toBe(true);
    const all = old.total + ninety.total + recent.total + today.total;
    expect(report.totals).toEqual([
      {
        currency: 'PEN',
        open: all,
        overdue: all - today.total,
        invoices: 4,
        buckets: { current: today.total, '1-30': recent.total, '31-60': 0, '61-90': ninety.total, 'over-90': old.total },
      },
    ]);
    expect(report.summary).toMatch(/^Sus compradores le deben S\/ [\d,.]+; de eso, S\/ [\d,.]+ ya venció\.$/);
    expect((english.body as Report).summary).toMatch(/^Your buyers owe you S\/ /);
    // The buyer sees what it owes both associations, by name.
    expect(owed.status).toBe(200);
    const buyerReport = owed.body as Report;
    expect(buyerReport.invoices.map((i) => i.number).sort()).toEqual([old, ninety, recent, today, elsewhere].map((i) => i.number).sort());
    expect(buyerReport.invoices.find((i) => i.associationId === second.association.id)).toMatchObject({
      associationName: 'Asociación Warmi Away',
      bucket: '31-60',
    });
    expect(buyerReport.totals[0]!.open).toBe(all + elsewhere.total);
    // Aged at another date, the same open invoices move between buckets (one issued later is not yet due); the default is today.
    const earlier = (await receivables(market, '2026-11-01')).body as Report;
    expect(earlier.invoices.map((i) => i.bucket)).toEqual(['over-90', '31-60', 'current', 'current']);
    expect(((await receivables(market)).body as Report).asOf).toBe('2026-11-20');
  });

  it('a credit note lowers what is owed, a full one or the payment takes the invoice out; nobody else reads them', async () => {
    // Prepare
    clock.set('2026-11-21T15:00:00.000Z');
    const before = ((await receivables(market)).body as Report).invoices;
    const [first, secondInvoice] = before;

    // Act: part of the first is credited, all of the second; the last is paid.
    const partial = await postWithKey(api, `/v1/orgs/${market.association.id}/invoices/${first!.number}/credit-notes`, market.admin, {
      reason: 'Saco húmedo',
      amount: 500,
    });
    const full = await postWithKey(api, `/v1/orgs/${market.association.id}/invoices/${secondInvoice!.number}/credit-notes`, market.admin, {
      reason: 'Devuelto',
    });
    const last = before[before.length - 1]!;
    const paid = await act(api, market.admin, (await get(api, `/v1/orgs/${market.association.id}/invoices/${last.number}`, market.admin)).body.orderId, 'pay', {
      reference: 'Yape 123',
    });

    // Assert
    expect(partial.status, JSON.stringify(partial.body)).toBe(201);
    expect(full.status, JSON.stringify(full.body)).toBe(201);
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    const after = ((await receivables(market)).body as Report).invoices;
    expect(after.map((i) => i.number)).toEqual(
      before
        .slice(0, -1)
        .filter((i) => i.number !== secondInvoice!.number)
        .map((i) => i.number),
    );
    expect(after[0]).toMatchObject({ number: first!.number, credited: 500, open: first!.total - 500, total: first!.total });
    const buyerView = ((await payables(market)).body as Report).invoices.map((i) => i.number);
    expect(buyerView).not.toContain(secondInvoice!.number);
    expect(buyerView).not.toContain(last.number);

    // Tenants: another association, and a buyer, cannot read an association's receivables; nor another buyer a buyer's payables.
    const stranger = await createMarket(api);
    expect((await receivables(market, undefined, stranger.admin)).status).toBe(403);
    expect((await receivables(market, undefined, market.buyerToken)).status).toBe(403);
    expect((await payables(market, undefined, stranger.buyerToken)).status).toBe(403);
    expect(((await receivables(stranger)).body as Report).invoices).toEqual([]);
    expect(((await receivables(stranger)).body as Report).summary).toBe('Nadie le debe nada: no hay facturas pendientes de cobro.');
  });

  it('8 concurrent credit notes on one invoice leave exactly its total less what they credited', async () => {
    // Prepare
    const invoice = await invoiced(market, products.first, '50', '2026-11-22');

    // Act
    const results = await inBatches(Array.from({ length: 8 }), 8, () =>
      postWithKey(api, `/v1/orgs/${market.association.id}/invoices/${invoice.number}/credit-notes`, market.admin, { reason: 'Descuento', amount: 300 }),
    );

    // Assert
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    const open = ((await receivables(market)).body as Report).invoices.find((i) => i.number === invoice.number);
    expect(open).toMatchObject({ credited: 2_400, open: invoice.total - 2_400 });
  });

  it('refuses a malformed date, naming the field', async () => {
    const res = await get(api, `/v1/orgs/${market.association.id}/receivables?asOf=2026-13-01`, market.admin);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('asOf');
  });
});

describe('ageing buckets', () => {
  it('are current up to the due date, then 1-30, 31-60, 61-90 and over 90 days past it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: -400, max: 400 }), (dueDay, offset) => {
        const due = new Date(Date.UTC(2000, 0, 1) + dueDay * 86_400_000).toISOString().slice(0, 10);
        const asOf = new Date(Date.UTC(2000, 0, 1) + (dueDay + offset) * 86_400_000).toISOString().slice(0, 10);
        const days = daysOverdue(due, asOf);
        expect(days).toBe(Math.max(0, offset));
        const expected = offset <= 0 ? 'current' : offset <= 30 ? '1-30' : offset <= 60 ? '31-60' : offset <= 90 ? '61-90' : 'over-90';
        expect(bucketOf(days)).toBe(expected);
      }),
    );
  });
});

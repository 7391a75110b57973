import { catalogDomain } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { act, chullpi, createBuyer, createMarket, createProduct, deliveredOrders, get, postWithKey, problemType, type Market } from './fixtures.js';

let api: TestApi;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

/** An invoice for `quantity` kg of maize at S/ 12.00 the kg, issued to the market's buyer (or `buyerToken`'s). */
async function invoiceFor(m: Market, quantity: string, buyer?: { token: string }): Promise<string> {
  const maiz = await createProduct(api, m, { ...chullpi, sku: `MAIZ-${Math.random().toString(36).slice(2, 8).toUpperCase()}` }, [['100', '2026-10-20']]);
  const [orderId] = await deliveredOrders(api, buyer ? { ...m, buyerToken: buyer.token } : m, maiz.id, [quantity]);
  const invoiced = await act(api, m.admin, orderId!, 'invoice');
  if (invoiced.status !== 200) throw new Error(`not invoiced: ${JSON.stringify(invoiced.body)}`);
  return invoiced.body.invoiceNumber;
}

const credit = (m: Market, invoice: string, body: Record<string, unknown>) =>
  postWithKey(api, `/v1/orgs/${m.association.id}/invoices/${invoice}/credit-notes`, m.admin, body);

describe('correcting an invoice with credit notes', () => {
  it('credits by default what remains to credit on the invoice, also after a partial credit note', async () => {
    // Prepare: an invoice of S/ 120.00, of which S/ 20.00 are credited.
    const m = await createMarket(api, root);
    const invoice = await invoiceFor(m, '10');
    expect((await credit(m, invoice, { reason: 'Un saco llegó húmedo', amount: 2000 })).status).toBe(201);

    // Act: a credit note without an amount, then another one.
    const rest = await credit(m, invoice, { reason: 'Devolución del resto' });
    const nothingLeft = await credit(m, invoice, { reason: 'Otra vez' });

    // Assess
    expect(rest.status).toBe(201);
    expect(rest.body).toMatchObject({ kind: 'credit_note', number: 'NC01-00000002', corrects: invoice, total: 10_000 });
    expect(rest.body.lines).toEqual([{ description: `Corrección de la factura ${invoice}: Devolución del resto`, amount: 10_000 }]);
    expect(nothingLeft.status).toBe(422);
    expect(nothingLeft.body).toMatchObject({ type: problemType('invoice-fully-credited'), invoice, invoiceTotal: 12_000, credited: 12_000, remaining: 0 });
    expect(nothingLeft.body.detail).toBe(`La factura ${invoice} está acreditada por completo (S/ 120.00): no queda nada por acreditar.`);
  });

  it('refuses more than remains to credit with a 422 that says how much may still be credited, whether it exceeds the invoice or only what is left of it', async () => {
    // Prepare: an invoice of S/ 120.00, of which S/ 20.00 are credited.
    const m = await createMarket(api, root);
    const invoice = await invoiceFor(m, '10');
    expect((await credit(m, invoice, { reason: 'Un saco llegó húmedo', amount: 2000 })).status).toBe(201);

    // Act: more than the whole invoice; less than the invoice but more than what remains.
    const overInvoice = await credit(m, invoice, { reason: 'Error', amount: 12_001 });
    const overRest = await postWithKey(
      api,
      `/v1/orgs/${m.association.id}/invoices/${invoice}/credit-notes`,
      m.admin,
      { reason: 'Error', amount: 11_000 },
      undefined,
      {
        'accept-language': 'en',
      },
    );

    // Assess: the same answer on both paths.
    for (const refused of [overInvoice, overRest]) {
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({
        type: problemType('credit-exceeds-invoice'),
        invoice,
        currency: 'PEN',
        invoiceTotal: 12_000,
        credited: 2000,
        remaining: 10_000,
      });
    }
    expect(overRest.body.detail).toBe(
      `A credit note on invoice ${invoice} may be for at most S/ 100.00 (S/ 20.00 of its S/ 120.00 is credited already): lower the amount by S/ 10.00.`,
    );
    // Nothing was issued: the next credit note still takes number 2.
    expect((await credit(m, invoice, { reason: 'Correcto', amount: 10_000 })).body.number).toBe('NC01-00000002');
  });
});

describe('the sales ledger with credit notes', () => {
  it('nets credit notes out of the month’s income and the buyer’s, counting them apart', async () => {
    // Prepare: S/ 120.00 delivered to one buyer and S/ 60.00 to another, both invoiced; S/ 20.00 credited to the first.
    const m = await createMarket(api, root);
    const chicha = await createBuyer(api, root, 'Chicha');
    const invoice = await invoiceFor(m, '10');
    await invoiceFor(m, '5', chicha);
    expect((await credit(m, invoice, { reason: 'Un saco llegó húmedo', amount: 2000 })).status).toBe(201);
    const month = api.runtime.clock.now().toISOString().slice(0, 7);

    // Act
    const byMonth = await get(api, `/v1/orgs/${m.association.id}/sales?from=${month}&to=${month}&groupBy=month`, m.member);
    const byBuyer = await get(api, `/v1/orgs/${m.association.id}/sales?from=${month}&to=${month}&groupBy=buyer`, m.admin);

    // Assess
    expect(byMonth.status).toBe(200);
    expect(byMonth.body.rows).toEqual([{ month, currency: 'PEN', amount: 16_000, lines: 2, orders: 2, credited: 2000, creditNotes: 1 }]);
    expect(byMonth.body.totals).toEqual([{ currency: 'PEN', amount: 16_000 }]);
    expect(byBuyer.body.rows).toEqual([
      { buyerId: m.buyer.id, buyerName: 'República del Pisco', currency: 'PEN', amount: 10_000, lines: 1, orders: 1, credited: 2000, creditNotes: 1 },
      { buyerId: chicha.org.id, buyerName: 'Chicha', currency: 'PEN', amount: 6000, lines: 1, orders: 1, credited: 0, creditNotes: 0 },
    ]);
    expect(byBuyer.body.totals).toEqual([{ currency: 'PEN', amount: 16_000 }]);
  });

  it('takes a whole credited sale out of the income', async () => {
    // Prepare: one sale, credited in full by a credit note without an amount.
    const m = await createMarket(api, root);
    const invoice = await invoiceFor(m, '3');
    expect((await credit(m, invoice, { reason: 'Pedido devuelto' })).body.total).toBe(3600);

    // Act
    const month = api.runtime.clock.now().toISOString().slice(0, 7);
    const report = await get(api, `/v1/orgs/${m.association.id}/sales?from=${month}&to=${month}`, m.admin);

    // Assess
    expect(report.body.rows).toEqual([{ month, currency: 'PEN', amount: 0, lines: 1, orders: 1, credited: 3600, creditNotes: 1 }]);
  });
});

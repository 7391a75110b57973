import { catalogDomain } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createAssociation } from '../support/catalog-fixtures.js';
import { ublInvoiceErrors } from '../support/ubl.js';
import { act, chullpi, createMarket, createProduct, get, placeOrder, postWithKey, quesoAndino, type Market } from './fixtures.js';

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
});

const PAPA_REASON = 'Apéndice I del TUO de la Ley del IGV: papas frescas (0701.90.00)';

/** An invoiced order of 10 kg of cheese (taxed) and 20 kg of native maize (exonerated). */
async function invoicedOrder(m: Market): Promise<string> {
  const queso = await createProduct(api, m, quesoAndino, [['50', '2026-11-10']]);
  const maiz = await createProduct(api, m, { ...chullpi, tax: { treatment: 'exonerated', reason: PAPA_REASON } }, [['50', '2026-11-01']]);
  const placed = await placeOrder(api, m, [
    { productId: queso.id, quantity: '10' },
    { productId: maiz.id, quantity: '20' },
  ]);
  for (const action of ['confirm', 'dispatch', 'deliver', 'invoice']) expect((await act(api, m.admin, placed.body.id, action)).status).toBe(200);
  return (await get(api, `/v1/orders/${placed.body.id}`, m.admin)).body.invoiceNumber;
}

describe('an invoice as a tax document', () => {
  it('shows both tax ids, the IGV per line rounded to the céntimo and in total, and the exemption’s legal basis', async () => {
    const m = await createMarket(api);
    const number = await invoicedOrder(m);
    const invoice = await get(api, `/v1/orgs/${m.association.id}/invoices/${number}`, m.buyerToken);

    expect(invoice.body.seller.taxId).toEqual({ scheme: 'RUC', number: '20600000005' });
    expect(invoice.body.buyer.taxId).toEqual({ scheme: 'RUC', number: '20500000008' });
    // S/ 280.00 with IGV: base 28000 / 1.18 = 23728.81 → 237.29, IGV 42.71; S/ 240.00 exonerated.
    expect(invoice.body.lines.map((l: { tax: unknown }) => l.tax)).toEqual([
      { treatment: 'taxed', rateBps: 1800, base: 23_729, tax: 4_271, total: 28_000 },
      { treatment: 'exonerated', rateBps: 0, base: 24_000, tax: 0, total: 24_000, reason: PAPA_REASON },
    ]);
    expect(invoice.body.taxes).toEqual({
      name: 'IGV',
      rateBps: 1800,
      pricesIncludeTax: true,
      rounding: 'per-line-half-up',
      taxed: 23_729,
      exonerated: 24_000,
      unaffected: 0,
      tax: 4_271,
      total: 52_000,
    });
    expect(invoice.body.total).toBe(52_000);

    const print = await (await api.call('GET', `/v1/orgs/${m.association.id}/invoices/${number}/print`, { token: m.admin })).text();
    expect(print).toContain('RUC 20600000005');
    expect(print).toContain('RUC 20500000008');
    expect(print).toContain('Op. gravadas');
    expect(print).toContain('S/ 237.29');
    expect(print).toContain('Op. exoneradas');
    expect(print).toContain('IGV 18%');
    expect(print).toContain('S/ 42.71');
    expect(print).toContain('Los precios incluyen el IGV. Cada línea se redondea al céntimo (mitad hacia arriba)');
    expect(print).toContain(PAPA_REASON);
    expect(print).toMatch(/Emitida el \d{1,2} de [a-z]+ de 2026/);
  });

  it('is written as UBL 2.1 XML in SUNAT’s profile that validates against the OASIS schema', async () => {
    const m = await createMarket(api);
    const number = await invoicedOrder(m);
    const res = await api.call('GET', `/v1/orgs/${m.association.id}/invoices/${number}/ubl`, { token: m.buyerToken });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await res.text();
    expect(await ublInvoiceErrors(xml)).toEqual([]);
    expect(xml).toContain(`<cbc:ID>${number}</cbc:ID>`);
    expect(xml).toMatch(/<cbc:ID schemeID="6"[^>]*>20600000005<\/cbc:ID>/);
    expect(xml).toContain('<cac:TaxTotal><cbc:TaxAmount currencyID="PEN">42.71</cbc:TaxAmount>');
    expect(xml).toContain('<cbc:PayableAmount currencyID="PEN">520.00</cbc:PayableAmount>');
    // Another association cannot read it.
    const other = await createMarket(api);
    expect((await api.call('GET', `/v1/orgs/${m.association.id}/invoices/${number}/ubl`, { token: other.admin })).status).toBe(404);
  });

  it('adds the IGV when the association’s prices exclude it, and a credit note then takes back only the sale from the income', async () => {
    const m = await createMarket(api);
    await api.call('PATCH', `/v1/orgs/${m.association.id}`, { token: m.admin, body: { pricesIncludeTax: false } });
    const number = await invoicedOrder(m);
    const invoice = await get(api, `/v1/orgs/${m.association.id}/invoices/${number}`, m.admin);
    // 28000 + 18% = 28000 + 5040; the exonerated 24000 unchanged.
    expect(invoice.body.taxes).toMatchObject({ pricesIncludeTax: false, taxed: 28_000, exonerated: 24_000, tax: 5_040, total: 57_040 });
    expect(invoice.body.total).toBe(57_040);
    expect(await ublInvoiceErrors(await (await api.call('GET', `/v1/orgs/${m.association.id}/invoices/${number}/ubl`, { token: m.admin })).text())).toEqual([]);

    const note = await postWithKey(api, `/v1/orgs/${m.association.id}/invoices/${number}/credit-notes`, m.admin, { reason: 'Devolución completa' });
    expect(note.status).toBe(201);
    expect(note.body.total).toBe(57_040);
    expect(note.body).not.toHaveProperty('taxes');
    const month = api.runtime.clock.now().toISOString().slice(0, 7);
    const sales = await get(api, `/v1/orgs/${m.association.id}/sales?from=${month}&to=${month}`, m.admin);
    // Delivered 52000 of sales; the note credits 57040 with tax, of which 52000 is the sale: net 0.
    expect(sales.body.rows).toEqual([expect.objectContaining({ amount: 0, credited: 52_000, creditNotes: 1 })]);
  });

  it('in Bolivia carries IVA 13% included, prints bolivianos the Bolivian way, and has no SUNAT UBL', async () => {
    const root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
    const { org, admin } = await createAssociation(api, root, {
      name: 'Consorcio de Artesanas de El Alto',
      country: 'BO',
      region: 'La Paz',
      province: 'Murillo',
      district: 'El Alto',
      taxId: { scheme: 'NIT', number: '1020703023' },
    });
    const buyer = await postWithKey(api, '/v1/orgs', root, {
      kind: 'buyer',
      name: 'Hotel Illimani',
      country: 'BO',
      region: 'La Paz',
      taxId: { scheme: 'NIT', number: '4512309017' },
    });
    expect(buyer.status).toBe(201);
    const buyerOrg = buyer.body as { id: string };
    const m: Market = {
      root,
      association: org,
      admin,
      member: admin,
      buyer: buyerOrg,
      buyerToken: await api.token({ sub: `chef-${buyerOrg.id}`, org: buyerOrg.id, roles: ['buyer'] }),
    };
    const chompa = await createProduct(
      api,
      m,
      {
        sku: 'CHOMPA',
        name: { es: 'Chompa de alpaca' },
        description: { es: 'Tejida a mano.' },
        category: 'textiles',
        unit: 'unit',
        price: 123_450,
        currency: 'BOB',
      },
      [['5', '2026-11-01']],
    );
    const placed = await placeOrder(api, m, [{ productId: chompa.id, quantity: '1' }]);
    for (const action of ['confirm', 'dispatch', 'deliver', 'invoice']) expect((await act(api, m.admin, placed.body.id, action)).status).toBe(200);
    const number = (await get(api, `/v1/orders/${placed.body.id}`, m.admin)).body.invoiceNumber;
    const invoice = await get(api, `/v1/orgs/${org.id}/invoices/${number}`, m.admin);
    // Bs 1,234.50 with IVA: base 123450 / 1.13 = 109247.79 → 109248, IVA 14202.
    expect(invoice.body.taxes).toMatchObject({ name: 'IVA', rateBps: 1300, taxed: 109_248, tax: 14_202, total: 123_450 });
    expect(invoice.body.seller.taxId).toEqual({ scheme: 'NIT', number: '1020703023' });
    const print = await (await api.call('GET', `/v1/orgs/${org.id}/invoices/${number}/print`, { token: admin })).text();
    expect(print).toContain('NIT 1020703023');
    expect(print).toContain('IVA 13%');
    expect(print).toContain('Bs 1.234,50');
    expect(print).toContain('Bs 142,02');
    const ubl = await api.call('GET', `/v1/orgs/${org.id}/invoices/${number}/ubl`, { token: admin, headers: { 'accept-language': 'en' } });
    expect(ubl.status).toBe(422);
    expect((await ubl.json()).detail).toBe('SUNAT’s UBL invoice is for sellers in Peru; in Bolivia, SIAT applies.');
  });
});

import { catalogDomain } from '@ayni/catalog';
import { ordersDomain, seedOrders } from '@ayni/orders';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { ublInvoiceErrors } from '../support/ubl.js';
import { chullpi, createMarket, createProduct, get, quesoAndino, type Market } from './fixtures.js';

let api: TestApi;
let market: Market;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
  market = await createMarket(api);
});

describe('the demo seed', () => {
  it('creates the real buyers with agreements and a history of orders, and adds nothing when run again', async () => {
    const queso = await createProduct(api, market, quesoAndino, [['200', '2026-11-01']]);
    const maiz = await createProduct(api, market, chullpi, [['200', '2026-10-20']]);
    const input = { associations: [{ id: market.association.id, productIds: [queso.id, maiz.id] }] };

    const first = await seedOrders(api.runtime, input);
    expect(Object.keys(first.buyers)).toEqual(['República del Pisco', "Café Q'omer", 'Chicha']);
    expect(first.agreementsCreated).toBe(3);
    expect(first.orders).toHaveLength(9);
    expect(first.orders.map((o) => o.status).sort()).toEqual(['confirmed', 'confirmed', 'confirmed', 'paid', 'paid', 'paid', 'placed', 'placed', 'placed']);
    const stockAfterFirst = (await get(api, `/v1/orgs/${market.association.id}/products/${queso.id}`)).body.stock;

    const second = await seedOrders(api.runtime, input);
    expect(second.buyers).toEqual(first.buyers);
    expect(second.agreementsCreated).toBe(0);
    expect(second.orders).toEqual(first.orders);
    expect((await get(api, `/v1/orgs/${market.association.id}/products/${queso.id}`)).body.stock).toBe(stockAfterFirst);

    const all = await get(api, `/v1/orgs/${market.association.id}/orders?limit=100`, market.admin);
    expect(all.body.items).toHaveLength(9);
    const invoices = await get(api, `/v1/orgs/${market.association.id}/invoices`, market.admin);
    expect(invoices.body.items.map((d: { number: string }) => d.number)).toEqual(['F001-00000001', 'F001-00000002', 'F001-00000003']);
    const pisco = first.buyers['República del Pisco']!;
    const chef = await api.token({ sub: 'chef', org: pisco, roles: ['buyer'] });
    const agreements = await get(api, `/v1/buyers/${pisco}/agreements`, chef);
    expect(agreements.body.items).toHaveLength(1);
    const history = await get(api, `/v1/buyers/${pisco}/orders`, chef);
    expect(history.body.items.every((o: { lines: Array<{ priceRule: string }> }) => o.lines[0]!.priceRule !== 'catalog')).toBe(true);

    // A seeded buyer's invoice is a tax document: both RUCs, the IGV lines, UBL 2.1 that validates.
    const ofPisco = invoices.body.items.find((d: { buyer: { id: string } }) => d.buyer.id === pisco);
    const invoice = await get(api, `/v1/orgs/${market.association.id}/invoices/${ofPisco.number}`, chef);
    expect(invoice.body.seller.taxId).toMatchObject({ scheme: 'RUC' });
    expect(invoice.body.buyer.taxId).toMatchObject({ scheme: 'RUC' });
    expect(invoice.body.taxes).toMatchObject({ name: 'IGV', rateBps: 1800 });
    expect(invoice.body.lines.every((l: { tax?: { treatment: string } }) => l.tax?.treatment === 'taxed' || l.tax?.treatment === 'exonerated')).toBe(true);
    const ubl = await api.call('GET', `/v1/orgs/${market.association.id}/invoices/${ofPisco.number}/ubl`, { token: chef });
    expect(await ublInvoiceErrors(await ubl.text())).toEqual([]);
  });
});

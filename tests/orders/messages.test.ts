import { catalogDomain } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIELD_TEXTS, MESSAGES } from '../../packages/orders/src/messages.js';
import { createTestApi, type TestApi } from '../support/api.js';
import { expectCompleteCatalog } from '../support/messages.js';
import { createMarket, createProduct, orderBody, postWithKey, problemType, quesoAndino, type Market } from './fixtures.js';

let api: TestApi;
let market: Market;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
  market = await createMarket(api);
});

const sku = () => `Q-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;

/** The same request in Spanish (no header), Quechua (Accept-Language) and English (?lang=). */
async function inThreeLanguages(send: (query: string, headers: Record<string, string>) => Promise<{ status: number; body: any; headers: Headers }>) {
  const es = await send('', {});
  const qu = await send('', { 'accept-language': 'qu' });
  const en = await send('?lang=en', {});
  for (const [res, lang] of [
    [es, 'es'],
    [qu, 'qu'],
    [en, 'en'],
  ] as const) {
    expect(res.headers.get('content-language')).toBe(lang);
  }
  expect(qu.body.code).toBe(es.body.code);
  expect(en.body.code).toBe(es.body.code);
  return { es: es.body, qu: qu.body, en: en.body };
}

describe('orders messages in the reader’s language', () => {
  it('says a stock refusal with the product’s name and the quantities with their unit', async () => {
    const queso = await createProduct(api, market, { ...quesoAndino, sku: sku() }, [['3', '2026-11-01']]);
    const body = orderBody(market, [{ productId: queso.id, quantity: '12' }]);
    const said = await inThreeLanguages((query, headers) => postWithKey(api, `/v1/orders${query}`, market.buyerToken, body, undefined, headers));

    expect(said.es).toMatchObject({ status: 409, type: problemType('insufficient-stock'), productId: queso.id, available: '3' });
    expect(said.es.detail).toBe('No hay suficiente Queso andino fresco: pediste 12 kg, quedan 3 kg.');
    expect(said.qu.detail).toBe('Queso andino fresco kaqninqa mana aypanchu: 12 kg mañakurqanki, 3 kg kachkan.');
    expect(said.en.detail).toBe('Not enough Queso andino fresco: asked 12 kg, available 3 kg.');
    expect([said.es.title, said.qu.title, said.en.title]).toEqual(['No hay suficiente stock', 'Kaqninqa mana aypanchu', 'Not enough stock']);
  });

  it('says an order that does not exist', async () => {
    const id = `ord_${'0'.repeat(25)}Z`;
    const said = await inThreeLanguages(async (query, headers) => {
      const res = await api.call('GET', `/v1/orders/${id}${query}`, { token: market.buyerToken, headers });
      return { status: res.status, body: await res.json(), headers: res.headers };
    });
    expect(said.es).toMatchObject({ status: 404, code: 'not-found' });
    expect(said.es.detail).toBe(`No existe el pedido ${id}.`);
    expect(said.qu.detail).toBe(`${id} mañakusqaqa mana tarikunchu.`);
    expect(said.en.detail).toBe(`No order ${id}.`);
  });

  it('says a field issue of the association’s rules (what to add) and a schema’s own message', async () => {
    const queso = await createProduct(api, market, { ...quesoAndino, sku: sku() }, [['50', '2026-11-01']]);
    const body = { ...orderBody(market, [{ productId: queso.id, quantity: '1' }]), requestedDeliveryDate: '2026-12-1' };
    const said = await inThreeLanguages((query, headers) => postWithKey(api, `/v1/orders${query}`, market.buyerToken, body, undefined, headers));
    expect(said.es.code).toBe('validation-failed');
    const at = (lang: 'es' | 'qu' | 'en', path: string) => said[lang].errors.find((e: { path: string }) => e.path === path)?.message;
    // The schema refuses the date before the service sees the quantity.
    expect(['es', 'qu', 'en'].map((l) => at(l as 'es', 'requestedDeliveryDate'))).toEqual([
      'debe ser una fecha AAAA-MM-DD',
      'p’unchaw kanan, AAAA-MM-DD hina',
      'must be a date YYYY-MM-DD',
    ]);
    const rules = await inThreeLanguages((query, headers) =>
      postWithKey(api, `/v1/orders${query}`, market.buyerToken, orderBody(market, [{ productId: queso.id, quantity: '1' }]), undefined, headers),
    );
    const quantity = (lang: 'es' | 'qu' | 'en') => rules[lang].errors[0];
    expect(quantity('es')).toMatchObject({ path: 'lines.0.quantity', code: 'below_minimum' });
    expect(quantity('es').message).toBe('está por debajo del pedido mínimo de 5 kg: agrega 4 kg');
    expect(quantity('qu').message).toBe('aschallanpas 5 kg mañakunayki: 4 kg yapay');
    expect(quantity('en').message).toBe('is below the minimum order of 5 kg: add 4 kg');
  });

  it('explains a price quote in the reader’s language, with money and quantities written for people', async () => {
    const queso = await createProduct(api, market, { ...quesoAndino, sku: sku() }, [['100', '2026-11-01']]);
    const agreement = await postWithKey(api, `/v1/orgs/${market.association.id}/agreements`, market.admin, {
      buyerId: market.buyer.id,
      currency: 'PEN',
      validFrom: '2020-01-01',
      paymentTerms: 'net_15',
      prices: [{ productId: queso.id, price: 2500, tiers: [{ minQuantity: '20', price: 2300 }] }],
    });
    expect(agreement.status).toBe(201);
    const quote = async (query: string, headers: Record<string, string> = {}) => {
      const res = await api.call('GET', `/v1/orgs/${market.association.id}/price-quote?productId=${queso.id}&${query}`, { token: market.buyerToken, headers });
      return (await res.json()).explanation as string;
    };
    expect(await quote('quantity=25')).toBe('Tramo del acuerdo: desde 20 kg el precio unitario es S/ 23.00.');
    expect(await quote('quantity=25', { 'accept-language': 'qu' })).toBe('Acuerdoq tramon: 20 kg-manta hanayman, sapa unidadpa chaninqa S/ 23.00.');
    expect(await quote('quantity=25&lang=en')).toBe('Tier of the agreement: from 20 kg the unit price is S/ 23.00.');
    expect(await quote('quantity=5&lang=en')).toBe('Price agreed in the agreement valid from January 1, 2020.');
    expect(await quote('quantity=5')).toBe('Precio pactado en el acuerdo vigente desde el 1 de enero de 2020.');
  });
});

describe('the orders catalogs', () => {
  it('are written in Spanish, Quechua and English, with the same parameters', () => {
    expectCompleteCatalog(MESSAGES, 'orders.');
    expectCompleteCatalog(FIELD_TEXTS, 'orders.');
  });
});

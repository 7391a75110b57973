import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { compose, sha256 } from '@ayni/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import {
  chullpi,
  createBuyer,
  createMarket,
  createProduct,
  get,
  orderBody,
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

describe('agreements and price resolution', () => {
  it('resolves tier → agreement price → catalog price, explains the rule, and snapshots it on the order line', async () => {
    const queso = await createProduct(api, market, quesoAndino, [['100', '2026-11-01']]);
    const maiz = await createProduct(api, market, chullpi, [['100', '2026-11-01']]);
    const agreement = await postWithKey(api, `/v1/orgs/${market.association.id}/agreements`, market.admin, {
      buyerId: market.buyer.id,
      currency: 'PEN',
      validFrom: '2020-01-01',
      paymentTerms: 'net_15',
      prices: [{ productId: queso.id, price: 2500, tiers: [{ minQuantity: '20', price: 2300 }] }],
    });
    expect(agreement.status).toBe(201);
    expect(agreement.body.prices[0].tiers[0]).toEqual({ minQuantity: '20', price: 2300 });

    const quote = (q: string) => get(api, `/v1/orgs/${market.association.id}/price-quote?${q}`, market.buyerToken);
    const tier = await quote(`productId=${queso.id}&quantity=20.5`);
    expect(tier.status).toBe(200);
    expect(tier.body).toMatchObject({
      rule: 'tier',
      unitPrice: 2300,
      tierMinQuantity: '20',
      agreementId: agreement.body.id,
      catalogPrice: 2800,
      quantity: '20.5',
    });
    // 2300 × 20.5 = 47150 exactly
    expect(tier.body.lineTotal).toBe(47150);
    expect((await quote(`productId=${queso.id}&quantity=5`)).body).toMatchObject({ rule: 'agreement', unitPrice: 2500 });
    const catalogRule = await quote(`productId=${maiz.id}&quantity=3`);
    expect(catalogRule.body).toMatchObject({ rule: 'catalog', unitPrice: 1200 });
    expect(catalogRule.body.explanation).toBe('El acuerdo no tiene precio para este producto: precio de catálogo.');

    // Another buyer has no agreement: catalog price.
    const other = await createBuyer(api, market.root, 'Chicha');
    expect((await get(api, `/v1/orgs/${market.association.id}/price-quote?productId=${queso.id}&quantity=30`, other.token)).body).toMatchObject({
      rule: 'catalog',
      unitPrice: 2800,
    });
    // A buyer cannot quote for another buyer.
    expect((await get(api, `/v1/orgs/${market.association.id}/price-quote?productId=${queso.id}&buyerId=${market.buyer.id}`, other.token)).status).toBe(403);
    // The association quotes for its buyer.
    expect(
      (await get(api, `/v1/orgs/${market.association.id}/price-quote?productId=${queso.id}&buyerId=${market.buyer.id}&quantity=25`, market.member)).body.rule,
    ).toBe('tier');

    const order = await placeOrder(api, market, [
      { productId: queso.id, quantity: '20.5' },
      { productId: maiz.id, quantity: 3 },
    ]);
    expect(order.status).toBe(201);
    expect(order.body.lines).toMatchObject([
      { productId: queso.id, quantity: '20.5', unitPrice: 2300, priceRule: 'tier', tierMinQuantity: '20', lineTotal: 47150 },
      { productId: maiz.id, quantity: '3', unitPrice: 1200, priceRule: 'catalog', lineTotal: 3600 },
    ]);
    expect(order.body).toMatchObject({ total: 50750, paymentTerms: 'net_15', agreementId: agreement.body.id, currency: 'PEN', status: 'placed' });
  });

  it('ignores an agreement outside its validity window, and the latest started agreement wins', async () => {
    const m = await createMarket(api, market.root);
    const queso = await createProduct(api, m, quesoAndino, [['50', '2026-11-01']]);
    const sign = (validFrom: string, validTo: string | undefined, price: number) =>
      postWithKey(api, `/v1/orgs/${m.association.id}/agreements`, m.admin, {
        buyerId: m.buyer.id,
        currency: 'PEN',
        validFrom,
        ...(validTo ? { validTo } : {}),
        paymentTerms: 'on_delivery',
        prices: [{ productId: queso.id, price }],
      });
    expect((await sign('2020-01-01', '2020-12-31', 1000)).status).toBe(201);
    const quote = () => get(api, `/v1/orgs/${m.association.id}/price-quote?productId=${queso.id}&quantity=5`, m.buyerToken);
    expect((await quote()).body.rule).toBe('catalog');
    expect((await sign('2021-01-01', undefined, 2000)).status).toBe(201);
    expect((await sign('2022-06-01', undefined, 2100)).status).toBe(201);
    expect((await quote()).body).toMatchObject({ rule: 'agreement', unitPrice: 2100 });
    expect((await sign('2999-01-01', undefined, 1)).status).toBe(201);
    expect((await quote()).body.unitPrice).toBe(2100);
    const dated = await get(api, `/v1/orgs/${m.association.id}/price-quote?productId=${queso.id}&quantity=5&date=2021-03-01`, m.buyerToken);
    expect(dated.body.unitPrice).toBe(2000);
  });

  it('refuses agreements for products of another association or in another currency, naming the field', async () => {
    const m = await createMarket(api, market.root);
    const other = await createMarket(api, market.root);
    const foreign = await createProduct(api, other, quesoAndino);
    const own = await createProduct(api, m, quesoAndino);
    const res = await postWithKey(api, `/v1/orgs/${m.association.id}/agreements`, m.admin, {
      buyerId: m.buyer.id,
      currency: 'BOB',
      validFrom: '2026-01-01',
      paymentTerms: 'net_7',
      prices: [
        { productId: foreign.id, price: 100 },
        { productId: own.id, price: 100 },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['prices.0.productId', 'prices.1.productId']);
    const notBuyer = await postWithKey(api, `/v1/orgs/${m.association.id}/agreements`, m.admin, {
      buyerId: other.association.id,
      currency: 'PEN',
      validFrom: '2026-01-01',
      paymentTerms: 'net_7',
      prices: [{ productId: own.id, price: 100 }],
    });
    expect(notBuyer.status).toBe(400);
    expect(notBuyer.body.errors[0].path).toBe('buyerId');
  });
});

describe('placing an order', () => {
  it('reserves the stock atomically and merges duplicate products into one line', async () => {
    const m = await createMarket(api, market.root);
    const queso = await createProduct(api, m, quesoAndino, [['30', '2026-11-01']]);
    const res = await placeOrder(api, m, [
      { productId: queso.id, quantity: '5' },
      { productId: queso.id, quantity: '2.5' },
    ]);
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/v1/orders/${res.body.id}`);
    expect(res.body.lines).toHaveLength(1);
    expect(res.body.lines[0]).toMatchObject({ quantity: '7.5', lineTotal: 21000 });
    expect(await stockOf(api, m, queso.id)).toBe('22.5');
  });

  it('refuses more than the stock with a 409 and reserves nothing of any line', async () => {
    const m = await createMarket(api, market.root);
    const queso = await createProduct(api, m, quesoAndino, [['10', '2026-11-01']]);
    const maiz = await createProduct(api, m, chullpi, [['10', '2026-11-01']]);
    const res = await placeOrder(api, m, [
      { productId: maiz.id, quantity: '4' },
      { productId: queso.id, quantity: '10.5' },
    ]);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ type: problemType('insufficient-stock'), productId: queso.id, available: '10' });
    expect(await stockOf(api, m, maiz.id)).toBe('10');
    expect(await stockOf(api, m, queso.id)).toBe('10');
  });

  it.each([
    ['below the minimum', '1', 'agrega 4 kg'],
    ['not a multiple', '5.25', 'agrega 0.25 kg o quita 0.25 kg'],
    ['zero', '0', 'debe ser positivo'],
  ])('says what is missing when the quantity is %s', async (_label, quantity, message) => {
    const queso = await createProduct(api, market, { ...quesoAndino, sku: `Q-${Math.random().toString(36).slice(2, 8).toUpperCase()}` }, [
      ['50', '2026-11-01'],
    ]);
    const res = await placeOrder(api, market, [{ productId: queso.id, quantity }]);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('lines.0.quantity');
    expect(res.body.errors[0].message).toContain(message);
    expect(await stockOf(api, market, queso.id)).toBe('50');
  });

  it('refuses products of another association and callers who are not buyers', async () => {
    const other = await createMarket(api, market.root);
    const foreign = await createProduct(api, other, quesoAndino, [['10', '2026-11-01']]);
    const res = await placeOrder(api, market, [{ productId: foreign.id, quantity: '5' }]);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('lines.0.productId');
    expect((await placeOrder(api, other, [{ productId: foreign.id, quantity: '5' }], other.admin)).status).toBe(403);
    // A token claiming the buyer role for an organisation that is not a buyer is refused by the transaction.
    const fake = await api.token({ sub: 'fake', org: other.association.id, roles: ['buyer'] });
    expect((await placeOrder(api, other, [{ productId: foreign.id, quantity: '5' }], fake)).status).toBe(403);
    expect(await stockOf(api, other, foreign.id)).toBe('10');
  });

  it('refuses a delivery date in the past, naming the field', async () => {
    const queso = await createProduct(api, market, { ...quesoAndino, sku: 'Q-PAST' }, [['50', '2026-11-01']]);
    const res = await postWithKey(
      api,
      '/v1/orders',
      market.buyerToken,
      orderBody(market, [{ productId: queso.id, quantity: '5' }], { requestedDeliveryDate: '2020-01-01' }),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['requestedDeliveryDate']);
    expect(await stockOf(api, market, queso.id)).toBe('50');
  });

  it('requires an Idempotency-Key', async () => {
    const res = await api.call('POST', '/v1/orders', {
      token: market.buyerToken,
      body: orderBody(market, [{ productId: 'prd_01JAAAAAAAAAAAAAAAAAAAAAAA', quantity: 1 }]),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].path).toBe('header.Idempotency-Key');
  });
});

describe('idempotent placement', () => {
  it('creates one order for 20 POSTs with one key, sequential and concurrent, and 422s the same key with another body', async () => {
    const m = await createMarket(api, market.root);
    const queso = await createProduct(api, m, quesoAndino, [['100', '2026-11-01']]);
    const body = orderBody(m, [{ productId: queso.id, quantity: '5' }]);
    const key = `order-${crypto.randomUUID()}`;
    const concurrent = await Promise.all(Array.from({ length: 10 }, () => postWithKey(api, '/v1/orders', m.buyerToken, body, key)));
    const sequential = [];
    for (let i = 0; i < 10; i++) sequential.push(await postWithKey(api, '/v1/orders', m.buyerToken, body, key));
    const all = [...concurrent, ...sequential];
    expect(all.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(all.map((r) => r.body.id)).size).toBe(1);
    expect(sequential.every((r) => r.headers.get('idempotent-replayed') === 'true')).toBe(true);
    expect(await stockOf(api, m, queso.id)).toBe('95');
    const history = await get(api, `/v1/buyers/${m.buyer.id}/orders`, m.buyerToken);
    expect(history.body.items).toHaveLength(1);

    const other = await postWithKey(api, '/v1/orders', m.buyerToken, { ...body, notes: 'otra cosa' }, key);
    expect(other.status).toBe(422);
    expect(other.body.type).toEqual(problemType('idempotency-key-reused'));
    expect(await stockOf(api, m, queso.id)).toBe('95');
  });

  it('does not create a second order when the first attempt committed but its response was lost', async () => {
    const m = await createMarket(api, market.root);
    const queso = await createProduct(api, m, quesoAndino, [['100', '2026-11-01']]);
    const body = orderBody(m, [{ productId: queso.id, quantity: '5' }]);
    const first = await postWithKey(api, '/v1/orders', m.buyerToken, body, 'lost-response');
    // Simulate a crash after commit: the idempotency record is gone, the order is not.
    const idempotencyKey = { pk: compose('IDEMPOTENCY', sha256(`chef-${m.buyer.id}`)), sk: compose('KEY', sha256('lost-response')) };
    await api.runtime.store.doc.send(new DeleteCommand({ TableName: api.runtime.store.tableName, Key: idempotencyKey }));
    expect(await api.runtime.idempotency.get(`chef-${m.buyer.id}`, 'lost-response')).toBeUndefined();
    const retry = await postWithKey(api, '/v1/orders', m.buyerToken, body, 'lost-response');
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(await stockOf(api, m, queso.id)).toBe('95');
  });
});

describe('the OpenAPI document', () => {
  it('describes the orders routes with their access rules', async () => {
    const res = await api.call('GET', '/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.paths['/v1/orders'].post['x-ayni-access']).toEqual({ kind: 'roles', roles: ['buyer'] });
    expect(doc.paths['/v1/orders/{orderId}/{action}'].post.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['orderId', 'action']),
    );
    expect(doc.paths['/v1/orgs/{orgId}/invoices/{number}/print'].get.responses['200'].content['text/html']).toBeDefined();
  });
});

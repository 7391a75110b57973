import { catalogDomain } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { patch } from '../support/catalog-fixtures.js';
import { createTestApi, type TestApi } from '../support/api.js';
import { chullpi, createBuyer, createMarket, createProduct, placeOrder, postWithKey, problemType, quesoAndino, stockOf, type Market } from './fixtures.js';

/** The buyer's day (issue 12, item 3): ordering again from a past order at today's prices and rules. */

let api: TestApi;
let market: Market;
let queso: { id: string };
let maiz: { id: string };
let papa: { id: string };

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
  market = await createMarket(api);
  queso = await createProduct(api, market, { ...quesoAndino, sku: 'QUESO-RE' }, [['100', '2026-11-10']]);
  maiz = await createProduct(api, market, { ...chullpi, sku: 'MAIZ-RE' }, [['100', '2026-11-01']]);
  papa = await createProduct(api, market, { ...chullpi, sku: 'PAPA-RE', name: { es: 'Papa nativa de Paucartambo' } }, [['100', '2026-11-01']]);
});

const reorder = (orderId: string, token: string, body: unknown = {}, key: string = randomUUID(), headers: Record<string, string> = {}) =>
  postWithKey(api, `/v1/orders/${orderId}/reorder`, token, body, key, headers);

describe('re-ordering a past order', () => {
  it('orders the same lines at today’s prices and rules, and says what changed', async () => {
    // Prepare: a past order at catalog prices; since then an agreement lowers the cheese, the maize
    // minimum rises to 5 kg, and the potato is withdrawn.
    const past = await placeOrder(api, market, [
      { productId: queso.id, quantity: '10' },
      { productId: maiz.id, quantity: '4' },
      { productId: papa.id, quantity: '2' },
    ]);
    expect(past.status).toBe(201);
    expect(past.body.lines.map((l: { unitPrice: number }) => l.unitPrice)).toEqual([2800, 1200, 1200]);
    const agreement = await postWithKey(api, `/v1/orgs/${market.association.id}/agreements`, market.admin, {
      buyerId: market.buyer.id,
      currency: 'PEN',
      validFrom: '2026-11-20',
      paymentTerms: 'net_15',
      prices: [{ productId: queso.id, price: 2500 }],
    });
    expect(agreement.status, JSON.stringify(agreement.body)).toBe(201);
    expect((await patch(api, `/v1/orgs/${market.association.id}/products/${maiz.id}`, market.admin, { minOrderQuantity: '5' })).status).toBe(200);
    expect((await patch(api, `/v1/orgs/${market.association.id}/products/${papa.id}`, market.admin, { active: false })).status).toBe(200);

    // Act
    const key = randomUUID();
    const again = await reorder(past.body.id, market.buyerToken, { requestedDeliveryDate: '2026-11-26' }, key, { 'accept-language': 'en' });

    // Assess: a new order with the lines that can be ordered, at today's price, and what changed.
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.headers.get('location')).toBe(`/v1/orders/${again.body.order.id}`);
    expect(again.body.reorderOf).toBe(past.body.id);
    expect(again.body.order).toMatchObject({
      status: 'placed',
      buyerId: market.buyer.id,
      requestedDeliveryDate: '2026-11-26',
      agreementId: agreement.body.id,
      paymentTerms: 'net_15',
      total: 25_000 + 6_000,
    });
    expect(again.body.order.id).not.toBe(past.body.id);
    expect(
      again.body.order.lines.map((l: { productId: string; quantity: string; unitPrice: number; priceRule: string }) => [
        l.productId,
        l.quantity,
        l.unitPrice,
        l.priceRule,
      ]),
    ).toEqual([
      [queso.id, '10', 2500, 'agreement'],
      [maiz.id, '5', 1200, 'catalog'],
    ]);
    expect(again.body.changes).toEqual([
      {
        kind: 'price_changed',
        productId: queso.id,
        name: 'Queso andino fresco',
        from: 2800,
        to: 2500,
        message: 'Queso andino fresco: the price changed from S/ 28.00 to S/ 25.00.',
      },
      {
        kind: 'raised_to_minimum',
        productId: maiz.id,
        name: 'Maíz chullpi de Huaro',
        from: '4',
        to: '5',
        message: 'Maíz chullpi de Huaro: the quantity went from 4 kg to 5 kg, today’s minimum order.',
      },
      {
        kind: 'withdrawn',
        productId: papa.id,
        name: 'Papa nativa de Paucartambo',
        message: 'Papa nativa de Paucartambo is no longer offered: left out of the order.',
      },
    ]);
    // The new order reserved its stock like any other (100 - 10 - 10).
    expect(await stockOf(api, market, queso.id)).toBe('80');

    // A replay answers the first response and creates nothing more.
    const replay = await reorder(past.body.id, market.buyerToken, { requestedDeliveryDate: '2026-11-26' }, key, { 'accept-language': 'en' });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.order.id).toBe(again.body.order.id);
    expect(await stockOf(api, market, queso.id)).toBe('80');

    // In Spanish by default; the delivery date defaults to today plus the longest lead time (queso: 3 days).
    const spanish = await reorder(past.body.id, market.buyerToken);
    expect(spanish.status).toBe(201);
    expect(spanish.body.order.requestedDeliveryDate).toBe('2026-11-23');
    expect(spanish.body.changes.map((c: { message: string }) => c.message)).toEqual([
      'Queso andino fresco: el precio cambió de S/ 28.00 a S/ 25.00.',
      'Maíz chullpi de Huaro: la cantidad pasó de 4 kg a 5 kg, el pedido mínimo de hoy.',
      'Papa nativa de Paucartambo ya no se ofrece: quedó fuera del pedido.',
    ]);
  });

  it('lowers a line to the stock left and leaves out what is sold out', async () => {
    const scarce = await createProduct(api, market, { ...chullpi, sku: 'MAIZ-POCO', name: { es: 'Maíz morado' } }, [['6', '2026-11-01']]);
    const gone = await createProduct(api, market, { ...chullpi, sku: 'OCA-POCO', name: { es: 'Oca' } }, [['3', '2026-11-01']]);
    const past = await placeOrder(api, market, [
      { productId: scarce.id, quantity: '4' },
      { productId: gone.id, quantity: '3' },
    ]);
    expect(past.status).toBe(201);

    const again = await reorder(past.body.id, market.buyerToken, {}, randomUUID(), { 'accept-language': 'en' });

    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body.order.lines).toEqual([expect.objectContaining({ productId: scarce.id, quantity: '2' })]);
    expect(again.body.changes.map((c: { kind: string; message: string }) => [c.kind, c.message])).toEqual([
      ['reduced_to_stock', 'Maíz morado: only 2 kg left; 2 kg ordered instead of 4 kg.'],
      ['out_of_stock', 'Oca is out of stock (0 kg left): left out of the order.'],
    ]);

    // Now nothing of it can be ordered: a 422 naming the products and why.
    const nothing = await reorder(past.body.id, market.buyerToken, {}, randomUUID(), { 'accept-language': 'en' });
    expect(nothing.status).toBe(422);
    expect(nothing.body).toMatchObject({
      type: problemType('nothing-to-reorder'),
      title: 'Nothing of the order can be ordered again',
      detail: `Nothing of order ${past.body.id} can be ordered again: Maíz morado, Oca are no longer offered or are out of stock.`,
      unavailable: [
        { productId: scarce.id, name: 'Maíz morado', reason: 'out_of_stock' },
        { productId: gone.id, name: 'Oca', reason: 'out_of_stock' },
      ],
    });
    const spanish = await reorder(past.body.id, market.buyerToken);
    expect(spanish.body.title).toBe('No se puede volver a pedir nada del pedido');
  });

  it('is the buyer’s own: another buyer gets 404, the association 403, a bad body 400', async () => {
    const past = await placeOrder(api, market, [{ productId: queso.id, quantity: '5' }]);
    expect(past.status).toBe(201);
    const stranger = await createBuyer(api, market.root, 'Chicha por Gastón Acurio');
    const other = await createMarket(api, market.root);

    expect((await reorder(past.body.id, stranger.token)).status).toBe(404);
    expect((await reorder(past.body.id, other.buyerToken)).status).toBe(404);
    expect((await reorder(past.body.id, market.admin)).status).toBe(403);
    expect((await reorder(past.body.id, market.root)).status).toBe(403);
    expect((await reorder(past.body.id, market.buyerToken, { lines: [] })).status).toBe(400);
    expect((await reorder(past.body.id, market.buyerToken, { requestedDeliveryDate: '2026-11-19' })).status).toBe(400);
    const noKey = await api.call('POST', `/v1/orders/${past.body.id}/reorder`, { token: market.buyerToken, body: {} });
    expect(noKey.status).toBe(400);
  });
});

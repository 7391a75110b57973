import { catalogDomain } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { act, createMarket, createProduct, get, placeOrder, postWithKey, stockOf, type Market } from './fixtures.js';

let api: TestApi;
let market: Market;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
  market = await createMarket(api);
});

/** Potatoes sold from `min` kg in multiples of `multiple` kg, with 20 kg in one lot. */
async function papa(min: string, multiple: string) {
  return createProduct(
    api,
    market,
    {
      sku: `PAPA-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
      name: { es: 'Papa nativa' },
      description: { es: 'Papa nativa de Pitumarca.' },
      category: 'tubers',
      unit: 'kg',
      price: 400,
      currency: 'PEN',
      minOrderQuantity: min,
      orderMultiple: multiple,
    },
    [['20', '2026-11-10']],
  );
}

describe('confirming part of an order', () => {
  it('refuses a quantity that is not a multiple of the product’s, naming the nearest allowed quantities, and changes nothing', async () => {
    // Prepare: 5 kg ordered of a product sold in multiples of 0.5 kg.
    const product = await papa('1', '0.5');
    const { body: order } = await placeOrder(api, market, [{ productId: product.id, quantity: '5' }]);

    // Act (in English: the text logs carry too)
    const res = await postWithKey(api, `/v1/orders/${order.id}/confirm?lang=en`, market.admin, { lines: [{ line: 1, accepted: '2.3' }] });

    // Assess
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        path: 'lines.0.accepted',
        code: 'not_multiple',
        message: 'must be a multiple of 0.5 kg: the nearest allowed quantities are 2 and 2.5 kg (remove 0.3 kg or add 0.2 kg)',
      },
    ]);
    expect((await get(api, `/v1/orders/${order.id}`, market.admin)).body.status).toBe('placed');
    expect(await stockOf(api, market, product.id)).toBe('15');
  });

  it('refuses less than the product’s minimum order, saying how much to add or that 0 declines the line', async () => {
    // Prepare: 4 kg ordered of a product with a minimum order of 2 kg.
    const product = await papa('2', '0.5');
    const { body: order } = await placeOrder(api, market, [{ productId: product.id, quantity: '4' }]);

    // Act
    const res = await act(api, market.member, order.id, 'confirm', { lines: [{ line: 1, accepted: '1' }] });

    // Assess
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        path: 'lines.0.accepted',
        code: 'below_minimum',
        message: 'está por debajo del pedido mínimo de 2 kg: agrega 1 kg (acepta 2 kg), o acepta 0 kg para rechazar la línea',
      },
    ]);
    expect((await get(api, `/v1/orders/${order.id}`, market.admin)).body.status).toBe('placed');
    expect(await stockOf(api, market, product.id)).toBe('16');
  });

  it('accepts quantities that keep the product’s rules, and 0 to decline a line, releasing the rest at once', async () => {
    // Prepare: two lines, 5 kg of each.
    const kept = await papa('2', '0.5');
    const declined = await papa('1', '1');
    const { body: order } = await placeOrder(api, market, [
      { productId: kept.id, quantity: '5' },
      { productId: declined.id, quantity: '5' },
    ]);

    // Act: 2.5 kg of the first (a multiple, above the minimum), none of the second.
    const res = await act(api, market.admin, order.id, 'confirm', {
      lines: [
        { line: 1, accepted: '2.5' },
        { line: 2, accepted: '0' },
      ],
    });

    // Assess
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('partially_confirmed');
    expect(res.body.lines.map((l: { accepted: string; lineTotal: number }) => [l.accepted, l.lineTotal])).toEqual([
      ['2.5', 1000],
      ['0', 0],
    ]);
    expect(res.body.total).toBe(1000);
    expect(await stockOf(api, market, kept.id)).toBe('17.5');
    expect(await stockOf(api, market, declined.id)).toBe('20');
  });
});

import { expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { TestApi } from '../support/api.js';
import { createAssociation, get, post, quesoAndino } from '../support/catalog-fixtures.js';

export { get, post, quesoAndino };

export const chullpi = {
  sku: 'MAIZ-CHULLPI',
  name: { es: 'Maíz chullpi de Huaro' },
  description: { es: 'Maíz chullpi para tostar, de las chacras de Huaro.' },
  category: 'maize',
  unit: 'kg',
  price: 1200,
  currency: 'PEN',
  minOrderQuantity: '1',
  orderMultiple: '1',
  leadTimeDays: 2,
} as const;

export const buyerProfile = (name: string) => ({ kind: 'buyer', name, country: 'PE', region: 'Cusco', taxId: { scheme: 'RUC', number: '20500000008' } });

/** POST with an explicit Idempotency-Key (and other headers, e.g. Accept-Language). */
export async function postWithKey(api: TestApi, path: string, token: string, body: unknown, key: string = randomUUID(), headers: Record<string, string> = {}) {
  const res = await api.call('POST', path, { token, body, headers: { ...headers, 'idempotency-key': key } });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

export interface Market {
  root: string;
  association: { id: string };
  admin: string;
  member: string;
  buyer: { id: string };
  buyerToken: string;
}

/** An association (with an admin and a member) and a buyer organisation (with a buyer token). */
export async function createMarket(api: TestApi, root?: string): Promise<Market> {
  const rootToken = root ?? (await api.token({ sub: 'platform-root', roles: ['platform_admin'] }));
  const { org, admin } = await createAssociation(api, rootToken, { name: `Sumaq Ausangate ${randomUUID().slice(0, 6)}` });
  const member = await api.token({ sub: `member-${org.id}`, org: org.id, roles: ['association_member'] });
  const buyer = await createBuyer(api, rootToken, 'República del Pisco');
  return { root: rootToken, association: org, admin, member, buyer: buyer.org, buyerToken: buyer.token };
}

export async function createBuyer(api: TestApi, root: string, name: string) {
  const res = await post(api, '/v1/orgs', root, buyerProfile(name));
  if (res.status !== 201) throw new Error(`buyer not created: ${JSON.stringify(res.body)}`);
  const org = res.body as { id: string };
  const token = await api.token({ sub: `chef-${org.id}`, org: org.id, roles: ['buyer'] });
  return { org, token };
}

/** A product with lots of the given quantities and production dates. */
export async function createProduct(api: TestApi, market: Market, product: Record<string, unknown>, lots: Array<[string, string]> = []) {
  const res = await post(api, `/v1/orgs/${market.association.id}/products`, market.admin, product);
  if (res.status !== 201) throw new Error(`product not created: ${JSON.stringify(res.body)}`);
  const created: { id: string; lots: Array<{ id: string }> } = { id: res.body.id, lots: [] };
  for (const [quantity, productionDate] of lots) {
    const lot = await post(api, `/v1/orgs/${market.association.id}/lots`, market.admin, { productId: created.id, quantity, productionDate });
    if (lot.status !== 201) throw new Error(`lot not created: ${JSON.stringify(lot.body)}`);
    created.lots.push(lot.body);
  }
  return created;
}

export async function stockOf(api: TestApi, market: Market, productId: string): Promise<string> {
  return (await get(api, `/v1/orgs/${market.association.id}/products/${productId}`, market.admin)).body.stock;
}

export function orderBody(market: Market, lines: Array<{ productId: string; quantity: string | number }>, extra: Record<string, unknown> = {}) {
  return { associationId: market.association.id, lines, requestedDeliveryDate: '2026-12-01', delivery: { kind: 'pickup' }, ...extra };
}

export async function placeOrder(api: TestApi, market: Market, lines: Array<{ productId: string; quantity: string | number }>, token = market.buyerToken) {
  return postWithKey(api, '/v1/orders', token, orderBody(market, lines));
}

export async function act(api: TestApi, token: string, orderId: string, action: string, body: Record<string, unknown> = {}) {
  return postWithKey(api, `/v1/orders/${orderId}/${action}`, token, body);
}

/** Runs `task` over `items` with at most `inFlight` at a time; results in the items' order. */
export async function inBatches<T, R>(items: readonly T[], inFlight: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index]!, index);
      }
    }),
  );
  return results;
}

/** Orders of the market's buyer taken through confirm, dispatch and deliver (a few at a time); their ids. */
export async function deliveredOrders(api: TestApi, market: Market, productId: string, quantities: readonly string[], inFlight = 6): Promise<string[]> {
  return inBatches(quantities, inFlight, async (quantity) => {
    const placed = await placeOrder(api, market, [{ productId, quantity }]);
    if (placed.status !== 201) throw new Error(`order not placed: ${JSON.stringify(placed.body)}`);
    for (const action of ['confirm', 'dispatch', 'deliver']) {
      const res = await act(api, market.admin, placed.body.id, action);
      if (res.status !== 200) throw new Error(`${action} failed: ${JSON.stringify(res.body)}`);
    }
    return placed.body.id as string;
  });
}

/**
 * Matches a problem document's `type` by its stable code, whatever base URL the API puts before
 * `/problems/` (it is being made absolute against the API's own address).
 */
export const problemType = (code: string) => expect.stringMatching(new RegExp(`/problems/${code}$`));

import { catalogDomain } from '@ayni/catalog';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { backfillAgreementHeads, ordersDomain, ordersKeys } from '@ayni/orders';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { chullpi, createBuyer, createMarket, createProduct, get, placeOrder, postWithKey, problemType, quesoAndino, type Market } from './fixtures.js';

// The test API's today is 2026-11-20 (TEST_EPOCH).
const TODAY = '2026-11-20';

let api: TestApi;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

const yogurt = { ...chullpi, sku: 'YOGUR-NAT', name: { es: 'Yogur natural' }, category: 'dairy', price: 900, currency: 'PEN' } as const;

async function sign(
  m: Market,
  prices: Array<{ productId: string; price: number; tiers?: Array<{ minQuantity: string; price: number }> }>,
  extra: Record<string, unknown> = {},
) {
  const res = await postWithKey(api, `/v1/orgs/${m.association.id}/agreements`, m.admin, {
    buyerId: m.buyer.id,
    currency: 'PEN',
    validFrom: '2026-01-01',
    paymentTerms: 'net_15',
    prices,
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; version: number };
}

const quote = (m: Market, productId: string, quantity = '5') =>
  get(api, `/v1/orgs/${m.association.id}/price-quote?productId=${productId}&quantity=${quantity}`, m.buyerToken).then((r) => r.body);

const change = (m: Market, agreementId: string, body: unknown, headers: Record<string, string> = {}, token = m.admin) =>
  postWithKey(api, `/v1/orgs/${m.association.id}/agreements/${agreementId}/changes`, token, body, undefined, headers);

/** A market with cheese (catalog 2800) and yogurt (catalog 900), and agreement A pricing both. */
async function cheeseAndYogurt() {
  const m = await createMarket(api, root);
  const cheese = await createProduct(api, m, quesoAndino, [['100', '2026-11-01']]);
  const yog = await createProduct(api, m, yogurt, [['100', '2026-11-01']]);
  const a = await sign(m, [
    { productId: cheese.id, price: 2600, tiers: [{ minQuantity: '20', price: 2520 }] },
    { productId: yog.id, price: 850 },
  ]);
  return { m, cheese, yog, a };
}

describe('agreements as living documents', () => {
  it('a one-product agreement leaves the other products’ agreed prices in force', async () => {
    const { m, cheese, yog, a } = await cheeseAndYogurt();
    expect(await quote(m, cheese.id, '20')).toMatchObject({ rule: 'tier', unitPrice: 2520, agreementId: a.id });
    // Agreement B, later, prices only the yogurt.
    const b = await sign(m, [{ productId: yog.id, price: 800 }], { validFrom: '2026-06-01', paymentTerms: 'net_30' });
    expect(await quote(m, cheese.id, '20')).toMatchObject({ rule: 'tier', unitPrice: 2520, agreementId: a.id });
    expect(await quote(m, cheese.id, '5')).toMatchObject({ rule: 'agreement', unitPrice: 2600, agreementId: a.id });
    expect(await quote(m, yog.id)).toMatchObject({ rule: 'agreement', unitPrice: 800, agreementId: b.id });

    const order = await placeOrder(api, m, [
      { productId: cheese.id, quantity: '20' },
      { productId: yog.id, quantity: '2' },
    ]);
    expect(order.status).toBe(201);
    expect(order.body.lines).toMatchObject([
      { productId: cheese.id, unitPrice: 2520, priceRule: 'tier' },
      { productId: yog.id, unitPrice: 800, priceRule: 'agreement' },
    ]);
    // Payment terms of the newest agreement in force; the order names the newest agreement that priced a line.
    expect(order.body).toMatchObject({ paymentTerms: 'net_30', agreementId: b.id });
  });

  it('amending one product’s price changes only that product, answers the change list and keeps it in the history', async () => {
    const { m, cheese, yog, a } = await cheeseAndYogurt();
    const res = await change(
      m,
      a.id,
      { prices: [{ productId: yog.id, price: 780, tiers: [{ minQuantity: '10', price: 750 }] }], reason: 'Campaña' },
      { 'if-match': '"1"' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body.changes).toEqual([
      { kind: 'price_changed', productId: yog.id, oldPrice: 850, newPrice: 780, oldTiers: [], newTiers: [{ minQuantity: '10', price: 750 }] },
    ]);
    expect(res.body.agreement).toMatchObject({ version: 2, status: 'in_force' });
    expect(await quote(m, yog.id)).toMatchObject({ rule: 'agreement', unitPrice: 780 });
    expect(await quote(m, yog.id, '10')).toMatchObject({ rule: 'tier', unitPrice: 750 });
    expect(await quote(m, cheese.id, '20')).toMatchObject({ rule: 'tier', unitPrice: 2520 });

    // A stale If-Match is a 412; the same change again changes nothing.
    const stale = await change(m, a.id, { prices: [{ productId: yog.id, price: 700 }] }, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    const again = await change(m, a.id, { prices: [{ productId: yog.id, price: 780, tiers: [{ minQuantity: '10', price: 750 }] }] });
    expect(again.status).toBe(200);
    expect(again.body.changes).toEqual([]);
    expect(again.body.agreement.version).toBe(2);

    const detail = await get(api, `/v1/orgs/${m.association.id}/agreements/${a.id}`, m.buyerToken);
    expect(detail.status).toBe(200);
    expect((await api.call('GET', `/v1/orgs/${m.association.id}/agreements/${a.id}`, { token: m.admin })).headers.get('etag')).toBe('"2"');
    expect(detail.body.history.items.map((e: { seq: number; type: string }) => [e.seq, e.type])).toEqual([
      [2, 'amended'],
      [1, 'signed'],
    ]);
    expect(detail.body.history.items[0]).toMatchObject({
      reason: 'Campaña',
      changes: [{ kind: 'price_changed', productId: yog.id, oldPrice: 850, newPrice: 780 }],
    });
    const bounded = await get(api, `/v1/orgs/${m.association.id}/agreements/${a.id}?limit=1`, m.admin);
    expect(bounded.body.history.items).toHaveLength(1);
    expect(bounded.body.history.nextCursor).toBeDefined();
  });

  it('removing a product’s price falls back to an older agreement covering it, then to the catalog price', async () => {
    const { m, cheese, yog, a } = await cheeseAndYogurt();
    const b = await sign(
      m,
      [
        { productId: cheese.id, price: 2400 },
        { productId: yog.id, price: 800 },
      ],
      { validFrom: '2026-06-01' },
    );
    expect(await quote(m, cheese.id)).toMatchObject({ unitPrice: 2400, agreementId: b.id });
    const removed = await change(m, b.id, { remove: [cheese.id] });
    expect(removed.status).toBe(200);
    expect(removed.body.changes).toEqual([{ kind: 'price_removed', productId: cheese.id, oldPrice: 2400, oldTiers: [] }]);
    // The cheese falls back to agreement A, the yogurt stays B's.
    expect(await quote(m, cheese.id)).toMatchObject({ rule: 'agreement', unitPrice: 2600, agreementId: a.id });
    expect(await quote(m, yog.id)).toMatchObject({ unitPrice: 800, agreementId: b.id });
    // Removed from A too: the catalog price, said explicitly.
    const fromA = await change(m, a.id, { remove: [cheese.id] });
    expect(fromA.body.changes).toEqual([{ kind: 'price_removed', productId: cheese.id, oldPrice: 2600, oldTiers: [{ minQuantity: '20', price: 2520 }] }]);
    const catalog = await quote(m, cheese.id, '20');
    expect(catalog).toMatchObject({ rule: 'catalog', unitPrice: 2800 });
    expect(catalog.explanation).toBe('El acuerdo no tiene precio para este producto: precio de catálogo.');
    // Removing what the agreement does not price, or its last price, is a 400 naming the field.
    const notThere = await change(m, a.id, { remove: [cheese.id] });
    expect(notThere.status).toBe(400);
    expect(notThere.body.errors[0].path).toBe('remove.0');
    const last = await change(m, a.id, { remove: [yog.id] });
    expect(last.status).toBe(400);
    expect(last.body.errors[0].path).toBe('remove');
  });

  it('extends and ends an agreement; an ended agreement no longer prices and is not changed any more', async () => {
    const { m, cheese, a } = await cheeseAndYogurt();
    const extended = await change(m, a.id, { validTo: '2027-03-31' });
    expect(extended.status).toBe(200);
    expect(extended.body.changes).toEqual([{ kind: 'valid_to_changed', newValidTo: '2027-03-31' }]);
    const past = await change(m, a.id, { validTo: '2026-11-19' });
    expect(past.status).toBe(400);
    expect(past.body.errors[0].path).toBe('validTo');

    const ended = await postWithKey(api, `/v1/orgs/${m.association.id}/agreements/${a.id}/end`, m.admin, { reason: 'Cierre de temporada' });
    expect(ended.status).toBe(200);
    expect(ended.body.changes).toEqual([{ kind: 'valid_to_changed', oldValidTo: '2027-03-31', newValidTo: TODAY }]);
    expect(ended.body.agreement).toMatchObject({ validTo: TODAY, status: 'in_force', expiresInDays: 0, version: 3 });
    // In force through today, gone tomorrow.
    expect(await quote(m, cheese.id)).toMatchObject({ rule: 'agreement', unitPrice: 2600 });
    const tomorrow = await get(api, `/v1/orgs/${m.association.id}/price-quote?productId=${cheese.id}&quantity=5&date=2026-11-21`, m.buyerToken);
    expect(tomorrow.body).toMatchObject({ rule: 'catalog', unitPrice: 2800 });
    const detail = await get(api, `/v1/orgs/${m.association.id}/agreements/${a.id}`, m.admin);
    expect(detail.body.history.items[0]).toMatchObject({ seq: 3, type: 'ended', reason: 'Cierre de temporada' });

    // An agreement that ended before today: 409 agreement-ended.
    const old = await sign(m, [{ productId: cheese.id, price: 1000 }], { validFrom: '2025-01-01', validTo: '2025-12-31' });
    const refused = await change(m, old.id, { validTo: '2027-01-01' });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toEqual(problemType('agreement-ended'));
    expect(refused.body.detail).toBe('El acuerdo terminó el 31 de diciembre de 2025 y ya no se puede cambiar: firma uno nuevo.');
    const qu = await change(m, old.id, { validTo: '2027-01-01' }, { 'accept-language': 'qu' });
    expect(qu.body.detail).toMatch(/^Acuerdoqa .* p’unchawpi tukukurqanña/);
    const en = await postWithKey(api, `/v1/orgs/${m.association.id}/agreements/${old.id}/changes?lang=en`, m.admin, { validTo: '2027-01-01' });
    expect(en.body.detail).toMatch(/^The agreement ended on .* and can no longer be changed: sign a new one\.$/);
  });

  it('replays a change sent twice with one Idempotency-Key, and applies it once', async () => {
    const { m, yog, a } = await cheeseAndYogurt();
    const key = 'change-yogurt-once';
    const first = await postWithKey(
      api,
      `/v1/orgs/${m.association.id}/agreements/${a.id}/changes`,
      m.admin,
      { prices: [{ productId: yog.id, price: 700 }] },
      key,
    );
    const second = await postWithKey(
      api,
      `/v1/orgs/${m.association.id}/agreements/${a.id}/changes`,
      m.admin,
      { prices: [{ productId: yog.id, price: 700 }] },
      key,
    );
    expect(first.status).toBe(200);
    expect(second.body).toEqual(first.body);
    const detail = await get(api, `/v1/orgs/${m.association.id}/agreements/${a.id}`, m.admin);
    expect(detail.body.agreement.version).toBe(2);
    expect(detail.body.history.items).toHaveLength(2);
  });

  it('shows the buyer and the association the agreements about to expire', async () => {
    const m = await createMarket(api, root);
    const cheese = await createProduct(api, m, quesoAndino);
    const soon = await sign(m, [{ productId: cheese.id, price: 2600 }], { validTo: '2026-11-30' });
    const later = await sign(m, [{ productId: cheese.id, price: 2500 }], { validFrom: '2026-02-01', validTo: '2027-06-30' });
    const open = await sign(m, [{ productId: cheese.id, price: 2400 }], { validFrom: '2026-03-01' });
    await sign(m, [{ productId: cheese.id, price: 2300 }], { validFrom: '2025-01-01', validTo: '2025-12-31' });

    const association = await get(api, `/v1/orgs/${m.association.id}/agreements?expiringWithinDays=30`, m.member);
    expect(association.status).toBe(200);
    expect(association.body.items.map((x: { id: string }) => x.id)).toEqual([soon.id]);
    expect(association.body.items[0]).toMatchObject({ expiresInDays: 10, status: 'in_force' });
    const buyer = await get(api, `/v1/buyers/${m.buyer.id}/agreements?expiringWithinDays=30`, m.buyerToken);
    expect(buyer.body.items.map((x: { id: string }) => x.id)).toEqual([soon.id]);
    const all = await get(api, `/v1/buyers/${m.buyer.id}/agreements`, m.buyerToken);
    const byId = new Map(all.body.items.map((x: { id: string }) => [x.id, x]));
    expect(byId.get(later.id)).toMatchObject({ status: 'in_force', expiresInDays: 222 });
    expect(byId.get(open.id)).not.toHaveProperty('expiresInDays');
    expect(all.body.items).toHaveLength(4);
    expect(all.body.items.filter((x: { status: string }) => x.status === 'ended')).toHaveLength(1);
  });

  it('keeps tenants apart: another association’s or buyer’s agreement does not exist for them', async () => {
    const { m, yog, a } = await cheeseAndYogurt();
    const other = await createMarket(api, root);
    const stranger = await createBuyer(api, root, 'Chicha');
    // Another association's admin: the route's access rule (403) under the owner's path, 404 under their own.
    expect((await change(m, a.id, { prices: [{ productId: yog.id, price: 1 }] }, {}, other.admin)).status).toBe(403);
    expect((await postWithKey(api, `/v1/orgs/${other.association.id}/agreements/${a.id}/changes`, other.admin, { validTo: '2027-01-01' })).status).toBe(404);
    expect((await get(api, `/v1/orgs/${other.association.id}/agreements/${a.id}`, other.admin)).status).toBe(404);
    expect((await get(api, `/v1/orgs/${m.association.id}/agreements/${a.id}`, other.admin)).status).toBe(404);
    // Another buyer: 404; the agreement's buyer cannot change it (403).
    expect((await get(api, `/v1/orgs/${m.association.id}/agreements/${a.id}`, stranger.token)).status).toBe(404);
    expect((await change(m, a.id, { validTo: '2027-01-01' }, {}, m.buyerToken)).status).toBe(403);
    expect((await get(api, `/v1/buyers/${m.buyer.id}/agreements`, stranger.token)).status).toBe(403);
    // A product of another association cannot be added.
    const foreign = await createProduct(api, other, quesoAndino);
    const res = await change(m, a.id, { prices: [{ productId: foreign.id, price: 100 }] });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('prices.0.productId');
    // Nothing changed.
    expect((await get(api, `/v1/orgs/${m.association.id}/agreements/${a.id}`, m.admin)).body.agreement.version).toBe(1);
  });

  it('gives an agreement signed before heads existed its head through the backfill, so it can be read and changed', async () => {
    const { m, yog, a } = await cheeseAndYogurt();
    await api.runtime.store.doc.send(new DeleteCommand({ TableName: api.runtime.store.tableName, Key: ordersKeys.agreementHead(a.id) }));
    expect((await get(api, `/v1/orgs/${m.association.id}/agreements/${a.id}`, m.admin)).status).toBe(404);

    expect((await backfillAgreementHeads(api.runtime)).headed).toBe(1);
    expect((await get(api, `/v1/orgs/${m.association.id}/agreements/${a.id}`, m.admin)).status).toBe(200);
    expect((await change(m, a.id, { prices: [{ productId: yog.id, price: 840 }] })).status).toBe(200);
    expect((await backfillAgreementHeads(api.runtime)).headed).toBe(0);
  });
});

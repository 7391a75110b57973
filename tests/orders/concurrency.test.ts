import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain, catalogKeys, createOrganisation } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { createDynamoClient, createStore } from '@ayni/store';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import {
  act,
  buyerProfile,
  chullpi,
  createMarket,
  createProduct,
  deliveredOrders,
  get,
  inBatches,
  orderBody,
  postWithKey,
  problemType,
  type Market,
} from './fixtures.js';

/**
 * Contention: many requests on one product's stock, on one association's invoice series, on one
 * credit-note series. In one file, so that these bursts run one after the other and not beside each
 * other (each would slow the other's DynamoDB Local calls, which tests bound at 15 s).
 */
let api: TestApi;
let market: Market;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
  market = await createMarket(api);
});

describe('placing orders concurrently', () => {
  it('sells exactly the 50 units there are to 200 buyers ordering at once, and refuses the rest with a clean 409', async () => {
    // Prepare: 50 units in one lot, 200 buyer organisations each with its own token.
    const product = await createProduct(
      api,
      market,
      {
        sku: 'QUESO-PARIA',
        name: { es: 'Queso tipo paria' },
        description: { es: 'Queso paria de Ocongate.' },
        category: 'cheese',
        unit: 'unit',
        price: 2500,
        currency: 'PEN',
        minOrderQuantity: '1',
        orderMultiple: '1',
      },
      [['50', '2026-11-10']],
    );
    const deps = { store: api.runtime.store, clock: api.runtime.clock };
    // Created 20 at a time: the setup need not queue 200 writes at DynamoDB Local (other test files share it).
    const buyers = await inBatches(
      Array.from({ length: 200 }, (_, i) => i),
      20,
      async (i) => {
        const org = await createOrganisation(deps, buyerProfile(`Restaurante ${i}`) as never);
        return { id: org.id, token: await api.token({ sub: `chef-${i}`, org: org.id, roles: ['buyer'] }) };
      },
    );

    // Act: all 200 at once, while a watcher reads the product's stock (strongly consistent) throughout.
    // Its own client, so its reads do not queue behind the 200 requests on the app's connection pool.
    const { config } = api.runtime;
    const { doc, tableName } = createStore(
      { tableName: config.TABLE_NAME, region: config.AWS_REGION },
      createDynamoClient({ region: config.AWS_REGION, endpoint: config.AWS_ENDPOINT_URL_DYNAMODB, timeouts: { requestMs: 15_000 } }),
    );
    const observed: number[] = [];
    let done = false;
    const watcher = (async () => {
      while (!done) {
        const { Item } = await doc.send(
          new GetCommand({ TableName: tableName, Key: catalogKeys.product(market.association.id, product.id), ConsistentRead: true }),
        );
        observed.push(Item!.stock as number);
        await sleep(5);
      }
    })();
    const started = performance.now();
    const results = await Promise.all(
      buyers.map((buyer) => postWithKey(api, '/v1/orders', buyer.token, orderBody(market, [{ productId: product.id, quantity: '1' }]))),
    );
    const seconds = (performance.now() - started) / 1000;
    done = true;
    await watcher;
    doc.destroy();

    // Assess
    const statuses = results.map((r) => r.status);
    const placed = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status === 409);
    console.info(
      `200 concurrent placements: ${placed.length} placed, ${refused.length} refused (409), other ${statuses.filter((s) => s !== 201 && s !== 409)}; ${seconds.toFixed(1)} s; stock sampled ${observed.length} times, min ${Math.min(...observed)}`,
    );
    expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
    expect(placed).toHaveLength(50);
    expect(refused).toHaveLength(150);
    for (const r of refused) {
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(r.body).toMatchObject({ status: 409, type: problemType('insufficient-stock'), available: '0' });
    }
    // Stock (thousandths) only ever went down from 50 units, and never below zero.
    expect(observed.length).toBeGreaterThan(5);
    expect(Math.min(...observed)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...observed)).toBeLessThanOrEqual(50_000);
    expect(observed).toEqual([...observed].sort((a, b) => b - a));
    const productNow = await get(api, `/v1/orgs/${market.association.id}/products/${product.id}`, market.admin);
    expect(productNow.body.stock).toBe('0');

    // The association sees exactly the 50 orders, one unit each, from 50 different buyers.
    const listed: Array<{ buyerId: string; lines: Array<{ quantity: string }> }> = [];
    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const page = await get(api, `/v1/orgs/${market.association.id}/orders?status=placed&limit=100${cursor ? `&cursor=${cursor}` : ''}`, market.admin);
      listed.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    expect(listed).toHaveLength(50);
    expect(listed.reduce((sum, o) => sum + Number(o.lines[0]!.quantity), 0)).toBe(50);
    expect(new Set(listed.map((o) => o.buyerId)).size).toBe(50);
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});

type Answer = Awaited<ReturnType<typeof postWithKey>>;

/** The numbers 1..n of a series, as documents carry them. */
const series = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(8, '0')}`);

const invoicePath = (orderId: string) => `/v1/orders/${orderId}/invoice`;
const creditNotePath = (m: Market, number: string) => `/v1/orgs/${m.association.id}/invoices/${number}/credit-notes`;

async function documentsOf(m: Market): Promise<Array<{ number: string; kind: string; orderId: string; corrects?: string; total: number }>> {
  const items = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await get(api, `/v1/orgs/${m.association.id}/invoices?limit=100${cursor ? `&cursor=${cursor}` : ''}`, m.admin);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  }
  return items;
}

/**
 * Sends every request at once; each one answered 503 is sent again, with its own Idempotency-Key, after
 * the Retry-After it was given, as a client would. Returns the first answers and the final ones.
 */
async function allAtOnceWithRetries(requests: ReadonlyArray<{ path: string; body: Record<string, unknown> }>, token: string) {
  const keys = requests.map(() => randomUUID());
  const first = await Promise.all(requests.map((r, i) => postWithKey(api, r.path, token, r.body, keys[i])));
  const final: Answer[] = [...first];
  let rounds = 0;
  for (let pending = final.map((a, i) => (a.status === 503 ? i : -1)).filter((i) => i >= 0); pending.length > 0 && rounds < 10; rounds++) {
    await sleep(Number(final[pending[0]!]!.headers.get('retry-after') ?? 1) * 1000);
    const again = await Promise.all(pending.map((i) => postWithKey(api, requests[i]!.path, token, requests[i]!.body, keys[i])));
    for (const [j, i] of pending.entries()) final[i] = again[j]!;
    pending = pending.filter((i) => final[i]!.status === 503);
  }
  return { first, final, rounds };
}

const countBy = (statuses: number[]) => statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});

describe('numbering invoices under contention', () => {
  it('issues 20 invoices requested at once for one association, numbered 1 to 20 without a gap, and answers no request with an error', async () => {
    // Prepare: 20 delivered orders of one association.
    const m = await createMarket(api, market.root);
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    const ids = await deliveredOrders(api, m, maiz.id, Array(20).fill('1'));

    // Act: all 20 invoices at once.
    const started = performance.now();
    const results = await Promise.all(ids.map((id) => act(api, m.admin, id, 'invoice')));
    const seconds = (performance.now() - started) / 1000;

    // Assess
    console.info(`20 concurrent invoices: ${JSON.stringify(countBy(results.map((r) => r.status)))} in ${seconds.toFixed(1)} s`);
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(results.map((r) => r.body.invoiceNumber).sort()).toEqual(series('F001', 20));
    const documents = await documentsOf(m);
    expect(documents.map((d) => d.number)).toEqual(series('F001', 20));
    // Each invoice is the one of the order that names it.
    for (const r of results) expect(documents.find((d) => d.number === r.body.invoiceNumber)!.orderId).toBe(r.body.id);
  }, 120_000);

  it('answers 50 invoice requests at once only with 200 or with a 503 that says when to retry, and every retry completes the series', async () => {
    // Prepare: 50 delivered orders of one association.
    const m = await createMarket(api, market.root);
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    const ids = await deliveredOrders(api, m, maiz.id, Array(50).fill('1'));

    // Act: 50 at once; whatever was answered 503 is retried after its Retry-After.
    const started = performance.now();
    const { first, final, rounds } = await allAtOnceWithRetries(
      ids.map((id) => ({ path: invoicePath(id), body: {} })),
      m.admin,
    );
    const seconds = (performance.now() - started) / 1000;

    // Assess
    console.info(
      `50 concurrent invoices: first answers ${JSON.stringify(countBy(first.map((r) => r.status)))}, ${rounds} retry round(s), ${seconds.toFixed(1)} s in all`,
    );
    for (const answer of first) {
      expect([200, 503]).toContain(answer.status);
      if (answer.status === 503) {
        expect(answer.body).toMatchObject({ status: 503, type: problemType('contended') });
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }
    expect(final.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(final.map((r) => r.body.invoiceNumber).sort()).toEqual(series('F001', 50));
    expect((await documentsOf(m)).map((d) => d.number)).toEqual(series('F001', 50));
  }, 180_000);
});

describe('numbering credit notes under contention', () => {
  it('issues 20 credit notes requested at once, on different invoices and several on one, numbered without a gap; what one invoice cannot take is a clean 422', async () => {
    // Prepare: 14 invoices of S/ 12.00 and one of S/ 120.00, issued one after the other.
    const m = await createMarket(api, market.root);
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    const ids = await deliveredOrders(api, m, maiz.id, [...Array(14).fill('1'), '10']);
    const invoices: string[] = [];
    for (const id of ids) invoices.push((await act(api, m.admin, id, 'invoice')).body.invoiceNumber);
    const big = invoices.at(-1)!;

    // Act: 14 credit notes of S/ 6.00 on the small invoices and 6 of S/ 30.00 on the big one, all at once:
    // the big invoice can take 4 of those 6.
    const requests = [
      ...invoices.slice(0, 14).map((number) => ({ path: creditNotePath(m, number), body: { reason: 'Un saco llegó húmedo', amount: 600 } })),
      ...Array.from({ length: 6 }, () => ({ path: creditNotePath(m, big), body: { reason: 'Maíz partido', amount: 3000 } })),
    ];
    const started = performance.now();
    const results = await Promise.all(requests.map((r) => postWithKey(api, r.path, m.admin, r.body)));
    const seconds = (performance.now() - started) / 1000;

    // Assess
    console.info(`20 concurrent credit notes: ${JSON.stringify(countBy(results.map((r) => r.status)))} in ${seconds.toFixed(1)} s`);
    expect(results.slice(0, 14).map((r) => r.status)).toEqual(Array(14).fill(201));
    expect(
      results
        .slice(14)
        .map((r) => r.status)
        .sort(),
    ).toEqual([201, 201, 201, 201, 422, 422]);
    for (const refused of results.filter((r) => r.status === 422)) {
      expect(refused.body).toMatchObject({ type: problemType('credit-exceeds-invoice'), invoice: big, remaining: 0 });
    }
    const created = results.filter((r) => r.status === 201);
    expect(created.map((r) => r.body.number).sort()).toEqual(series('NC01', 18));
    const notes = (await documentsOf(m)).filter((d) => d.kind === 'credit_note');
    expect(notes.map((d) => d.number)).toEqual(series('NC01', 18));
    expect(notes.filter((d) => d.corrects === big).reduce((sum, d) => sum + d.total, 0)).toBe(12_000);
  }, 120_000);

  it('answers 50 credit note requests at once only with 201 or with a 503 that says when to retry, and every retry completes the series', async () => {
    // Prepare: 50 invoices, issued a few at a time.
    const m = await createMarket(api, market.root);
    const maiz = await createProduct(api, m, chullpi, [['100', '2026-10-20']]);
    const ids = await deliveredOrders(api, m, maiz.id, Array(50).fill('1'));
    const invoices = await inBatches(ids, 1, async (id) => (await act(api, m.admin, id, 'invoice')).body.invoiceNumber as string);

    // Act: one credit note on each, all at once, retrying what was answered 503.
    const { first, final, rounds } = await allAtOnceWithRetries(
      invoices.map((number) => ({ path: creditNotePath(m, number), body: { reason: 'Descuento por volumen', amount: 100 } })),
      m.admin,
    );

    // Assess
    console.info(`50 concurrent credit notes: first answers ${JSON.stringify(countBy(first.map((r) => r.status)))}, ${rounds} retry round(s)`);
    for (const answer of first) {
      expect([201, 503]).toContain(answer.status);
      if (answer.status === 503) expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(final.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(final.map((r) => r.body.number).sort()).toEqual(series('NC01', 50));
  }, 180_000);
});

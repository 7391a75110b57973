import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain, catalogKeys, createOrganisation } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { createDynamoClient, createStore } from '@ayni/store';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { buyerProfile, createMarket, createProduct, get, orderBody, postWithKey, type Market } from './fixtures.js';

let api: TestApi;
let market: Market;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
  market = await createMarket(api);
});

describe('placing orders concurrently', () => {
  it('sells exactly the 50 units there are to 200 buyers ordering at once, and refuses the rest with a clean 409', async () => {
    // Prepare: 50 units in one lot, 200 buyer organisations each with its own token.
    const product = await createProduct(api, market, { sku: 'QUESO-PARIA', name: { es: 'Queso tipo paria' }, description: { es: 'Queso paria de Ocongate.' }, category: 'cheese', unit: 'unit', price: { amount: 2500, currency: 'PEN' }, minOrderQuantity: '1', orderMultiple: '1' }, [['50', '2026-11-10']]);
    const deps = { store: api.runtime.store, clock: api.runtime.clock };
    const buyers = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const org = await createOrganisation(deps, buyerProfile(`Restaurante ${i}`) as never);
        return { id: org.id, token: await api.token({ sub: `chef-${i}`, org: org.id, roles: ['buyer'] }) };
      }),
    );

    // Act: all 200 at once, while a watcher reads the product's stock (strongly consistent) throughout.
    // Its own client, so its reads do not queue behind the 200 requests on the app's connection pool.
    const { config } = api.runtime;
    const { doc, tableName } = createStore({ tableName: config.TABLE_NAME, region: config.AWS_REGION }, createDynamoClient({ region: config.AWS_REGION, endpoint: config.AWS_ENDPOINT_URL_DYNAMODB }));
    const observed: number[] = [];
    let done = false;
    const watcher = (async () => {
      while (!done) {
        const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: catalogKeys.product(market.association.id, product.id), ConsistentRead: true }));
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
    console.info(`200 concurrent placements: ${placed.length} placed, ${refused.length} refused (409), other ${statuses.filter((s) => s !== 201 && s !== 409)}; ${seconds.toFixed(1)} s; stock sampled ${observed.length} times, min ${Math.min(...observed)}`);
    expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
    expect(placed).toHaveLength(50);
    expect(refused).toHaveLength(150);
    for (const r of refused) {
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(r.body).toMatchObject({ status: 409, type: 'https://ayni.dev/problems/insufficient-stock', available: '0' });
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

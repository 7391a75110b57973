import { catalogDomain } from '@ayni/catalog';
import { requestMetrics } from '@ayni/http';
import { ordersDomain } from '@ayni/orders';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { chullpi, createMarket, createProduct, orderBody, postWithKey } from '../orders/fixtures.js';

/**
 * The operator's business figures (orders placed, invoices, refusals, replays, 5xx by route) come
 * from the requests that make them, as CloudWatch Embedded Metric Format lines on stdout when the
 * API runs in Lambda.
 */
let api: TestApi;
const lines: Array<Record<string, unknown>> = [];
const previous = process.env.AWS_LAMBDA_FUNCTION_NAME;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
  process.env.AWS_LAMBDA_FUNCTION_NAME = 'ayni-test-orders';
  vi.spyOn(console, 'log').mockImplementation((text: unknown) => {
    const record = typeof text === 'string' && text.startsWith('{"_aws"') ? JSON.parse(text) : undefined;
    if (record) lines.push(record);
  });
});
afterAll(() => {
  vi.restoreAllMocks();
  if (previous === undefined) delete process.env.AWS_LAMBDA_FUNCTION_NAME;
  else process.env.AWS_LAMBDA_FUNCTION_NAME = previous;
});

const counted = (name: string) => lines.filter((l) => name in l).map((l) => l[name]);

describe('request metrics', () => {
  it('count an order placed, its idempotent replay, and a stock refusal, each once, as EMF in namespace Ayni', async () => {
    const market = await createMarket(api);
    const product = await createProduct(api, market, chullpi, [['5', '2026-10-20']]);
    const key = crypto.randomUUID();
    lines.length = 0;
    const placed = await postWithKey(api, '/v1/orders', market.buyerToken, orderBody(market, [{ productId: product.id, quantity: '2' }]), key);
    expect(placed.status).toBe(201);
    const replay = await postWithKey(api, '/v1/orders', market.buyerToken, orderBody(market, [{ productId: product.id, quantity: '2' }]), key);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const refused = await postWithKey(api, '/v1/orders', market.buyerToken, orderBody(market, [{ productId: product.id, quantity: '50' }]));
    expect(refused.status).toBe(409);
    expect(counted('OrdersPlaced')).toEqual([1]);
    expect(counted('IdempotentReplays')).toEqual([1]);
    expect(counted('StockRefusals')).toEqual([1]);
    const record = lines.find((l) => 'OrdersPlaced' in l) as {
      _aws: { CloudWatchMetrics: Array<{ Namespace: string; Dimensions: string[][] }> };
      service: string;
    };
    expect(record._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: 'Ayni', Dimensions: [['service']] });
  });

  it('name the route of a 5xx (its template, not the ids), and count nothing for an ordinary read', () => {
    const at = new Date('2026-12-01T12:00:00Z');
    const [record] = requestMetrics(
      { method: 'GET', path: '/v1/orgs/org_1/orders', route: '/v1/orgs/:orgId/orders', status: 503, replayed: false },
      'Ayni',
      'ayni-orders',
      at,
    );
    expect(record).toMatchObject({ service: 'ayni-orders', route: 'GET /v1/orgs/:orgId/orders', ServerErrors: 1 });
    expect((record as { _aws: { CloudWatchMetrics: Array<{ Dimensions: string[][] }> } })._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([
      ['service', 'route'],
    ]);
    expect(
      requestMetrics(
        { method: 'GET', path: '/v1/orgs/org_1/orders', route: '/v1/orgs/:orgId/orders', status: 200, replayed: false },
        'Ayni',
        'ayni-orders',
        at,
      ),
    ).toEqual([]);
  });
});

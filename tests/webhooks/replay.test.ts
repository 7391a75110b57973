import { catalogDomain } from '@ayni/catalog';
import { fixedClock } from '@ayni/core';
import { ordersDomain } from '@ayni/orders';
import { webhooksDepsOf, webhooksDomain } from '@ayni/webhooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { replayDeliveries } from '../../packages/webhooks/src/service/endpoints.js';
import { createTestApi, TEST_EPOCH } from '../support/api.js';
import { act, chullpi, createMarket, createProduct, placeOrder, postWithKey } from '../orders/fixtures.js';
import { pipelineOf, startReceiver } from './support.js';

const clock = fixedClock(TEST_EPOCH);
const api = await createTestApi([catalogDomain, ordersDomain, webhooksDomain], { clock, stream: true, env: { WEBHOOKS_ALLOW_LOOPBACK_HTTP: 'true' } });
const pipeline = pipelineOf(api);
const market = await createMarket(api);
const other = await createMarket(api);
const product = await createProduct(api, market, chullpi, [['500', '2026-11-10']]);
const HOUR = 3_600_000;

const replay = (orgId: string, endpointId: string, token: string, body: Record<string, unknown>) =>
  postWithKey(api, `/v1/orgs/${orgId}/webhooks/${endpointId}/replay`, token, body);

describe('webhooks: replaying a time range after the stream’s 24 hours', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let endpoint: { id: string };
  /** The instant of each order's placement and cancellation, four days apart. */
  const days: string[] = [];

  beforeAll(async () => {
    receiver = await startReceiver();
    const res = await postWithKey(api, `/v1/orgs/${market.association.id}/webhooks`, market.admin, {
      url: receiver.url,
      eventTypes: ['order.placed', 'order.cancelled'],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    endpoint = res.body;
    // Four orders, each placed and cancelled an hour later, on four days.
    for (let day = 0; day < 4; day++) {
      days.push(clock.now().toISOString());
      const placed = await placeOrder(api, market, [{ productId: product.id, quantity: '1' }]);
      expect(placed.status).toBe(201);
      clock.advance(HOUR);
      expect((await act(api, market.buyerToken, placed.body.id, 'cancel')).status).toBe(200);
      await pipeline.drain();
      clock.advance(23 * HOUR);
    }
    expect(receiver.received).toHaveLength(8);
    // Three days later, long after the stream forgot them, the receiver says it lost days 2 and 3.
    clock.advance(3 * 24 * HOUR);
  });

  it('sends again exactly the deliveries of the events in [from, to), oldest first, with their ids and bodies', async () => {
    // Act
    const res = await replay(market.association.id, endpoint.id, market.admin, { from: days[1], to: days[3] });
    await pipeline.drain();

    // Assert
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body).toEqual({ queued: 4, inProgress: 0, from: days[1], to: days[3] });
    const again = receiver.received.slice(8);
    const originals = receiver.received.slice(2, 6);
    expect(again.map((w) => w.json.id).sort()).toEqual(originals.map((w) => w.json.id).sort());
    for (const webhook of again) expect(webhook.body).toBe(originals.find((w) => w.json.id === webhook.json.id)!.body);
    // An event at exactly `to` is outside the range; the day before `from` too.
    expect(again.map((w) => w.json.timestamp)).not.toContain(days[3]);
    expect(again.map((w) => w.json.timestamp)).not.toContain(days[0]);
  });

  it('without `to`, replays until now; pages of the range go on by the cursor until none is left', async () => {
    // Prepare
    const deps = webhooksDepsOf(api.runtime);
    const sent = receiver.received.length;

    // Act: the service with pages of 3 (the route's are 100).
    const pages = [];
    let cursor: string | undefined;
    do {
      const page = await replayDeliveries(deps, market.association.id, endpoint.id, { from: days[0]!, cursor }, 3);
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor);
    await pipeline.drain();

    // Assert
    expect(pages.map((p) => p.queued)).toEqual([3, 3, 2]);
    expect(pages.every((p) => p.to === clock.now().toISOString())).toBe(true);
    const replayed = receiver.received.slice(sent).map((w) => w.json.id);
    expect(new Set(replayed).size).toBe(8);
    expect(replayed.sort()).toEqual(
      receiver.received
        .slice(0, 8)
        .map((w) => w.json.id)
        .sort(),
    );
  });

  it('refuses an empty range, naming the field, and a disabled endpoint; another tenant cannot replay it', async () => {
    const backwards = await replay(market.association.id, endpoint.id, market.admin, { from: days[2], to: days[1] });
    expect(backwards.status).toBe(400);
    expect(backwards.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(backwards.body)).toContain('"to"');
    const future = await replay(market.association.id, endpoint.id, market.admin, { from: new Date(clock.now().getTime() + HOUR).toISOString() });
    expect(future.status).toBe(400);
    expect(JSON.stringify(future.body)).toContain('"from"');

    const foreign = await replay(market.association.id, endpoint.id, other.admin, { from: days[0] });
    expect(foreign.status).toBe(403);
    const underOwnOrg = await replay(other.association.id, endpoint.id, other.admin, { from: days[0] });
    expect(underOwnOrg.status).toBe(404);

    const disabled = await api.call('PATCH', `/v1/orgs/${market.association.id}/webhooks/${endpoint.id}`, { token: market.admin, body: { enabled: false } });
    expect(disabled.status).toBe(200);
    const refused = await replay(market.association.id, endpoint.id, market.admin, { from: days[0] });
    expect(refused.status).toBe(422);
  });
});

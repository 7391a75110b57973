import { catalogDomain } from '@ayni/catalog';
import { fixedClock } from '@ayni/core';
import { ordersDomain } from '@ayni/orders';
import { DELIVERY_POLICY, verifyWebhook, webhookPayloadSchema, webhooksDomain } from '@ayni/webhooks';
import { Webhook } from 'standardwebhooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, TEST_EPOCH } from '../support/api.js';
import { act, chullpi, createMarket, createProduct, get, placeOrder, postWithKey } from '../orders/fixtures.js';
import { pipelineOf, startReceiver } from './support.js';

const clock = fixedClock(TEST_EPOCH);
const api = await createTestApi([catalogDomain, ordersDomain, webhooksDomain], { clock, stream: true, env: { WEBHOOKS_ALLOW_LOOPBACK_HTTP: 'true' } });
// Half-way jitter: each retry waits 75 % of its un-jittered delay.
const pipeline = pipelineOf(api, { random: () => 0.5 });
const market = await createMarket(api);
const other = await createMarket(api);
const product = await createProduct(api, market, chullpi, [['500', '2026-11-10']]);

async function register(orgId: string, token: string, url: string, eventTypes: string[]) {
  const res = await postWithKey(api, `/v1/orgs/${orgId}/webhooks`, token, { url, eventTypes });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; secret: string };
}

const ORDER_EVENTS = ['order.placed', 'order.confirmed', 'order.dispatched', 'order.delivered', 'order.invoiced', 'invoice.issued', 'order.cancelled'];

describe('webhooks: an order followed from outside', () => {
  const association = {
    receiver: undefined as unknown as Awaited<ReturnType<typeof startReceiver>>,
    endpoint: undefined as unknown as { id: string; secret: string },
  };
  const buyer = { ...association };
  const stranger = { ...association };
  let orderId = '';

  beforeAll(async () => {
    association.receiver = await startReceiver();
    buyer.receiver = await startReceiver();
    stranger.receiver = await startReceiver();
    association.endpoint = await register(market.association.id, market.admin, association.receiver.url, ORDER_EVENTS);
    buyer.endpoint = await register(market.buyer.id, market.buyerToken, buyer.receiver.url, ORDER_EVENTS);
    // Another tenant subscribed to every order event: it must hear nothing of this market's orders.
    stranger.endpoint = await register(other.association.id, other.admin, stranger.receiver.url, ORDER_EVENTS);

    const placed = await placeOrder(api, market, [{ productId: product.id, quantity: '10' }]);
    expect(placed.status).toBe(201);
    orderId = placed.body.id;
    for (const action of ['confirm', 'dispatch', 'deliver', 'invoice']) {
      const res = await act(api, market.admin, orderId, action);
      expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200);
    }
    await pipeline.drain();
  });

  it('delivers each event of the order once to each party, in sequence, with its id', () => {
    for (const party of [association, buyer]) {
      // Delivery is at-least-once and unordered; receivers order an aggregate's events by its sequence number.
      const ofOrder = party.receiver.received.filter((w) => w.json.aggregate.type === 'order').sort((a, b) => a.json.aggregate.seq - b.json.aggregate.seq);
      expect(ofOrder.map((w) => w.json.type)).toEqual(['order.placed', 'order.confirmed', 'order.dispatched', 'order.delivered', 'order.invoiced']);
      expect(ofOrder.map((w) => w.json.aggregate.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(new Set(ofOrder.map((w) => w.json.id)).size).toBe(5);
      for (const webhook of party.receiver.received) {
        expect(webhook.headers['webhook-id']).toBe(webhook.json.id);
        expect(webhook.json.id).toMatch(/^evt_[0-9A-Z]{26}$/);
      }
      expect(ofOrder.every((w) => w.json.aggregate.id === orderId && w.json.data.orderId === orderId)).toBe(true);
      expect(party.receiver.received.filter((w) => w.json.type === 'invoice.issued')).toHaveLength(1);
    }
  });

  it('signs each delivery so that the Standard Webhooks library and our verifier accept it', () => {
    for (const party of [association, buyer]) {
      for (const webhook of party.receiver.received) {
        const headers = {
          'webhook-id': String(webhook.headers['webhook-id']),
          'webhook-timestamp': String(webhook.headers['webhook-timestamp']),
          'webhook-signature': String(webhook.headers['webhook-signature']),
        };
        expect(Number(headers['webhook-timestamp'])).toBe(Math.floor(clock.now().getTime() / 1000));
        expect(() => verifyWebhook({ headers, body: webhook.body, secrets: [party.endpoint.secret], now: clock.now() })).not.toThrow();
        // The maintainers' library checks the timestamp against the wall clock; its signature check is what counts here.
        const signature = new Webhook(party.endpoint.secret).sign(headers['webhook-id'], new Date(Number(headers['webhook-timestamp']) * 1000), webhook.body);
        expect(headers['webhook-signature'].split(' ')).toContain(signature);
        // Another endpoint's secret does not verify it.
        const otherSecret = party === association ? buyer.endpoint.secret : association.endpoint.secret;
        expect(() => verifyWebhook({ headers, body: webhook.body, secrets: [otherSecret], now: clock.now() })).toThrow();
      }
    }
  });

  it('sends bodies exactly as the OpenAPI document’s webhooks describe them', async () => {
    const doc = (await (await api.call('GET', '/openapi.json')).json()) as { webhooks: Record<string, unknown> };
    for (const party of [association, buyer]) {
      for (const webhook of party.receiver.received) {
        const type = webhook.json.type as Parameters<typeof webhookPayloadSchema>[0];
        expect(doc.webhooks[type], type).toBeDefined();
        const parsed = webhookPayloadSchema(type).safeParse(webhook.json);
        expect(parsed.success, `${type}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      }
    }
  });

  it('tells another tenant nothing', () => {
    expect(stranger.receiver.received).toHaveLength(0);
  });

  it('logs every delivery with its attempts, for the endpoint’s organisation only', async () => {
    const list = await get(api, `/v1/orgs/${market.association.id}/webhooks/${association.endpoint.id}/deliveries`, market.admin);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(association.receiver.received.length);
    expect(list.body.items.every((d: { status: string }) => d.status === 'delivered')).toBe(true);
    const placedEvent = association.receiver.received.find((w) => w.json.type === 'order.placed')!.json.id;
    expect(list.body.items.map((d: { eventId: string }) => d.eventId)).toContain(placedEvent);
    const detail = await get(api, `/v1/orgs/${market.association.id}/webhooks/${association.endpoint.id}/deliveries/${placedEvent}`, market.admin);
    expect(detail.status).toBe(200);
    expect(detail.body.attemptLog).toEqual([expect.objectContaining({ attempt: 1, ok: true, status: 200, excerpt: 'ok' })]);
    expect(detail.body.payload.type).toBe('order.placed');
    // The other tenant cannot read them, even naming the endpoint.
    const foreign = await get(api, `/v1/orgs/${market.association.id}/webhooks/${association.endpoint.id}/deliveries`, other.admin);
    expect(foreign.status).toBe(403);
    const underOwnOrg = await get(api, `/v1/orgs/${other.association.id}/webhooks/${association.endpoint.id}/deliveries`, other.admin);
    expect(underOwnOrg.status).toBe(404);
  });

  it('never answers the secret again', async () => {
    const read = await get(api, `/v1/orgs/${market.association.id}/webhooks/${association.endpoint.id}`, market.admin);
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).not.toContain(association.endpoint.secret);
  });
});

describe('webhooks: a receiver that fails', () => {
  it('retries with backoff, ends in the dead-letter queue after the last attempt, and can be redelivered', async () => {
    const receiver = await startReceiver();
    const endpoint = await register(market.association.id, market.admin, receiver.url, ['order.cancelled']);
    receiver.answer(500);
    const placed = await placeOrder(api, market, [{ productId: product.id, quantity: '1' }]);
    const cancelled = await act(api, market.buyerToken, placed.body.id, 'cancel');
    expect(cancelled.status).toBe(200);

    const attemptTimes: number[] = [];
    await pipeline.drain();
    attemptTimes.push(clock.now().getTime());
    expect(receiver.received).toHaveLength(1);
    // Move the clock to each retry's time: nothing is sent before it, one attempt at it.
    for (let attempt = 1; attempt < DELIVERY_POLICY.maxAttempts; attempt++) {
      const delay = Math.round(Math.min(DELIVERY_POLICY.capSeconds, DELIVERY_POLICY.baseSeconds * 4 ** (attempt - 1)) * 0.75);
      clock.advance((delay - 1) * 1000);
      await pipeline.drain();
      expect(receiver.received, `attempt ${attempt + 1} came early`).toHaveLength(attempt);
      clock.advance(1000);
      await pipeline.drain();
      expect(receiver.received).toHaveLength(attempt + 1);
      attemptTimes.push(clock.now().getTime());
    }
    const gaps = attemptTimes.slice(1).map((t, i) => (t - attemptTimes[i]!) / 1000);
    expect(gaps).toEqual([23, 90, 360, 1440, 5760, 16200, 16200]);
    // Every attempt carries the same event id: a receiver deduplicates by it.
    expect(new Set(receiver.received.map((w) => w.headers['webhook-id'])).size).toBe(1);

    clock.advance(24 * 3600 * 1000);
    await pipeline.drain();
    expect(receiver.received).toHaveLength(DELIVERY_POLICY.maxAttempts);
    const eventId = receiver.received[0]!.json.id;
    const dead = await pipeline.queue.deadLetters();
    expect(dead).toContainEqual(expect.objectContaining({ endpointId: endpoint.id, eventId, reason: expect.stringContaining('8 attempts failed') }));
    const detail = await get(api, `/v1/orgs/${market.association.id}/webhooks/${endpoint.id}/deliveries/${eventId}`, market.admin);
    expect(detail.body).toMatchObject({ status: 'failed', attempts: 8, lastStatus: 500 });
    expect(detail.body.attemptLog).toHaveLength(8);
    expect(detail.body.attemptLog[0]).toMatchObject({ ok: false, status: 500, error: 'http-status', excerpt: 'receiver is down' });

    receiver.answer(200);
    const again = await postWithKey(api, `/v1/orgs/${market.association.id}/webhooks/${endpoint.id}/deliveries/${eventId}/redeliver`, market.admin, {});
    expect(again.status, JSON.stringify(again.body)).toBe(202);
    await pipeline.drain();
    expect(receiver.received).toHaveLength(9);
    expect(receiver.received[8]!.json.id).toBe(eventId);
    const after = await get(api, `/v1/orgs/${market.association.id}/webhooks/${endpoint.id}/deliveries/${eventId}`, market.admin);
    expect(after.body).toMatchObject({ status: 'delivered', attempts: 9 });
  });
});

describe('webhooks: a crash between the change and the delivery', () => {
  it('loses no event and sends none twice', async () => {
    const receiver = await startReceiver();
    await register(market.association.id, market.admin, receiver.url, ['order.placed']);
    const placed = await placeOrder(api, market, [{ productId: product.id, quantity: '2' }]);
    expect(placed.status).toBe(201);

    // The dispatcher dies after writing the delivery, before queueing it: the stream batch fails.
    const enqueue = pipeline.queue.enqueue;
    pipeline.queue.enqueue = async () => {
      throw new Error('crashed before queueing');
    };
    await expect(pipeline.drain()).rejects.toThrow('crashed before queueing');
    pipeline.queue.enqueue = enqueue;
    expect(receiver.received).toHaveLength(0);

    // The stream offers the batch again; the delivery is found written but never tried, and queued.
    await pipeline.drain();
    await pipeline.drain();
    const ofOrder = receiver.received.filter((w) => w.json.data.orderId === placed.body.id);
    expect(ofOrder).toHaveLength(1);
    expect(ofOrder[0]!.json.type).toBe('order.placed');
  });
});

describe('webhooks: endpoint rules', () => {
  it('refuses addresses that are not public https, and more than ten endpoints', async () => {
    const strict = await createTestApi([catalogDomain, webhooksDomain], {
      clock,
      table: { tableName: api.runtime.store.tableName, endpoint: api.runtime.config.AWS_ENDPOINT_URL_DYNAMODB! },
    });
    const strictAdmin = await strict.token({ sub: 'admin-strict', org: other.association.id, roles: ['association_admin'] });
    for (const url of [
      'http://127.0.0.1:9/x',
      'http://hooks.example/x',
      'https://169.254.169.254/latest',
      'https://10.0.0.8/x',
      'https://[::1]/x',
      'https://user:pw@hooks.example/x',
      'ftp://hooks.example/x',
    ]) {
      const res = await postWithKey(strict, `/v1/orgs/${other.association.id}/webhooks`, strictAdmin, { url, eventTypes: ['order.placed'] });
      expect(res.status, url).toBe(400);
      expect(res.body.errors[0].path, url).toBe('url');
    }
    for (let i = 0; i < 9; i++) await register(other.association.id, other.admin, `https://hooks${i}.example/x`, ['order.placed']);
    const eleventh = await postWithKey(api, `/v1/orgs/${other.association.id}/webhooks`, other.admin, {
      url: 'https://one-more.example/x',
      eventTypes: ['order.placed'],
    });
    expect(eleventh.status).toBe(422);
    expect(eleventh.body.code).toBe('webhook-endpoint-limit');
  });

  it('signs with both secrets during a rotation’s grace, then with the new one only', async () => {
    const receiver = await startReceiver();
    const endpoint = await register(market.association.id, market.admin, receiver.url, ['order.placed']);
    const rotated = await postWithKey(api, `/v1/orgs/${market.association.id}/webhooks/${endpoint.id}/rotate-secret`, market.admin, { graceHours: 1 });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    const ping = await postWithKey(api, `/v1/orgs/${market.association.id}/webhooks/${endpoint.id}/ping`, market.admin, {});
    expect(ping.status).toBe(200);
    expect(ping.body).toMatchObject({ ok: true, status: 200 });
    const during = receiver.received.at(-1)!;
    expect(during.json.type).toBe('webhook.ping');
    const headersOf = (w: typeof during) => ({
      'webhook-id': String(w.headers['webhook-id']),
      'webhook-timestamp': String(w.headers['webhook-timestamp']),
      'webhook-signature': String(w.headers['webhook-signature']),
    });
    for (const secret of [endpoint.secret, rotated.body.secret]) {
      expect(() => verifyWebhook({ headers: headersOf(during), body: during.body, secrets: [secret], now: clock.now() })).not.toThrow();
    }
    clock.advance(3600 * 1000 + 1000);
    await postWithKey(api, `/v1/orgs/${market.association.id}/webhooks/${endpoint.id}/ping`, market.admin, {});
    const after = receiver.received.at(-1)!;
    expect(() => verifyWebhook({ headers: headersOf(after), body: after.body, secrets: [rotated.body.secret], now: clock.now() })).not.toThrow();
    expect(() => verifyWebhook({ headers: headersOf(after), body: after.body, secrets: [endpoint.secret], now: clock.now() })).toThrow();
  });
});

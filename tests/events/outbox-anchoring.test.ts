import { catalogDomain } from '@ayni/catalog';
import { anchorPendingEvents, provenanceDomain, provenanceKeys, type AnchorChain, type AnchorJobDeps } from '@ayni/provenance';
import { webhookPayloadSchema, webhooksDomain } from '@ayni/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createAssociation, post, quesoAndino } from '../support/catalog-fixtures.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';
import { postWithKey } from '../orders/fixtures.js';
import { anchorChain, harvest, newLot } from '../provenance/fixtures.js';
import { pipelineOf, startReceiver, type ReceivedWebhook } from '../webhooks/support.js';
import { outboxOf, rawItem } from './support.js';

let chain: ChainFixture;
let anchor: AnchorChain;
let api: TestApi;
let pipeline: ReturnType<typeof pipelineOf>;

const EVENT_TYPES = ['provenance.event_recorded', 'lot.events_anchored', 'lot.events_finalized'];

beforeAll(async () => {
  chain = await chainFixture();
  anchor = await anchorChain(chain);
  api = await createTestApi([catalogDomain, provenanceDomain, webhooksDomain], {
    chainRpcUrl: chain.rpcUrl,
    stream: true,
    env: { WEBHOOKS_ALLOW_LOOPBACK_HTTP: 'true' },
  });
  pipeline = pipelineOf(api);
});

afterAll(() => chain?.close());

const job = (overrides: Partial<AnchorJobDeps> = {}) =>
  anchorPendingEvents({ store: api.runtime.store, clock: api.runtime.clock, chain: anchor, options: { receiptTimeoutMs: 5_000 }, ...overrides });

/** An association with a product, `lots` lots, an endpoint subscribed to the lot events, and its receiver. */
async function association(lots: number) {
  const root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
  const { org, admin } = await createAssociation(api, root);
  const product = await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino);
  expect(product.status).toBe(201);
  const lotIds: string[] = [];
  for (let i = 0; i < lots; i++) lotIds.push((await newLot(api, org.id, admin, product.body.id)).id);
  const receiver = await startReceiver();
  const endpoint = await postWithKey(api, `/v1/orgs/${org.id}/webhooks`, admin, { url: receiver.url, eventTypes: EVENT_TYPES });
  expect(endpoint.status, JSON.stringify(endpoint.body)).toBe(201);
  const record = async (lotId: string, count: number) => {
    for (let i = 0; i < count; i++) expect((await post(api, `/v1/orgs/${org.id}/lots/${lotId}/events`, admin, harvest())).status).toBe(201);
  };
  return { org, admin, lotIds, receiver, record };
}

const ofType = (received: readonly ReceivedWebhook[], type: string) =>
  received.filter((w) => w.json.type === type).sort((x, y) => String(x.json.data.lotId).localeCompare(String(y.json.data.lotId)));

describe('lot.events_anchored and lot.events_finalized: per lot, never per batch', () => {
  it('each lot of an anchored batch hears which of its events were anchored and when they are final; no other tenant hears of them', async () => {
    // Prepare: association A with two lots (3 events and 1), association B with one lot (2 events).
    const a = await association(2);
    const b = await association(1);
    await a.record(a.lotIds[0]!, 3);
    await a.record(a.lotIds[1]!, 1);
    await b.record(b.lotIds[0]!, 2);

    // Act: one anchoring run (one batch of 6 events, included and final on the local node).
    const run = await job();
    await pipeline.drain();

    // Assert
    expect(run.ok, run.error).toBe(true);
    expect(run.included).toHaveLength(1);
    const batch = run.included[0]!;
    expect(batch.count).toBe(6);
    expect(run.finalized).toEqual([batch.batchId]);
    for (const [party, lots] of [
      [
        a,
        [
          [a.lotIds[0], 1, 3, 3],
          [a.lotIds[1], 1, 1, 1],
        ],
      ],
      [b, [[b.lotIds[0], 1, 2, 2]]],
    ] as const) {
      const received = party.receiver.received;
      expect(ofType(received, 'provenance.event_recorded')).toHaveLength(lots.reduce((n, lot) => n + (lot[3] as number), 0));
      const anchored = ofType(received, 'lot.events_anchored');
      const finalized = ofType(received, 'lot.events_finalized');
      const expected = [...lots].sort((x, y) => String(x[0]).localeCompare(String(y[0])));
      expect(anchored).toHaveLength(expected.length);
      expect(finalized).toHaveLength(expected.length);
      for (const [i, [lotId, fromSeq, toSeq, events]] of expected.entries()) {
        for (const webhook of [anchored[i]!, finalized[i]!]) {
          expect(webhook.json.aggregate).toEqual({ type: 'lot', id: lotId, seq: toSeq });
          expect(webhook.json.data).toMatchObject({
            lotId,
            batchId: batch.batchId,
            fromSeq,
            toSeq,
            events,
            chainId: chain.chainId,
            contract: anchor.contract,
            txHash: batch.txHash,
            blockNumber: batch.blockNumber,
          });
          const parsed = webhookPayloadSchema(webhook.json.type as 'lot.events_anchored').safeParse(webhook.json);
          expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        }
        expect(anchored[i]!.json.data.finalizedAt).toBeUndefined();
        expect(finalized[i]!.json.data.finalizedAt).toEqual(expect.any(String));
        expect(anchored[i]!.json.id).not.toBe(finalized[i]!.json.id);
      }
      // Nothing names another tenant's lots.
      const others = party === a ? b.lotIds : a.lotIds;
      expect(received.some((w) => others.some((lotId) => w.body.includes(lotId)))).toBe(false);
    }
    // The notices' ids differ from the events' they follow, though they share the seq.
    const ids = a.receiver.received.map((w) => w.json.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a rerun after a crash before the batch was recorded sends the same notices again, with the same ids', async () => {
    // Prepare: the first run crashes right after the lot's anchoring record is written.
    const a = await association(1);
    await a.record(a.lotIds[0]!, 2);
    const store = api.runtime.store;
    let crashed = false;
    const send = ((command: { input?: { Item?: { entity?: string } } }) => {
      const result = store.doc.send(command as never);
      if (command.input?.Item?.entity === 'LotAnchoring' && !crashed) {
        crashed = true;
        return result.then(() => Promise.reject(new Error('simulated crash after the lot’s anchoring record')));
      }
      return result;
    }) as typeof store.doc.send;
    const first = await job({ store: { tableName: store.tableName, doc: { send } as typeof store.doc } });
    expect(first.ok).toBe(false);
    await pipeline.drain();
    const firstAnchored = ofType(a.receiver.received, 'lot.events_anchored');
    expect(firstAnchored).toHaveLength(1);

    // Act
    const rerun = await job();
    await pipeline.drain();

    // Assert: the same anchored notice (a receiver deduplicates it by id), then one finalized.
    expect(rerun.ok, rerun.error).toBe(true);
    const anchored = ofType(a.receiver.received, 'lot.events_anchored');
    expect(new Set(anchored.map((w) => w.json.id))).toEqual(new Set([firstAnchored[0]!.json.id]));
    expect(ofType(a.receiver.received, 'lot.events_finalized')).toHaveLength(1);
    const record = await rawItem(api, provenanceKeys.lotAnchoring(rerun.included[0]?.batchId ?? first.open[0]!, a.lotIds[0]!));
    expect(outboxOf(record).type).toBe('lot.events_finalized');
    expect(record!.expiresAt).toEqual(expect.any(Number));
  });
});

import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain } from '@ayni/catalog';
import { canonicalJson, newSalt, provenanceDomain, provenanceKeys, recordHashOf, type ProofBundle } from '@ayni/provenance';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { get, post } from '../support/catalog-fixtures.js';
import { harvest, lotWithProduct } from './fixtures.js';

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, provenanceDomain]);
});

const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T06:30:00-05:00`;

async function bundleOf(lotId: string): Promise<ProofBundle> {
  const res = await get(api, `/v1/lots/${lotId}/provenance`);
  expect(res.status).toBe(200);
  return res.body as ProofBundle;
}

describe('a lot’s chain of events', () => {
  it('stays one chain under 20 concurrent writers: seq 1..20, each event committing to the one before, all 201', async () => {
    // Prepare
    const { org, admin, lot } = await lotWithProduct(api);

    // Act
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(api, `/v1/orgs/${org.id}/lots/${lot.id}/events`, admin, harvest({ eventTime: day(1 + (i % 9)) }))),
    );

    // Assess
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const bundle = await bundleOf(lot.id);
    expect(bundle.events.map((e) => e.record.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    bundle.events.forEach((event, i) => {
      expect(event.record.prev).toBe(i === 0 ? null : bundle.events[i - 1]!.recordHash);
      expect(event.record.format).toBe('ayni-event/2');
    });
    expect(bundle.chain).toEqual({ length: 20, head: bundle.events[19]!.recordHash, sealed: false });
    expect(bundle).toMatchObject({ verdict: 'pending', completeness: { upTo: 0, of: 20, sealed: false, legacy: 0 } });
  });

  it('is sealed by a final event: nothing more can be recorded, with a 409 that says why', async () => {
    // Prepare
    const { org, admin, lot } = await lotWithProduct(api);
    const path = `/v1/orgs/${org.id}/lots/${lot.id}/events`;
    expect((await post(api, path, admin, harvest({ eventTime: day(2) }))).status).toBe(201);
    const final = await post(api, path, admin, {
      type: 'shipping',
      eventTime: day(3),
      where: { place: 'Ocongate' },
      shipment: { buyerName: 'Café Q’omer', quantity: '40', unit: 'kg' },
      final: true,
    });
    expect(final.status, JSON.stringify(final.body)).toBe(201);

    // Act
    const after = await post(api, path, admin, harvest({ eventTime: day(4) }));

    // Assess
    expect(after.status).toBe(409);
    expect(after.body).toMatchObject({ code: 'lot-sealed', sealedBy: final.body.record.id, seq: 2 });
    const bundle = await bundleOf(lot.id);
    expect(bundle.chain).toMatchObject({ length: 2, sealed: true });
    expect(bundle.events.at(-1)!.record).toMatchObject({ seq: 2, final: true });
    // Not anchored yet: sealed on the server, not yet a verifiable seal.
    expect(bundle.completeness).toMatchObject({ upTo: 0, of: 2, sealed: false });
  });

  it('gives away an event removed behind the API’s back: the server’s own verdict is mismatch', async () => {
    // Prepare
    const { org, admin, lot } = await lotWithProduct(api);
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await post(api, `/v1/orgs/${org.id}/lots/${lot.id}/events`, admin, harvest({ eventTime: day(n) }))).body.record.id);
    await api.runtime.store.doc.send(new DeleteCommand({ TableName: api.runtime.store.tableName, Key: provenanceKeys.event(lot.id, ids[1]!) }));

    // Act
    const bundle = await bundleOf(lot.id);

    // Assess
    expect(bundle.events.map((e) => e.record.seq)).toEqual([1, 3]);
    expect(bundle.verdict).toBe('mismatch');
    expect(bundle.verified).toBe(false);
  });

  it('gives away an event of another lot copied into this one', async () => {
    // Prepare
    const a = await lotWithProduct(api);
    const b = await lotWithProduct(api);
    await post(api, `/v1/orgs/${a.org.id}/lots/${a.lot.id}/events`, a.admin, harvest({ eventTime: day(1) }));
    const foreign = await post(api, `/v1/orgs/${b.org.id}/lots/${b.lot.id}/events`, b.admin, harvest({ eventTime: day(1) }));
    const { Item } = await api.runtime.store.doc.send(
      new GetCommand({ TableName: api.runtime.store.tableName, Key: provenanceKeys.event(b.lot.id, foreign.body.record.id) }),
    );
    await api.runtime.store.doc.send(
      new PutCommand({ TableName: api.runtime.store.tableName, Item: { ...Item, ...provenanceKeys.event(a.lot.id, foreign.body.record.id), lotId: a.lot.id } }),
    );

    // Act
    const bundle = await bundleOf(a.lot.id);

    // Assess
    expect(bundle.events).toHaveLength(2);
    expect(bundle.verdict).toBe('mismatch');
  });

  it('keeps events of format 1 (recorded before the chain) verifying, listed first, and starts the chain after them', async () => {
    // Prepare: an event as wave 1 stored it, without seq or prev.
    const { org, admin, lot } = await lotWithProduct(api);
    const id = 'pev_01JD00000000000000000000AA';
    const record = {
      id,
      lotId: lot.id,
      orgId: org.id,
      type: 'collection',
      bizStep: 'receiving',
      eventTime: '2026-10-30T11:30:00.000Z',
      eventTimeZoneOffset: '-05:00',
      recordedAt: '2026-10-30T12:00:00.000Z',
      recordedByRole: 'association_admin',
      what: {},
      where: { place: 'Pinchimuro' },
      who: {},
      why: {},
    };
    const recordJson = canonicalJson(record);
    const salt = newSalt();
    await api.runtime.store.doc.send(
      new PutCommand({
        TableName: api.runtime.store.tableName,
        Item: {
          ...provenanceKeys.event(lot.id, id),
          entity: 'ProvenanceEvent',
          id,
          lotId: lot.id,
          orgId: org.id,
          type: 'collection',
          eventTime: record.eventTime,
          recordedAt: record.recordedAt,
          recordedBy: 'wave-1',
          recordJson,
          salt,
          recordHash: recordHashOf(recordJson, salt),
          status: 'pending',
        },
      }),
    );

    // Act
    const res = await post(api, `/v1/orgs/${org.id}/lots/${lot.id}/events`, admin, harvest({ eventTime: day(2) }));
    const bundle = await bundleOf(lot.id);

    // Assess
    expect(res.body.record).toMatchObject({ seq: 1, prev: null });
    expect(bundle.events.map((e) => e.record.id)).toEqual([id, res.body.record.id]);
    expect(bundle.events[0]!.matches).toBe(true);
    expect(bundle).toMatchObject({ verdict: 'pending', chain: { length: 1 }, completeness: { legacy: 1, of: 1 } });
  });
});

import { catalogDomain, catalogKeys } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { canonicalJson, provenanceDomain, provenanceKeys, recordHashOf } from '@ayni/provenance';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { get, patch, post } from '../support/catalog-fixtures.js';
import { act, createMarket, placeOrder, quesoAndino, type Market } from '../orders/fixtures.js';
import { harvest } from '../provenance/fixtures.js';
import { expectEvent, mentionsOutbox, outboxEventsAbout, outboxOf, rawItem, rawItems } from './support.js';

let api: TestApi;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain, provenanceDomain]);
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

const LOT_DATA = ['lotId', 'lotCode', 'productId', 'organisationId', 'quantity', 'unit', 'productionDate'] as const;
const PROVENANCE_DATA = ['lotId', 'eventId', 'eventType', 'bizStep', 'eventTime', 'recordedAt'] as const;

/** A market (association and buyer), a cheese product, a lot of 40 kg with a code, and a member of the association. */
async function cheeseLot(): Promise<{ m: Market; productId: string; lot: { id: string; createdAt: string }; member: { id: string } }> {
  const m = await createMarket(api, root);
  const product = await post(api, `/v1/orgs/${m.association.id}/products`, m.admin, quesoAndino);
  expect(product.status).toBe(201);
  const member = await post(api, `/v1/orgs/${m.association.id}/members`, m.admin, { name: 'Justina Quispe Mamani', community: 'Pinchimuro' });
  expect(member.status).toBe(201);
  const lot = await post(api, `/v1/orgs/${m.association.id}/lots`, m.admin, {
    productId: product.body.id,
    quantity: '40',
    productionDate: '2026-11-03',
    code: 'QA-2611',
    producerIds: [member.body.id],
    notes: 'Cuajo de la familia Quispe',
  });
  expect(lot.status, JSON.stringify(lot.body)).toBe(201);
  return { m, productId: product.body.id, lot: lot.body, member: member.body };
}

describe('lot.created in the outbox', () => {
  it('the lot item carries lot.created (seq 0) from its creation, and keeps it through edits, adjustments and dispatches', async () => {
    // Prepare and act: a lot created.
    const { m, productId, lot, member } = await cheeseLot();
    const created = outboxOf(await rawItem(api, catalogKeys.lot(lot.id)));

    // Assert
    expectEvent(created, {
      type: 'lot.created',
      aggregate: { type: 'lot', id: lot.id, seq: 0 },
      organisations: [m.association.id],
      occurredAt: lot.createdAt,
      allowed: LOT_DATA,
      data: { lotId: lot.id, lotCode: 'QA-2611', productId, organisationId: m.association.id, quantity: '40', unit: 'kg', productionDate: '2026-11-03' },
      forbidden: [member.id, 'Justina', 'Cuajo de la familia Quispe', `admin-${m.association.id}`],
    });

    // Act: every later write of the lot item.
    const edited = await patch(api, `/v1/orgs/${m.association.id}/lots/${lot.id}`, m.admin, { notes: 'Otra nota', expiryDate: '2027-01-10' });
    const adjusted = await post(api, `/v1/orgs/${m.association.id}/lots/${lot.id}/adjustments`, m.admin, { delta: '-2', reason: 'spoilage' });
    const order = await placeOrder(api, m, [{ productId, quantity: '5' }]);
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    for (const action of ['confirm', 'dispatch']) expect((await act(api, m.admin, order.body.id, action)).status).toBe(200);

    // Assert: the lot moved, its event did not.
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(adjusted.status, JSON.stringify(adjusted.body)).toBe(201);
    const after = await rawItem(api, catalogKeys.lot(lot.id));
    expect(after).toMatchObject({ available: 33_000, notes: 'Otra nota', expiryDate: '2027-01-10' });
    expect(after!.outbox).toEqual(created);
    expect((await outboxEventsAbout(api, lot.id)).map((e) => e.type)).toEqual(['lot.created']);

    // Reads never answer the outbox.
    expect(mentionsOutbox((await get(api, `/v1/orgs/${m.association.id}/lots/${lot.id}`, m.admin)).body)).toBe(false);
    expect(mentionsOutbox((await get(api, `/v1/lots/${lot.id}`)).body)).toBe(false);
    expect(mentionsOutbox((await get(api, `/v1/orgs/${m.association.id}/lots`, m.admin)).body)).toBe(false);
    expect(mentionsOutbox(edited.body) || mentionsOutbox(adjusted.body)).toBe(false);
  });
});

describe('provenance.event_recorded in the outbox', () => {
  it('each event item carries its event, seq = its place in the lot’s chain; the record and its hash do not change', async () => {
    // Prepare
    const { m, lot, member } = await cheeseLot();
    const path = `/v1/orgs/${m.association.id}/lots/${lot.id}/events`;

    // Act: two events, the second sealing the lot; a third is refused.
    const first = await post(api, path, m.admin, harvest({ who: { memberIds: [member.id], role: 'acopiadora' } }));
    const second = await post(api, path, m.admin, { ...harvest({ eventTime: '2026-11-03T08:00:00-05:00' }), final: true });
    const refused = await post(api, path, m.admin, harvest());

    // Assert
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect(refused.status).toBe(409);
    const items = await rawItems(api, provenanceKeys.lotPartition(lot.id), provenanceKeys.eventPrefix);
    expect(items).toHaveLength(2);
    for (const item of items) {
      expectEvent(outboxOf(item), {
        type: 'provenance.event_recorded',
        aggregate: { type: 'lot', id: lot.id, seq: item.seq as number },
        organisations: [m.association.id],
        occurredAt: item.recordedAt as string,
        allowed: PROVENANCE_DATA,
        data: { lotId: lot.id, eventId: item.id, eventType: 'collection', bizStep: 'receiving', eventTime: item.eventTime, recordedAt: item.recordedAt },
        forbidden: [member.id, 'Justina', 'acopiadora', `admin-${m.association.id}`, 'Pinchimuro'],
      });
      // The outbox is beside the record, never in what is hashed.
      const recordJson = item.recordJson as string;
      expect(recordJson).not.toContain('outbox');
      expect(canonicalJson(JSON.parse(recordJson))).toBe(recordJson);
      expect(recordHashOf(recordJson, item.salt as string)).toBe(item.recordHash);
    }
    expect(items.map((item) => outboxOf(item).aggregate.seq).sort()).toEqual([1, 2]);
    expect((await outboxEventsAbout(api, lot.id)).map((e) => `${e.type}:${e.aggregate.seq}`).sort()).toEqual([
      'lot.created:0',
      'provenance.event_recorded:1',
      'provenance.event_recorded:2',
    ]);

    // Reads (the event list, the proof bundle, EPCIS) never answer the outbox, and the proofs still match.
    const listed = await get(api, path, m.admin);
    expect(listed.body.items).toHaveLength(2);
    expect(mentionsOutbox(listed.body) || mentionsOutbox(first.body)).toBe(false);
    const bundle = await get(api, `/v1/lots/${lot.id}/provenance`);
    expect(bundle.status).toBe(200);
    expect(mentionsOutbox(bundle.body)).toBe(false);
    expect(bundle.body.events.map((e: { matches: boolean }) => e.matches)).toEqual([true, true]);
    const epcis = await get(api, `/v1/lots/${lot.id}/epcis`, m.admin);
    expect(epcis.status).toBe(200);
    expect(mentionsOutbox(epcis.body)).toBe(false);
  });
});

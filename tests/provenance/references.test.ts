import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain } from '@ayni/catalog';
import { provenanceDomain } from '@ayni/provenance';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { get, patch, post } from '../support/catalog-fixtures.js';
import { harvest, lotWithProduct, newLot } from './fixtures.js';

let api: TestApi;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, provenanceDomain]);
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

const UNKNOWN_MEMBER = 'mem_01JCCCCCCCCCCCCCCCCCCCCCCC';
const UNKNOWN_LOT = 'lot_01JCCCCCCCCCCCCCCCCCCCCCCC';
const UNKNOWN_ORG = 'org_01JCCCCCCCCCCCCCCCCCCCCCCC';

const pathsOf = (res: { body: { errors?: Array<{ path: string }> } }) => (res.body.errors ?? []).map((e) => e.path);

/** Two associations with a lot each (a cheese maker and a milk producer), and members. */
async function twoAssociations() {
  const ours = await lotWithProduct(api);
  const theirs = await lotWithProduct(api);
  const member = async (orgId: string, admin: string, name: string) =>
    (await post(api, `/v1/orgs/${orgId}/members`, admin, { name, community: 'Ocongate' })).body as { id: string };
  const justina = await member(ours.org.id, ours.admin, 'Justina Quispe');
  const rosa = await member(ours.org.id, ours.admin, 'Rosa Huamán');
  const stranger = await member(theirs.org.id, theirs.admin, 'Ana Mamani');
  return { ours, theirs, justina, rosa, stranger, events: `/v1/orgs/${ours.org.id}/lots/${ours.lot.id}/events` };
}

async function eventsOf(orgId: string, lotId: string, admin: string) {
  return (await get(api, `/v1/orgs/${orgId}/lots/${lotId}/events`, admin)).body.items as unknown[];
}

describe('members named in an event', () => {
  it('must be members of the association: another association’s or unknown ids are a 400 naming each', async () => {
    // Prepare
    const { ours, justina, stranger, events } = await twoAssociations();

    // Act
    const res = await post(api, events, ours.admin, harvest({ who: { memberIds: [justina.id, stranger.id, UNKNOWN_MEMBER], role: 'acopiadora' } }));

    // Assess
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: 'who.memberIds.1', message: expect.stringMatching(/no es miembro de esta asociación/) }),
      expect.objectContaining({ path: 'who.memberIds.2', message: expect.stringMatching(/no es miembro de esta asociación/) }),
    ]);
    expect(await eventsOf(ours.org.id, ours.lot.id, ours.admin)).toEqual([]);
  });

  it('may include a member deactivated since, because events are often recorded days later', async () => {
    // Prepare
    const { ours, justina, rosa, events } = await twoAssociations();
    await patch(api, `/v1/orgs/${ours.org.id}/members/${rosa.id}`, ours.admin, { active: false });

    // Act
    const res = await post(api, events, ours.admin, harvest({ who: { memberIds: [justina.id, rosa.id] } }));

    // Assess
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.record.who.memberIds).toEqual([justina.id, rosa.id]);
  });
});

describe('input lots of a transformation', () => {
  const transformation = (inputs: Array<{ lotId: string }>) => ({
    type: 'transformation',
    eventTime: '2026-11-03T08:00:00-05:00',
    what: { quantity: '40', unit: 'kg', inputs: inputs.map((i) => ({ ...i, quantity: '60', unit: 'litre' })) },
    where: { place: 'Planta quesera' },
  });

  it('must exist, naming each unknown one', async () => {
    // Prepare
    const { ours, events } = await twoAssociations();
    const milk = await newLot(api, ours.org.id, ours.admin, ours.product.id, '60');

    // Act
    const res = await post(api, events, ours.admin, transformation([{ lotId: milk.id }, { lotId: UNKNOWN_LOT }]));

    // Assess
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'what.inputs.1.lotId', message: expect.stringMatching(/no es un lote conocido/) })]);
  });

  it('may be another association’s lot only once that association shipped it to this one', async () => {
    // Prepare: the milk producer's lot, not yet shipped to the cheese maker.
    const { ours, theirs, events } = await twoAssociations();
    const milk = theirs.lot;

    // Act
    const unshipped = await post(api, events, ours.admin, transformation([{ lotId: milk.id }]));
    await post(api, `/v1/orgs/${theirs.org.id}/lots/${milk.id}/events`, theirs.admin, {
      type: 'shipping',
      eventTime: '2026-11-02T10:00:00-05:00',
      where: { place: 'Pinchimuro' },
      shipment: { buyerId: ours.org.id, buyerName: 'Asociación Sumaq Ausangate', quantity: '60', unit: 'litre' },
    });
    const shipped = await post(api, events, ours.admin, transformation([{ lotId: milk.id }]));

    // Assess
    expect(unshipped.status).toBe(400);
    expect(unshipped.body.errors).toEqual([
      expect.objectContaining({ path: 'what.inputs.0.lotId', message: expect.stringMatching(/es un lote de otra organización que no se envió a la tuya/) }),
    ]);
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(201);
  });

  it('show the milk producer which lot its milk went into, but not who bought that lot', async () => {
    // Prepare: milk shipped to the cheese maker and made into cheese, the cheese sold to a café.
    const { ours, theirs, events } = await twoAssociations();
    const milk = theirs.lot;
    await post(api, `/v1/orgs/${theirs.org.id}/lots/${milk.id}/events`, theirs.admin, {
      type: 'shipping',
      eventTime: '2026-11-02T10:00:00-05:00',
      where: { place: 'Pinchimuro' },
      shipment: { buyerId: ours.org.id, buyerName: 'Asociación Sumaq Ausangate', quantity: '60', unit: 'litre' },
    });
    expect((await post(api, events, ours.admin, transformation([{ lotId: milk.id }]))).status).toBe(201);
    await post(api, events, ours.admin, {
      type: 'shipping',
      eventTime: '2026-11-07T05:00:00-05:00',
      where: { place: 'Ocongate' },
      shipment: { buyerName: 'Café Q’omer', quantity: '5', unit: 'kg' },
    });

    // Act
    const ofMilk = await get(api, `/v1/orgs/${theirs.org.id}/lots/${milk.id}/lineage`, theirs.admin);
    const ofCheese = await get(api, `/v1/orgs/${ours.org.id}/lots/${ours.lot.id}/lineage`, ours.admin);

    // Assess
    expect(ofMilk.body.downstream.children).toEqual([expect.objectContaining({ lotId: ours.lot.id })]);
    expect(ofMilk.body.recipients).toEqual([expect.objectContaining({ lotId: milk.id, buyerId: ours.org.id })]);
    expect(ofCheese.body.upstream.children).toEqual([expect.objectContaining({ lotId: milk.id })]);
    expect(ofCheese.body.recipients).toEqual([expect.objectContaining({ lotId: ours.lot.id, buyerName: 'Café Q’omer' })]);
  });

  it('are each given once: a lot listed twice is a 400 naming the repetition', async () => {
    // Prepare
    const { ours, events } = await twoAssociations();
    const milk = await newLot(api, ours.org.id, ours.admin, ours.product.id, '60');

    // Act
    const res = await post(api, events, ours.admin, transformation([{ lotId: milk.id }, { lotId: milk.id }]));

    // Assess
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'what.inputs.1.lotId', message: expect.stringMatching(/ya es el insumo 0/) })]);
  });

  it('may be another association’s lot that an order shipped to this one', async () => {
    // Prepare: the orders package's shipment record of the milk lot to the cheese maker.
    const { ours, theirs, events } = await twoAssociations();
    await api.runtime.store.doc.send(
      new PutCommand({
        TableName: api.runtime.store.tableName,
        Item: {
          pk: `LOT#${theirs.lot.id}`,
          sk: 'SHIPMENT#ord_01#001',
          entity: 'Shipment',
          lotId: theirs.lot.id,
          orderId: 'ord_01',
          line: 1,
          associationId: theirs.org.id,
          buyerId: ours.org.id,
          quantity: 60000,
          unit: 'kg',
          date: '2026-11-02',
        },
      }),
    );

    // Act
    const res = await post(api, events, ours.admin, transformation([{ lotId: theirs.lot.id }]));

    // Assess
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
});

describe('the buyer of a shipment', () => {
  it('must be a known buyer or association when its id is given', async () => {
    // Prepare
    const { ours, theirs, events } = await twoAssociations();
    const fund = (await post(api, '/v1/orgs', root, { kind: 'fund', name: 'FREES', country: 'PE', region: 'Cusco' })).body;
    const shipping = (buyerId: string) => ({
      type: 'shipping',
      eventTime: '2026-11-07T05:00:00-05:00',
      where: { place: 'Ocongate' },
      shipment: { buyerId, buyerName: 'Café Q’omer', quantity: '5', unit: 'kg' },
    });

    // Act
    const unknown = await post(api, events, ours.admin, shipping(UNKNOWN_ORG));
    const notABuyer = await post(api, events, ours.admin, shipping(fund.id));
    const association = await post(api, events, ours.admin, shipping(theirs.org.id));

    // Assess
    expect(unknown.status).toBe(400);
    expect(pathsOf(unknown)).toEqual(['shipment.buyerId']);
    expect(notABuyer.status).toBe(400);
    expect(pathsOf(notABuyer)).toEqual(['shipment.buyerId']);
    expect(association.status).toBe(201);
  });
});

import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain } from '@ayni/catalog';
import { provenanceDomain } from '@ayni/provenance';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createAssociation, get, post } from '../support/catalog-fixtures.js';
import { harvest, lotWithProduct, newLot } from './fixtures.js';

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, provenanceDomain], { env: { PUBLIC_BASE_URL: 'https://ayni.example' } });
});

describe('recording provenance events', () => {
  it('is for the association’s own members and admins, with an Idempotency-Key', async () => {
    const { org, admin, lot } = await lotWithProduct(api);
    const path = `/v1/orgs/${org.id}/lots/${lot.id}/events`;
    expect((await api.call('POST', path, { body: harvest(), headers: { 'idempotency-key': randomUUID() } })).status).toBe(401);
    const root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
    const other = await createAssociation(api, root, { name: 'Huaroq Sara' });
    expect((await post(api, path, other.admin, harvest())).status).toBe(403);
    const buyer = await api.token({ sub: 'chef', org: org.id, roles: ['buyer'] });
    expect((await post(api, path, buyer, harvest())).status).toBe(403);
    const noKey = await api.call('POST', path, { token: admin, body: harvest() });
    expect(noKey.status).toBe(400);

    const member = await api.token({ sub: 'rosa', org: org.id, roles: ['association_member'] });
    const key = randomUUID();
    const first = await api.call('POST', path, { token: member, body: harvest(), headers: { 'idempotency-key': key } });
    const replay = await api.call('POST', path, { token: member, body: harvest(), headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const listed = await get(api, path, admin);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0].record).toMatchObject({
      type: 'collection',
      bizStep: 'receiving',
      recordedByRole: 'association_member',
      eventTimeZoneOffset: '-05:00',
    });
    expect(listed.body.items[0].record.eventTime).toBe('2026-11-02T11:30:00.000Z');
  });

  it('refuses incomplete or impossible events, naming the fields', async () => {
    const { org, admin, lot } = await lotWithProduct(api);
    const path = `/v1/orgs/${org.id}/lots/${lot.id}/events`;
    const noInputs = await post(api, path, admin, { ...harvest(), type: 'transformation' });
    expect(noInputs.status).toBe(400);
    expect(noInputs.body.errors.map((e: { path: string }) => e.path)).toContain('what.inputs');
    const future = await post(api, path, admin, harvest({ eventTime: '2099-01-01T00:00:00-05:00' }));
    expect(future.body.errors).toEqual([expect.objectContaining({ path: 'eventTime' })]);
    const floaty = await post(api, path, admin, harvest({ what: { quantity: '1.23456', unit: 'kg' } }));
    expect(floaty.status).toBe(400);
    const self = await post(api, path, admin, { ...harvest(), type: 'transformation', what: { inputs: [{ lotId: lot.id, quantity: '1', unit: 'kg' }] } });
    expect(self.body.errors).toEqual([expect.objectContaining({ path: 'what.inputs.0.lotId' })]);
  });

  it('is append-only: a correction is a new event pointing at the corrected one', async () => {
    const { org, admin, lot } = await lotWithProduct(api);
    const path = `/v1/orgs/${org.id}/lots/${lot.id}/events`;
    const wrong = await post(api, path, admin, harvest());
    const fix = await post(
      api,
      path,
      admin,
      harvest({ what: { quantity: '102.5', unit: 'litre' }, corrects: wrong.body.record.id, why: { note: 'Error de lectura del balde' } }),
    );
    expect(fix.status).toBe(201);
    expect(fix.body.record.corrects).toBe(wrong.body.record.id);
    const listed = await get(api, path, admin);
    expect(listed.body.items).toHaveLength(2);
    const dangling = await post(api, path, admin, harvest({ corrects: 'pev_01M7Z8HKKJRXP2D779BXVNDG8D' }));
    expect(dangling.body.errors).toEqual([expect.objectContaining({ path: 'corrects' })]);
  });
});

describe('lineage', () => {
  it('answers upstream through transformations, downstream, and who received the lot (recall), by Queries', async () => {
    // Prepare: milk lot → cheese lot; cheese shipped to a café; the orders package shipped some too.
    const { org, admin, product, lot: cheese } = await lotWithProduct(api);
    const milkA = await newLot(api, org.id, admin, product.id, '60');
    const milkB = await newLot(api, org.id, admin, product.id, '60');
    const transform = await post(api, `/v1/orgs/${org.id}/lots/${cheese.id}/events`, admin, {
      type: 'transformation',
      eventTime: '2026-11-03T08:00:00-05:00',
      what: {
        quantity: '40',
        unit: 'kg',
        inputs: [
          { lotId: milkA.id, quantity: '60', unit: 'litre' },
          { lotId: milkB.id, quantity: '60', unit: 'litre' },
        ],
      },
      where: { place: 'Planta quesera' },
    });
    expect(transform.status).toBe(201);
    await post(api, `/v1/orgs/${org.id}/lots/${cheese.id}/events`, admin, {
      type: 'shipping',
      eventTime: '2026-11-07T05:00:00-05:00',
      where: { place: 'Ocongate' },
      shipment: { buyerName: 'Chicha', destination: 'Cusco', quantity: '5', unit: 'kg' },
    });
    await api.runtime.store.doc.send(
      new PutCommand({
        TableName: api.runtime.store.tableName,
        Item: {
          pk: `LOT#${cheese.id}`,
          sk: 'SHIPMENT#ord_01#1',
          // As the orders package writes it (ShipmentItem): quantities in thousandths of the unit.
          entity: 'Shipment',
          orderId: 'ord_01',
          buyerId: 'org_01M7Z8HKKJRXP2D779BXVNDG8D',
          quantity: 3000,
          unit: 'kg',
          date: '2026-11-10',
        },
      }),
    );

    // Act
    const ofMilk = await get(api, `/v1/orgs/${org.id}/lots/${milkA.id}/lineage`, admin);
    const ofCheese = await get(api, `/v1/orgs/${org.id}/lots/${cheese.id}/lineage`, admin);

    // Assess
    expect(ofCheese.body.upstream.children.map((c: { lotId: string }) => c.lotId).sort()).toEqual([milkA.id, milkB.id].sort());
    expect(ofMilk.body.downstream.children).toEqual([expect.objectContaining({ lotId: cheese.id, quantity: '60', unit: 'litre' })]);
    expect(ofMilk.body.recipients).toEqual([
      expect.objectContaining({ lotId: cheese.id, source: 'shipping_event', buyerName: 'Chicha', quantity: '5' }),
      expect.objectContaining({ lotId: cheese.id, source: 'order_shipment', orderId: 'ord_01', quantity: '3' }),
    ]);
    expect((await get(api, `/v1/orgs/${org.id}/lots/${cheese.id}/lineage`)).status).toBe(401);
  });
});

describe('public outputs of a lot', () => {
  it('exports its events as an EPCIS 2.0 JSON-LD document', async () => {
    const { org, admin, product, lot } = await lotWithProduct(api, { gtin: '07751234000016', code: 'QA-118' });
    const milk = await newLot(api, org.id, admin, product.id, '60');
    await post(api, `/v1/orgs/${org.id}/lots/${lot.id}/events`, admin, {
      type: 'transformation',
      eventTime: '2026-11-03T08:00:00-05:00',
      what: { quantity: '40', unit: 'kg', inputs: [{ lotId: milk.id, quantity: '60', unit: 'litre' }] },
      where: { place: 'Planta quesera' },
    });
    await post(api, `/v1/orgs/${org.id}/lots/${lot.id}/events`, admin, {
      type: 'shipping',
      eventTime: '2026-11-07T05:00:00-05:00',
      where: { place: 'Ocongate' },
      shipment: { buyerName: 'Chicha', quantity: '5', unit: 'kg', orderId: 'ord_9' },
    });

    const res = await api.call('GET', `/v1/lots/${lot.id}/epcis`);
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    const doc = (await res.json()) as { type: string; schemaVersion: string; '@context': unknown[]; epcisBody: { eventList: Array<Record<string, any>> } };
    expect(doc).toMatchObject({ type: 'EPCISDocument', schemaVersion: '2.0' });
    expect(doc['@context'][0]).toBe('https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld');
    const [transformation, shipping] = doc.epcisBody.eventList;
    expect(transformation).toMatchObject({
      type: 'TransformationEvent',
      eventTimeZoneOffset: '-05:00',
      outputQuantityList: [{ epcClass: 'https://id.gs1.org/01/07751234000016/10/QA-118', quantity: 40, uom: 'KGM' }],
      inputQuantityList: [{ quantity: 60, uom: 'LTR' }],
    });
    expect(shipping).toMatchObject({
      type: 'ObjectEvent',
      action: 'OBSERVE',
      bizStep: 'shipping',
      bizTransactionList: [{ type: 'po', bizTransaction: 'urn:ayni:order:ord_9' }],
    });
  });

  it('serves QR codes of the GS1 Digital Link URL, which redirects to the page', async () => {
    const { lot } = await lotWithProduct(api, { gtin: '07751234000023', code: 'QM-7' });
    const svg = await api.call('GET', `/v1/lots/${lot.id}/qr.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await svg.text()).toContain('<svg');
    const png = await api.call('GET', `/v1/lots/${lot.id}/qr.png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const labels = await api.call('GET', `/v1/lots/${lot.id}/labels?copies=6`);
    const html = await labels.text();
    expect(html.match(/class="label"/g)).toHaveLength(6);
    expect(html).toContain('https://ayni.example/01/07751234000023/10/QM-7');

    const redirect = await api.call('GET', '/01/07751234000023/10/QM-7');
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(`/p/${lot.id}`);
    expect((await api.call('GET', '/01/07751234000023/10/NOPE')).status).toBe(404);
  });

  it('serves the page without a GTIN at /p/{lotId}, in the language asked for', async () => {
    const { lot } = await lotWithProduct(api);
    const es = await api.call('GET', `/p/${lot.id}`);
    expect(es.status).toBe(200);
    const html = await es.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Historia del lote');
    expect(Buffer.byteLength(html)).toBeLessThan(100 * 1024);
    const en = await api.call('GET', `/p/${lot.id}`, { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    expect(await en.text()).toContain('<html lang="en">');
    const qu = await api.call('GET', `/p/${lot.id}?lang=qu`, { headers: { 'accept-language': 'en' } });
    expect(await qu.text()).toContain('Lotepa willakuynin');
    expect((await api.call('GET', '/p/lot_01M7Z8HKKJRXP2D779BXVNDG8D')).status).toBe(404);
  });

  it('is documented in the OpenAPI document, public routes without security', async () => {
    const doc = (await (await api.call('GET', '/openapi.json')).json()) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    expect(doc.paths['/v1/lots/{lotId}/provenance']!.get!.security).toEqual([]);
    expect(doc.paths['/v1/orgs/{orgId}/lots/{lotId}/events']!.post!.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/p/{lotId}']).toBeDefined();
  });
});

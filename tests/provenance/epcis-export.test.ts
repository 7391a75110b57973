import { catalogDomain } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { anchorPendingEvents, provenanceDomain } from '@ayni/provenance';
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ordersKeys } from '../../packages/orders/src/keys.js';
import { epcisIndexAttributes } from '../../packages/provenance/src/service/epcis-index.js';
import { epcisKeys } from '../../packages/provenance/src/keys.js';
import { AYNI_EPCIS_NAMESPACE, GS1_EPCIS_CONTEXT } from '../../packages/provenance/src/service/epcis.js';
import { act, chullpi, createMarket, createProduct, placeOrder, type Market } from '../orders/fixtures.js';
import { createTestApi, type TestApi } from '../support/api.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';
import { post, quesoAndino } from '../support/catalog-fixtures.js';
import { anchorChain, harvest } from './fixtures.js';

// The validators of the standards' maintainers: GS1's JSON Schema and JSON-LD context (vendored in
// ./gs1, see its README), ajv, jsonld.js and epcis2.js (CommonJS without types: required).
const require = createRequire(import.meta.url);
const jsonld = require('jsonld') as { expand(input: unknown, options: Record<string, unknown>): Promise<unknown[]> };
const epcis2 = require('epcis2.js') as {
  setup(settings: Record<string, unknown>): void;
  validateEpcisDocument(document: unknown, throwError: boolean): { success: boolean; errors: string[] };
};
const addFormats = require('ajv-formats') as (ajv: Ajv) => Ajv;

const gs1 = (name: string) => JSON.parse(readFileSync(new URL(`./gs1/${name}`, import.meta.url), 'utf8')) as Record<string, any>;
const GS1_CONTEXT = gs1('epcis-context.jsonld');
const officialSchema: ValidateFunction = addFormats(new Ajv({ allErrors: true, strict: false })).compile(gs1('EPCIS-JSON-Schema.json'));
epcis2.setup({ checkExtensions: true });

/** Serves GS1's context from the vendored copy: nothing is fetched. */
const documentLoader = async (url: string) => {
  if (url === GS1_EPCIS_CONTEXT) return { contextUrl: null, documentUrl: url, document: GS1_CONTEXT };
  throw new Error(`offline: no document ${url}`);
};

type Json = Record<string, any>;
type Scope = Record<string, any>;

/** The absolute IRI (or keyword) a compact IRI or term stands for in these scopes. */
function iriOf(value: string, scopes: readonly Scope[]): string | undefined {
  if (value.startsWith('@')) return value;
  const colon = value.indexOf(':');
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    for (let i = scopes.length - 1; i >= 0; i--) {
      const def = scopes[i]![prefix];
      if (typeof def === 'string') return `${def}${value.slice(colon + 1)}`;
    }
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : undefined;
  }
  return undefined;
}

/** A key's term definition in the active scopes (innermost first): its IRI and its scoped context. */
function termOf(key: string, scopes: readonly Scope[]): { iri: string; scoped?: Scope } | undefined {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const def = scopes[i]![key];
    if (def === undefined) continue;
    if (def === null) return undefined;
    if (typeof def === 'string') {
      const iri = iriOf(def, scopes);
      return iri ? { iri } : undefined;
    }
    const iri = iriOf(String(def['@id'] ?? key), scopes);
    return iri ? { iri, ...(def['@context'] ? { scoped: def['@context'] } : {}) } : undefined;
  }
  const iri = iriOf(key, scopes);
  return iri ? { iri } : undefined;
}

/**
 * Walks a compacted document and its expanded form side by side: every key of the compacted input
 * (at any depth) must have its IRI in the expanded node, with as many values. Answers the paths of
 * the keys that expansion dropped (undefined terms, or values lost).
 */
function droppedTerms(compacted: Json, expanded: Json, scopes: readonly Scope[], path = ''): string[] {
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(compacted)) {
    if (key === '@context') continue;
    const where = `${path}${key}`;
    const term = termOf(key, scopes);
    const values = term ? expanded[term.iri] : undefined;
    if (!term || values === undefined) {
      dropped.push(where);
      continue;
    }
    if (term.iri.startsWith('@')) continue;
    const expandedValues = (values as Json[]).flatMap((v) => (v['@list'] ? v['@list'] : [v]));
    const compactValues = Array.isArray(value) ? value : [value];
    if (expandedValues.length !== compactValues.length) dropped.push(`${where} (${compactValues.length} values, ${expandedValues.length} kept)`);
    const inner = term.scoped ? [...scopes, term.scoped] : scopes;
    compactValues.forEach((v, i) => {
      if (v && typeof v === 'object' && !Array.isArray(v) && expandedValues[i]) dropped.push(...droppedTerms(v, expandedValues[i], inner, `${where}.${i}.`));
    });
  }
  return dropped;
}

/** Expands a document with GS1's context (safe mode: any loss throws) and answers the terms it dropped. */
async function termsDroppedByExpansion(document: Json): Promise<string[]> {
  const expanded = (await jsonld.expand(document, { documentLoader, safe: true })) as Json[];
  const scopes = [GS1_CONTEXT['@context'], ...(document['@context'] as unknown[]).filter((c): c is Scope => typeof c === 'object')];
  return droppedTerms(document, expanded[0]!, scopes);
}

/** Every error of the official schema and of epcis2.js (empty when both accept the document). */
function conformanceErrors(document: Json): string[] {
  const schema = officialSchema(document) ? [] : (officialSchema.errors ?? []).map((e) => `schema ${e.instancePath} ${e.message}`);
  const sdk = epcis2.validateEpcisDocument(document, false);
  return [...schema, ...(sdk.success ? [] : sdk.errors.map((e) => `epcis2.js ${e}`))];
}

const eventsOf = (document: Json): Json[] => document.epcisBody.eventList ?? document.epcisBody.queryResults.resultsBody.eventList;

let api: TestApi;
let chain: ChainFixture;
let market: Market;
let cheese: { id: string };
let milk: { id: string };
let orderId: string;
const BASE = 'https://ayni.example';
const CHEESE_CLASS = 'https://id.gs1.org/01/07751234000016/10/QA-118';

beforeAll(async () => {
  chain = await chainFixture();
  const anchor = await anchorChain(chain);
  api = await createTestApi([catalogDomain, ordersDomain, provenanceDomain], { env: { PUBLIC_BASE_URL: BASE }, chainRpcUrl: chain.rpcUrl });
  market = await createMarket(api);
  const org = market.association.id;
  // Prepare: milk (a product without GTIN) made into cheese (a GTIN given in 13 digits), every kind of event on them.
  const maize = await createProduct(api, market, chullpi, [['60', '2026-11-01']]);
  milk = maize.lots[0]!;
  const product = await post(api, `/v1/orgs/${org}/products`, market.admin, { ...quesoAndino, gtin: '7751234000016' });
  const lot = await post(api, `/v1/orgs/${org}/lots`, market.admin, {
    productId: product.body.id,
    code: 'QA-118',
    quantity: '40',
    productionDate: '2026-11-03',
  });
  cheese = lot.body;
  const record = async (lotId: string, body: Record<string, unknown>) => {
    const res = await post(api, `/v1/orgs/${org}/lots/${lotId}/events`, market.admin, body);
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body.record.id as string;
  };
  await record(milk.id, harvest({ type: 'harvest', where: { place: 'Chacra de Huaro', geo: { lat: -13.6906, lng: -71.6447 } } }));
  await record(milk.id, harvest());
  await record(cheese.id, {
    type: 'transformation',
    eventTime: '2026-11-03T08:00:00-05:00',
    what: { quantity: '40', unit: 'kg', description: 'Queso tipo paria', inputs: [{ lotId: milk.id, quantity: '60', unit: 'kg' }] },
    where: { place: 'Planta quesera' },
    who: { role: 'quesero' },
    why: { disposition: 'in_progress' },
  });
  const check = await record(cheese.id, {
    type: 'quality_check',
    eventTime: '2026-11-04T10:00:00-05:00',
    where: { place: 'Planta quesera' },
    quality: { check: 'Inspección', result: 'pass', measurements: { humedad: '42 %', 'sal (g/kg)': '18' }, inspector: 'Comité de calidad' },
    why: { disposition: 'conformant', note: 'Muestra de 3 piezas' },
  });
  await record(cheese.id, {
    type: 'certification',
    eventTime: '2026-11-05T10:00:00-05:00',
    where: { place: 'Ocongate' },
    certification: { name: 'Orgánico', issuer: 'SENASA', certificateId: 'PE-ORG-118', validUntil: '2027-11-05' },
  });
  await record(cheese.id, {
    type: 'packing',
    eventTime: '2026-11-06T09:00:00-05:00',
    what: { quantity: '40', unit: 'kg' },
    where: { place: 'Planta quesera' },
  });
  await record(cheese.id, {
    type: 'quality_check',
    eventTime: '2026-11-06T10:00:00-05:00',
    where: { place: 'Planta quesera' },
    quality: { check: 'Inspección', result: 'pass' },
    corrects: check,
    why: { note: 'Corrige la hora' },
  });
  await record(cheese.id, {
    type: 'shipping',
    eventTime: '2026-11-07T05:00:00-05:00',
    where: { place: 'Ocongate' },
    shipment: { buyerId: market.buyer.id, buyerName: 'República del Pisco', destination: 'Cusco', quantity: '5', unit: 'kg', orderId: 'ord_manual 7' },
    why: { disposition: 'in_transit' },
  });
  const run = await anchorPendingEvents({ store: api.runtime.store, clock: api.runtime.clock, chain: anchor });
  if (!run.ok || run.included.length === 0) throw new Error(`anchoring: ${JSON.stringify(run)}`);
  // An order of the cheese, dispatched (a shipment of the lot) and delivered (its receipt).
  const placed = await placeOrder(api, market, [{ productId: product.body.id, quantity: '5' }]);
  orderId = placed.body.id;
  for (const [token, action] of [
    [market.admin, 'confirm'],
    [market.admin, 'dispatch'],
    [market.buyerToken, 'deliver'],
  ] as const) {
    const res = await act(api, token, orderId, action);
    if (res.status !== 200) throw new Error(`${action}: ${JSON.stringify(res.body)}`);
  }
});

afterAll(() => chain?.close());

/** The documents the API makes of these lots: the export of each lot as the public, the association and the buyer see it, and a query. */
async function documents(): Promise<Array<[string, Json]>> {
  const ask = async (path: string, token?: string) => {
    const res = await api.call('GET', path, token ? { token } : {});
    expect(res.status, path).toBe(200);
    return (await res.json()) as Json;
  };
  return [
    ['cheese, public', await ask(`/v1/lots/${cheese.id}/epcis`)],
    ['cheese, association', await ask(`/v1/lots/${cheese.id}/epcis`, market.admin)],
    ['cheese, buyer', await ask(`/v1/lots/${cheese.id}/epcis`, market.buyerToken)],
    ['milk, public', await ask(`/v1/lots/${milk.id}/epcis`)],
    ['query of the cheese class', await ask(`/v1/epcis/events?MATCH_anyEPCClass=${encodeURIComponent(CHEESE_CLASS)}`, market.admin)],
  ];
}

describe('the EPCIS export of a lot', () => {
  it('names every extension term in Ayni’s namespace: expansion with GS1’s context drops none, at any depth', async () => {
    // Act
    const docs = await documents();

    // Assess
    for (const [name, doc] of docs) {
      expect(doc['@context'], name).toEqual([GS1_EPCIS_CONTEXT, { ayni: AYNI_EPCIS_NAMESPACE }]);
      expect(await termsDroppedByExpansion(doc), name).toEqual([]);
    }
    const [, cheeseDoc] = docs[1]!;
    const types = eventsOf(cheeseDoc).map((e) => e['ayni:type']);
    expect(types).toEqual(['transformation', 'quality_check', 'certification', 'packing', 'quality_check', 'shipping', 'order_dispatch', 'order_delivery']);
    const anchored = eventsOf(cheeseDoc)[0]!;
    expect(anchored['ayni:anchor']).toMatchObject({ 'ayni:chainId': chain.chainId, 'ayni:status': 'finalized' });
    expect(Object.keys(anchored['ayni:anchor'])).toEqual(expect.arrayContaining(['ayni:txHash', 'ayni:root', 'ayni:contract', 'ayni:blockNumber']));
    expect(eventsOf(cheeseDoc)[1]!['ayni:quality']['ayni:measurements']).toEqual([
      { 'ayni:name': 'humedad', 'ayni:value': '42 %' },
      { 'ayni:name': 'sal (g/kg)', 'ayni:value': '18' },
    ]);
  });

  it('finds what the old export lost: an extension with unprefixed fields is reported', async () => {
    // Prepare: the shape the export had (nested anchor fields not namespaced).
    const [, doc] = (await documents())[0]!;
    const event = { ...eventsOf(doc)[0]!, 'ayni:anchor': { txHash: '0xabc', 'ayni:root': '0xdef' } };
    const old = { ...doc, epcisBody: { eventList: [event] } };

    // Act
    const expanded = (await jsonld.expand(old, { documentLoader })) as Json[];
    const dropped = droppedTerms(old, expanded[0]!, [GS1_CONTEXT['@context'], { ayni: AYNI_EPCIS_NAMESPACE }]);

    // Assess
    expect(dropped).toEqual(['epcisBody.0.eventList.0.ayni:anchor.0.txHash']);
    await expect(jsonld.expand(old, { documentLoader, safe: true })).rejects.toThrow();
  });

  it('validates against GS1’s EPCIS 2.0 JSON Schema and epcis2.js with 0 errors', async () => {
    for (const [name, doc] of await documents()) expect(conformanceErrors(doc), name).toEqual([]);
  });

  it('keeps the EPC class of the lot’s Digital Link: GTIN in 14 digits, the catalog’s batch/lot number', async () => {
    // Act
    const doc = await (await api.call('GET', `/v1/lots/${cheese.id}/epcis`)).json();
    const milkDoc = await (await api.call('GET', `/v1/lots/${milk.id}/epcis`)).json();

    // Assess
    const [transformation] = eventsOf(doc);
    expect(transformation).toMatchObject({
      type: 'TransformationEvent',
      outputQuantityList: [{ epcClass: CHEESE_CLASS, quantity: 40, uom: 'KGM' }],
      inputQuantityList: [{ epcClass: `${BASE}/v1/lots/${milk.id}`, quantity: 60, uom: 'KGM' }],
      'ayni:description': 'Queso tipo paria',
      'ayni:who': { 'ayni:role': 'quesero' },
    });
    expect(eventsOf(milkDoc)[0]).toMatchObject({ action: 'ADD', bizStep: 'commissioning', readPoint: { id: 'geo:-13.6906,-71.6447' } });
    const certification = eventsOf(doc).find((e) => e['ayni:type'] === 'certification')!;
    expect(certification.certificationInfo).toBe(`${BASE}/v1/lots/${cheese.id}/provenance#${certification.eventID.split('/').pop()}`);
    expect(certification['ayni:certification']).toEqual({
      'ayni:name': 'Orgánico',
      'ayni:issuer': 'SENASA',
      'ayni:certificateId': 'PE-ORG-118',
      'ayni:validUntil': '2027-11-05',
    });
  });
});

describe('orders in the EPCIS export', () => {
  it('turns a dispatch into shipping (in_transit) and the delivery into receiving, naming the order and the parties to them', async () => {
    // Act
    const full = eventsOf(await (await api.call('GET', `/v1/lots/${cheese.id}/epcis`, { token: market.admin })).json());
    const buyers = eventsOf(await (await api.call('GET', `/v1/lots/${cheese.id}/epcis`, { token: market.buyerToken })).json());

    // Assess
    const parties = {
      bizTransactionList: [{ type: 'po', bizTransaction: `urn:ayni:order:${orderId}` }],
      sourceList: [{ type: 'owning_party', source: `${BASE}/v1/orgs/${market.association.id}` }],
      destinationList: [{ type: 'owning_party', destination: `${BASE}/v1/orgs/${market.buyer.id}` }],
    };
    const shipping = full.find((e) => e['ayni:type'] === 'order_dispatch');
    const receiving = full.find((e) => e['ayni:type'] === 'order_delivery');
    expect(shipping).toMatchObject({
      type: 'ObjectEvent',
      action: 'OBSERVE',
      bizStep: 'shipping',
      disposition: 'in_transit',
      quantityList: [{ epcClass: CHEESE_CLASS, quantity: 5, uom: 'KGM' }],
      eventTimeZoneOffset: '+00:00',
      'ayni:orderLine': 1,
      ...parties,
    });
    expect(shipping!.eventID).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(receiving).toMatchObject({
      bizStep: 'receiving',
      disposition: 'in_progress',
      quantityList: [{ epcClass: CHEESE_CLASS, quantity: 5, uom: 'KGM' }],
      ...parties,
    });
    expect(Date.parse(receiving!.eventTime)).toBeGreaterThanOrEqual(Date.parse(shipping!.eventTime));
    expect(buyers.find((e) => e['ayni:type'] === 'order_delivery')).toMatchObject(parties);
  });

  it('shows the public that the lot was dispatched and delivered, not to whom nor under which order', async () => {
    // Act
    const res = await api.call('GET', `/v1/lots/${cheese.id}/epcis`);
    const text = await res.clone().text();
    const events = eventsOf(await res.json());

    // Assess
    const shipping = events.find((e) => e['ayni:type'] === 'order_dispatch')!;
    const receiving = events.find((e) => e['ayni:type'] === 'order_delivery')!;
    expect(shipping).toMatchObject({ bizStep: 'shipping', sourceList: [{ type: 'owning_party', source: `${BASE}/v1/orgs/${market.association.id}` }] });
    for (const event of [shipping, receiving]) {
      expect(event).not.toHaveProperty('bizTransactionList');
      expect(event).not.toHaveProperty('destinationList');
    }
    expect(text).not.toContain(orderId);
    const other = await api.token({ sub: 'someone', org: 'org_01JD3Z9Q4X8V6T2M1N0P5R7S9W', roles: ['association_admin'] });
    expect(eventsOf(await (await api.call('GET', `/v1/lots/${cheese.id}/epcis`, { token: other })).json()).at(-1)).not.toHaveProperty('bizTransactionList');
  });

  it('expresses a shipping event recorded by hand with its order, source and destination', async () => {
    const events = eventsOf(await (await api.call('GET', `/v1/lots/${cheese.id}/epcis`)).json());
    expect(events.find((e) => e['ayni:type'] === 'shipping')).toMatchObject({
      bizStep: 'shipping',
      disposition: 'in_transit',
      bizTransactionList: [{ type: 'po', bizTransaction: 'urn:ayni:order:ord_manual%207' }],
      sourceList: [{ type: 'owning_party', source: `${BASE}/v1/orgs/${market.association.id}` }],
      destinationList: [{ type: 'owning_party', destination: `${BASE}/v1/orgs/${market.buyer.id}` }],
      'ayni:shipment': { 'ayni:buyerName': 'República del Pisco', 'ayni:destination': 'Cusco' },
    });
  });

  it('writes its shipments and receipts under the same index keys provenance’s events use', async () => {
    const at = '2026-11-20T15:00:00.000Z';
    expect(ordersKeys.epcisOfOrganisation('org_A')).toBe(epcisKeys.ofOrganisation('org_A'));
    expect(ordersKeys.epcisOfOrganisationStep('org_A', 'shipping')).toBe(epcisKeys.ofOrganisationStep('org_A', 'shipping'));
    expect(ordersKeys.epcisShipmentSort(at, 'lot_1', 'ord_1', 2)).toBe(epcisKeys.shipmentSort(at, 'lot_1', 'ord_1', 2));
    expect(ordersKeys.epcisReceiptSort(at, 'ord_1')).toBe(epcisKeys.receiptSort(at, 'ord_1'));
    expect(ordersKeys.receipt('ord_1')).toEqual(epcisKeys.receipt('ord_1'));
  });

  it('gives event items their index attributes: the organisation’s events by time (gsi2), per business step (gsi3)', () => {
    const event = {
      entity: 'ProvenanceEvent' as const,
      id: 'pev_01',
      lotId: 'lot_01',
      orgId: 'org_01',
      type: 'quality_check',
      eventTime: '2026-11-04T15:00:00.000Z',
      recordedAt: '2026-11-05T15:00:00.000Z',
      recordedBy: 'someone',
      recordJson: JSON.stringify({ bizStep: 'inspecting' }),
      salt: '0x',
      recordHash: '0x',
      status: 'pending' as const,
    };
    expect(epcisIndexAttributes(event)).toEqual({
      gsi2pk: 'EPCIS#ORG#org_01',
      gsi2sk: '2026-11-04T15:00:00.000Z#lot_01#EVENT#pev_01',
      gsi3pk: 'EPCIS#ORG#org_01#STEP#inspecting',
      gsi3sk: '2026-11-04T15:00:00.000Z#lot_01#EVENT#pev_01',
    });
  });
});

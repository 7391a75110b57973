import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { provenanceDomain, provenanceKeys } from '@ayni/provenance';
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ordersKeys } from '../../packages/orders/src/keys.js';
import { backfillEpcisIndex, backfillEpcisIndexes } from '../../packages/provenance/src/service/epcis-index.js';
import { act, chullpi, createMarket, createProduct, placeOrder, type Market } from '../orders/fixtures.js';
import { createTestApi, type TestApi } from '../support/api.js';
import { post, quesoAndino } from '../support/catalog-fixtures.js';
import { harvest } from './fixtures.js';

const require = createRequire(import.meta.url);
const epcis2 = require('epcis2.js') as { validateEpcisDocument(document: unknown, throwError: boolean): { success: boolean; errors: string[] } };
const addFormats = require('ajv-formats') as (ajv: Ajv) => Ajv;
const officialSchema: ValidateFunction = addFormats(new Ajv({ allErrors: true, strict: false })).compile(
  JSON.parse(readFileSync(new URL('./gs1/EPCIS-JSON-Schema.json', import.meta.url), 'utf8')),
);

type Json = Record<string, any>;
const BASE = 'https://ayni.example';
const GTIN = '07751234000023';
/** The same GTIN as an EPC URN: company prefix 7751234, indicator 0 + item reference 00002. */
const URN_PREFIX = 'urn:epc:class:lgtin:7751234.000002';

let api: TestApi;
let a: Market;
let b: Market;
let milk: { id: string };
let first: { id: string };
let second: { id: string };
let orders: string[];

async function query(params: Record<string, string>, token?: string) {
  const res = await api.call('GET', `/v1/epcis/events?${new URLSearchParams(params)}`, token ? { token } : {});
  const body = (await res.json()) as Json;
  return { status: res.status, body, link: res.headers.get('link'), events: (body.epcisBody?.queryResults?.resultsBody?.eventList ?? []) as Json[] };
}

/** Follows `Link: <…>; rel="next"` to the last page: every event and every page. */
async function allPages(params: Record<string, string>, token?: string) {
  const pages: Json[][] = [];
  let next: string | undefined = `/v1/epcis/events?${new URLSearchParams(params)}`;
  while (next) {
    const res: Response = await api.call('GET', next, token ? { token } : {});
    expect(res.status, next).toBe(200);
    pages.push(((await res.json()) as Json).epcisBody.queryResults.resultsBody.eventList);
    const link = res.headers.get('link');
    const match = link ? /^<https:\/\/ayni\.example(\/v1\/epcis\/events\?[^>]+)>; rel="next"$/.exec(link) : undefined;
    if (link) expect(match, link).toBeTruthy();
    next = match?.[1];
    if (pages.length > 50) throw new Error('too many pages');
  }
  return { pages, events: pages.flat() };
}

const ids = (events: readonly Json[]) => events.map((e) => e.eventID as string);
const kinds = (events: readonly Json[]) => events.map((e) => e['ayni:type'] as string);
const lgtin = (code: string) => `https://id.gs1.org/01/${GTIN}/10/${code}`;

/** What DynamoDB is asked while `task` runs: each command's name and index. */
async function commandsOf(task: () => Promise<unknown>): Promise<Array<{ name: string; index?: string }>> {
  const spy = vi.spyOn(api.runtime.store.doc, 'send');
  try {
    await task();
    return spy.mock.calls.map(([command]) => ({
      name: command.constructor.name,
      ...((command.input as { IndexName?: string }).IndexName ? { index: (command.input as { IndexName?: string }).IndexName } : {}),
    }));
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain, provenanceDomain], { env: { PUBLIC_BASE_URL: BASE } });
  a = await createMarket(api);
  b = await createMarket(api, a.root);
  const org = a.association.id;
  // Prepare: milk (no GTIN) made into cheese lot QM-1; a second cheese lot QM-2; two orders, the second drawing on both lots.
  milk = (await createProduct(api, a, chullpi, [['60', '2026-11-01']])).lots[0]!;
  const product = await post(api, `/v1/orgs/${org}/products`, a.admin, { ...quesoAndino, gtin: GTIN });
  const lot = (code: string, productionDate: string) =>
    post(api, `/v1/orgs/${org}/lots`, a.admin, { productId: product.body.id, code, quantity: '40', productionDate }).then((r) => r.body as { id: string });
  first = await lot('QM-1', '2026-11-02');
  second = await lot('QM-2', '2026-11-03');
  const record = async (market: Market, lotId: string, body: Record<string, unknown>) => {
    const res = await post(api, `/v1/orgs/${market.association.id}/lots/${lotId}/events`, market.admin, body);
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  };
  await record(a, milk.id, harvest({ type: 'harvest', eventTime: '2026-11-01T06:00:00-05:00' }));
  await record(a, first.id, {
    type: 'transformation',
    eventTime: '2026-11-03T08:00:00-05:00',
    what: { quantity: '40', unit: 'kg', inputs: [{ lotId: milk.id, quantity: '60', unit: 'kg' }] },
    where: { place: 'Planta quesera' },
  });
  await record(a, first.id, {
    type: 'quality_check',
    eventTime: '2026-11-04T10:00:00-05:00',
    where: { place: 'Planta quesera' },
    quality: { check: 'Inspección', result: 'pass', measurements: { humedad: '42 %' } },
  });
  await record(a, first.id, { type: 'packing', eventTime: '2026-11-05T09:00:00-05:00', where: { place: 'Planta quesera' } });
  await record(a, second.id, harvest({ eventTime: '2026-11-03T06:30:00-05:00' }));
  await record(a, second.id, { type: 'packing', eventTime: '2026-11-06T09:00:00-05:00', where: { place: 'Planta quesera' } });
  orders = [];
  for (const quantity of ['5', '50']) {
    const placed = await placeOrder(api, a, [{ productId: product.body.id, quantity }]);
    for (const [token, action] of [
      [a.admin, 'confirm'],
      [a.admin, 'dispatch'],
      [a.buyerToken, 'deliver'],
    ] as const) {
      const res = await act(api, token, placed.body.id, action);
      if (res.status !== 200) throw new Error(`${action}: ${JSON.stringify(res.body)}`);
    }
    orders.push(placed.body.id);
  }
  // Another association's lot and event.
  const other = await createProduct(api, b, chullpi, [['10', '2026-11-01']]);
  await record(b, other.lots[0]!.id, harvest({ type: 'harvest' }));
  // Events recorded before appendEvent wrote the index attributes get them here (idempotent once wired).
  const deps = { store: api.runtime.store, clock: api.runtime.clock };
  const backfilled = await backfillEpcisIndexes(deps);
  if (backfilled.lots < 4) throw new Error(`backfill: ${JSON.stringify(backfilled)}`);
});

describe('an EPCIS query naming lots (anyone)', () => {
  it('answers a lot’s LGTIN in every form with its events, the transformations it went into and its orders', async () => {
    // Act
    const byLink = await query({ MATCH_anyEPCClass: lgtin('QM-1') });
    const byUrn = await query({ MATCH_anyEPCClass: `${URN_PREFIX}.QM-1` });
    const byOwnLink = await query({ MATCH_anyEPCClass: `${BASE}/01/${GTIN.slice(1)}/10/QM-1` });
    const byLotId = await query({ MATCH_anyEPCClass: lgtin(first.id) });
    const milkByUri = await query({ MATCH_epc: `${BASE}/v1/lots/${milk.id}` });

    // Assess
    expect(byLink.status).toBe(200);
    expect(kinds(byLink.events)).toEqual([
      'transformation',
      'quality_check',
      'packing',
      'order_dispatch',
      'order_delivery',
      'order_dispatch',
      'order_delivery',
    ]);
    for (const other of [byUrn, byOwnLink, byLotId]) expect(ids(other.events)).toEqual(ids(byLink.events));
    expect(kinds(milkByUri.events)).toEqual(['harvest', 'transformation']);
    expect(byLink.link).toBeNull();
  });

  it('answers a product’s GTIN class with the events of all its lots', async () => {
    // Act
    const byLink = await query({ MATCH_anyEPCClass: `https://id.gs1.org/01/${GTIN}`, perPage: '100' });
    const byPattern = await query({ MATCH_anyEPCClass: 'urn:epc:idpat:sgtin:7751234.000002.*', perPage: '100' });

    // Assess
    const lots = new Set(byLink.events.flatMap((e) => [...(e.quantityList ?? []), ...(e.outputQuantityList ?? [])].map((q: Json) => q.epcClass)));
    expect(lots).toEqual(new Set([lgtin('QM-1'), lgtin('QM-2')]));
    expect(byLink.events).toHaveLength(3 + 2 + 3 + 2); // lot 1: 3 events; lot 2: 2; three dispatches, two deliveries
    expect(new Set(ids(byPattern.events))).toEqual(new Set(ids(byLink.events)));
  });

  it('filters by business step and event time, and matches nothing for unknown lots or serialised items', async () => {
    // Act
    const moves = await query({ MATCH_anyEPCClass: lgtin('QM-1'), EQ_bizStep: 'shipping|urn:epcglobal:cbv:bizstep:receiving' });
    const day = await query({ MATCH_anyEPCClass: lgtin('QM-1'), GE_eventTime: '2026-11-04T00:00:00-05:00', LT_eventTime: '2026-11-05T00:00:00-05:00' });
    const both = await query({ MATCH_anyEPCClass: `https://id.gs1.org/01/${GTIN}`, MATCH_epc: lgtin('QM-2') });
    const unknown = await query({ MATCH_anyEPCClass: `${lgtin('NOPE')}|${BASE}/v1/lots/lot_00000000000000000000000000` });
    const serial = await query({ MATCH_epc: `https://id.gs1.org/01/${GTIN}/21/1234` });

    // Assess
    expect(moves.events.map((e) => e.bizStep)).toEqual(['shipping', 'receiving', 'shipping', 'receiving']);
    expect(kinds(day.events)).toEqual(['quality_check']);
    expect(both.events.every((e) => JSON.stringify(e).includes(lgtin('QM-2')))).toBe(true);
    expect(kinds(both.events)).toEqual(['collection', 'packing', 'order_dispatch', 'order_delivery']);
    expect(unknown).toMatchObject({ status: 200, events: [] });
    expect(serial).toMatchObject({ status: 200, events: [] });
  });

  it('shows others the public events, and the order behind a dispatch to its parties only', async () => {
    // Act
    const anonymous = await query({ MATCH_anyEPCClass: lgtin('QM-2') });
    const own = await query({ MATCH_anyEPCClass: lgtin('QM-2') }, a.admin);
    const otherAssociation = await query({ MATCH_anyEPCClass: lgtin('QM-2') }, b.admin);

    // Assess
    const dispatch = (events: Json[]) => events.find((e) => e['ayni:type'] === 'order_dispatch')!;
    expect(dispatch(anonymous.events)).not.toHaveProperty('bizTransactionList');
    expect(dispatch(otherAssociation.events)).not.toHaveProperty('destinationList');
    expect(dispatch(own.events)).toMatchObject({
      bizTransactionList: [{ type: 'po', bizTransaction: `urn:ayni:order:${orders[1]}` }],
      destinationList: [{ type: 'owning_party', destination: `${BASE}/v1/orgs/${a.buyer.id}` }],
    });
    expect(ids(anonymous.events)).toEqual(ids(own.events));
  });
});

describe('an association’s EPCIS query of its own events', () => {
  it('lists them by event time from its index, all steps or one, in a time range', async () => {
    // Act
    const all = await allPages({ perPage: '100' }, a.admin);
    const shipping = await query({ EQ_bizStep: 'shipping' }, a.member);
    const receiving = await query({ EQ_bizStep: 'receiving' }, a.admin);
    const november = await query({ GE_eventTime: '2026-11-03T00:00:00-05:00', LT_eventTime: '2026-11-05T00:00:00-05:00' }, a.admin);
    const theirs = await query({}, b.admin);

    // Assess
    expect(all.events).toHaveLength(6 + 3 + 2);
    const times = all.events.map((e) => Date.parse(e.eventTime));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(kinds(shipping.events)).toEqual(['order_dispatch', 'order_dispatch', 'order_dispatch']);
    expect(kinds(receiving.events)).toEqual(['collection', 'order_delivery', 'order_delivery']);
    expect(receiving.events[2]!.quantityList).toEqual([
      { epcClass: lgtin('QM-1'), quantity: 35, uom: 'KGM' },
      { epcClass: lgtin('QM-2'), quantity: 15, uom: 'KGM' },
    ]);
    expect(kinds(november.events)).toEqual(['collection', 'transformation', 'quality_check']);
    expect(kinds(theirs.events)).toEqual(['harvest']);
    expect(shipping.events[0]).toHaveProperty('bizTransactionList');
  });

  it('is served by keys and indexes: bounded Query pages, never a Scan', async () => {
    // Act
    const own = await commandsOf(() => query({ EQ_bizStep: 'shipping|receiving', GE_eventTime: '2026-11-01T00:00:00Z' }, a.admin));
    const all = await commandsOf(() => query({}, a.admin));
    const lot = await commandsOf(() => query({ MATCH_anyEPCClass: lgtin('QM-1') }));
    const product = await commandsOf(() => query({ MATCH_anyEPCClass: `https://id.gs1.org/01/${GTIN}` }));

    // Assess
    for (const commands of [own, all, lot, product]) {
      expect(commands.map((c) => c.name)).not.toContain('ScanCommand');
      expect(commands.filter((c) => c.name === 'QueryCommand').length).toBeLessThanOrEqual(6);
    }
    expect(own.filter((c) => c.name === 'QueryCommand')).toEqual([
      { name: 'QueryCommand', index: 'gsi3' },
      { name: 'QueryCommand', index: 'gsi3' },
    ]);
    expect(all.filter((c) => c.name === 'QueryCommand')).toEqual([{ name: 'QueryCommand', index: 'gsi2' }]);
    expect(lot.filter((c) => c.name === 'QueryCommand')).toEqual([{ name: 'QueryCommand' }]);
    expect(product.filter((c) => c.name === 'QueryCommand')).toContainEqual({ name: 'QueryCommand', index: 'gsi1' });
  });

  it('gives events and shipments stored before the index their index attributes (backfill), once', async () => {
    // Prepare: the lot's events and shipment as they were stored before (no EPCIS index attributes, no shippedAt).
    const { doc, tableName } = api.runtime.store;
    const before = await query({ MATCH_anyEPCClass: lgtin('QM-2') }, a.admin);
    const recorded = before.events.filter((e) => !String(e['ayni:type']).startsWith('order_'));
    const keys = [
      ...recorded.map((event) => provenanceKeys.event(second.id, String(event.eventID).split('/').pop()!)),
      ordersKeys.shipment(second.id, orders[1]!, 1),
    ];
    for (const key of keys) {
      await doc.send(new UpdateCommand({ TableName: tableName, Key: key, UpdateExpression: 'REMOVE gsi2pk, gsi2sk, gsi3pk, gsi3sk, shippedAt' }));
    }
    const unindexed = await query({ perPage: '100' }, a.admin);

    // Act
    const deps = { store: api.runtime.store, clock: api.runtime.clock };
    const done = await backfillEpcisIndex(deps, second.id);
    const again = await backfillEpcisIndex(deps, second.id);

    // Assess
    expect(unindexed.events).toHaveLength(11 - recorded.length - 1);
    expect(done).toEqual({ lots: 1, events: 2, shipments: 1 });
    expect(again).toEqual({ lots: 1, events: 0, shipments: 0 });
    const after = await query({ perPage: '100' }, a.admin);
    expect(after.events).toHaveLength(11);
    // A shipment written before `shippedAt` is placed at the start of its day (UTC).
    expect(after.events.filter((e) => e['ayni:type'] === 'order_dispatch').map((e) => e.eventTime)).toContain(
      `${api.runtime.clock.now().toISOString().slice(0, 10)}T00:00:00.000Z`,
    );
  });
});

describe('pages of an EPCIS query', () => {
  it('hold at most perPage events and link the next until the last, losing and repeating none', async () => {
    // Act
    const whole = await query({ perPage: '100' }, a.admin);
    const byTwo = await allPages({ perPage: '2' }, a.admin);
    const lotWhole = await query({ MATCH_anyEPCClass: lgtin('QM-1') });
    // A dispatch and the delivery of its order come from one shipment item: a page may end between them.
    const lotByOne = await allPages({ MATCH_anyEPCClass: lgtin('QM-1'), perPage: '1' });
    const productByThree = await allPages({ MATCH_anyEPCClass: `https://id.gs1.org/01/${GTIN}`, perPage: '3' });
    const productWhole = await query({ MATCH_anyEPCClass: `https://id.gs1.org/01/${GTIN}`, perPage: '100' });

    // Assess
    expect(byTwo.pages.map((page) => page.length)).toEqual([2, 2, 2, 2, 2, 1]);
    expect(ids(byTwo.events)).toEqual(ids(whole.events));
    expect(lotByOne.pages.every((page) => page.length <= 1)).toBe(true);
    expect(lotByOne.pages.length).toBeGreaterThanOrEqual(lotWhole.events.length);
    expect(ids(lotByOne.events)).toEqual(ids(lotWhole.events));
    expect(ids(productByThree.events)).toEqual(ids(productWhole.events));
  });

  it('take a page token only back with the query (and caller) it came from', async () => {
    // Prepare
    const page = await query({ perPage: '1', MATCH_anyEPCClass: lgtin('QM-1') });
    const token = new URL(/^<([^>]+)>/.exec(page.link!)![1]!).searchParams.get('nextPageToken')!;

    // Act
    const otherQuery = await query({ perPage: '1', MATCH_anyEPCClass: lgtin('QM-2'), nextPageToken: token });
    const otherCaller = await query({ perPage: '1', MATCH_anyEPCClass: lgtin('QM-1'), nextPageToken: token }, a.admin);
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(token, 'base64url').toString()), c: 'eyJwayI6Ik9SRyJ9' })).toString('base64url');
    const tampered = await query({ perPage: '1', MATCH_anyEPCClass: lgtin('QM-1'), nextPageToken: forged });
    const garbage = await query({ MATCH_anyEPCClass: lgtin('QM-1'), nextPageToken: 'not-a-token' });

    // Assess
    for (const res of [otherQuery, otherCaller, tampered, garbage]) {
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.nextPageToken']);
    }
  });
});

describe('a bad EPCIS query', () => {
  it('without lots, from someone who is not an association, is a 400 naming MATCH_anyEPCClass', async () => {
    for (const token of [undefined, a.buyerToken, a.root]) {
      const res = await query({ EQ_bizStep: 'shipping' }, token);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'epcis-query-too-broad', errors: [{ path: 'query.MATCH_anyEPCClass' }] });
    }
  });

  it('with a parameter it does not take, or a malformed one, is a 400 naming it', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ MATCH_anyEPCClass: lgtin('QM-1'), eventType: 'ObjectEvent' }, 'query.eventType'],
      [{ MATCH_anyEPCClass: lgtin('QM-1'), GE_recordTime: '2026-11-01T00:00:00Z' }, 'query.GE_recordTime'],
      [{ MATCH_anyEPCClass: 'queso andino' }, 'query.MATCH_anyEPCClass'],
      [{ MATCH_anyEPCClass: 'https://id.gs1.org/01/07751234000024/10/QM-1' }, 'query.MATCH_anyEPCClass'],
      [{ MATCH_epc: `${lgtin('QM-1')}|` }, 'query.MATCH_epc'],
      [{ MATCH_anyEPCClass: Array.from({ length: 11 }, (_, i) => lgtin(`L${i}`)).join('|') }, 'query.MATCH_anyEPCClass'],
      [{ MATCH_anyEPCClass: lgtin('QM-1'), EQ_bizStep: 'Shipping Step' }, 'query.EQ_bizStep'],
      [{ MATCH_anyEPCClass: lgtin('QM-1'), GE_eventTime: 'yesterday' }, 'query.GE_eventTime'],
      [{ MATCH_anyEPCClass: lgtin('QM-1'), GE_eventTime: '2026-11-05T00:00:00Z', LT_eventTime: '2026-11-05T00:00:00Z' }, 'query.LT_eventTime'],
      [{ MATCH_anyEPCClass: lgtin('QM-1'), perPage: '0' }, 'query.perPage'],
      [{ MATCH_anyEPCClass: lgtin('QM-1'), perPage: '101' }, 'query.perPage'],
    ];
    for (const [params, path] of cases) {
      const res = await query(params);
      expect(res.status, JSON.stringify(params)).toBe(400);
      expect(
        res.body.errors.map((e: { path: string }) => e.path),
        JSON.stringify(params),
      ).toContain(path);
    }
  });
});

describe('the answer to an EPCIS query', () => {
  it('is an EPCISQueryDocument that GS1’s schema and epcis2.js accept, with the standards’ version headers', async () => {
    for (const [params, token] of [
      [{ MATCH_anyEPCClass: `https://id.gs1.org/01/${GTIN}`, perPage: '100' }, undefined],
      [{ perPage: '100' }, a.admin],
      [{ MATCH_anyEPCClass: lgtin('NOPE') }, undefined],
    ] as const) {
      const res = await api.call('GET', `/v1/epcis/events?${new URLSearchParams(params)}`, token ? { token } : {});
      const doc = await res.json();
      expect(res.headers.get('gs1-epcis-version')).toBe('2.0.0');
      expect(doc).toMatchObject({ type: 'EPCISQueryDocument', schemaVersion: '2.0', epcisBody: { queryResults: { queryName: 'SimpleEventQuery' } } });
      expect(officialSchema(doc) ? [] : officialSchema.errors).toEqual([]);
      expect(epcis2.validateEpcisDocument(doc, false)).toEqual({ success: true, errors: [] });
    }
  });
});

import { catalogDomain } from '@ayni/catalog';
import { provenanceDomain } from '@ayni/provenance';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { get, post } from '../support/catalog-fixtures.js';
import { harvest, lotWithProduct, newLot } from './fixtures.js';

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, provenanceDomain]);
});

interface EventView {
  record: { id: string; eventTime: string };
}

/** A lot with five events recorded out of the order they happened (the third happened first). */
async function lotWithHistory() {
  const { org, admin, product, lot } = await lotWithProduct(api);
  const days = ['02', '03', '01', '04', '05'];
  const ids: string[] = [];
  for (const day of days) {
    const res = await post(api, `/v1/orgs/${org.id}/lots/${lot.id}/events`, admin, harvest({ eventTime: `2026-11-${day}T06:30:00-05:00` }));
    expect(res.status).toBe(201);
    ids.push(res.body.record.id);
  }
  return { org, admin, product, lot, ids, path: `/v1/orgs/${org.id}/lots/${lot.id}/events` };
}

describe('listing a lot’s events', () => {
  it('pages by cursor in the order they were recorded, each event exactly once', async () => {
    // Prepare
    const { admin, ids, path } = await lotWithHistory();

    // Act
    const pages: EventView[][] = [];
    let cursor: string | undefined;
    do {
      const res = await get(api, `${path}?limit=2${cursor ? `&cursor=${cursor}` : ''}`, admin);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      pages.push(res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);

    // Assess
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((e) => e.record.id)).toEqual(ids);
  });

  it('answers 20 events a page by default and refuses a limit above 100 or another lot’s cursor, naming the parameter', async () => {
    // Prepare
    const { org, admin, product, path } = await lotWithHistory();
    const other = await newLot(api, org.id, admin, product.id);
    for (let i = 0; i < 2; i++) await post(api, `/v1/orgs/${org.id}/lots/${other.id}/events`, admin, harvest());
    const otherCursor = (await get(api, `/v1/orgs/${org.id}/lots/${other.id}/events?limit=1`, admin)).body.nextCursor;

    // Act
    const byDefault = await get(api, path, admin);
    const tooMany = await get(api, `${path}?limit=101`, admin);
    const foreign = await get(api, `${path}?cursor=${otherCursor}`, admin);

    // Assess
    expect(byDefault.body.items).toHaveLength(5);
    expect(byDefault.body).not.toHaveProperty('nextCursor');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.limit']);
    expect(otherCursor).toBeTruthy();
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.cursor']);
  });

  it('leaves the proof bundle whole, in chain order (the order recorded), each event keeping when it happened', async () => {
    // Prepare
    const { lot, ids } = await lotWithHistory();

    // Act
    const bundle = await get(api, `/v1/lots/${lot.id}/provenance`);

    // Assess
    expect(bundle.status).toBe(200);
    const records = bundle.body.events.map((e: EventView) => e.record);
    expect(records.map((r: { id: string }) => r.id)).toEqual(ids);
    expect(records.map((r: { seq: number }) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    // The third was recorded late: it happened first.
    expect(records.map((r: { eventTime: string }) => r.eventTime).sort()[0]).toBe(records[2].eventTime);
  });

  it('documents its cursor and limit parameters and its nextCursor', async () => {
    // Act
    const doc = (await (await api.call('GET', '/openapi.json')).json()) as {
      paths: Record<string, Record<string, any>>;
      components: { schemas: Record<string, any> };
    };

    // Assess
    const list = doc.paths['/v1/orgs/{orgId}/lots/{lotId}/events']!.get;
    expect(
      list.parameters
        .filter((p: { in: string }) => p.in === 'query')
        .map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['cursor', 'limit']);
    expect(doc.components.schemas.ProvenanceEventList.properties).toHaveProperty('nextCursor');
  });
});

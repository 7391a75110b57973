import { catalog, type OrganisationItem } from '@ayni/catalog';
import { fixedClock, taxIdProblem, typedTaxId } from '@ayni/core';
import { seedFreesOrganisations } from '@ayni/loans';
import { seedOrders } from '@ayni/orders';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMAINS } from '../../packages/devstack/src/domains.js';
import { mediaFiles } from '../../packages/devstack/src/media/files.js';
import { MEDIA_DIR, serveMedia, withMedia } from '../../packages/devstack/src/media/server.js';
import { seedCatalog, type SeededAssociation } from '../../packages/devstack/src/seed/catalog.js';
import { freesSeedOptions } from '../../packages/devstack/src/seed/index.js';
import { createTestApi, type TestApi } from '../support/api.js';

/** SUNAT's check digit: weights 5,4,3,2,7,6,5,4,3,2 on the first ten digits, 11 − (sum mod 11), 10 → 0, 11 → 1. */
/**
 * The demo data tells each association's story: texts in Spanish and Quechua, a picture served by
 * the local server, tax ids that invoices can carry. Runs the catalog seed, the buyers of the orders
 * seed (no orders) and the organisations of the fund seed (no loans), so it stays fast.
 */
let api: TestApi;
let associations: OrganisationItem[];
let fund: OrganisationItem;
let buyers: OrganisationItem[];
let seededCatalog: SeededAssociation[];
const deps = () => ({ store: api.runtime.store, clock: api.runtime.clock });

beforeAll(async () => {
  api = await createTestApi(DOMAINS, { clock: fixedClock('2026-12-01T06:00:00Z') });
  const seeded = await seedCatalog(api.runtime);
  seededCatalog = seeded.associations;
  const record = await seedFreesOrganisations(api.runtime, freesSeedOptions(api.runtime, seeded.associations));
  const orders = await seedOrders(api.runtime, { associations: [] });
  const orgs = await catalog.getOrganisations(deps(), [...new Set([...record.associations, record.fundId, ...Object.values(orders.buyers)])]);
  associations = record.associations.map((id) => orgs.get(id)!);
  fund = orgs.get(record.fundId)!;
  buyers = Object.values(orders.buyers).map((id) => orgs.get(id)!);
}, 60_000);

describe('the demo data’s stories', () => {
  it('gives every seeded association its story in Spanish and Quechua', () => {
    // 5 from the catalog seed, 11 created by the fund seed.
    expect(associations).toHaveLength(16);
    for (const org of associations) {
      expect(org.kind, org.name).toBe('association');
      const sections = Object.entries(org.story ?? {});
      expect(sections.length, `${org.name} has no story`).toBeGreaterThan(0);
      for (const [section, text] of sections) {
        expect(text?.es, `${org.name}: ${section} in Spanish`).toMatch(/\S{3}/);
        expect(text?.qu, `${org.name}: ${section} in Quechua`).toMatch(/\S{3}/);
        expect(text?.qu, `${org.name}: ${section} is not a copy`).not.toBe(text?.es);
      }
    }
  });

  it('gives every association at least one picture, served locally as an image', async () => {
    const app = withMedia((request: Request) => api.app.fetch(request));
    for (const org of [...associations, fund]) {
      expect(org.photos.length, `${org.name} has no photo`).toBeGreaterThan(0);
      for (const url of org.photos) {
        expect(url).toMatch(/^http:\/\/localhost:\d+\/media\/[a-z0-9-]+\.svg$/);
        const response = await app(new Request(url));
        expect(response.status, url).toBe(200);
        expect(response.headers.get('content-type')).toBe('image/svg+xml');
        expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
        expect(await response.text()).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      }
    }
    // Products of the catalog seed too; the API still answers everything else.
    const products = await Promise.all(
      seededCatalog.flatMap((a) => Object.values(a.productIds).map((id) => catalog.getProduct(deps(), a.orgId, id, { includeInactive: true }))),
    );
    expect(products.length).toBeGreaterThan(10);
    for (const product of products) {
      expect(product.photos, product.sku).toHaveLength(1);
      expect((await serveMedia(new Request(product.photos[0]!)))?.status, product.photos[0]).toBe(200);
    }
    expect((await app(new Request('http://localhost/health/live'))).status).toBe(200);
  });

  it('refuses unknown names and anything outside the media folder with 404', async () => {
    for (const path of [
      '/media/nope.svg',
      '/media/%2e%2e%2fpackage.json',
      '/media/..%2F..%2Fpackage.json',
      '/media/..%5Cpackage.json',
      '/media/seed/catalog.ts',
      '/media/sumaq-ausangate.svg%00.txt',
      '/media/SUMAQ-AUSANGATE.svg',
      '/media/',
    ]) {
      const response = await serveMedia(new Request(`http://localhost:3000${path}`));
      expect(response?.status, path).toBe(404);
      expect(response?.headers.get('content-type'), path).toBe('application/problem+json');
    }
    // Dot segments are resolved before routing: they leave /media/ and reach the API, which has no such route.
    expect(await serveMedia(new Request('http://localhost:3000/media/../package.json'))).toBeUndefined();
    expect((await serveMedia(new Request('http://localhost:3000/media/huaroq-sara.svg', { method: 'POST' })))?.status).toBe(405);
    const head = await serveMedia(new Request('http://localhost:3000/media/huaroq-sara.svg', { method: 'HEAD' }));
    expect(head?.status).toBe(200);
    const etag = head!.headers.get('etag')!;
    expect((await serveMedia(new Request('http://localhost:3000/media/huaroq-sara.svg', { headers: { 'if-none-match': etag } })))?.status).toBe(304);
  });

  it('keeps the media folder exactly what the generator draws', async () => {
    const expected = mediaFiles();
    const onDisk = (await readdir(MEDIA_DIR)).filter((f) => f.endsWith('.svg')).sort();
    expect(onDisk, 'run npx tsx packages/devstack/src/media/generate.ts').toEqual([...expected.keys()].sort());
    for (const [file, svg] of expected) {
      expect(await readFile(join(MEDIA_DIR, file), 'utf8'), `${file}: run npx tsx packages/devstack/src/media/generate.ts`).toBe(svg);
      expect(svg.length, file).toBeLessThan(8_000);
    }
  });

  it('gives Peruvian organisations a RUC with a valid check digit, Bolivian ones a NIT, and buyers theirs', () => {
    expect(buyers).toHaveLength(3);
    for (const org of [...associations, fund, ...buyers]) {
      const taxId = typedTaxId(org.taxId, org.country);
      expect(taxId, `${org.name} has no tax id`).toBeDefined();
      expect(taxId!.scheme, org.name).toBe(org.country === 'PE' ? 'RUC' : 'NIT');
      expect(typeof org.taxId, `${org.name}: stored typed`).toBe('object');
      expect(taxIdProblem(taxId!), `${org.name}: ${taxId!.scheme} ${taxId!.number}`).toBeUndefined();
    }
    const ids = [...associations, fund, ...buyers].map((o) => typedTaxId(o.taxId, o.country)!.number);
    // No two organisations share one.
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('completes an association an earlier seed left without story, picture or tax id, and then changes nothing', async () => {
    const org = associations[0]!;
    await catalog.updateOrganisation(deps(), org.id, { story: { history: { qu: null, en: null } }, photos: [], taxId: null } as never);
    await seedCatalog(api.runtime);
    const completed = (await catalog.getOrganisations(deps(), [org.id])).get(org.id)!;
    expect(completed.story?.history?.qu).toBe(org.story?.history?.qu);
    expect(completed.story?.history?.en).toBe(org.story?.history?.en);
    expect(completed.photos).toEqual(org.photos);
    expect(completed.taxId).toEqual(org.taxId);
    await seedCatalog(api.runtime);
    expect((await catalog.getOrganisations(deps(), [org.id])).get(org.id)!.version).toBe(completed.version);
  });
});

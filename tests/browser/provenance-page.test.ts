import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain } from '@ayni/catalog';
import { anchorPendingEvents, provenanceDomain, provenanceKeys, type AnchorChain } from '@ayni/provenance';
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post } from '../support/catalog-fixtures.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';
import { launchChromium, type LaunchedBrowser } from '../support/chromium.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { anchorChain, harvest, lotWithProduct, newLot } from '../provenance/fixtures.js';

let chain: ChainFixture;
let anchor: AnchorChain;
let server: TestServer;
let chromium: LaunchedBrowser;
let lotId: string;
let packingId: string;

beforeAll(async () => {
  chain = await chainFixture();
  anchor = await anchorChain(chain);
  server = await startTestServer([catalogDomain, provenanceDomain], { chainRpcUrl: chain.rpcUrl });
  chromium = await launchChromium();

  // A seeded lot: milk collected, turned into cheese, checked and packed, then anchored.
  const { org, admin, product, lot } = await lotWithProduct(server, { code: 'QA-2026-118' });
  await server.runtime.store.doc.send(
    new UpdateCommand({
      TableName: server.runtime.store.tableName,
      Key: { pk: `ORG#${org.id}`, sk: 'PROFILE' },
      UpdateExpression: 'SET story = :story',
      ExpressionAttributeValues: {
        ':story': {
          mission: {
            es: 'Treinta familias lecheras de Ocongate elaboramos quesos andinos con leche de altura.',
            en: 'Thirty dairy families of Ocongate make Andean cheese from high-altitude milk.',
          },
        },
      },
    }),
  );
  const milk = await newLot(server, org.id, admin, product.id, '120');
  lotId = lot.id;
  await post(server, `/v1/orgs/${org.id}/lots/${milk.id}/events`, admin, harvest());
  const bodies = [
    {
      type: 'transformation',
      eventTime: '2026-11-03T08:00:00-05:00',
      what: { quantity: '40', unit: 'kg', inputs: [{ lotId: milk.id, quantity: '120', unit: 'litre' }] },
      where: { place: 'Planta quesera de Ocongate', community: 'Ocongate' },
    },
    {
      type: 'quality_check',
      eventTime: '2026-11-05T10:00:00-05:00',
      where: { place: 'Planta quesera de Ocongate' },
      quality: { check: 'Acidez', result: 'pass' },
    },
    {
      type: 'packing',
      eventTime: '2026-11-06T09:00:00-05:00',
      what: { quantity: '40', unit: 'kg', description: '80 piezas de 500 g' },
      where: { place: 'Planta quesera de Ocongate' },
    },
  ];
  for (const body of bodies) {
    const res = await post(server, `/v1/orgs/${org.id}/lots/${lot.id}/events`, admin, body);
    if (body.type === 'packing') packingId = res.body.record.id;
  }
  const run = await anchorPendingEvents({ store: server.runtime.store, clock: server.runtime.clock, chain: anchor });
  if (!run.ok) throw new Error(run.error);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  chain?.close();
});

describe('the public provenance page', () => {
  it('tells the lot’s story and shows the verdict verified in the browser, with no foreign request', async () => {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.setExtraHTTPHeaders({ 'accept-language': 'es-PE,es;q=0.9,en;q=0.5' });
    const requested: string[] = [];
    let bytes = 0;
    page.on('request', (request) => requested.push(request.url()));
    page.on('response', async (response) => {
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });

    await page.goto(`${server.url}/p/${lotId}`);
    await page.locator('body[data-verified="ok"]').waitFor({ timeout: 10_000 });

    expect(await page.locator('h1').innerText()).toBe('Queso andino fresco');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Asociación Sumaq Ausangate');
    expect(text).toContain('Treinta familias lecheras');
    expect(text).toContain('Transformación');
    expect(text).toContain('Control de calidad');
    expect(text).toContain('Verificado en red local de desarrollo');
    expect(await page.locator('#verdict .verdict-text').innerText()).toContain('Registros verificados');
    expect(await page.locator('.check.ok').count()).toBe(3);
    const foreign = requested.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
    console.log(`[size] provenance page with its QR image: ${bytes} bytes`);
    expect(bytes).toBeLessThan(100 * 1024);
    await mkdir('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/provenance-page.png', fullPage: true });
    await page.close();
  });

  it('speaks English or Quechua on request', async () => {
    const page = await chromium.context.newPage();
    await page.setExtraHTTPHeaders({ 'accept-language': 'es-PE,es;q=0.9' });
    await page.goto(`${server.url}/p/${lotId}?lang=en`);
    await page.locator('body[data-verified="ok"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('main').innerText()).toContain('Story of the lot');
    await page.goto(`${server.url}/p/${lotId}?lang=qu`);
    expect(await page.locator('html').getAttribute('lang')).toBe('qu');
    await page.close();
  });

  it('flags a record changed in the database as not matching', async () => {
    const key = provenanceKeys.event(lotId, packingId);
    await server.runtime.store.doc.send(
      new UpdateCommand({
        TableName: server.runtime.store.tableName,
        Key: key,
        UpdateExpression: 'SET recordJson = :json',
        ExpressionAttributeValues: {
          ':json': JSON.stringify({ ...JSON.parse((await fetchRecord()).canonical), what: { quantity: '48', unit: 'kg' } }),
        },
      }),
    );
    const page = await chromium.context.newPage();
    await page.goto(`${server.url}/p/${lotId}`);
    await page.locator('body[data-verified="bad"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('.check.bad').count()).toBe(1);
    await page.screenshot({ path: 'test-artifacts/provenance-page-tampered.png', fullPage: false });
    await page.close();
  });
});

async function fetchRecord(): Promise<{ canonical: string }> {
  const res = await fetch(`${server.url}/v1/lots/${lotId}/provenance`);
  const bundle = (await res.json()) as { events: Array<{ canonical: string; record: { id: string } }> };
  return bundle.events.find((e) => e.record.id === packingId)!;
}

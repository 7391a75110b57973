import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain, catalogKeys } from '@ayni/catalog';
import { anchorPendingEvents, provenanceDomain, provenanceKeys, type AnchorChain } from '@ayni/provenance';
import { mkdir } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEvmNode, type EvmNode } from '../../packages/devstack/src/evm.js';
import { STRINGS } from '../../packages/provenance/src/pages/i18n.js';
import { post } from '../support/catalog-fixtures.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';
import { launchChromiumBrowser } from '../support/chromium.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { anchorChain, harvest, lotWithProduct, newLot } from '../provenance/fixtures.js';

const DOMAINS = [catalogDomain, provenanceDomain];

let chain: ChainFixture;
let anchor: AnchorChain;
/** Pages whose script may ask the local node (CHAIN_PUBLIC_RPC_URLS = the node's URL). */
let server: TestServer;
/** The same table, with no public RPC configured. */
let serverWithoutRpc: TestServer;
/** The same table, with a public RPC where nothing listens. */
let serverWithDeadRpc: TestServer;
/** The same table, whose public RPC is another node of the same chain id that never saw the anchors. */
let serverOnOtherNode: TestServer;
let otherNode: EvmNode;
let photos: Server;
let photoUrl: string;
let browser: Browser;
let lotId: string;
let tamperedLotId: string;
/** A lot whose code is edited in the catalog after its events were anchored. */
let recodedLotId: string;

beforeAll(async () => {
  chain = await chainFixture();
  anchor = await anchorChain(chain);
  server = await startTestServer(DOMAINS, { chainRpcUrl: chain.rpcUrl, env: { CHAIN_PUBLIC_RPC_URLS: `${chain.chainId}=${chain.rpcUrl}` } });
  const table = { tableName: server.runtime.config.TABLE_NAME, endpoint: server.runtime.config.AWS_ENDPOINT_URL_DYNAMODB! };
  otherNode = await startEvmNode({ host: '127.0.0.1', port: 0, chainId: chain.chainId });
  photos = createServer((_, res) => {
    res
      .writeHead(200, { 'content-type': 'image/svg+xml' })
      .end('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#e8d9b5"/></svg>');
  });
  await new Promise<void>((resolve) => photos.listen(0, '127.0.0.1', resolve));
  photoUrl = `http://127.0.0.1:${(photos.address() as AddressInfo).port}/queso-ocongate.svg`;
  const deadRpc = await closedPortUrl();
  [serverWithoutRpc, serverWithDeadRpc, serverOnOtherNode] = await Promise.all([
    startTestServer(DOMAINS, { table }),
    startTestServer(DOMAINS, { table, env: { CHAIN_PUBLIC_RPC_URLS: `${chain.chainId}=${deadRpc}` } }),
    startTestServer(DOMAINS, { table, env: { CHAIN_PUBLIC_RPC_URLS: `${chain.chainId}=${otherNode.rpcUrl}` } }),
  ]);
  browser = await launchChromiumBrowser();

  // A seeded lot: milk collected, turned into cheese, checked and packed, then anchored.
  const { org, admin, product, lot } = await lotWithProduct(server, { code: 'QA-2026-118' });
  const doc = server.runtime.store.doc;
  const TableName = server.runtime.store.tableName;
  await doc.send(
    new UpdateCommand({
      TableName,
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
  await doc.send(
    new UpdateCommand({
      TableName,
      Key: catalogKeys.product(org.id, product.id),
      UpdateExpression: 'SET photos = :photos',
      ExpressionAttributeValues: { ':photos': [photoUrl] },
    }),
  );
  const milk = await newLot(server, org.id, admin, product.id, '120');
  lotId = lot.id;
  await post(server, `/v1/orgs/${org.id}/lots/${milk.id}/events`, admin, harvest());
  for (const body of [
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
  ]) {
    const res = await post(server, `/v1/orgs/${org.id}/lots/${lot.id}/events`, admin, body);
    if (res.status !== 201) throw new Error(`event: ${JSON.stringify(res.body)}`);
  }

  // A second lot of the same association whose packing record is then changed in the database.
  const tampered = await newLot(server, org.id, admin, product.id, '20');
  tamperedLotId = tampered.id;
  let packingId = '';
  for (const body of [
    harvest(),
    { type: 'packing', eventTime: '2026-11-06T09:00:00-05:00', what: { quantity: '40', unit: 'kg' }, where: { place: 'Planta quesera de Ocongate' } },
  ]) {
    const res = await post(server, `/v1/orgs/${org.id}/lots/${tampered.id}/events`, admin, body);
    if (res.status !== 201) throw new Error(`event: ${JSON.stringify(res.body)}`);
    packingId = res.body.record.id;
  }
  const recoded = await newLot(server, org.id, admin, product.id, '5');
  recodedLotId = recoded.id;
  const recodedHarvest = await post(server, `/v1/orgs/${org.id}/lots/${recoded.id}/events`, admin, harvest());
  if (recodedHarvest.status !== 201) throw new Error(`event: ${JSON.stringify(recodedHarvest.body)}`);
  const run = await anchorPendingEvents({ store: server.runtime.store, clock: server.runtime.clock, chain: anchor });
  if (!run.ok) throw new Error(run.error);

  const stored = (await bundleOf(tamperedLotId)).events.find((e) => e.record.id === packingId)!;
  await doc.send(
    new UpdateCommand({
      TableName,
      Key: provenanceKeys.event(tamperedLotId, packingId),
      UpdateExpression: 'SET recordJson = :json',
      ExpressionAttributeValues: { ':json': JSON.stringify({ ...JSON.parse(stored.canonical), what: { quantity: '48', unit: 'kg' } }) },
    }),
  );
  await doc.send(
    new UpdateCommand({
      TableName,
      Key: catalogKeys.lot(recodedLotId),
      UpdateExpression: 'SET code = :code',
      ExpressionAttributeValues: { ':code': 'QA-2026-999' },
    }),
  );
  // The other node must be past the anchors' blocks, or it could only say it does not know yet.
  const highest = Math.max(...(await bundleOf(lotId)).events.map((e) => e.anchor?.blockNumber ?? 0));
  await rpc(otherNode.rpcUrl, 'hardhat_mine', [`0x${(highest + 5).toString(16)}`]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([server, serverWithoutRpc, serverWithDeadRpc, serverOnOtherNode].map((s) => s?.close()));
  await new Promise<void>((resolve) => (photos ? photos.close(() => resolve()) : resolve()));
  await otherNode?.close();
  chain?.close();
});

interface BundleSeen {
  events: Array<{
    canonical: string;
    record: { id: string };
    status: 'pending' | 'included' | 'finalized';
    anchor?: { root: string; blockNumber: number; contract: string };
  }>;
}

async function bundleOf(id: string): Promise<BundleSeen> {
  return (await (await fetch(`${server.url}/v1/lots/${id}/provenance`)).json()) as BundleSeen;
}

async function rpc(url: string, method: string, params: unknown[]): Promise<unknown> {
  const reply = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  return ((await reply.json()) as { result: unknown }).result;
}

async function openPage(options: { javaScriptEnabled?: boolean; acceptLanguage?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 390, height: 844 },
    extraHTTPHeaders: { 'accept-language': options.acceptLanguage ?? 'es-PE,es;q=0.9,en;q=0.5' },
  });
  return { context, page: await context.newPage() };
}

const origin = (url: string) => new URL(url).origin;

describe('the public provenance page', () => {
  it('tells a diner who made it and ends “comprobado por tu navegador”, having asked the chain’s public RPC itself', async () => {
    const { context, page } = await openPage();
    const rpcCalls: Array<{ method: string; params: unknown[] }> = [];
    const elsewhere: string[] = [];
    const policyViolations: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (origin(url) === origin(chain.rpcUrl) && request.method() === 'POST') rpcCalls.push(JSON.parse(request.postData() ?? '{}'));
      else if (![server.url, origin(photoUrl), origin(chain.rpcUrl)].includes(origin(url))) elsewhere.push(url);
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });

    const response = await page.goto(`${server.url}/p/${lotId}`);
    await page.locator('body[data-check="browser"]').waitFor({ timeout: 15_000 });

    expect(response!.headers()['content-encoding']).toBe('br');
    expect(await page.locator('h1').textContent()).toBe('Queso andino fresco');
    const text = await page.locator('main').textContent();
    for (const words of ['Quién lo hizo', 'Asociación Sumaq Ausangate', 'Treinta familias lecheras', 'Ocongate', 'Transformación', 'Control de calidad']) {
      expect(text).toContain(words);
    }
    expect(await page.locator('#headline').textContent()).toContain('Verificado');
    expect(await page.locator('#checked-by').textContent()).toBe('comprobado por tu navegador en red local de desarrollo');
    expect(await page.locator('.check.ok').count()).toBe(3);
    // The browser asked the node, not Ayni, for each anchor's log of the pinned contract.
    const bundle = await bundleOf(lotId);
    const getLogs = rpcCalls.filter((call) => call.method === 'eth_getLogs');
    expect(rpcCalls.map((call) => call.method)).toContain('eth_chainId');
    expect(getLogs.length).toBeGreaterThanOrEqual(1);
    const asked = getLogs.map((call) => call.params[0] as { address: string; topics: string[]; fromBlock: string });
    for (const event of bundle.events) {
      expect(asked).toContainEqual(expect.objectContaining({ address: anchor.contract, fromBlock: `0x${event.anchor!.blockNumber.toString(16)}` }));
      expect(asked.some((filter) => filter.topics[1] === event.anchor!.root)).toBe(true);
    }
    expect(elsewhere).toEqual([]);
    expect(policyViolations).toEqual([]);
    // Transaction, block and contract are there for whoever opens the technical details.
    expect(await page.locator('#technical').getAttribute('open')).toBeNull();
    expect(await page.locator('#technical #contract').textContent()).toBe(anchor.contract);
    expect(await page.locator('#rpc-used').textContent()).toBe(chain.rpcUrl);
    // The association's photo, lazily, from where the policy allows.
    expect(await page.locator(`img[src="${photoUrl}"]`).getAttribute('loading')).toBe('lazy');
    await mkdir('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/provenance-page.png', fullPage: true });
    await context.close();
  });

  it('reads right with JavaScript off: the server’s verdict, “según Ayni”, and each event’s anchoring status', async () => {
    const { context, page } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/p/${lotId}`);
    expect(await page.locator('body').getAttribute('data-check')).toBe('server');
    expect(await page.locator('#headline').textContent()).toBe(STRINGS.es.headline.verified);
    expect(await page.locator('#checked-by').textContent()).toBe('según Ayni');
    const bundle = await bundleOf(lotId);
    expect(bundle.events.every((e) => e.status !== 'pending')).toBe(true);
    const statuses = await page.locator('li[data-event] .status').allTextContents();
    expect(statuses).toEqual(bundle.events.map((e) => STRINGS.es.status[e.status]));
    expect(statuses.join(' ')).not.toContain('pendiente');
    expect(await page.locator('main').textContent()).toContain('Sin JavaScript, esta página muestra lo que comprobó Ayni');
    await context.close();
  });

  it('shows no “Verificado” anywhere for a lot with a changed record, with JavaScript on or off', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { context, page } = await openPage({ javaScriptEnabled });
      await page.goto(`${server.url}/p/${tamperedLotId}`);
      if (javaScriptEnabled) await page.locator('body[data-check="mismatch"]').waitFor({ timeout: 15_000 });
      expect(await page.content()).not.toMatch(/verificad/i);
      expect(await page.title()).toContain('Atención');
      expect(await page.locator('#headline').textContent()).toMatch(/^Atención/);
      expect(await page.locator('.check.bad').count()).toBeGreaterThanOrEqual(1);
      if (javaScriptEnabled) await page.screenshot({ path: 'test-artifacts/provenance-page-tampered.png' });
      await context.close();
    }
    const { context, page } = await openPage({ acceptLanguage: 'en' });
    await page.goto(`${server.url}/p/${tamperedLotId}`);
    await page.locator('body[data-check="mismatch"]').waitFor({ timeout: 15_000 });
    expect(await page.content()).not.toMatch(/verified/i);
    await context.close();
  });

  it('marks each fact as anchored, and one edited after anchoring as changed, with JavaScript on or off', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const { context, page } = await openPage({ javaScriptEnabled });
      await page.goto(`${server.url}/p/${lotId}`);
      if (javaScriptEnabled) await page.locator('body[data-check="browser"]').waitFor({ timeout: 15_000 });
      const fields = await page.locator('.fact').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-fact')));
      expect(fields).toEqual(
        expect.arrayContaining(['product.name', 'association.name', 'association.region', 'association.storyHash', 'lot.code', 'lot.productionDate']),
      );
      expect(await page.locator('.fact.ok').count()).toBe(fields.length);
      expect(await page.locator('[data-fact="lot.code"]').textContent()).toBe(STRINGS.es.fact.verified);
      expect(await page.locator('#facts-legend').textContent()).toContain('Junto a cada dato: ✓ tal como se ancló (evento 3');

      await page.goto(`${server.url}/p/${recodedLotId}`);
      if (javaScriptEnabled) await page.locator('body[data-check="browser"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('main').textContent()).toContain('QA-2026-999 ✗ cambiado después del anclaje');
      expect(await page.locator('[data-fact="lot.code"]').getAttribute('class')).toBe('fact bad');
      expect(await page.locator('[data-fact="product.name"]').textContent()).toBe(STRINGS.es.fact.verified);
      await context.close();
    }
    const { context, page } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/p/${recodedLotId}?lang=en`);
    expect(await page.locator('[data-fact="lot.code"]').textContent()).toBe('✗ changed after anchoring');
    await page.goto(`${server.url}/p/${recodedLotId}?lang=qu`);
    expect(await page.locator('[data-fact="lot.code"]').textContent()).toBe(STRINGS.qu.fact.changed);
    await context.close();
  });

  it('downgrades a fact the server calls as anchored when the anchored record says otherwise (browser re-check)', async () => {
    const { context, page } = await openPage();
    // A server that claims the edited lot code is as anchored.
    await page.route(`${server.url}/p/${recodedLotId}`, async (route) => {
      const response = await route.fetch({ headers: { ...route.request().headers(), 'accept-encoding': 'identity' } });
      const lying = (await response.text()).replace(
        `class="fact bad" data-fact="lot.code">${STRINGS.es.fact.changed}`,
        `class="fact ok" data-fact="lot.code">${STRINGS.es.fact.verified}`,
      );
      expect(lying).toContain(`data-fact="lot.code">${STRINGS.es.fact.verified}`);
      const headers = { ...response.headers() };
      delete headers['content-length'];
      await route.fulfill({ response, headers, body: lying });
    });
    await page.goto(`${server.url}/p/${recodedLotId}`);
    // A fulfilled response is no longer a loopback page to Chromium, which then keeps it from the local node: the
    // records are re-hashed all the same ("según Ayni"), and the facts compared with the re-hashed event.
    await page.locator('body[data-check="ayni"]').waitFor({ timeout: 15_000 });
    await page.locator('[data-fact="lot.code"].bad').waitFor({ timeout: 5_000 });
    expect(await page.locator('[data-fact="lot.code"]').textContent()).toBe(STRINGS.es.fact.changed);
    expect(await page.locator('[data-fact="product.name"]').textContent()).toBe(STRINGS.es.fact.verified);

    // A page naming an anchored event it does not carry: no mark stays "as anchored".
    await page.route(`${server.url}/p/${lotId}`, async (route) => {
      const response = await route.fetch({ headers: { ...route.request().headers(), 'accept-encoding': 'identity' } });
      const lying = (await response.text()).replace('"facts":{"asOfEvent":3', '"facts":{"asOfEvent":9');
      expect(lying).toContain('"asOfEvent":9');
      const headers = { ...response.headers() };
      delete headers['content-length'];
      await route.fulfill({ response, headers, body: lying });
    });
    await page.goto(`${server.url}/p/${lotId}`);
    await page.locator('body[data-check="ayni"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('.fact.ok').count()).toBe(0);
    expect(await page.locator('[data-fact="lot.code"]').textContent()).toBe(STRINGS.es.fact.unverified);
    await context.close();
  });

  it('turns the headline into a warning when the chain it asks holds no such anchor, whatever the server says', async () => {
    const { context, page } = await openPage();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (origin(request.url()) === origin(otherNode.rpcUrl)) asked.push(request.method());
    });
    await page.goto(`${serverOnOtherNode.url}/p/${lotId}`);
    await page.locator('body[data-check="mismatch"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('body').getAttribute('data-verdict')).toBe('verified');
    expect(await page.locator('#headline').textContent()).toBe(STRINGS.es.headlineBrowserMismatch);
    expect(await page.locator('#checked-by').textContent()).toBe(STRINGS.es.foundByBrowser);
    expect(await page.title()).toContain('Atención');
    expect(await page.content()).not.toMatch(/verificad/i);
    expect(asked).toContain('POST');
    await context.close();
  });

  it('says “según Ayni” when no public RPC is configured, or none answers', async () => {
    for (const [target, note] of [
      [serverWithoutRpc, 'No hay un nodo público de red local de desarrollo para consultar'],
      [serverWithDeadRpc, 'No se pudo consultar red local de desarrollo'],
    ] as const) {
      const { context, page } = await openPage();
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        if (![target.url, origin(photoUrl)].includes(origin(request.url()))) elsewhere.push(request.url());
      });
      const response = await page.goto(`${target.url}/p/${lotId}`);
      await page.locator('body[data-check="ayni"]').waitFor({ timeout: 20_000 });
      expect(await page.locator('#headline').textContent()).toBe(STRINGS.es.headline.verified);
      expect(await page.locator('#checked-by').textContent()).toBe('según Ayni');
      expect(await page.locator('#check-note').textContent()).toContain(note);
      if (target === serverWithoutRpc) {
        expect(response!.headers()['content-security-policy']).toContain("connect-src 'none'");
        expect(elsewhere).toEqual([]);
      }
      await context.close();
    }
  });

  it('is served with a policy that lets its script reach exactly the configured RPC origin, and runs scripts only by hash', async () => {
    const { context, page } = await openPage();
    const response = await page.goto(`${server.url}/p/${lotId}`);
    const policy = response!.headers()['content-security-policy']!;
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values] as const),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual([origin(chain.rpcUrl)]);
    expect(directives.get('script-src')).toEqual([expect.stringMatching(/^'sha256-[A-Za-z0-9+/]+=*'$/)]);
    expect(directives.get('img-src')).toEqual(["'self'", origin(photoUrl)]);
    expect(policy).not.toContain('unsafe-inline');
    await page.locator('body[data-check="browser"]').waitFor({ timeout: 15_000 });
    // The policy binds: a request to any other origin, even another node of the chain, is refused.
    const refused = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective));
          fetch(url, { method: 'POST', body: '{}' }).catch(() => undefined);
        }),
      otherNode.rpcUrl,
    );
    expect(refused).toBe('connect-src');
    await context.close();
  });

  it('is under 100 KB compressed, in Brotli or gzip as the client asks, and the same page once decompressed', async () => {
    const plain = await rawGet(`${server.url}/p/${lotId}`, undefined);
    expect(plain.encoding).toBeUndefined();
    const page = plain.body.toString('utf8');
    expect(page).toContain('<html lang="es">');
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const answer = await rawGet(`${server.url}/p/${lotId}`, accept);
      expect(answer.encoding).toBe(encoding);
      expect(answer.vary).toMatch(/accept-encoding/i);
      console.log(`[size] provenance page, ${encoding}: ${answer.body.length} bytes (${plain.body.length} uncompressed)`);
      expect(answer.body.length).toBeLessThan(100 * 1024);
      expect(decode(answer.body).toString('utf8')).toBe(page);
    }
  });

  it('speaks English or Quechua on request', async () => {
    const { context, page } = await openPage({ acceptLanguage: 'es-PE,es;q=0.9' });
    await page.goto(`${server.url}/p/${lotId}?lang=en`);
    await page.locator('body[data-check="browser"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('main').textContent()).toContain('Story of the lot');
    expect(await page.locator('#checked-by').textContent()).toBe('checked by your browser against the local development network');
    await page.goto(`${server.url}/p/${lotId}?lang=qu`);
    expect(await page.locator('html').getAttribute('lang')).toBe('qu');
    expect(await page.locator('main').textContent()).toContain('Lotepa willakuynin');
    await context.close();
  });
});

/** A GET whose body is read as sent (fetch would decompress it). */
function rawGet(url: string, acceptEncoding: string | undefined): Promise<{ encoding?: string; vary?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const encoding = res.headers['content-encoding'];
        const vary = res.headers.vary;
        resolve({ ...(encoding ? { encoding } : {}), ...(vary ? { vary } : {}), body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A loopback URL where nothing listens (a port bound, then freed). */
async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

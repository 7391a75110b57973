import { AyniProblem, createAyniClient, paginate, unwrap, type AyniClient } from '@ayni/client';
import { verifyWebhook } from '@ayni/client/webhooks';
import { generateWebhookSecret, signWebhook } from '@ayni/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_DOMAINS } from '../../functions/domains.js';
import { sumaqProfile } from '../support/catalog-fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { startFaultyProxy, type FaultyProxy } from './proxy.js';

let server: TestServer;
let rootToken: string;
const proxies: FaultyProxy[] = [];

beforeAll(async () => {
  server = await startTestServer(ALL_DOMAINS);
  rootToken = await server.token({ sub: 'root', roles: ['platform_admin'] });
});

afterAll(async () => {
  await Promise.all(proxies.map((proxy) => proxy.close()));
  await server?.close();
});

/** A client whose waits are recorded instead of slept. */
function clientWith(baseUrl: string, options: { lang?: 'es' | 'qu' | 'en'; maxDelayMs?: number } = {}): { ayni: AyniClient; delays: number[] } {
  const delays: number[] = [];
  const ayni = createAyniClient({
    baseUrl,
    token: () => rootToken,
    ...(options.lang ? { lang: options.lang } : {}),
    retry: { sleep: async (ms) => void delays.push(ms), ...(options.maxDelayMs ? { maxDelayMs: options.maxDelayMs } : {}) },
  });
  return { ayni, delays };
}

/** The AyniProblem unwrap throws for an error answer (the typed `error` is a union that gateway answers widen). */
function problemOf(result: { data?: unknown; error?: unknown; response: Response }): AyniProblem {
  try {
    unwrap(result);
  } catch (error) {
    if (error instanceof AyniProblem) return error;
    throw error;
  }
  throw new Error(`expected an error answer, got ${result.response.status}`);
}

async function proxy(plan: Parameters<typeof startFaultyProxy>[1]): Promise<FaultyProxy> {
  const started = await startFaultyProxy(server.url, plan);
  proxies.push(started);
  return started;
}

async function associationsNamed(ayni: AyniClient, name: string) {
  const found = [];
  for await (const org of paginate(ayni, '/v1/associations', { params: { query: { limit: 100 } } })) if (org.name === name) found.push(org);
  return found;
}

describe('the client against the local server', () => {
  it('creates an organisation, reads it back, and edits it only at the version it read (If-Match)', async () => {
    const { ayni } = clientWith(server.url);

    const created = await ayni.POST('/v1/orgs', { body: { ...sumaqProfile, name: 'Asociación Qori Sara' } });
    const org = unwrap(created);
    const read = await ayni.GET('/v1/orgs/{orgId}', { params: { path: { orgId: org.id } } });
    const etag = read.response.headers.get('etag');
    const edited = await ayni.PATCH('/v1/orgs/{orgId}', {
      params: { path: { orgId: org.id }, header: { 'if-match': etag! } },
      body: { name: 'Asociación Qori Sara de Ocongate' },
    });
    const stale = await ayni.PATCH('/v1/orgs/{orgId}', { params: { path: { orgId: org.id }, header: { 'if-match': etag! } }, body: { name: 'Otra' } });

    expect(created.response.status).toBe(201);
    expect(unwrap(read)).toMatchObject({ id: org.id, name: 'Asociación Qori Sara', kind: 'association' });
    expect(etag).toMatch(/^"\d+"$/);
    expect(unwrap(edited).name).toBe('Asociación Qori Sara de Ocongate');
    expect(edited.response.headers.get('etag')).not.toBe(etag);
    const problem = problemOf(stale);
    expect(problem).toBeInstanceOf(AyniProblem);
    expect(problem).toMatchObject({ status: 412, code: 'precondition-failed', name: 'AyniProblem' });
    expect(problem.requestId).toBeTruthy();
  });

  it('pages through a listing with paginate, every item once, across several pages', async () => {
    const { ayni } = clientWith(server.url);
    const names = ['Paginación Uno', 'Paginación Dos', 'Paginación Tres', 'Paginación Cuatro', 'Paginación Cinco'];
    const ids = new Set<string>();
    for (const name of names) ids.add(unwrap(await ayni.POST('/v1/orgs', { body: { ...sumaqProfile, name } })).id);
    let pages = 0;
    const counting = createAyniClient({
      baseUrl: server.url,
      fetch: async (input, init) => {
        pages++;
        return fetch(input, init);
      },
    });

    const seen: string[] = [];
    for await (const org of paginate(counting, '/v1/associations', { params: { query: { limit: 2 } } })) seen.push(org.id);

    expect(seen.filter((id) => ids.has(id)).sort()).toEqual([...ids].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(seen.length / 2));
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it('retries a POST whose answer was lost (503, Retry-After: 1) with the same Idempotency-Key, creating it once', async () => {
    const faulty = await proxy((n, request) =>
      n === 1 && request.method === 'POST' ? { kind: 'lose-answer', status: 503, headers: { 'retry-after': '1' } } : { kind: 'forward' },
    );
    const { ayni, delays } = clientWith(faulty.url);
    const name = 'Asociación Reintento Único';

    const created = await ayni.POST('/v1/orgs', { body: { ...sumaqProfile, name } });

    expect(created.response.status).toBe(201);
    expect(created.response.headers.get('idempotent-replayed')).toBe('true');
    expect(delays).toEqual([1000]);
    const posts = faulty.log.filter((entry) => entry.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts.every((entry) => entry.forwarded)).toBe(true);
    expect(posts[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts[1]!.idempotencyKey).toBe(posts[0]!.idempotencyKey);
    expect(await associationsNamed(clientWith(server.url).ayni, name)).toHaveLength(1);
  });

  it('retries a POST refused with 503 before it reached the server, and keeps a key the caller gave', async () => {
    const faulty = await proxy((n) => (n === 1 ? { kind: 'refuse', status: 503, headers: { 'retry-after': '1' } } : { kind: 'forward' }));
    const { ayni, delays } = clientWith(faulty.url);
    const key = crypto.randomUUID();

    const created = await ayni.POST('/v1/orgs', { params: { header: { 'idempotency-key': key } }, body: { ...sumaqProfile, name: 'Asociación Llave Propia' } });

    expect(created.response.status).toBe(201);
    expect(created.response.headers.get('idempotent-replayed')).toBeNull();
    expect(delays).toEqual([1000]);
    expect(faulty.log.map((entry) => [entry.idempotencyKey, entry.forwarded])).toEqual([
      [key, false],
      [key, true],
    ]);
  });

  it('waits what a 429 Retry-After says, capped by maxDelayMs, and gives up after the attempts', async () => {
    const twice = await proxy((n) => (n <= 1 ? { kind: 'refuse', status: 429, headers: { 'retry-after': '2' } } : { kind: 'forward' }));
    const honoured = clientWith(twice.url);
    const always = await proxy(() => ({ kind: 'refuse', status: 429, headers: { 'retry-after': '120' } }));
    const capped = clientWith(always.url, { maxDelayMs: 5000 });

    const page = await honoured.ayni.GET('/v1/associations', { params: { query: { limit: 1 } } });
    const refused = await capped.ayni.GET('/v1/associations');

    expect(page.response.status).toBe(200);
    expect(honoured.delays).toEqual([2000]);
    expect(refused.response.status).toBe(429);
    expect(capped.delays).toEqual([5000, 5000]);
    expect(always.log).toHaveLength(3);
    expect(() => unwrap(refused)).toThrow(expect.objectContaining({ status: 429, code: 'proxy-fault' }));
  });

  it('retries a GET cut off by the network', async () => {
    const flaky = await proxy((n) => (n === 1 ? { kind: 'cut' } : { kind: 'forward' }));
    const { ayni, delays } = clientWith(flaky.url);

    const page = await ayni.GET('/v1/associations', { params: { query: { limit: 1 } } });

    expect(page.response.status).toBe(200);
    expect(delays).toHaveLength(1);
    expect(flaky.log.map((entry) => entry.status)).toEqual([0, 200]);
  });

  it('surfaces a validation failure as an AyniProblem naming the field', async () => {
    const { ayni } = clientWith(server.url);

    const result = await ayni.POST('/v1/orgs', { body: { ...sumaqProfile, name: '' } });

    expect(result.response.status).toBe(400);
    const problem = problemOf(result);
    expect(problem.code).toBe('validation-failed');
    expect(problem.errors[0]?.path).toBe('name');
    expect(problem.title).toBe((result.error as { title?: string }).title);
    expect(problem.detail).toContain('name');
  });

  it('asks for Quechua with lang: qu and gets the title the server gives for ?lang=qu', async () => {
    const quechua = clientWith(server.url, { lang: 'qu' }).ayni;
    const spanish = clientWith(server.url).ayni;
    const direct = (await (await fetch(`${server.url}/v1/catalog?limit=0&lang=qu`)).json()) as { title: string };

    const inQuechua = await quechua.GET('/v1/catalog', { params: { query: { limit: 0 } } });
    const inSpanish = await spanish.GET('/v1/catalog', { params: { query: { limit: 0 } } });

    expect(inQuechua.response.headers.get('content-language')).toBe('qu');
    expect(problemOf(inQuechua).title).toBe(direct.title);
    expect(problemOf(inQuechua).title).not.toBe(problemOf(inSpanish).title);
    expect(problemOf(inQuechua).code).toBe(problemOf(inSpanish).code);
  });
});

describe('the receiver-side webhook verifier', () => {
  it('accepts a delivery signed by packages/webhooks and refuses it once the body changes', () => {
    const secret = generateWebhookSecret();
    const body = JSON.stringify({ id: 'evt_1', type: 'order.placed', data: { orderId: 'ord_1' } });
    const now = new Date('2026-11-20T15:00:00Z');
    const headers = signWebhook({ id: 'evt_1', timestamp: now, body, secrets: [secret] });

    expect(verifyWebhook({ headers, body, secrets: [secret], now })).toEqual({ id: 'evt_1', timestamp: now });
    expect(() => verifyWebhook({ headers, body: `${body} `, secrets: [secret], now })).toThrow(expect.objectContaining({ reason: 'signature' }));
  });
});

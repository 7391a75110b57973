import { catalogDomain } from '@ayni/catalog';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation, quesoAndino, sumaqProfile } from '../support/catalog-fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The edges of every request: cursors, text, body size, query strings and what Node itself refuses.
 * Each is a client mistake, so each is a 4xx problem+json naming what was wrong, never a 500.
 */
let server: TestServer;
let root: string;
let admin: string;
let orgId: string;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

beforeAll(async () => {
  server = await startTestServer([catalogDomain]);
  root = await server.token({ sub: 'platform-root', roles: ['platform_admin'] });
  for (const name of ['Asociación Awana Warmi', 'Asociación Sumaq Ausangate', 'Cacao Awajún']) {
    const created = await createAssociation(server, root, { name });
    orgId = created.org.id;
    admin = created.admin;
  }
});
afterAll(() => server?.close());

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as { status: number; type: string; errors?: Array<{ path: string; message: string }>; requestId?: string };
}

describe('a pagination cursor', () => {
  it('from the API pages on; every crafted one is a 400 naming cursor, also on public listings', async () => {
    const first = (await (await server.call('GET', '/v1/associations?limit=1')).json()) as { items: unknown[]; nextCursor: string };
    expect(first.nextCursor).toBeTruthy();
    const next = await server.call('GET', `/v1/associations?limit=1&cursor=${first.nextCursor}`);
    expect(next.status).toBe(200);

    const real = JSON.parse(Buffer.from(first.nextCursor, 'base64url').toString('utf8')) as Record<string, string>;
    const crafted = {
      'partition only (the measured 500)': b64({ gsi1pk: real.gsi1pk }),
      'a key attribute missing': b64({ ...real, sk: undefined }),
      'an extra attribute': b64({ ...real, gsi2pk: 'ORGS#buyer' }),
      'a number for a string': b64({ ...real, sk: 7 }),
      'a nested object': b64({ ...real, pk: { S: 'x' } }),
      'another partition': b64({ ...real, gsi1pk: 'ORGS#buyer' }),
      'an empty key value': b64({ ...real, sk: '' }),
      'a huge key value': b64({ ...real, gsi1sk: 'x'.repeat(5000) }),
      'not JSON': Buffer.from('{{{').toString('base64url'),
      'an array': b64([real]),
      'not base64url': '***',
    };
    for (const [what, cursor] of Object.entries(crafted)) {
      const res = await server.call('GET', `/v1/associations?cursor=${encodeURIComponent(cursor)}`);
      expect(res.status, what).toBe(400);
      expect((await problem(res)).errors?.[0]?.path, what).toBe('query.cursor');
    }
  });
});

describe('text in a body', () => {
  it('with a lone UTF-16 surrogate is a 400 naming the field, and nothing is stored', async () => {
    const body = JSON.stringify({ ...sumaqProfile, name: 'Asociación X' }).replace('Asociación X', 'Asociaci\\ud800n X');
    const res = await server.call('POST', '/v1/orgs', {
      token: root,
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body,
    });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors).toEqual([expect.objectContaining({ path: 'name' })]);

    const nested = JSON.stringify({ story: { mission: { es: 'Leche \udfff de altura' } } }).replace(/\\udfff|\udfff/, '\\udfff');
    const patch = await server.call('PATCH', `/v1/orgs/${orgId}`, { token: admin, headers: { 'content-type': 'application/json' }, body: nested });
    expect(patch.status).toBe(400);
    expect((await problem(patch)).errors?.[0]?.path).toBe('story.mission.es');
  });

  it('nested thousands of levels deep is a 400, not a stack overflow (found by the fuzz suite)', async () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const res = await server.call('POST', `/v1/orgs/${orgId}/members`, {
      token: admin,
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: deep,
    });
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.[0]).toMatchObject({ message: expect.stringMatching(/anida más de 64 niveles/) });
  });

  it('may hold the key separator (#) in free text such as a region, found by the fuzz suite (was a 500)', async () => {
    const moved = await server.call('PATCH', `/v1/orgs/${orgId}`, { token: admin, body: { region: 'Cusco #2' } });
    expect(moved.status).toBe(200);
    const product = await server.call('POST', `/v1/orgs/${orgId}/products`, {
      token: admin,
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: { ...quesoAndino, sku: 'QUESO-HASH' },
    });
    expect(product.status).toBe(201);
    // The only product of this file in that region is found by it.
    const listed = (await (await server.call('GET', `/v1/catalog?region=${encodeURIComponent('Cusco #2')}`)).json()) as { items: unknown[] };
    expect(listed.items).toHaveLength(1);
  });

  it('with a well-formed pair (an emoji) is accepted', async () => {
    const res = await server.call('PATCH', `/v1/orgs/${orgId}`, { token: admin, body: { story: { mission: { es: 'Queso de altura 🧀' } } } });
    expect(res.status).toBe(200);
  });
});

describe('a request body', () => {
  it('over 1 MB is a 413 problem+json, without being parsed', async () => {
    const huge = JSON.stringify({ ...sumaqProfile, notes: 'x'.repeat(2 * 1024 * 1024) });
    const res = await server.call('POST', '/v1/orgs', {
      token: root,
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: huge,
    });
    expect(res.status).toBe(413);
    const body = await problem(res);
    expect(body.type).toMatch(/payload-too-large$/);
    expect(body.requestId).toBeTruthy();
  });

  it('of 10 MB sent without a Content-Length (chunked) is a 413 too', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= 10) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${server.url}/v1/orgs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${root}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    await problem(res);
  });
});

describe('a query string', () => {
  it('with a parameter the operation does not take is a 400 naming it', async () => {
    const res = await server.call('GET', '/v1/catalog?stauts=delivered&limit=5');
    expect(res.status).toBe(400);
    const body = await problem(res);
    expect(body.errors).toEqual([
      expect.objectContaining({ path: 'query.stauts', message: expect.stringMatching(/no es un parámetro de esta operación \(.*category.*lang/) }),
    ]);
    expect((await server.call('GET', '/v1/catalog?limit=5')).status).toBe(200);
  });

  it('is ignored where people arrive from links: pages keep working with utm_* and fbclid', async () => {
    const res = await server.call('GET', '/docs?utm_source=qr&fbclid=abc');
    expect(res.status).toBe(200);
  });
});

/** Sends raw bytes and returns the raw answer (Node answers before any route runs). */
function raw(request: string): Promise<string> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.write(request);
  });
}

describe('what Node refuses before any route', () => {
  it('headers over 16 KiB are a 431 problem+json', async () => {
    const answer = await raw(`GET /v1/catalog HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1.1 431 /);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 431, type: expect.stringMatching(/headers-too-large$/) });
  });

  it('a malformed Content-Length is a 400 problem+json', async () => {
    const answer = await raw('POST /v1/orgs HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n{}');
    expect(answer).toMatch(/^HTTP\/1.1 400 /);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400, type: expect.stringMatching(/malformed-request$/) });
  });
});

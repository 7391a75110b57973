import { allow } from '@ayni/auth';
import { generateLocalKeyPair, issueLocalToken } from '@ayni/auth/local-issuer';
import type { DomainModule } from '@ayni/api';
import { createRouter, defineRoute, jsonBody, jsonContent, problemResponses } from '@ayni/http';
import { compose } from '@ayni/store';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { z } from '@hono/zod-openapi';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApi, TEST_AUDIENCE, TEST_ISSUER, type TestApi } from '../support/api.js';

/**
 * A small domain written with the shared conventions, so that the conventions themselves are tested
 * through a real route: validation, access rules, idempotency and problem documents.
 */
const createNote = defineRoute({
  method: 'post',
  path: '/orgs/{orgId}/notes',
  access: allow(['association_admin', 'platform_admin'], { orgParam: 'orgId' }),
  idempotency: 'required',
  request: {
    params: z.object({ orgId: z.string().regex(/^org_[0-9A-Z]{26}$|^org-[a-z]+$/) }),
    body: jsonBody(z.object({ text: z.string().min(1), amount: z.int().min(0) })),
  },
  responses: { 201: jsonContent(z.object({ id: z.string() }), 'Created'), ...problemResponses(400, 401, 403, 422) },
});

const notesDomain: DomainModule = {
  name: 'notes',
  createRouter: (runtime) => {
    const router = createRouter();
    router.openapi(createNote, async (c) => {
      const { orgId } = c.req.valid('param');
      const id = randomUUID();
      const { doc, tableName } = runtime.store;
      await doc.send(new PutCommand({ TableName: tableName, Item: { pk: compose('NOTE', orgId), sk: id, ...c.req.valid('json') } }));
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: compose('NOTE', orgId), sk: 'COUNT' },
          UpdateExpression: 'ADD notes :one',
          ExpressionAttributeValues: { ':one': 1 },
        }),
      );
      return c.json({ id }, 201);
    });
    return router;
  },
};

let api: TestApi;
let adminToken: string;

async function notesCreated(orgId: string): Promise<number> {
  const { doc, tableName } = api.runtime.store;
  const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: { pk: compose('NOTE', orgId), sk: 'COUNT' }, ConsistentRead: true }));
  return (Item?.notes as number | undefined) ?? 0;
}

beforeAll(async () => {
  api = await createTestApi([notesDomain], { chainRpcUrl: inject('chain').rpcUrl });
  adminToken = await api.token({ sub: 'user-ana', org: 'org-sumaq', roles: ['association_admin'] });
});

describe('errors are RFC 9457 problem documents', () => {
  it('names each invalid field of a malformed body with a 400', async () => {
    const res = await api.call('POST', '/v1/orgs/org-sumaq/notes', {
      token: adminToken,
      headers: { 'idempotency-key': randomUUID() },
      body: { text: '', amount: 12.5 },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = await res.json();
    expect(problem).toMatchObject({ status: 400, code: 'validation-failed' });
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(['amount', 'text']);
    expect(problem.requestId).toBeTruthy();
  });

  it('answers a body that is not JSON with a 400 problem', async () => {
    const res = await api.call('POST', '/v1/orgs/org-sumaq/notes', {
      token: adminToken,
      headers: { 'idempotency-key': randomUUID() },
      body: '{"text": "unterminated',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await res.json()).code).toBe('malformed-body');
  });

  it('refuses a body sent without a JSON content type (415) instead of skipping validation', async () => {
    const res = await api.call('POST', '/v1/orgs/org-sumaq/notes', {
      token: adminToken,
      headers: { 'idempotency-key': randomUUID(), 'content-type': 'text/plain' },
      body: 'text=hola',
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await res.json()).errors[0].path).toBe('header.Content-Type');
    expect(await notesCreated('org-sumaq')).toBe(0);
  });

  it('names path parameters that fail validation', async () => {
    const res = await api.call('POST', '/v1/orgs/NOT%20AN%20ID/notes', {
      token: await api.token({ sub: 'root', roles: ['platform_admin'] }),
      headers: { 'idempotency-key': randomUUID() },
      body: { text: 'x', amount: 1 },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].path).toBe('path.orgId');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await api.call('GET', '/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 404, instance: '/v1/nothing-here' });
  });

  it('echoes a well-formed X-Request-Id and generates one otherwise', async () => {
    const echoed = await api.call('GET', '/v1/nothing-here', { headers: { 'x-request-id': 'req-1234567890' } });
    expect(echoed.headers.get('x-request-id')).toBe('req-1234567890');
    const generated = await api.call('GET', '/v1/nothing-here', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('every route declares who may call it', () => {
  const body = { text: 'queso andino', amount: 100 };
  const post = (token?: string) =>
    api.call('POST', '/v1/orgs/org-sumaq/notes', { ...(token ? { token } : {}), headers: { 'idempotency-key': randomUUID() }, body });

  it('refuses a request without a token with 401', async () => {
    const res = await post();
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('unauthenticated');
  });

  it('refuses an expired token with 401', async () => {
    const expired = await issueLocalToken(api.keys, {
      sub: 'user-ana',
      org: 'org-sumaq',
      roles: ['association_admin'],
      issuer: TEST_ISSUER,
      audience: TEST_AUDIENCE,
      issuedAt: new Date(Date.now() - 3 * 3600_000),
      expiresIn: 3600,
    });
    const res = await post(expired);
    expect(res.status).toBe(401);
    expect((await res.json()).detail).toBe('El token ha caducado.');
  });

  it('refuses a token signed by another key with 401', async () => {
    const forger = await generateLocalKeyPair();
    const forged = await issueLocalToken(forger, {
      sub: 'user-ana',
      org: 'org-sumaq',
      roles: ['platform_admin'],
      issuer: TEST_ISSUER,
      audience: TEST_AUDIENCE,
    });
    expect((await post(forged)).status).toBe(401);
  });

  it('refuses a token for another audience with 401', async () => {
    const other = await issueLocalToken(api.keys, { sub: 'u', org: 'org-sumaq', roles: ['association_admin'], issuer: TEST_ISSUER, audience: 'other-api' });
    expect((await post(other)).status).toBe(401);
  });

  it('refuses a valid token for another organisation with 403', async () => {
    const otherOrg = await api.token({ sub: 'user-rosa', org: 'org-huaroq', roles: ['association_admin'] });
    const res = await post(otherOrg);
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('forbidden');
  });

  it('refuses a role the route does not allow with 403', async () => {
    expect((await post(await api.token({ sub: 'chef', org: 'org-sumaq', roles: ['buyer'] }))).status).toBe(403);
  });

  it('lets the right role of the right organisation in, and a platform admin for any organisation', async () => {
    expect((await post(adminToken)).status).toBe(201);
    expect((await post(await api.token({ sub: 'root', roles: ['platform_admin'] }))).status).toBe(201);
  });
});

describe('Idempotency-Key', () => {
  const orgId = 'org-idem';
  let token: string;
  beforeAll(async () => {
    token = await api.token({ sub: 'user-idem', org: orgId, roles: ['association_admin'] });
  });
  const post = (key: string | undefined, body: unknown) =>
    api.call('POST', `/v1/orgs/${orgId}/notes`, { token, headers: key ? { 'idempotency-key': key } : {}, body });

  it('is required where the route says so, and the problem names the header', async () => {
    const res = await post(undefined, { text: 'a', amount: 1 });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].path).toBe('header.Idempotency-Key');
  });

  it('replays the first response for 20 concurrent duplicates, with one effect', async () => {
    const before = await notesCreated(orgId);
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(key, { text: 'chullpi', amount: 5 })));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(19);
    expect(await notesCreated(orgId)).toBe(before + 1);
  });

  it('answers the same key with a different body with 422 and changes nothing', async () => {
    const key = randomUUID();
    expect((await post(key, { text: 'uno', amount: 1 })).status).toBe(201);
    const before = await notesCreated(orgId);
    const res = await post(key, { text: 'dos', amount: 2 });
    expect(res.status).toBe(422);
    expect((await res.json()).code).toBe('idempotency-key-reused');
    expect(await notesCreated(orgId)).toBe(before);
  });

  it('lets a corrected request reuse the key of one refused as invalid', async () => {
    const key = randomUUID();
    expect((await post(key, { text: '', amount: 1 })).status).toBe(400);
    expect((await post(key, { text: 'corregido', amount: 1 })).status).toBe(201);
  });

  it('scopes keys by caller: another user with the same key gets their own effect', async () => {
    const key = randomUUID();
    const first = await (await post(key, { text: 'x', amount: 1 })).json();
    const colleague = await api.token({ sub: 'user-idem-2', org: orgId, roles: ['association_admin'] });
    const res = await api.call('POST', `/v1/orgs/${orgId}/notes`, { token: colleague, headers: { 'idempotency-key': key }, body: { text: 'x', amount: 1 } });
    expect(res.status).toBe(201);
    expect((await res.json()).id).not.toBe(first.id);
  });
});

describe('platform routes', () => {
  it('reports DynamoDB and the chain healthy', async () => {
    const res = await api.call('GET', '/health');
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.checks.dynamodb.ok).toBe(true);
    expect(body.checks.chain).toMatchObject({ ok: true, chainId: inject('chain').chainId });
  });

  it('reports 503 when the chain does not answer', async () => {
    const down = await createTestApi([], { chainRpcUrl: 'http://127.0.0.1:9' });
    const res = await down.call('GET', '/health');
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.checks.chain.ok).toBe(false);
    expect(body.checks.dynamodb.ok).toBe(true);
  });

  it('is ready without a chain this deployment does not configure, and says so; not ready when DynamoDB does not answer', async () => {
    const noChain = await createTestApi([]);
    const ready = await noChain.call('GET', '/health');
    expect(ready.status).toBe(200);
    expect((await ready.json()).checks.chain).toMatchObject({ ok: false, configured: false });

    const noDatabase = await createTestApi([], {
      table: { tableName: 'not-there', endpoint: 'http://127.0.0.1:9' },
      env: { DYNAMODB_TIMEOUT_MS: '300', DYNAMODB_MAX_ATTEMPTS: '1' },
    });
    expect((await noDatabase.call('GET', '/health')).status).toBe(503);
    // Liveness calls no dependency: it answers while DynamoDB does not.
    const live = await noDatabase.call('GET', '/health/live');
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'live' });
  });

  it("serves an OpenAPI 3.1 document that declares each route's access", async () => {
    const doc = await (await api.call('GET', '/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const op = doc.paths['/v1/orgs/{orgId}/notes'].post;
    expect(op.security).toEqual([{ bearer: [] }]);
    expect(op['x-ayni-access']).toEqual({ kind: 'roles', roles: ['association_admin', 'platform_admin'], orgParam: 'orgId' });
    expect(doc.paths['/health'].get.security).toEqual([]);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.schemas.Problem).toBeDefined();
  });

  it('serves the docs page and its assets from this process', async () => {
    const page = await api.call('GET', '/docs');
    const html = await page.text();
    expect(page.status).toBe(200);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.every((url) => url.startsWith('/docs/'))).toBe(true);
    for (const asset of assets) {
      const res = await api.call('GET', asset);
      expect(res.status, asset).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });
});

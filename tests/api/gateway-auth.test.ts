import { buildApi, createRuntime } from '@ayni/api';
import { catalogDomain } from '@ayni/catalog';
import { loadConfig } from '@ayni/core';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { handle } from 'hono/aws-lambda';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, TEST_REGION } from '../support/dynamodb.js';
import { sumaqProfile } from '../support/catalog-fixtures.js';

/**
 * The Lambda shape of authentication: API Gateway's JWT authorizer verifies tokens on private routes
 * and hands the claims over in the event; a token sent to a public route is verified in-process
 * against the issuer's published keys (a real JWKS endpoint on loopback stands in for Cognito's).
 */
const AUDIENCE = 'cognito-app-client-id';
let jwksServer: Server;
let issuer: string;
let signingKey: CryptoKey;
let handler: ReturnType<typeof handle>;

async function cognitoIdToken(claims: Record<string, unknown>, key: CryptoKey = signingKey): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'cognito-test-key' })
    .setIssuer(issuer)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(key);
}

function event(method: string, path: string, options: { claims?: Record<string, string>; token?: string; body?: unknown } = {}) {
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: {
      host: 'api.example',
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID(),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example',
      domainPrefix: 'api',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
      requestId: `gw-${crypto.randomUUID()}`,
      routeKey: `${method} ${path}`,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
      ...(options.claims ? { authorizer: { jwt: { claims: options.claims, scopes: [] } } } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    isBase64Encoded: false,
  };
}

async function invoke(e: ReturnType<typeof event>): Promise<{ status: number; body: any }> {
  const result = (await handler(e as never, {} as never)) as { statusCode: number; body: string };
  return { status: result.statusCode, body: JSON.parse(result.body) };
}

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  signingKey = privateKey;
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'cognito-test-key', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((req, res) => {
    if (req.url === '/pool/.well-known/jwks.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/pool`;

  const { tableName, endpoint } = await createTestTable('gateway');
  const config = loadConfig({
    TABLE_NAME: tableName,
    AWS_REGION: TEST_REGION,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    AUTH_MODE: 'gateway',
    AUTH_ISSUER: issuer,
    AUTH_AUDIENCE: AUDIENCE,
    LOG_LEVEL: 'silent',
  });
  handler = handle(buildApi(await createRuntime(config), [catalogDomain]));
});

afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));

describe('authentication behind API Gateway', () => {
  let orgId: string;

  it('reads the principal from the authorizer’s claims (Cognito groups and custom:org)', async () => {
    const created = await invoke(event('POST', '/v1/orgs', { claims: { sub: 'ops', 'cognito:groups': '[platform_admin]' }, body: sumaqProfile }));
    expect(created.status).toBe(201);
    orgId = created.body.id;
    const asBuyer = await invoke(event('POST', '/v1/orgs', { claims: { sub: 'chef', 'cognito:groups': '[buyer]', 'custom:org': orgId }, body: sumaqProfile }));
    expect(asBuyer.status).toBe(403);
  });

  it('verifies a token sent to a public route against the issuer’s keys, so own people see private fields', async () => {
    const own = await cognitoIdToken({ sub: 'ana', 'cognito:groups': ['association_admin'], 'custom:org': orgId });
    const withToken = await invoke(event('GET', `/v1/orgs/${orgId}`, { token: own }));
    expect(withToken.status).toBe(200);
    expect(withToken.body.contact).toBeDefined();
    const anonymous = await invoke(event('GET', `/v1/orgs/${orgId}`));
    expect(anonymous.body.contact).toBeUndefined();
  });

  it('refuses a forged token on a public route with 401', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await cognitoIdToken({ sub: 'ana', 'cognito:groups': ['association_admin'], 'custom:org': orgId }, privateKey);
    const res = await invoke(event('GET', `/v1/orgs/${orgId}`, { token: forged }));
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
  });

  it('uses the gateway’s request id', async () => {
    const e = event('GET', '/v1/nothing');
    const result = (await handler(e as never, {} as never)) as { headers: Record<string, string> };
    expect(result.headers['x-request-id']).toBe(e.requestContext.requestId);
  });
});

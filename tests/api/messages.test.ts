import { catalogDomain } from '@ayni/catalog';
import { beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES as API_MESSAGES } from '../../packages/api/src/messages.js';
import { MESSAGES as AUTH_MESSAGES } from '../../packages/auth/src/messages.js';
import { MESSAGES as STORE_MESSAGES } from '../../packages/store/src/messages.js';
import { createTestApi, type TestApi } from '../support/api.js';
import { expectCompleteCatalog } from '../support/messages.js';

/**
 * What authentication, access checks, the store and the platform routes say is said in the
 * caller's language: Spanish by default, Quechua by Accept-Language, English by ?lang=; the problem
 * code never changes.
 */
let api: TestApi;

beforeAll(async () => {
  api = await createTestApi([catalogDomain]);
});

/** The same request three times: Spanish (no preference), Quechua (Accept-Language), English (?lang=en). */
async function inThreeLanguages(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const withLang = `${path}${path.includes('?') ? '&' : '?'}lang=en`;
  const headers = () => ({ 'idempotency-key': crypto.randomUUID(), ...options.headers });
  const answers = await Promise.all([
    api.call(method, path, { ...options, headers: headers() }),
    api.call(method, path, { ...options, headers: { ...headers(), 'accept-language': 'qu' } }),
    api.call(method, withLang, { ...options, headers: headers() }),
  ]);
  const bodies = await Promise.all(answers.map((r) => r.json()));
  expect(answers.map((r) => r.headers.get('content-language'))).toEqual(['es', 'qu', 'en']);
  expect(new Set(bodies.map((b) => b.code)).size).toBe(1);
  return { statuses: answers.map((r) => r.status), bodies };
}

describe('errors of authentication, the store and the platform in each language', () => {
  it('say how the Authorization header must be written', async () => {
    const { statuses, bodies } = await inThreeLanguages('GET', '/v1/catalog', { headers: { authorization: 'Basic dXNlcjpwYXNz' } });

    expect(statuses).toEqual([401, 401, 401]);
    expect(bodies[0].code).toBe('unauthenticated');
    expect(bodies.map((b) => b.detail)).toEqual([
      'La cabecera Authorization debe ser "Bearer <token>".',
      'Authorization umaqa "Bearer <token>" kanan.',
      'The Authorization header must be "Bearer <token>".',
    ]);
  });

  it('name the roles a route needs', async () => {
    const buyer = await api.token({ sub: 'user-buyer', org: 'org-buyer', roles: ['buyer'] });
    const { statuses, bodies } = await inThreeLanguages('POST', '/v1/orgs', { token: buyer, body: { kind: 'association', name: 'Sumaq' } });

    expect(statuses).toEqual([403, 403, 403]);
    expect(bodies[0].code).toBe('forbidden');
    expect(bodies.map((b) => b.detail)).toEqual([
      'Esta ruta necesita uno de estos roles: platform_admin.',
      'Kay ñanqa kay rolkunamanta hukninta munan: platform_admin.',
      'This route needs one of the roles: platform_admin.',
    ]);
  });

  it('refuse a cursor the API did not issue, naming the field', async () => {
    const { statuses, bodies } = await inThreeLanguages('GET', '/v1/catalog?cursor=bm90LWEtY3Vyc29y');

    expect(statuses).toEqual([400, 400, 400]);
    expect(bodies[0].code).toBe('validation-failed');
    expect(bodies.map((b) => b.errors)).toEqual([
      [expect.objectContaining({ path: 'query.cursor', message: 'no es un cursor que esta API haya dado para este listado' })],
      [expect.objectContaining({ path: 'query.cursor', message: 'manam kay API-q kay listapaq qusqan cursorchu' })],
      [expect.objectContaining({ path: 'query.cursor', message: 'is not a cursor this API issued for this listing' })],
    ]);
  });

  it('say that no problem has an unknown code', async () => {
    const { statuses, bodies } = await inThreeLanguages('GET', '/problems/no-such-problem');

    expect(statuses).toEqual([404, 404, 404]);
    expect(bodies[0].code).toBe('not-found');
    expect(bodies.map((b) => b.detail)).toEqual([
      'Ningún problema tiene el código no-such-problem; consulta /problems.',
      'no-such-problem código-yuq problemaqa mana kanchu; /problems qhaway.',
      'No problem has the code no-such-problem; see /problems.',
    ]);
  });
});

describe('the catalogs of auth, store and api', () => {
  it('are written in Spanish, Quechua and English, with the same parameters', () => {
    expectCompleteCatalog(AUTH_MESSAGES, 'auth.');
    expectCompleteCatalog(STORE_MESSAGES, 'store.');
    expectCompleteCatalog(API_MESSAGES, 'api.');
  });
});

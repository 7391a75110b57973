import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_DOMAINS } from '../../functions/domains.js';
import { lambdas } from '../../functions/manifest.js';
import { createTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
let document: Record<string, any>;

beforeAll(async () => {
  api = await createTestApi(ALL_DOMAINS);
  document = await (await api.call('GET', '/openapi.json')).json();
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 according to the official JSON schema', async () => {
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('declares for every operation who may call it', () => {
    for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation['x-ayni-access'], `${method} ${path}`).toBeDefined();
        const isPublic = operation['x-ayni-access'].kind === 'public';
        expect(operation.security, `${method} ${path}`).toEqual(isPublic ? [] : [{ bearer: [] }]);
      }
    }
  });

  it('matches the routes the gateway exposes: each documented operation has a gateway route with the same access', () => {
    const gateway = new Map<string, boolean>(lambdas.flatMap((fn) => fn.routes.map((r) => [`${r.method} ${r.path}`, r.public] as const)));
    for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        const key = `${method.toUpperCase()} ${path}`;
        expect(gateway.has(key), key).toBe(true);
        expect(gateway.get(key), key).toBe(operation['x-ayni-access'].kind === 'public');
      }
    }
  });

  it('documents the domains’ routes under /v1', () => {
    expect(document.paths['/v1/catalog'].get.summary).toMatch(/catalog/i);
    expect(Object.keys(document.paths).filter((p) => p.startsWith('/v1/')).length).toBeGreaterThanOrEqual(10);
  });
});

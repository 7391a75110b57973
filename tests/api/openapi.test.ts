import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_DOMAINS } from '../../functions/domains.js';
import { lambdas } from '../../functions/manifest.js';
import { createTestApi, type TestApi } from '../support/api.js';

let api: TestApi;

/** An example on the body schema itself (or on the component it refers to). */
function hasExample(schema: any): boolean {
  if (!schema) return false;
  if (schema.example !== undefined || schema.examples !== undefined) return true;
  if (schema.$ref) return hasExample(document.components.schemas[schema.$ref.split('/').pop()]);
  return false;
}
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

  it('lints with 0 errors under Redocly’s recommended ruleset', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });

  it('names every operation with a unique operationId, and shows an example of every request body', () => {
    const ids = new Map<string, string>();
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${method} ${path}`;
        if (!operation.operationId) missing.push(`${where}: no operationId`);
        else if (ids.has(operation.operationId)) missing.push(`${where}: operationId ${operation.operationId} also names ${ids.get(operation.operationId)}`);
        else ids.set(operation.operationId, where);
        const body = operation.requestBody?.content?.['application/json'];
        if (body && body.example === undefined && body.examples === undefined && !hasExample(body.schema)) missing.push(`${where}: no request body example`);
      }
    }
    expect(missing).toEqual([]);
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

type Operation = {
  parameters?: Array<{ in: string; name: string; required?: boolean; schema?: { pattern?: string; enum?: string[] } }>;
  'x-ayni-access': { kind: string; roles?: string[]; orgParam?: string };
};

/** A value of the right shape for a path parameter (its pattern's prefix plus zeros, or its first enum value). */
function sampleParameter(schema: { pattern?: string; enum?: string[] } | undefined): string {
  if (schema?.enum?.length) return schema.enum[0]!;
  const prefix = schema?.pattern?.match(/^\^([a-z]+)_/)?.[1];
  return prefix ? `${prefix}_${'0'.repeat(26)}` : 'x';
}

describe('the headers the runtime requires', () => {
  it('are declared in the document: every operation that refuses a request without Idempotency-Key declares it required', async () => {
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
        const params = operation.parameters ?? [];
        const concrete = path.replace(/\{(\w+)\}/g, (_, name: string) => sampleParameter(params.find((p) => p.in === 'path' && p.name === name)?.schema));
        const access = operation['x-ayni-access'];
        const org = access.orgParam ? concrete.split('/')[path.split('/').indexOf(`{${access.orgParam}}`)] : `org_${'0'.repeat(26)}`;
        const token = access.kind === 'public' ? undefined : await api.token({ sub: 'header-probe', org, roles: (access.roles ?? []) as never });
        const res = await api.call(method.toUpperCase(), concrete, { ...(token ? { token } : {}), body: {} });
        const problem = (await res.json()) as { errors?: Array<{ path: string }> };
        const refusedWithoutKey = res.status === 400 && (problem.errors ?? []).some((e) => e.path === 'header.Idempotency-Key');
        const declared = params.find((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
        if (refusedWithoutKey) {
          checked++;
          expect(declared?.required, `${method} ${path} requires Idempotency-Key but does not declare it required`).toBe(true);
        } else if (declared?.required) {
          throw new Error(`${method} ${path} declares Idempotency-Key required, yet a request without it got ${res.status}`);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('declares X-Request-Id on every response, and Idempotent-Replayed on the successes of operations that take a key', () => {
    for (const [path, operations] of Object.entries(
      document.paths as Record<
        string,
        Record<string, Operation & { responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }> }>
      >,
    )) {
      for (const [method, operation] of Object.entries(operations)) {
        const takesKey = (operation.parameters ?? []).some((p) => p.in === 'header' && p.name === 'idempotency-key');
        // API Gateway's throttling answer, declared on every operation: its own request id, not ours.
        expect(operation.responses['429']?.headers, `${method} ${path} 429`).toHaveProperty(['apigw-requestid']);
        for (const [status, response] of Object.entries(operation.responses)) {
          if (status === '429') continue;
          expect(response.headers, `${method} ${path} ${status}`).toHaveProperty(['X-Request-Id']);
          if (takesKey && status.startsWith('2')) expect(response.headers, `${method} ${path} ${status}`).toHaveProperty(['Idempotent-Replayed']);
          // A 503 problem says when to come back (the health probe's 503 is a report, not a refusal).
          if (status === '503' && response.content?.['application/problem+json'])
            expect(response.headers, `${method} ${path} ${status}`).toHaveProperty(['Retry-After']);
        }
      }
    }
  });
});

/** Calls `visit` with every property of every schema in the document (components, responses and bodies). */
function eachProperty(visit: (name: string, property: any, where: string) => void): void {
  const walk = (schema: any, where: string): void => {
    if (!schema || typeof schema !== 'object') return;
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, any>)) {
      visit(name, property, where);
      walk(property, `${where}.${name}`);
    }
    for (const key of ['items', 'additionalProperties']) if (schema[key]) walk(schema[key], `${where}.${key}`);
    for (const key of ['anyOf', 'oneOf', 'allOf']) for (const [i, part] of (schema[key] ?? []).entries()) walk(part, `${where}.${key}${i}`);
  };
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) walk(schema, name);
  for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, any>)) {
        for (const content of Object.values((response.content ?? {}) as Record<string, any>)) walk(content.schema, `${method} ${path} ${status}`);
      }
      for (const content of Object.values((operation.requestBody?.content ?? {}) as Record<string, any>)) walk(content.schema, `${method} ${path} body`);
    }
  }
}

describe('dates and times in the document', () => {
  it('carry format date-time on every instant (…At) and format date on every calendar day (…Date, …On, date)', () => {
    const wrong: string[] = [];
    eachProperty((name, property, where) => {
      const variants = [property, ...(property.anyOf ?? []), ...(property.oneOf ?? [])].filter((v) => v.type === 'string');
      if (/At$/.test(name) && variants.some((v) => v.format !== 'date-time')) wrong.push(`${where}.${name} (date-time)`);
      if (/(Date|On)$|^date$/.test(name) && variants.some((v) => v.format !== 'date')) wrong.push(`${where}.${name} (date)`);
    });
    expect(wrong).toEqual([]);
  });
});

describe('money in the document (decision 0014)', () => {
  it('is an integer of minor units beside a currency: no property holds an {amount, currency} object', () => {
    const nested: string[] = [];
    const integers: string[] = [];
    eachProperty((name, property, where) => {
      const resolved = property.$ref ? document.components.schemas[property.$ref.split('/').pop()] : property;
      const keys = Object.keys(resolved?.properties ?? {});
      if (keys.length === 2 && keys.includes('currency') && (keys.includes('amount') || keys.includes('price'))) nested.push(`${where}.${name}`);
      if (/^(price|unitPrice|catalogPrice|lineTotal|total|amount)$/.test(name) && resolved?.type !== 'integer' && resolved?.type !== 'object')
        integers.push(`${where}.${name}: ${resolved?.type}`);
    });
    expect(nested).toEqual([]);
    expect(integers).toEqual([]);
  });

  it('gives a product its price and its currency side by side', () => {
    expect(document.components.schemas.Product.properties.price.type).toBe('integer');
    expect(document.components.schemas.Product.required).toEqual(expect.arrayContaining(['price', 'currency']));
  });
});

describe('the README', () => {
  it('names only operations the API has, with query parameters they declare and every required one', async () => {
    const readme = (await import('node:fs')).readFileSync('README.md', 'utf8');
    const examples = [...readme.matchAll(/`(GET|POST|PATCH|PUT|DELETE) (\/v1\/[^`\s]+)`/g)].map((m) => ({ method: m[1]!.toLowerCase(), url: m[2]! }));
    expect(examples.length).toBeGreaterThan(8);
    const templates = Object.keys(document.paths);
    const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}');
    for (const { method, url } of examples) {
      const [path, query = ''] = url.split('?') as [string, string?];
      const template = templates.find((t) => shape(t) === shape(path));
      expect(template, `${method.toUpperCase()} ${url}: no such path`).toBeDefined();
      const operation = document.paths[template!][method] as Operation | undefined;
      expect(operation, `${method.toUpperCase()} ${url}: no such operation`).toBeDefined();
      const declared = (operation!.parameters ?? []).filter((p) => p.in === 'query');
      const given = new URLSearchParams(query);
      for (const name of given.keys())
        expect(
          declared.map((p) => p.name),
          `${url}: ${name} is not a parameter`,
        ).toContain(name);
      if (query) for (const p of declared.filter((d) => d.required)) expect([...given.keys()], `${url}: the required ${p.name} is missing`).toContain(p.name);
    }
  });
});

import { ALL_DOMAINS } from '../../functions/domains.js';
import { PROBLEM_CATALOG } from '@ayni/http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi(ALL_DOMAINS);
});

/** Every problem code the source can produce: error classes' `type`, and problemType('...') calls. */
function codesInSource(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/readonly type(?:: string)? = '([a-z0-9-]+)'/g)) codes.add(m[1]!);
        for (const m of text.matchAll(/problemType\('([a-z0-9-]+)'\)/g)) codes.add(m[1]!);
      }
    }
  };
  for (const pkg of readdirSync('packages')) if (statSync(join('packages', pkg, 'src')).isDirectory()) walk(join('packages', pkg, 'src'));
  return codes;
}

describe('problem types', () => {
  it('cover every code the source can produce, each explained on its own page', async () => {
    const codes = codesInSource();
    expect(codes.size).toBeGreaterThan(20);
    for (const code of codes) {
      expect(PROBLEM_CATALOG, `no entry for ${code} in problem-catalog.ts`).toHaveProperty([code]);
      const page = await api.call('GET', `/problems/${code}?lang=en`);
      expect(page.status, code).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain(PROBLEM_CATALOG[code]!.title);
    }
  });

  it('are URIs that resolve: a real problem’s type opens the page of its code', async () => {
    const res = await api.call('GET', '/v1/orgs/not-an-id');
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { type: string; code: string; status: number };
    expect(problem.code).toBe('validation-failed');
    expect(problem.type).toMatch(/^https?:\/\/[^/]+\/problems\/validation-failed$/);
    const page = await api.call('GET', `${new URL(problem.type).pathname}?lang=en`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(PROBLEM_CATALOG['validation-failed']!.title);
  });

  it('use PUBLIC_BASE_URL as their base when it is set', async () => {
    const configured = await createTestApi(ALL_DOMAINS, { env: { PUBLIC_BASE_URL: 'https://api.ayni.example' } });
    const problem = (await (await configured.call('GET', '/v1/nowhere')).json()) as { type: string; code: string };
    expect(problem).toMatchObject({ code: 'not-found', type: 'https://api.ayni.example/problems/not-found' });
  });

  it('list every code on one index page, and an unknown code is a 404 problem', async () => {
    const index = await (await api.call('GET', '/problems')).text();
    for (const code of Object.keys(PROBLEM_CATALOG)) expect(index).toContain(`/problems/${code}`);
    const unknown = await api.call('GET', '/problems/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/problem\+json/);
  });
});

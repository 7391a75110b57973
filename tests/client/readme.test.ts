import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_DOMAINS } from '../../functions/domains.js';
import { createAssociation, post, quesoAndino } from '../support/catalog-fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Inside the repository, so that `@ayni/client` resolves as it does for an integrator's workspace; git-ignored. */
const SCRATCH = join(ROOT, 'packages/client/.tmp-readme');
const EXAMPLE = join(SCRATCH, `example-${process.pid}.ts`);

/** The one ```ts block of README.md's "### The TypeScript client" subsection, exactly as written. */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('### The TypeScript client\n');
  expect(start, 'README.md has a "### The TypeScript client" subsection').toBeGreaterThan(-1);
  const section = readme.slice(start, readme.indexOf('\n## ', start));
  const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(ALL_DOMAINS);
  const root = await server.token({ sub: 'root', roles: ['platform_admin'] });
  const { org, admin } = await createAssociation(server, root);
  const created = await post(server, `/v1/orgs/${org.id}/products`, admin, { ...quesoAndino, name: { es: 'Queso andino fresco', en: 'Fresh Andean cheese' } });
  if (created.status !== 201) throw new Error(`product not created: ${JSON.stringify(created.body)}`);
  mkdirSync(SCRATCH, { recursive: true });
  writeFileSync(EXAMPLE, readmeExample());
});

afterAll(async () => {
  rmSync(EXAMPLE, { force: true });
  rmSync(SCRATCH, { recursive: true, force: true });
  await server?.close();
});

describe("README's TypeScript client example", () => {
  it('reads the server from AYNI_URL, with localhost:3000 as the default', () => {
    expect(readmeExample()).toContain("process.env.AYNI_URL ?? 'http://localhost:3000'");
  });

  it('runs as written against the local server and prints the catalog', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', EXAMPLE], {
      cwd: ROOT,
      env: { ...process.env, AYNI_URL: server.url },
      timeout: 60_000,
    });

    expect(stdout).toContain('Fresh Andean cheese (Asociación Sumaq Ausangate)');
  }, 90_000);

  it('typechecks as written', () => {
    const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const program = ts.createProgram([EXAMPLE], { ...options, noEmit: true });
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  }, 120_000);
});

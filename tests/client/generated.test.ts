import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument, GENERATED_FILES, generateClientSources, generatedFilePath, type GeneratedFile } from '../../packages/client/scripts/generate.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLIENT = join(ROOT, 'packages/client');
let regenerated: Record<GeneratedFile, string>;

beforeAll(async () => {
  regenerated = await generateClientSources(await buildOpenApiDocument());
}, 120_000);

describe('the generated client files', () => {
  it.each(GENERATED_FILES)('%s is what the generator makes of the current OpenAPI document (run `npx tsx packages/client/scripts/generate.ts`)', (file) => {
    expect(readFileSync(generatedFilePath(file), 'utf8') === regenerated[file], `${file} is stale: run npx tsx packages/client/scripts/generate.ts`).toBe(true);
  });

  it('list the idempotent operations the way the document declares them', () => {
    const table = regenerated['src/operations.ts'];
    expect(table).toContain("'POST /v1/orgs': { required: true }");
    expect(table).not.toContain("'PATCH /v1/orgs/{orgId}'");
  });

  it('typecheck with the client and its compile-time specification (tests/client/typed-usage.ts)', () => {
    const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const roots = [join(CLIENT, 'src/index.ts'), join(CLIENT, 'src/webhooks.ts'), join(ROOT, 'tests/client/typed-usage.ts')];
    const program = ts.createProgram(roots, { ...options, noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 120_000);
});

describe('the client package', () => {
  it('stands alone: its sources import no other @ayni package and it depends on openapi-fetch only', () => {
    const sources = readdirSync(join(CLIENT, 'src')).filter((file) => file.endsWith('.ts'));
    const imports = sources.flatMap((file) =>
      [...readFileSync(join(CLIENT, 'src', file), 'utf8').matchAll(/from\s+'(@ayni\/[^']+)'/g)].map((m) => `${file}: ${m[1]}`),
    );
    const manifest = JSON.parse(readFileSync(join(CLIENT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(imports).toEqual([]);
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['openapi-fetch']);
  });
});

import { buildApi, createRuntime } from '@ayni/api';
import { loadConfig } from '@ayni/core';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { ALL_DOMAINS } from '../../../functions/domains.js';

/**
 * Build-time generation of @ayni/client's typed surface from the real OpenAPI document, built in
 * process from the same routers the server mounts (no server, no database: the runtime's DynamoDB
 * client connects lazily and nothing here queries it). It writes two committed files:
 *
 * - `src/schema.ts`: openapi-typescript's `paths`/`components`/`operations` types. Idempotency-Key
 *   header parameters are made optional in the types, because the client adds one itself.
 * - `src/operations.ts`: which `METHOD /path` operations take an Idempotency-Key, and whether the
 *   server requires it, read from the operations' header parameters.
 *
 * Both are formatted by the repository's Biome, so the lint of the whole repository covers them.
 * tests/client/generated.test.ts regenerates them in memory and fails when the committed ones differ.
 *
 * Run: `npx tsx packages/client/scripts/generate.ts`
 */

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPOSITORY_DIR = resolve(PACKAGE_DIR, '../..');
const IDEMPOTENCY_HEADER = 'idempotency-key';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export const GENERATED_FILES = ['src/schema.ts', 'src/operations.ts'] as const;
export type GeneratedFile = (typeof GENERATED_FILES)[number];

type OpenApiDocument = { paths?: Record<string, Record<string, unknown>> } & Record<string, unknown>;
interface Parameter {
  readonly name?: string;
  readonly in?: string;
  required?: boolean;
}

const HEADER = (what: string) =>
  [
    `// Generated from Ayni's OpenAPI document by packages/client/scripts/generate.ts (${what}): do not edit.`,
    '// Regenerate with `npx tsx packages/client/scripts/generate.ts`; tests/client/generated.test.ts fails when this file is stale.',
    '',
  ].join('\n');

/** The document the server serves at /openapi.json, built in process with a dummy table (never queried). */
export async function buildOpenApiDocument(): Promise<OpenApiDocument> {
  const config = loadConfig({ TABLE_NAME: 'ayni-openapi', AWS_REGION: 'us-east-1', LOG_LEVEL: 'silent' });
  const runtime = await createRuntime(config);
  const response = await buildApi(runtime, ALL_DOMAINS).request('/openapi.json');
  if (!response.ok) throw new Error(`GET /openapi.json answered ${response.status}`);
  return (await response.json()) as OpenApiDocument;
}

function operationsOf(document: OpenApiDocument): Array<{ method: string; path: string; parameters: Parameter[] }> {
  const found: Array<{ method: string; path: string; parameters: Parameter[] }> = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method] as { parameters?: Parameter[] } | undefined;
      if (operation) found.push({ method, path, parameters: operation.parameters ?? [] });
    }
  }
  return found;
}

const isIdempotencyKey = (parameter: Parameter) => parameter.in === 'header' && parameter.name?.toLowerCase() === IDEMPOTENCY_HEADER;

/** Formats TypeScript with the repository's Biome, as if the file were at `file` (its settings apply). */
function format(code: string, file: string): string {
  const biome = join(REPOSITORY_DIR, 'node_modules/.bin/biome');
  const result = spawnSync(biome, ['format', `--stdin-file-path=${file}`], { cwd: REPOSITORY_DIR, input: code, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`biome format failed for ${file}: ${result.stderr}`);
  return result.stdout;
}

async function renderSchema(document: OpenApiDocument): Promise<string> {
  const typed = structuredClone(document);
  for (const { parameters } of operationsOf(typed)) for (const parameter of parameters.filter(isIdempotencyKey)) parameter.required = false;
  const nodes = await openapiTS(typed as unknown as OpenAPI3, { silent: true, defaultNonNullable: false });
  return `${HEADER('openapi-typescript types; Idempotency-Key is optional here because the client adds it')}\n${astToString(nodes)}`;
}

function renderOperations(document: OpenApiDocument): string {
  const entries = operationsOf(document).flatMap(({ method, path, parameters }) => {
    const key = parameters.find(isIdempotencyKey);
    return key ? [`  '${method.toUpperCase()} ${path}': { required: ${key.required === true} },`] : [];
  });
  return [
    HEADER('the operations that take an Idempotency-Key header'),
    '/** Whether the server requires the key, or only honours one when given. */',
    'export interface IdempotencyKeyRule {',
    '  readonly required: boolean;',
    '}',
    '',
    '/** `METHOD /path/{template}` → rule, for every operation that declares an Idempotency-Key header. */',
    'export const IDEMPOTENCY_KEY_OPERATIONS: Readonly<Record<string, IdempotencyKeyRule>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

/** The generated files' contents, formatted, keyed by their path inside packages/client. */
export async function generateClientSources(document: OpenApiDocument): Promise<Record<GeneratedFile, string>> {
  const at = (file: GeneratedFile) => relative(REPOSITORY_DIR, join(PACKAGE_DIR, file));
  return {
    'src/schema.ts': format(await renderSchema(document), at('src/schema.ts')),
    'src/operations.ts': format(renderOperations(document), at('src/operations.ts')),
  };
}

export function generatedFilePath(file: GeneratedFile): string {
  return join(PACKAGE_DIR, file);
}

async function main(): Promise<void> {
  const sources = await generateClientSources(await buildOpenApiDocument());
  for (const file of GENERATED_FILES) {
    writeFileSync(generatedFilePath(file), sources[file]);
    console.log(`wrote ${relative(process.cwd(), generatedFilePath(file))}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();

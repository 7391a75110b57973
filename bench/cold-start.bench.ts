/**
 * Cold starts of the Lambda bundles against a baseline measured in the same run.
 *
 * Every function of functions/manifest.ts is bundled with `bundleFunction` (the stack's own esbuild
 * build, ADR 0011), and so is the baseline, bench/support/baseline-handler.ts: hono behind
 * `hono/aws-lambda` and one DocumentClient GetItem, packaged the same way (AWS SDK bundled). Each
 * sample is a fresh Node 22 process (the repository's `node@22`, Lambda's node flags for 512 MB) in
 * the bundle's folder with a Lambda-like environment (the variables the stack sets, fake
 * credentials, DynamoDB Local) that times `await import(bundle)`, a first and a second (warm)
 * invocation with a realistic event, and reports them as JSON on fd 3. Runs are interleaved: run i
 * starts each function once, in an order rotated by i, so machine noise spreads over all of them.
 *
 * Goal (HTTP functions): import + first invocation ≤ 1.5× the baseline's median. The import's CPU
 * time (all threads of the process) is reported too: on a busy machine it moves less than wall time.
 * Performance is measured, not asserted: only a broken run (a bundle that fails to load or answer, an
 * HTTP answer other than 200) exits non-zero.
 *
 * `npm run bench cold-start`; `COLD_START_RUNS` (default 15) samples per function; `COLD_START_KEEP=1`
 * keeps the bundles' folder (printed) for a closer look, e.g. `node --cpu-prof` on one import.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { catalog, createLotSchema, createProductSchema, type CatalogDeps } from '@ayni/catalog';
import { systemClock } from '@ayni/core';
import { createDynamoClient, createStore, ensureTable } from '@ayni/store';
import type { Metafile } from 'esbuild';

import { lambdas, type LambdaSpec } from '../functions/manifest.js';
import { BUNDLE_FILE, bundleFunction } from '../infra/lib/domain-function.js';
import { functionAssets } from '../infra/lib/function-assets.js';
import { METRIC_NAMESPACE } from '../infra/lib/observability.js';
import { fromRepoRoot } from '../infra/lib/paths.js';
import { startDynamoDbLocal } from '../packages/devstack/src/dynamodb.js';
import { freePort } from '../packages/devstack/src/ports.js';

const RUNS = Number(process.env.COLD_START_RUNS ?? 15);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`COLD_START_RUNS must be a positive integer, got "${process.env.COLD_START_RUNS}"`);
const GOAL = 1.5;
/** The stack's memory size (infra/lib/domain-function.ts): Lambda derives the heap flags from it. */
const MEMORY_MB = 512;
const REGION = 'us-east-1';
const TABLE = 'ayni-bench-cold-start';
const CHILD_TIMEOUT_MS = 60_000;
const KIB = 1024;
const BASELINE = 'baseline';
const KEEP = process.env.COLD_START_KEEP === '1';

// ---------------------------------------------------------------------------------------------
// What each function is invoked with

interface Seed {
  readonly orgId: string;
  readonly productId: string;
  readonly lotId: string;
  readonly baselineId: string;
}

/** An API Gateway HTTP API (payload 2.0) request, as the Lambda receives it. */
interface HttpRequest {
  /** Route key as in the manifest (`GET /v1/orgs/{orgId}`). */
  readonly route: string;
  readonly pathParameters: Readonly<Record<string, string>>;
  /** JWT authorizer claims (Cognito ID token, as API Gateway hands them over), for non-public routes. */
  readonly claims?: Readonly<Record<string, string>>;
}

type Invocation =
  | { readonly kind: 'http'; readonly request: HttpRequest }
  | { readonly kind: 'schedule' }
  | { readonly kind: 'import-only'; readonly why: string };

const adminOf = (orgId: string) => ({ sub: 'bench-admin', 'custom:org': orgId, 'cognito:groups': '[association_admin]', token_use: 'id' });

/** Cheap, realistic requests: a public GET where the domain has one, else a member's GET of a list. */
function invocationOf(name: string, seed: Seed): Invocation {
  const { orgId, productId, lotId } = seed;
  switch (name) {
    case BASELINE:
      return { kind: 'http', request: { route: 'GET /v1/baseline/{id}', pathParameters: { id: seed.baselineId } } };
    case 'platform':
      // Readiness: one DescribeTable (no CHAIN_RPC_URL here: the chain is reported unconfigured).
      return { kind: 'http', request: { route: 'GET /health', pathParameters: {} } };
    case 'catalog':
      return { kind: 'http', request: { route: 'GET /v1/orgs/{orgId}/products/{productId}', pathParameters: { orgId, productId } } };
    case 'orders':
      return { kind: 'http', request: { route: 'GET /v1/orgs/{orgId}/orders', pathParameters: { orgId }, claims: adminOf(orgId) } };
    case 'provenance':
      return { kind: 'http', request: { route: 'GET /v1/lots/{lotId}/provenance', pathParameters: { lotId } } };
    case 'loans':
      return { kind: 'http', request: { route: 'GET /v1/orgs/{orgId}/loans', pathParameters: { orgId }, claims: adminOf(orgId) } };
    case 'anchor':
      return { kind: 'import-only', why: 'a run needs a chain' };
    default: {
      const spec = lambdas.find((s) => s.name === name);
      if (spec?.schedule) return { kind: 'schedule' };
      throw new Error(`cold-start bench: no invocation defined for function "${name}"; add one to invocationOf`);
    }
  }
}

function httpEvent(name: string, request: HttpRequest, n: number): unknown {
  const [method, template] = request.route.split(' ') as [string, string];
  const rawPath = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = request.pathParameters[key];
    if (value === undefined) throw new Error(`${name}: no value for {${key}} in ${request.route}`);
    return encodeURIComponent(value);
  });
  const now = new Date();
  const host = 'bench.execute-api.us-east-1.amazonaws.com';
  return {
    version: '2.0',
    routeKey: request.route,
    rawPath,
    rawQueryString: '',
    headers: {
      accept: 'application/json',
      'accept-encoding': 'gzip, deflate, br',
      host,
      'user-agent': 'ayni-cold-start-bench',
      'x-amzn-trace-id': `Root=1-${Math.floor(now.getTime() / 1000).toString(16)}-${'0'.repeat(23)}${n}`,
      'x-forwarded-for': '203.0.113.10',
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
      ...(request.claims ? { authorization: 'Bearer verified.by.gateway' } : {}),
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'bench',
      domainName: host,
      domainPrefix: 'bench',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.10', userAgent: 'ayni-cold-start-bench' },
      requestId: `bench-${name}-${n}`,
      routeKey: request.route,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      ...(request.claims ? { authorizer: { jwt: { claims: request.claims, scopes: null } } } : {}),
    },
    ...(Object.keys(request.pathParameters).length > 0 ? { pathParameters: request.pathParameters } : {}),
    isBase64Encoded: false,
  };
}

function scheduledEvent(name: string, n: number): unknown {
  return {
    version: '0',
    id: `bench-${name}-${n}`,
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '123456789012',
    time: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: REGION,
    resources: [`arn:aws:events:${REGION}:123456789012:rule/ayni-bench-${name}`],
    detail: {},
  };
}

function eventsOf(name: string, invocation: Invocation): unknown[] {
  if (invocation.kind === 'import-only') return [];
  return [1, 2].map((n) => (invocation.kind === 'http' ? httpEvent(name, invocation.request, n) : scheduledEvent(name, n)));
}

// ---------------------------------------------------------------------------------------------
// The child: one cold start, timed from inside the process

/**
 * Plain JavaScript, so the child loads nothing but the bundle (no tsx). Argument: the events file.
 * The bundle is `index.mjs` (BUNDLE_FILE) in LAMBDA_TASK_ROOT, the working directory, as in Lambda.
 */
const CHILD = `import { readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
const report = (result) => { writeSync(3, JSON.stringify(result)); process.exit(0); };
const events = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const context = (n) => ({
  functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
  functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
  invokedFunctionArn: 'arn:aws:lambda:' + process.env.AWS_REGION + ':123456789012:function:' + process.env.AWS_LAMBDA_FUNCTION_NAME,
  memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
  awsRequestId: 'bench-request-' + n,
  logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
  logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 10000,
  done() {}, fail() {}, succeed() {},
});
const outcome = (value) => value && typeof value === 'object' && 'statusCode' in value
  ? { statusCode: value.statusCode, body: value.statusCode >= 400 ? String(value.body).slice(0, 500) : undefined }
  : { statusCode: undefined };
let stage = 'import';
try {
  const bootMs = performance.now();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const mod = await import(pathToFileURL(join(process.env.LAMBDA_TASK_ROOT, ${JSON.stringify(BUNDLE_FILE)})).href);
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  if (typeof mod.handler !== 'function') throw new Error('the bundle exports no handler');
  const result = { ok: true, bootMs, importMs: t1 - t0, importCpuMs: (cpu.user + cpu.system) / 1000 };
  if (events.length > 0) {
    stage = 'first invocation';
    const first = await mod.handler(events[0], context(1));
    const t2 = performance.now();
    stage = 'second invocation';
    const second = await mod.handler(events[1], context(2));
    const t3 = performance.now();
    Object.assign(result, { firstMs: t2 - t1, warmMs: t3 - t2, first: outcome(first), second: outcome(second) });
  }
  result.rssMiB = process.memoryUsage().rss / 1048576;
  report(result);
} catch (error) {
  report({ ok: false, error: stage + ': ' + (error && error.stack ? error.stack : String(error)) });
}
`;

interface Sample {
  readonly ok: boolean;
  readonly error?: string;
  readonly bootMs: number;
  readonly importMs: number;
  /** CPU time of the whole process (all threads) during the import: less sensitive to a busy machine than wall time. */
  readonly importCpuMs: number;
  readonly firstMs?: number;
  readonly warmMs?: number;
  readonly first?: { statusCode?: number; body?: string };
  readonly second?: { statusCode?: number; body?: string };
  readonly rssMiB: number;
}

/** Lambda's node flags (the nodejs22.x bootstrap): new space a tenth of the memory, semi-space half of it. */
function lambdaNodeFlags(memoryMb: number): string[] {
  const newSpace = Math.floor(memoryMb / 10);
  return ['--expose-gc', '--max-http-header-size', '81920', `--max-semi-space-size=${Math.floor(newSpace / 2)}`, `--max-old-space-size=${memoryMb - newSpace}`];
}

function runChild(node: string, subject: Subject, childFile: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [...lambdaNodeFlags(MEMORY_MB), childFile, subject.eventsFile], {
      cwd: subject.dir,
      env: subject.env,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let logs = '';
    let result = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      logs = (logs + chunk.toString()).slice(-2000);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      result += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (!result) {
        reject(new Error(`${subject.name}: the child exited (${code ?? signal}) without a result\nstderr: ${output}\nstdout: ${logs}`));
        return;
      }
      let sample: Sample;
      try {
        sample = JSON.parse(result) as Sample;
      } catch {
        reject(new Error(`${subject.name}: unreadable result ${JSON.stringify(result.slice(0, 200))}\nstderr: ${output}`));
        return;
      }
      if (!sample.ok) {
        reject(new Error(`${subject.name}: ${sample.error}\nstderr: ${output}\nstdout: ${logs}`));
        return;
      }
      resolve(sample);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Setup: Node 22, DynamoDB Local with a little data, the bundles

interface Subject {
  readonly name: string;
  readonly spec: LambdaSpec | undefined;
  readonly kind: 'baseline' | 'http' | 'job';
  readonly invocation: Invocation;
  readonly dir: string;
  readonly eventsFile: string;
  readonly env: Readonly<Record<string, string>>;
  readonly bundleKiB: number;
  readonly withoutSdkKiB: number;
}

/** The `node@22` devDependency's binary (Lambda runs nodejs22.x); the machine's node may be older. */
function node22(): { path: string; version: string } {
  const candidates = [process.execPath];
  try {
    candidates.unshift(join(dirname(createRequire(import.meta.url).resolve('node/package.json')), 'bin', 'node'));
  } catch {
    // Not installed: the node running this bench may still be a 22.
  }
  for (const path of candidates) {
    const probe = spawnSync(path, ['--version'], { encoding: 'utf8' });
    const version = probe.stdout?.trim() ?? '';
    if (probe.status === 0 && version.startsWith('v22.')) return { path, version };
  }
  throw new Error(`no Node 22 binary found (tried ${candidates.join(', ')}); is the node@22 devDependency installed?`);
}

const isAwsSdk = (input: string) => /node_modules\/(@aws-sdk|@smithy|@aws-crypto)\//.test(input);

function sizesOf(metafile: Metafile): { bundleKiB: number; withoutSdkKiB: number } {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  if (!output) throw new Error('no entry output in the metafile');
  const sdk = Object.entries(output.inputs).reduce((sum, [input, { bytesInOutput }]) => sum + (isAwsSdk(input) ? bytesInOutput : 0), 0);
  return { bundleKiB: output.bytes / KIB, withoutSdkKiB: (output.bytes - sdk) / KIB };
}

async function seed(endpoint: string): Promise<Seed> {
  // A DynamoDB Local just started on a busy machine may need more than the 1 s default to answer.
  const client = createDynamoClient({ region: REGION, endpoint, timeouts: { requestMs: 10_000, connectionMs: 10_000, maxAttempts: 5 } });
  try {
    await ensureTable(client, TABLE);
    const store = createStore({ tableName: TABLE, region: REGION }, client);
    const deps: CatalogDeps = { store, clock: systemClock };
    const org = await catalog.createOrganisation(deps, {
      kind: 'association',
      name: 'Asociación Sumaq Ausangate',
      country: 'PE',
      region: 'Cusco',
      story: { mission: { es: 'Treinta familias lecheras de Ocongate elaboramos quesos andinos.' } },
    });
    const product = await catalog.createProduct(
      deps,
      org.id,
      createProductSchema.parse({
        sku: 'QUESO-ANDINO',
        unit: 'kg',
        name: { es: 'Queso andino fresco' },
        description: { es: 'Queso fresco de leche entera de vacas criadas sobre los 3 500 m.' },
        category: 'cheese',
        price: 2800,
        currency: 'PEN',
        leadTimeDays: 3,
      }),
    );
    const lot = await catalog.createLot(deps, org.id, createLotSchema.parse({ productId: product.id, quantity: '40', productionDate: '2026-11-20' }));
    const baselineId = 'b1';
    await store.doc.send(
      new PutCommand({ TableName: TABLE, Item: { pk: `BASELINE#${baselineId}`, sk: 'BASELINE', name: 'Queso andino fresco', price: 2800 } }),
    );
    return { orgId: org.id, productId: product.id, lotId: lot.id, baselineId };
  } finally {
    client.destroy();
  }
}

/** What Lambda sets, what the stack sets on this function (ayni-stack.ts, domain-function.ts), and DynamoDB Local. */
async function environmentOf(name: string, spec: LambdaSpec | undefined, dir: string, endpoint: string): Promise<Record<string, string>> {
  const functionName = `ayni-bench-${name}`;
  const lambda = {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
    LAMBDA_TASK_ROOT: dir,
    LAMBDA_RUNTIME_DIR: dirname(dir),
    _HANDLER: 'index.handler',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_LAMBDA_FUNCTION_NAME: functionName,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(MEMORY_MB),
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${functionName}`,
    AWS_LAMBDA_LOG_STREAM_NAME: '2026/12/01/[$LATEST]0123456789abcdef0123456789abcdef',
    AWS_LAMBDA_RUNTIME_API: '127.0.0.1:9001',
    AWS_REGION: REGION,
    AWS_DEFAULT_REGION: REGION,
    // Fake credentials, as the execution role's would arrive; DynamoDB Local accepts any.
    AWS_ACCESS_KEY_ID: 'ASIABENCHCOLDSTART00',
    AWS_SECRET_ACCESS_KEY: 'benchColdStartSecretAccessKey0000000000',
    AWS_SESSION_TOKEN: 'benchColdStartSessionToken',
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
  };
  const stack = {
    TABLE_NAME: TABLE,
    AUTH_MODE: 'gateway',
    AUTH_ISSUER: `https://cognito-idp.${REGION}.amazonaws.com/${REGION}_BenchPool`,
    AUTH_AUDIENCE: 'benchclientid0000000000000',
    PUBLIC_BASE_URL: 'https://bench.execute-api.us-east-1.amazonaws.com',
    POWERTOOLS_METRICS_NAMESPACE: METRIC_NAMESPACE,
    POWERTOOLS_SERVICE_NAME: `ayni-${name}`,
    LOG_LEVEL: 'info',
  };
  // No chain in this bench: platform and provenance get no chain settings (as a stack without
  // `chain`). The anchorer must have them to load; a local key stands in for KMS (no GetPublicKey).
  const chain: Record<string, string> = spec?.anchorSigner
    ? {
        CHAIN_RPC_URL: `http://127.0.0.1:${await freePort()}`,
        CHAIN_ID: '31337',
        ANCHOR_CONTRACT_ADDRESS: `0x${'5'.repeat(40)}`,
        ANCHOR_SIGNER_KEY: `0x${'1'.repeat(64)}`,
      }
    : {};
  // Not the stack's: a time limit only (default 1 s), which DynamoDB Local on a busy machine can exceed.
  const bench = { DYNAMODB_TIMEOUT_MS: '10000' };
  return { ...lambda, ...stack, ...chain, ...bench };
}

async function bundleAll(outdir: string, endpoint: string, data: Seed): Promise<Subject[]> {
  const entries: Array<{ name: string; spec: LambdaSpec | undefined; entry: string }> = [
    { name: BASELINE, spec: undefined, entry: fileURLToPath(new URL('./support/baseline-handler.ts', import.meta.url)) },
    ...lambdas.map((spec) => ({ name: spec.name, spec, entry: spec.entry })),
  ];
  return Promise.all(
    entries.map(async ({ name, spec, entry }) => {
      const dir = join(outdir, name);
      const result = await bundleFunction(entry, dir, { metafile: true, logLevel: 'error' });
      // The files the stack copies next to the bundle (platform's Swagger UI), so the folder is the deployed one.
      for (const file of functionAssets[name] ?? []) {
        mkdirSync(join(dir, file.to), { recursive: true });
        copyFileSync(fromRepoRoot(file.from), join(dir, file.to, basename(file.from)));
      }
      const invocation = invocationOf(name, data);
      if (invocation.kind === 'http' && spec && !spec.routes.some((route) => `${route.method} ${route.path}` === invocation.request.route)) {
        throw new Error(`${name}: the manifest routes no "${invocation.request.route}" to this function`);
      }
      const eventsFile = join(outdir, `${name}.events.json`);
      writeFileSync(eventsFile, JSON.stringify(eventsOf(name, invocation)));
      return {
        name,
        spec,
        kind: spec ? (spec.routes.length > 0 ? 'http' : 'job') : 'baseline',
        invocation,
        dir,
        eventsFile,
        env: await environmentOf(name, spec, dir, endpoint),
        ...sizesOf(result.metafile!),
      } satisfies Subject;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Statistics and the table

const median = (values: readonly number[]) => quantile(values, 0.5);

/** Linear interpolation between closest ranks. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

interface Stats {
  readonly import: readonly number[];
  readonly importCpu: readonly number[];
  readonly first: readonly number[];
  readonly warm: readonly number[];
  readonly cold: readonly number[];
  readonly rss: readonly number[];
}

function statsOf(samples: readonly Sample[]): Stats {
  const invoked = samples.filter((s) => s.firstMs !== undefined);
  return {
    import: samples.map((s) => s.importMs),
    importCpu: samples.map((s) => s.importCpuMs),
    first: invoked.map((s) => s.firstMs!),
    warm: invoked.map((s) => s.warmMs!),
    cold: invoked.map((s) => s.importMs + s.firstMs!),
    rss: samples.map((s) => s.rssMiB),
  };
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const spread = (values: readonly number[]) => (values.length ? `${ms(median(values))} (${ms(quantile(values, 0.9))})` : '—');
const ratio = (value: number) => `${value.toFixed(2)}×`;

function eventLabel(invocation: Invocation): string {
  if (invocation.kind === 'http') return `\`${invocation.request.route}\`${invocation.request.claims ? ' (JWT)' : ''}`;
  if (invocation.kind === 'schedule') return 'scheduled event';
  return `import only (${invocation.why})`;
}

function table(subjects: readonly Subject[], stats: ReadonlyMap<string, Stats>): string {
  const base = stats.get(BASELINE)!;
  const baseImport = median(base.import);
  const baseImportCpu = median(base.importCpu);
  const baseCold = median(base.cold);
  const header = [
    'function',
    'invoked with',
    'bundle KiB (w/o SDK)',
    'import ms',
    'import CPU ms (vs baseline)',
    'first invoke ms',
    'warm invoke ms',
    'import vs baseline',
    'import + first vs baseline',
    `goal ≤ ${GOAL}×`,
  ];
  const rows = subjects.map((subject) => {
    const s = stats.get(subject.name)!;
    const importRatio = median(s.import) / baseImport;
    const coldRatio = s.cold.length ? median(s.cold) / baseCold : undefined;
    let goal = 'job';
    if (subject.kind === 'baseline') goal = '—';
    else if (subject.kind === 'http') goal = coldRatio! <= GOAL ? '✅' : '❌';
    return [
      subject.kind === 'baseline' ? '_baseline_ (hono + GetItem)' : subject.name,
      eventLabel(subject.invocation),
      `${subject.bundleKiB.toFixed(0)} (${subject.withoutSdkKiB.toFixed(0)})`,
      spread(s.import),
      `${ms(median(s.importCpu))} (${ratio(median(s.importCpu) / baseImportCpu)})`,
      spread(s.first),
      s.warm.length ? ms(median(s.warm)) : '—',
      subject.kind === 'baseline' ? '1.00×' : ratio(importRatio),
      coldRatio === undefined ? '—' : subject.kind === 'baseline' ? '1.00×' : ratio(coldRatio),
      goal,
    ];
  });
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((width, i) => (numeric.has(i) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------

const node = node22();
const outdir = mkdtempSync(join(tmpdir(), 'ayni-cold-start-'));
const dynamodb = await startDynamoDbLocal({ port: 0 });
let failed = false;
try {
  const data = await seed(dynamodb.endpoint);
  const bundleStarted = performance.now();
  const subjects = await bundleAll(outdir, dynamodb.endpoint, data);
  console.log(`bundled ${subjects.length} functions with bundleFunction in ${((performance.now() - bundleStarted) / 1000).toFixed(1)} s (${outdir})`);
  const childFile = join(outdir, 'cold-start-child.mjs');
  writeFileSync(childFile, CHILD);

  // One untimed start of each: fills the page cache and lets DynamoDB Local's JIT settle, so the
  // first timed run is not the one paying for it.
  for (const subject of subjects) await runChild(node.path, subject, childFile);

  const samples = new Map<string, Sample[]>(subjects.map((s) => [s.name, []]));
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  for (let run = 0; run < RUNS; run++) {
    const order = subjects.map((_, i) => subjects[(i + run) % subjects.length]!);
    for (const subject of order) {
      const sample = await runChild(node.path, subject, childFile);
      if (subject.invocation.kind === 'http') {
        for (const [which, outcome] of [
          ['first', sample.first],
          ['second', sample.second],
        ] as const) {
          if (outcome?.statusCode !== 200) {
            throw new Error(`${subject.name}: ${which} invocation answered ${outcome?.statusCode}, expected 200: ${outcome?.body ?? ''}`);
          }
        }
      }
      samples.get(subject.name)!.push(sample);
    }
    process.stdout.write(`run ${run + 1}/${RUNS} done\n`);
  }
  const stats = new Map([...samples].map(([name, list]) => [name, statsOf(list)]));

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `\nCold starts, ${RUNS} runs interleaved (+1 untimed), ${node.version} with Lambda's flags for ${MEMORY_MB} MB, ${cpu} (${cpus().length} cores), ` +
      `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after; DynamoDB Local; ${((performance.now() - started) / 1000).toFixed(0)} s. ` +
      "Median (p90) ms; ratios are of medians to the baseline's in this run.\n",
  );
  console.log(table(subjects, stats));
  const rssRow = subjects.map((s) => `${s.name} ${median(stats.get(s.name)!.rss).toFixed(0)}`).join(', ');
  console.log(`\nRSS after the run, median MiB: ${rssRow}`);
  const boot = subjects.map((s) => median(samples.get(s.name)!.map((x) => x.bootMs)));
  console.log(`Node's own start before the import (not counted above): median ${ms(median(boot))} ms.`);
  console.log(
    `Goal: import + first invocation of each HTTP function ≤ ${GOAL}× the baseline's (hono + hono/aws-lambda + one DocumentClient GetItem, ` +
      'bundled by bundleFunction like the functions, AWS SDK included). Jobs are reported, not held to it.',
  );
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await dynamodb.stop();
  if (KEEP) console.log(`bundles kept in ${outdir} (events: <name>.events.json, child: cold-start-child.mjs)`);
  else rmSync(outdir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyRequests, malformedRequests, socketTransport, type GeneratorContext } from './generators.js';
import {
  describeRequest,
  describeServerError,
  problemsWith,
  startFuzzTarget,
  truncate,
  type FuzzRequest,
  type FuzzResponse,
  type FuzzTarget,
} from './harness.js';
import { isWriteRoute, type Operation } from './openapi.js';
import { seedWorld, type World } from './world.js';

/**
 * How much to fuzz. `npm test` runs the defaults (a modest count, seconds per file); `npm run fuzz`
 * (tests/fuzz/run.ts) sets FUZZ_RUNS=10000 and prints the figures. FUZZ_SEED replays a run.
 */
export interface FuzzSettings {
  /** Generated bodies per write route. */
  readonly bodyRuns: number;
  /** Requests with fuzzed path, query and headers per route. */
  readonly malformedRuns: number;
  /** Requests over the real socket per file. */
  readonly socketRuns: number;
  readonly seed: number;
  /** Every this many requests to a route, the world gets fresh resources in early states. */
  readonly refreshEvery: number;
  /** Requests of one route in flight at once (routes also run a few at a time: vitest's maxConcurrency). */
  readonly concurrency: number;
}

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
  return value;
}

export function settingsFromEnv(): FuzzSettings {
  const bodyRuns = envInt('FUZZ_RUNS', 30);
  return {
    bodyRuns,
    malformedRuns: envInt('FUZZ_MALFORMED_RUNS', bodyRuns >= 1000 ? Math.round(bodyRuns / 10) : 8),
    socketRuns: envInt('FUZZ_SOCKET_RUNS', bodyRuns >= 1000 ? Math.round(bodyRuns / 5) : 30),
    seed: envInt('FUZZ_SEED', Math.floor(Math.random() * 2 ** 31)),
    refreshEvery: bodyRuns >= 1000 ? 500 : 0,
    concurrency: envInt('FUZZ_CONCURRENCY', 1),
  };
}

/** Which test file fuzzes which routes, by the OpenAPI tags; every tag must be in one group. */
export const GROUPS = {
  catalog: ['catalog', 'platform', 'Webhooks'],
  'orders-and-provenance': ['orders', 'provenance'],
  loans: ['FREES fund'],
} as const satisfies Record<string, readonly string[]>;
export type GroupName = keyof typeof GROUPS;

// ---------------------------------------------------------------------------------------------
// Figures

export interface RouteFigures {
  route: string;
  kind: 'bodies' | 'malformed' | 'socket';
  requests: number;
  statuses: Record<string, number>;
  serverErrors: number;
  failures: number;
  ms: number;
  /** The slowest request of the route, to find what makes a run long. */
  slowest: { ms: number; label: string; status: number };
  /** Time spent generating the requests, and in `world.refresh()` (the `ms` above is the sum of response times). */
  generateMs: number;
  refreshMs: number;
}

export class Figures {
  readonly rows = new Map<string, RouteFigures>();

  record(route: string, kind: RouteFigures['kind'], status: number, ms: number, failed: boolean, label: string): void {
    const row = this.row(route, kind);
    if (ms > row.slowest.ms) row.slowest = { ms, label, status };
    row.requests++;
    row.statuses[status] = (row.statuses[status] ?? 0) + 1;
    if (status >= 500) row.serverErrors++;
    if (failed) row.failures++;
    row.ms += ms;
  }

  time(route: string, kind: RouteFigures['kind'], generateMs: number, refreshMs: number): void {
    const row = this.row(route, kind);
    row.generateMs += generateMs;
    row.refreshMs += refreshMs;
  }

  private row(route: string, kind: RouteFigures['kind']): RouteFigures {
    const key = `${kind} ${route}`;
    let row = this.rows.get(key);
    if (!row) {
      row = {
        route,
        kind,
        requests: 0,
        statuses: {},
        serverErrors: 0,
        failures: 0,
        ms: 0,
        slowest: { ms: 0, label: '', status: 0 },
        generateMs: 0,
        refreshMs: 0,
      };
      this.rows.set(key, row);
    }
    return row;
  }
}

// ---------------------------------------------------------------------------------------------
// The property

export interface Failure {
  readonly signature: string;
  readonly route: string;
  readonly request: FuzzRequest;
  readonly response: FuzzResponse;
  readonly problems: readonly string[];
  readonly seed: number;
  readonly path: string | null;
  readonly shrinks: number;
}

class FuzzCaseFailed extends Error {
  override name = 'FuzzCaseFailed';
  constructor(
    readonly request: FuzzRequest,
    readonly response: FuzzResponse,
    readonly problems: readonly string[],
    readonly signature: string,
  ) {
    super(`${problems.join('; ')}\n${describeRequest(request)}`);
  }
}

/** What makes two failures the same bug: the route, the status, and where the server threw. */
function signatureOf(route: string, response: FuzzResponse, problems: readonly string[]): string {
  const error = response.serverError;
  let where = '';
  if (error instanceof Error) {
    // The first frame of our code, as function and file (line numbers move while others edit).
    const frame = error.stack?.split('\n').find((line) => /packages\/|node_modules\//.test(line) && !/node_modules\/(hono|@hono)\//.test(line));
    const place = frame ? /at (?:async )?([^\s(]+)?\s*\(?(?:.*\/)?((?:packages|node_modules)\/[^:]+)/.exec(frame) : null;
    // The message up to its first ": " (what follows is often the offending input).
    const message = error.message
      .split(': ')[0]!
      .replace(/[a-z]+_[0-9A-Z]{26}/g, '<id>')
      .replace(/\d+/g, 'N')
      .slice(0, 80);
    where = `${error.name}: ${message} @ ${place ? `${place[1] ?? '?'} ${place[2]}` : '?'}`;
  }
  return `${route} | ${response.status >= 500 ? response.status : 'problem'} | ${where || problems.map((p) => p.replace(/"[^"]*"/g, '…').replace(/\d+/g, 'N')).join('; ')}`;
}

/** Attempts fast-check may make to shrink one failure (each is a request): fewer in CI. */
const MAX_SHRINK_ATTEMPTS = Number(process.env.FUZZ_RUNS ?? 0) >= 1000 ? 400 : 120;

/** Requests generated at a time: fast-check regenerates request `i` of a seed from (seed, path "i"). */
const CHUNK = 100;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A failing request found while fuzzing a route, before it is shrunk. */
interface Candidate {
  readonly index: number;
  readonly error: FuzzCaseFailed;
}

/**
 * Runs `runs` generated requests of one route: the requests fast-check generates for one seed
 * (`fc.sample` with that seed, a chunk at a time), sent `settings.concurrency` at a time. Each
 * response is judged as it comes; the first failing request of each distinct signature is then
 * replayed by fast-check from its seed and path (`fc.check` with `{ seed, path }` regenerates the
 * same request) and shrunk to a minimal one, one request per attempt, as a sequential property
 * would. If the replay no longer fails (a race with the requests around it), the failure is
 * reported as found, unshrunk. The figures count every request, the shrinking ones included.
 */
async function fuzzRoute(options: {
  route: string;
  kind: RouteFigures['kind'];
  arbitrary: fc.Arbitrary<FuzzRequest>;
  runs: number;
  send: (request: FuzzRequest) => Promise<FuzzResponse>;
  settings: FuzzSettings;
  figures: Figures;
  world: World;
}): Promise<Failure[]> {
  const { route, kind, runs, settings, figures, world } = options;
  const seed = (settings.seed + hash(`${kind} ${route}`)) % 2 ** 31;
  let sent = 0;
  let generateMs = 0;
  let refreshMs = 0;

  const judge = async (request: FuzzRequest) => {
    if (settings.refreshEvery > 0 && ++sent % settings.refreshEvery === 0) {
      const refreshing = performance.now();
      await world.refresh();
      refreshMs += performance.now() - refreshing;
    }
    const started = performance.now();
    const response = await options.send(request);
    const problems = problemsWith(response);
    figures.record(route, kind, response.status, performance.now() - started, problems.length > 0, request.label);
    return problems.length === 0 ? undefined : new FuzzCaseFailed(request, response, problems, signatureOf(route, response, problems));
  };

  // 1. Every generated request, `concurrency` in flight; the first of each signature is kept.
  const candidates: Candidate[] = [];
  const found = new Set<string>();
  let next = 0;
  let chunk: FuzzRequest[] = [];
  let chunkStart = 0;
  const take = (): { index: number; request: FuzzRequest } | undefined => {
    if (next >= runs) return undefined;
    if (next >= chunkStart + chunk.length) {
      const generating = performance.now();
      chunkStart = next;
      chunk = fc.sample(options.arbitrary, { seed, path: String(next), numRuns: Math.min(CHUNK, runs - next) });
      generateMs += performance.now() - generating;
    }
    const index = next++;
    return { index, request: chunk[index - chunkStart]! };
  };
  const lane = async () => {
    for (let item = take(); item; item = take()) {
      const failed = await judge(item.request);
      if (failed && !found.has(failed.signature)) {
        found.add(failed.signature);
        candidates.push({ index: item.index, error: failed });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(settings.concurrency, runs)) }, lane));

  // 2. Each distinct failure, in the order found, replayed and shrunk by fast-check.
  const known = new Set<string>();
  const failures: Failure[] = [];
  for (const candidate of candidates.sort((a, b) => a.index - b.index)) {
    if (known.has(candidate.error.signature)) continue;
    // Shrinking sends a request per attempt; past this many, the smallest failure so far is kept.
    let shrinkAttempts: number | undefined;
    const property = fc.asyncProperty(options.arbitrary, async (request) => {
      if (shrinkAttempts !== undefined && ++shrinkAttempts > MAX_SHRINK_ATTEMPTS) return;
      const failed = await judge(request);
      if (!failed || known.has(failed.signature)) return;
      shrinkAttempts ??= 0;
      throw failed;
    });
    const details = await fc.check(property, { seed, path: String(candidate.index), numRuns: 1 });
    const replayed = details.failed ? details.errorInstance : undefined;
    if (replayed !== undefined && !(replayed instanceof FuzzCaseFailed)) throw replayed instanceof Error ? replayed : new Error(String(replayed));
    const error = replayed ?? candidate.error;
    known.add(candidate.error.signature).add(error.signature);
    failures.push({
      signature: error.signature,
      route,
      request: error.request,
      response: error.response,
      problems: error.problems,
      seed,
      path: replayed ? details.counterexamplePath : String(candidate.index),
      shrinks: replayed ? details.numShrinks : 0,
    });
  }
  figures.time(route, kind, generateMs, refreshMs);
  return failures;
}

export function reportOf(failures: readonly Failure[]): string {
  return failures
    .map((f, i) =>
      [
        `#${i + 1} ${f.route}: ${f.problems.join('; ')}`,
        `  minimal request (after ${f.shrinks} shrinks; fast-check seed ${f.seed}, path ${JSON.stringify(f.path)}; the data differs from run to run, so send this request to reproduce):`,
        describeRequest(f.request).replace(/^/gm, '  '),
        `  response ${f.response.status} ${f.response.contentType}: ${truncate(f.response.text, 400)}`,
        // Stack lines are quoted with "|" so the test runner does not take them for the test's own frames.
        f.response.status >= 500 ? `  server error:\n${describeServerError(f.response.serverError).replace(/^/gm, '    | ')}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// The test file of a group

/**
 * Declares the fuzz tests of one group: generated bodies for each write route, malformed path,
 * query and headers for each route, and a sample of both over the real socket. Call it at the top
 * level of a test file (it awaits the app to read the OpenAPI document the tests are made from).
 */
export async function defineFuzzSuite(group: GroupName): Promise<void> {
  const settings = settingsFromEnv();
  const target: FuzzTarget = await startFuzzTarget();
  const tags = new Set<string>(GROUPS[group]);
  const operations = target.operations.filter((op) => op.tags.some((tag) => tags.has(tag)));
  const figures = new Figures();
  let world: World;
  let ctx: GeneratorContext;
  const allFailures: Failure[] = [];
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  // Generous: a safety net against a hang, not a measure (the machine is shared). The routes of a
  // describe run side by side (all of them at once under `npm run fuzz`), so each may take as long
  // as all of them: 250 ms a request of the whole describe.
  const timeout = (runs: number, routes: number) => 120_000 + runs * Math.max(routes, 3) * 250;

  beforeAll(async () => {
    world = await seedWorld(target);
    ctx = { world };
  }, 120_000);

  afterAll(async () => {
    await target.close();
    const dir = process.env.FUZZ_REPORT_DIR;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, `${group}.json`),
        JSON.stringify(
          {
            group,
            seed: settings.seed,
            settings,
            ms: performance.now() - started,
            // CPU time of this test file's process (app, generators, SDK): what a request costs here.
            cpuMs: (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpuAtStart)),
            rows: [...figures.rows.values()],
            refreshFailures: (world as World | undefined)?.refreshFailures ?? [],
            failures: allFailures.map((f) => ({
              ...f,
              response: { ...f.response, serverError: describeServerError(f.response.serverError) },
              report: reportOf([f]),
            })),
          },
          null,
          1,
        ),
      );
    }
  });

  const expectNoFailures = (failures: Failure[]) => {
    allFailures.push(...failures);
    expect(failures.length, `seed ${settings.seed} (FUZZ_SEED=${settings.seed} replays this run)\n\n${reportOf(failures)}\n`).toBe(0);
  };

  describe(`fuzzing the ${group} routes (seed ${settings.seed})`, () => {
    it('leaves no operation of the OpenAPI document out of every group', () => {
      const grouped = new Set<string>(Object.values(GROUPS).flat());
      expect(target.operations.filter((op) => !op.tags.some((tag) => grouped.has(tag))).map((op) => op.id)).toEqual([]);
      expect(operations.length).toBeGreaterThan(0);
    });

    // Routes run side by side (a few at a time): a file takes less time, and requests to different
    // routes race on the same orders, lots and loans, as they do in production.
    describe.concurrent('every write route, with generated bodies: never a 5xx, every error a problem+json', () => {
      const writeRoutes = operations.filter((op) => isWriteRoute(op) && op.body);
      for (const operation of writeRoutes) {
        it(
          operation.id,
          async () => {
            const failures = await fuzzRoute({
              route: operation.id,
              kind: 'bodies',
              arbitrary: bodyRequests(operation, ctx),
              runs: settings.bodyRuns,
              send: target.send,
              settings,
              figures,
              world,
            });
            expectNoFailures(failures);
          },
          timeout(settings.bodyRuns, writeRoutes.length),
        );
      }
    });

    describe.concurrent('every route, with malformed path parameters, queries and headers', () => {
      for (const operation of operations) {
        it(
          operation.id,
          async () => {
            const failures = await fuzzRoute({
              route: operation.id,
              kind: 'malformed',
              arbitrary: malformedRequests(operation, ctx),
              runs: settings.malformedRuns,
              send: target.send,
              settings,
              figures,
              world,
            });
            expectNoFailures(failures);
          },
          timeout(settings.malformedRuns, operations.length),
        );
      }
    });

    it(
      'over a real socket (chunked bodies, duplicate and raw-byte headers): the same rule',
      async () => {
        const arbitrary = fc.oneof(...operations.flatMap((op: Operation) => [...(op.body ? [bodyRequests(op, ctx)] : []), malformedRequests(op, ctx)]));
        const withTransport = fc.tuple(arbitrary, socketTransport);
        const sendPair = new WeakMap<FuzzRequest, Parameters<FuzzTarget['sendOverSocket']>[1]>();
        const requests = withTransport.map(([request, transport]) => {
          const labelled = {
            ...request,
            label: `${request.label}; over the socket${transport.chunked ? ', chunked' : ''}${transport.extraHeaders.length ? `, extra headers ${JSON.stringify(transport.extraHeaders)}` : ''}`,
          };
          sendPair.set(labelled, transport);
          return labelled;
        });
        const failures = await fuzzRoute({
          route: `${group} routes over the socket`,
          kind: 'socket',
          arbitrary: requests,
          runs: settings.socketRuns,
          send: (request) => target.sendOverSocket(request, sendPair.get(request) ?? { chunked: false, extraHeaders: [] }),
          settings,
          figures,
          world,
        });
        expectNoFailures(failures);
      },
      timeout(settings.socketRuns, 1),
    );
  });
}

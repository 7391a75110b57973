/**
 * `npm run fuzz`: the fuzz suite of tests/fuzz at full strength (10,000 generated bodies per write
 * route unless FUZZ_RUNS says otherwise), then a table of what was sent and answered per route.
 *
 * It runs the same test files as `npm test` through vitest, so the same global setup starts (and
 * stops) DynamoDB Local and the local EVM node; nothing needs to run beforehand. Not part of CI.
 *
 *   npm run fuzz                      # 10,000 bodies per write route
 *   FUZZ_RUNS=2000 npm run fuzz       # fewer
 *   FUZZ_SEED=123456 npm run fuzz     # replay the generated requests of an earlier run
 *   npm run fuzz -- catalog           # only the files whose names contain "catalog"
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startVitest } from 'vitest/node';
import type { RouteFigures } from './suite.js';

interface GroupReport {
  group: string;
  seed: number;
  ms: number;
  cpuMs: number;
  settings: { bodyRuns: number; malformedRuns: number; socketRuns: number };
  rows: RouteFigures[];
  failures: Array<{ report: string; signature: string }>;
  refreshFailures: string[];
}

process.env.FUZZ_RUNS ||= '10000';
process.env.FUZZ_SEED ||= String(Math.floor(Math.random() * 2 ** 31));
const reportDir = mkdtempSync(join(tmpdir(), 'ayni-fuzz-'));
process.env.FUZZ_REPORT_DIR = reportDir;
// Ctrl-C reaches DynamoDB Local and the EVM node too (same process group); the figures are dropped.
process.once('SIGINT', () => {
  rmSync(reportDir, { recursive: true, force: true });
  process.exit(130);
});

// Each file in a worker of its own (the global setup's DynamoDB Local and EVM node are shared), and
// 8 routes of a file at once: each route's requests go one after another (FUZZ_CONCURRENCY), so
// requests race only across routes, as in `npm test`. Some 24 requests in flight keep the two cores
// busy; more only queue in DynamoDB Local, and past 2 s of queueing GET /health answers 503.
const workers = Number(process.env.FUZZ_WORKERS || 3);
const routesAtOnce = Number(process.env.FUZZ_ROUTES_AT_ONCE || 8);
const started = performance.now();
// Arguments narrow the run to the files whose names contain one of them (vitest's own filters).
const filters = process.argv.slice(2).map((name) => `tests/fuzz/${name}`);
const vitest = await startVitest('test', filters.length ? filters : ['tests/fuzz'], {
  watch: false,
  run: true,
  maxWorkers: workers,
  maxConcurrency: routesAtOnce,
});
await vitest.close();
const wallMs = performance.now() - started;

const reports: GroupReport[] = readdirSync(reportDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(reportDir, name), 'utf8')) as GroupReport);
rmSync(reportDir, { recursive: true, force: true });

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows = reports.flatMap((r) => r.rows).sort((a, b) => a.kind.localeCompare(b.kind) || a.route.localeCompare(b.route));
const histogram = (statuses: Record<string, number>) =>
  Object.entries(statuses)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, n]) => `${status}:${n}`)
    .join(' ');
const sum = (pick: (row: RouteFigures) => number, of = rows) => of.reduce((n, row) => n + pick(row), 0);
const twoXx = (row: RouteFigures) => Object.entries(row.statuses).reduce((n, [s, c]) => n + (Number(s) < 400 ? c : 0), 0);

const table = [
  ['route', 'kind', 'requests', '<400', 'statuses (code:count)', '5xx', 'failures', 'time'],
  ...rows.map((row) => [
    row.route,
    row.kind,
    String(row.requests),
    String(twoXx(row)),
    histogram(row.statuses),
    String(row.serverErrors),
    String(row.failures),
    seconds(row.ms),
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((cells) => cells[i]!.length)));
const line = (cells: string[]) =>
  cells.map((cell, i) => (i === 4 ? cell.padEnd(widths[i]!) : i >= 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');

const out: string[] = ['', `Fuzz run: seed ${process.env.FUZZ_SEED}, FUZZ_RUNS=${process.env.FUZZ_RUNS} generated bodies per write route`, ''];
out.push(line(table[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line), '');
for (const kind of ['bodies', 'malformed', 'socket'] as const) {
  const of = rows.filter((row) => row.kind === kind);
  if (of.length)
    out.push(
      `${kind.padEnd(9)}: ${of.length} routes, ${sum((r) => r.requests, of)} requests, ${sum((r) => r.serverErrors, of)} 5xx, ${sum((r) => r.failures, of)} failing responses`,
    );
}
const bodyRows = rows.filter((row) => row.kind === 'bodies');
const fewest = bodyRows.length ? Math.min(...bodyRows.map((r) => r.requests)) : 0;
out.push(
  `total    : ${sum((r) => r.requests)} requests, ${sum((r) => r.serverErrors)} 5xx; fewest bodies sent to one write route: ${fewest}`,
  `time     : ${seconds(wallMs)} wall clock (DynamoDB Local and EVM start included); per file: ${reports.map((r) => `${r.group} ${seconds(r.ms)}`).join(', ')}`,
);
out.push(
  `rate     : ${(sum((r) => r.requests) / (wallMs / 1000)).toFixed(1)} requests/s over the wall clock (FUZZ_WORKERS=${workers}, FUZZ_ROUTES_AT_ONCE=${routesAtOnce}, FUZZ_CONCURRENCY=${process.env.FUZZ_CONCURRENCY || 1})`,
  ...reports.map((r) => {
    const of = r.rows;
    const n = sum((row) => row.requests, of);
    return `  ${r.group}: ${n} requests in ${seconds(r.ms)} (${(n / (r.ms / 1000)).toFixed(1)}/s), worker CPU ${seconds(r.cpuMs)} (${(r.cpuMs / Math.max(n, 1)).toFixed(1)} ms a request), generating ${seconds(sum((row) => row.generateMs, of))}, world refreshes ${seconds(sum((row) => row.refreshMs, of))}`;
  }),
);
const slowest = [...rows].sort((a, b) => b.slowest.ms - a.slowest.ms).slice(0, 8);
out.push(
  '',
  'slowest requests:',
  ...slowest.map((row) => `  ${seconds(row.slowest.ms).padStart(7)}  ${row.slowest.status}  ${row.route}: ${row.slowest.label.slice(0, 160)}`),
);
const refreshFailures = [...new Set(reports.flatMap((r) => r.refreshFailures ?? []))];
if (refreshFailures.length) {
  out.push(
    '',
    `fresh resources that could not be made during the run (${refreshFailures.length} distinct; fuzzing had changed what they build on):`,
    ...refreshFailures.slice(0, 10).map((f) => `  ${f.slice(0, 300)}`),
  );
}
const failures = reports.flatMap((r) => r.failures);
if (failures.length) out.push('', `${failures.length} distinct failures (each shrunk to a minimal request):`, '', ...failures.map((f) => f.report), '');
if (reports.length === 0) out.push('', 'No figures were written: the test files did not run (see the vitest output above).');
process.stdout.write(`${out.join('\n')}\n`);

const ok = reports.length > 0 && failures.length === 0 && sum((r) => r.serverErrors) === 0 && vitest.state.getCountOfFailedTests() === 0;
process.exit(ok ? 0 : 1);

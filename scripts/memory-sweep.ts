/**
 * `npm run memory-sweep -- --function <name> [--sizes 256,512,768,1024,1536] [--invocations 30]
 * [--event <file.json>] [--region us-east-1]`: on a deployed stack, runs one function at each memory
 * size (a cold start, then warm invocations), reads Lambda's own REPORT line of each invocation and
 * prints duration and cost per million invocations, so whoever deploys can choose the size from
 * measurements (ADR 0011: the stack's default is 512 MB). It restores the function's memory size at
 * the end, also on failure. Needs credentials allowed lambda:GetFunctionConfiguration,
 * lambda:UpdateFunctionConfiguration and lambda:InvokeFunction; it cannot run in CI (no AWS account).
 */
import {
  GetFunctionConfigurationCommand,
  InvokeCommand,
  LambdaClient,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionUpdatedV2,
} from '@aws-sdk/client-lambda';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/** us-east-1 list prices, arm64 (checked 2026-12-01 on aws.amazon.com/lambda/pricing; change them with --price-gb-s / --price-request). */
export const PRICES = { gbSecond: 0.0000133334, request: 0.2 / 1_000_000 };

export interface Report {
  readonly durationMs: number;
  readonly billedMs: number;
  readonly memoryMb: number;
  readonly maxMemoryUsedMb: number;
  /** Present on a cold start only. */
  readonly initMs?: number;
}

/** The REPORT line Lambda writes after each invocation (the tail of the log with `LogType: Tail`). */
export function parseReport(log: string): Report | undefined {
  const line = log.split('\n').find((l) => l.startsWith('REPORT '));
  if (!line) return undefined;
  const field = (name: string) => {
    const match = new RegExp(`${name}: ([\\d.]+) (?:ms|MB)`).exec(line);
    return match ? Number(match[1]) : undefined;
  };
  const durationMs = field('Duration');
  const billedMs = field('Billed Duration');
  const memoryMb = field('Memory Size');
  const maxMemoryUsedMb = field('Max Memory Used');
  if (durationMs === undefined || billedMs === undefined || memoryMb === undefined || maxMemoryUsedMb === undefined) return undefined;
  const initMs = field('Init Duration');
  return { durationMs, billedMs, memoryMb, maxMemoryUsedMb, ...(initMs !== undefined ? { initMs } : {}) };
}

/** US$ per million invocations of `billedMs` at `memoryMb` (compute + request price). */
export function costPerMillion(billedMs: number, memoryMb: number, prices = PRICES): number {
  return ((billedMs / 1000) * (memoryMb / 1024) * prices.gbSecond + prices.request) * 1_000_000;
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

export interface SizeResult {
  readonly memoryMb: number;
  readonly coldInitMs: number | undefined;
  readonly coldMs: number | undefined;
  readonly warmP50Ms: number;
  readonly warmP90Ms: number;
  readonly maxMemoryUsedMb: number;
  readonly costPerMillion: number;
}

/** One size: set it, wait for the update, invoke (the first is cold), and sum up the REPORT lines. */
export async function measureSize(client: LambdaClient, functionName: string, memoryMb: number, invocations: number, payload: Uint8Array): Promise<SizeResult> {
  await client.send(new UpdateFunctionConfigurationCommand({ FunctionName: functionName, MemorySize: memoryMb }));
  await waitUntilFunctionUpdatedV2({ client, maxWaitTime: 300 }, { FunctionName: functionName });
  const reports: Report[] = [];
  for (let i = 0; i < invocations; i++) {
    const out = await client.send(new InvokeCommand({ FunctionName: functionName, LogType: 'Tail', Payload: payload }));
    if (out.FunctionError) throw new Error(`${functionName} at ${memoryMb} MB failed: ${out.FunctionError}`);
    const report = parseReport(Buffer.from(out.LogResult ?? '', 'base64').toString('utf8'));
    if (report) reports.push(report);
  }
  if (reports.length === 0) throw new Error(`${functionName}: no REPORT line in the invocation logs`);
  const [cold, ...warm] = reports;
  const billed = reports.map((r) => r.billedMs);
  return {
    memoryMb,
    coldInitMs: cold?.initMs,
    coldMs: cold?.durationMs,
    warmP50Ms: percentile(
      warm.map((r) => r.durationMs),
      50,
    ),
    warmP90Ms: percentile(
      warm.map((r) => r.durationMs),
      90,
    ),
    maxMemoryUsedMb: Math.max(...reports.map((r) => r.maxMemoryUsedMb)),
    costPerMillion: costPerMillion(billed.reduce((a, b) => a + b, 0) / billed.length, memoryMb),
  };
}

export function table(results: readonly SizeResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.memoryMb} | ${r.coldInitMs?.toFixed(0) ?? '—'} | ${r.coldMs?.toFixed(0) ?? '—'} | ${r.warmP50Ms.toFixed(1)} | ${r.warmP90Ms.toFixed(1)} | ${r.maxMemoryUsedMb} | ${r.costPerMillion.toFixed(3)} |`,
  );
  return [
    '| memory MB | cold init ms | cold ms | warm p50 ms | warm p90 ms | max used MB | US$ / million |',
    '| --: | --: | --: | --: | --: | --: | --: |',
    ...rows,
  ].join('\n');
}

export async function sweep(
  client: LambdaClient,
  functionName: string,
  sizes: readonly number[],
  invocations: number,
  payload: Uint8Array,
): Promise<SizeResult[]> {
  const original = await client.send(new GetFunctionConfigurationCommand({ FunctionName: functionName }));
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) results.push(await measureSize(client, functionName, size, invocations, payload));
  } finally {
    if (original.MemorySize) {
      await client.send(new UpdateFunctionConfigurationCommand({ FunctionName: functionName, MemorySize: original.MemorySize }));
      await waitUntilFunctionUpdatedV2({ client, maxWaitTime: 300 }, { FunctionName: functionName });
    }
  }
  return results;
}

/** A cheap request every HTTP function answers (an API Gateway HTTP API v2 event of `GET /health/live`). */
const DEFAULT_EVENT = {
  version: '2.0',
  routeKey: 'GET /health/live',
  rawPath: '/health/live',
  rawQueryString: '',
  headers: { accept: 'application/json' },
  requestContext: {
    http: { method: 'GET', path: '/health/live', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'memory-sweep' },
    requestId: 'memory-sweep',
    stage: '$default',
  },
  isBase64Encoded: false,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      function: { type: 'string' },
      sizes: { type: 'string', default: '256,512,768,1024,1536' },
      invocations: { type: 'string', default: '30' },
      event: { type: 'string' },
      region: { type: 'string' },
    },
  });
  if (!values.function) {
    console.error('usage: npm run memory-sweep -- --function <deployed function name> [--sizes 256,512,1024] [--invocations 30] [--event event.json]');
    process.exit(2);
  }
  const client = new LambdaClient({ ...(values.region ? { region: values.region } : {}) });
  const payload = new TextEncoder().encode(values.event ? readFileSync(values.event, 'utf8') : JSON.stringify(DEFAULT_EVENT));
  const sizes = values.sizes.split(',').map(Number);
  const results = await sweep(client, values.function, sizes, Number(values.invocations), payload);
  console.log(table(results));
}

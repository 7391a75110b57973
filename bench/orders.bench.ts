/**
 * Order lifecycle benchmark on the HTTP path a client uses: the real application (JWT verification,
 * Idempotency-Key middleware, validation, orders routes) driven in-process against a DynamoDB Local
 * started for the run. Each lifecycle is place → confirm → dispatch → deliver → invoice, every POST
 * with its own Idempotency-Key. A middleware on the store's DynamoDB client asks every data call for
 * ReturnConsumedCapacity=INDEXES and sums what DynamoDB Local reports (deterministic for the same
 * items; how it differs from DynamoDB's bill is in the README, Benchmarks), and times the calls, so each step shows its DynamoDB calls, write and read units, and how much of
 * the request was spent waiting for DynamoDB (the rest is the application's own time). The request
 * log lines (Powertools, JSON) are captured and counted for the CloudWatch Logs line of the cost table.
 *   npx tsx bench/orders.bench.ts [--lifecycles 50] [--capacity INDEXES|TOTAL]
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { catalogDomain } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { createDynamoClient, ensureTable } from '@ayni/store';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startDynamoDbLocal } from '../packages/devstack/src/dynamodb.js';
import { createTestApi, type TestApi } from '../tests/support/api.js';
import { emptyCapacityTally, meterCapacity, type CapacityTally } from '../tests/orders/capacity-meter.js';
import { act, chullpi, createMarket, createProduct, placeOrder } from '../tests/orders/fixtures.js';

const { values } = parseArgs({ options: { lifecycles: { type: 'string', default: '50' }, capacity: { type: 'string', default: 'INDEXES' } } });
const LIFECYCLES = Number(values.lifecycles);
/** INDEXES (default) or TOTAL: DynamoDB Local reports a few transactions lower under TOTAL (see the README). */
const CAPACITY = values.capacity === 'TOTAL' ? 'TOTAL' : 'INDEXES';

/**
 * Prices, us-east-1, from the AWS pricing pages named below, as of 2026-12-01 (DynamoDB on-demand
 * since its 2024-11-01 price cut); the bench does not fetch them: check the pages before quoting.
 * Units: US$ per unit named.
 */
const PRICES = {
  /** DynamoDB on-demand, https://aws.amazon.com/dynamodb/pricing/on-demand/ : US$ 0.625 per million write request units. */
  writeRequestUnit: 0.625 / 1e6,
  /** Same page: US$ 0.125 per million read request units. */
  readRequestUnit: 0.125 / 1e6,
  /** Lambda, https://aws.amazon.com/lambda/pricing/ : arm64 US$ 0.0000133334 per GB-second (first 7.5 billion GB-s a month). */
  lambdaGbSecond: 0.0000133334,
  /** Same page: US$ 0.20 per million requests. */
  lambdaRequest: 0.2 / 1e6,
  /** API Gateway HTTP API, https://aws.amazon.com/api-gateway/pricing/ : US$ 1.00 per million requests (first 300 million, per 512 KB). */
  httpApiRequest: 1.0 / 1e6,
  /** CloudWatch Logs, https://aws.amazon.com/cloudwatch/pricing/ : US$ 0.50 per GB ingested (standard class). */
  logsGb: 0.5 / 1e9,
} as const;
/** The orders Lambda's memory (infra/lib/domain-function.ts: 512 MB, arm64). */
const LAMBDA_GB = 0.5;
/**
 * The Lambda platform's own lines per invocation (START, END, REPORT in text format: about 300 bytes),
 * which CloudWatch ingests beside the application's line; not produced in-process, so declared here.
 */
const PLATFORM_LOG_BYTES = 300;

const STEPS = ['place', 'confirm', 'dispatch', 'deliver', 'invoice'] as const;
type Step = (typeof STEPS)[number];

interface Tally extends CapacityTally {
  requests: number;
  totalMs: number;
  logBytes: number;
  responseBytes: number;
}
const emptyTally = (): Tally => ({ ...emptyCapacityTally(), requests: 0, totalMs: 0, logBytes: 0, responseBytes: 0 });

/** Counts (and swallows) what the process writes to stdout while `task` runs: the request log lines. */
async function capturingStdout<T>(task: () => Promise<T>): Promise<{ result: T; bytes: number }> {
  const write = process.stdout.write;
  let bytes = 0;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    return true;
  }) as typeof process.stdout.write;
  try {
    return { result: await task(), bytes };
  } finally {
    process.stdout.write = write;
  }
}

const dynamo = await startDynamoDbLocal({ port: 0 });
const admin = createDynamoClient({ region: 'us-east-1', endpoint: dynamo.endpoint, timeouts: { requestMs: 30_000 } });
const tableName = `ayni-bench-${randomUUID().slice(0, 8)}`;
await ensureTable(admin, tableName);
const api: TestApi = await createTestApi([catalogDomain, ordersDomain], { table: { tableName, endpoint: dynamo.endpoint } });
// The request log line at the production level (LOG_LEVEL info), as the orders Lambda writes it.
(api.runtime as { logger: Logger }).logger = new Logger({ serviceName: 'ayni-orders', logLevel: 'INFO' });

let current: Tally | undefined;
meterCapacity(api.runtime.store, () => current, CAPACITY);

const { result: setup } = await capturingStdout(async () => {
  const market = await createMarket(api);
  const product = await createProduct(api, market, chullpi, [[String(10 * (LIFECYCLES + 10)), '2026-10-20']]);
  return { market, product };
});
const { market, product } = setup;

const tallies = new Map<Step, Tally>(STEPS.map((s) => [s, emptyTally()]));

async function measured(step: Step | undefined, request: () => Promise<{ status: number; body: unknown }>, expected: number) {
  const tally = step ? tallies.get(step)! : emptyTally();
  current = tally;
  const started = performance.now();
  const { result, bytes } = await capturingStdout(request);
  tally.totalMs += performance.now() - started;
  current = undefined;
  tally.requests++;
  tally.logBytes += bytes;
  tally.responseBytes += Buffer.byteLength(JSON.stringify(result.body));
  if (result.status !== expected) throw new Error(`${step}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body as { id: string; status: string };
}

async function lifecycle(record: boolean) {
  const s = (step: Step) => (record ? step : undefined);
  const order = await measured(s('place'), () => placeOrder(api, market, [{ productId: product.id, quantity: '5' }]), 201);
  await measured(s('confirm'), () => act(api, market.admin, order.id, 'confirm'), 200);
  await measured(s('dispatch'), () => act(api, market.admin, order.id, 'dispatch'), 200);
  await measured(s('deliver'), () => act(api, market.buyerToken, order.id, 'deliver'), 200);
  await measured(s('invoice'), () => act(api, market.admin, order.id, 'invoice'), 200);
}

// Warm-up (JIT, connections, first series number), not reported.
for (let i = 0; i < 5; i++) await lifecycle(false);
const started = performance.now();
for (let i = 0; i < LIFECYCLES; i++) await lifecycle(true);
const seconds = (performance.now() - started) / 1000;

const per = (t: Tally, value: number) => value / t.requests;
const total = STEPS.reduce((sum, step) => {
  const t = tallies.get(step)!;
  for (const key of Object.keys(sum) as Array<keyof Tally>) if (key !== 'requests') sum[key] += per(t, t[key]);
  return sum;
}, emptyTally());
total.requests = 1;

const f = (value: number, digits = 1, width = 9) => value.toFixed(digits).padStart(width);
console.log(
  `\nOrder lifecycle on the HTTP path, DynamoDB Local (${LIFECYCLES} lifecycles, one line of 5 kg each, sequential; means per request; ReturnConsumedCapacity ${CAPACITY})\n`,
);
console.log(
  `${'step'.padEnd(10)}${'calls'.padStart(7)}${'WCU'.padStart(9)}${'of GSI'.padStart(9)}${'RCU'.padStart(9)}${'ms'.padStart(9)}${'in Dynamo'.padStart(11)}${'app %'.padStart(8)}${'log B'.padStart(8)}${'resp B'.padStart(8)}`,
);
for (const [label, t] of [...STEPS.map((step) => [step, tallies.get(step)!] as const), ['lifecycle', total] as const]) {
  const ms = per(t, t.totalMs);
  const inDynamo = per(t, t.dynamoMs);
  console.log(
    `${label.padEnd(10)}${f(per(t, t.calls), 1, 7)}${f(per(t, t.writeUnits))}${CAPACITY === 'TOTAL' ? '-'.padStart(9) : f(per(t, t.indexWriteUnits))}${f(per(t, t.readUnits))}${f(ms)}${f(inDynamo, 1, 11)}${f((100 * (ms - inDynamo)) / ms, 0, 8)}${f(per(t, t.logBytes), 0, 8)}${f(per(t, t.responseBytes), 0, 8)}`,
  );
}
console.log(`\n${(LIFECYCLES / seconds).toFixed(1)} lifecycles/s. "of GSI": the part of WCU the global secondary indexes consumed.`);
console.log('"app %": share of the request not spent waiting for DynamoDB (JWT, validation, JSON, the application\'s own work).');

// Cost per 1,000 lifecycles.
const requests = STEPS.length;
const lambdaSeconds = STEPS.reduce((sum, step) => sum + Math.ceil(per(tallies.get(step)!, tallies.get(step)!.totalMs)) / 1000, 0);
const logBytes = total.logBytes + requests * PLATFORM_LOG_BYTES;
const rows: Array<[string, string, number]> = [
  ['DynamoDB writes', `${total.writeUnits.toFixed(1)} WRU × US$ 0.625/M`, total.writeUnits * PRICES.writeRequestUnit],
  ['DynamoDB reads', `${total.readUnits.toFixed(1)} RRU × US$ 0.125/M`, total.readUnits * PRICES.readRequestUnit],
  ['API Gateway HTTP API', `${requests} requests × US$ 1.00/M`, requests * PRICES.httpApiRequest],
  ['Lambda requests', `${requests} invocations × US$ 0.20/M`, requests * PRICES.lambdaRequest],
  ['Lambda duration', `${(lambdaSeconds * 1000).toFixed(0)} ms × 0.5 GB × US$ 0.0000133334/GB-s`, lambdaSeconds * LAMBDA_GB * PRICES.lambdaGbSecond],
  ['CloudWatch Logs', `${logBytes.toFixed(0)} B × US$ 0.50/GB`, logBytes * PRICES.logsGb],
];
const sum = rows.reduce((s, [, , cost]) => s + cost, 0);
console.log(`\nCost per 1,000 lifecycles (us-east-1 prices of 2026-12-01, sources in bench/orders.bench.ts)\n`);
for (const [label, basis, cost] of rows) console.log(`${label.padEnd(22)}${basis.padEnd(52)}US$ ${(cost * 1000).toFixed(5).padStart(8)}`);
console.log(`${'total'.padEnd(74)}US$ ${(sum * 1000).toFixed(5).padStart(8)}`);
console.log(
  `\nWrite units per lifecycle: ${total.writeUnits.toFixed(1)}; with one small outbox event per step (the later issue, ~1 each): ${(total.writeUnits + requests).toFixed(1)}. Goal: ≤ 55, ≤ US$ 0.045 per 1,000.`,
);
if (total.logBytes === 0) console.log('No request log line was captured: the CloudWatch Logs line counts the platform lines only.');
console.log(
  '\nLambda duration is the in-process request time measured here (DynamoDB Local answers slower than DynamoDB), rounded up to the ms\n' +
    'Lambda bills per request: an upper bound. Logs: the request lines captured here plus ~300 B of platform lines per invocation.\n',
);

admin.destroy();
api.runtime.store.doc.destroy();
await dynamo.stop();

import { createRuntime } from '@ayni/api';
import { ConfigError, loadConfig } from '@ayni/core';
import { catalog } from '@ayni/catalog';
import { arrearsJob } from '@ayni/loans';
import { backfillAgreementHeads, backfillStandingOrderIndex, orderExpiryJob, standingOrdersJob } from '@ayni/orders';
import { backfillEpcisIndexes } from '@ayni/provenance';
import { anchorChainFromConfig, anchorJobOptionsFromConfig, anchorPendingEvents } from '@ayni/provenance/anchor';
import { loadOrCreateAnchorerKey } from './chain.js';
import { readStackFile } from './stack-file.js';

const JOBS = ['anchor', 'arrears', 'standing-orders', 'expire-orders', 'backfill'] as const;
type Job = (typeof JOBS)[number];

const USAGE = `Usage: npm run job -- <${JOBS.join('|')}> [YYYY-MM-DD]
Runs one scheduled job once against the local stack started by \`npm start\` (the scheduled Lambdas
do the same in AWS): anchor pending provenance events, recompute arrears for a business date, turn
standing orders into orders for a delivery date, expire unconfirmed orders; \`backfill\` brings data
stored before the GS1 Digital Link and EPCIS query indexes up to date (idempotent; run it once on
a table written by an earlier version).`;

async function main(): Promise<void> {
  const [name, date] = process.argv.slice(2);
  if (!name || !JOBS.includes(name as Job)) {
    console.error(USAGE);
    process.exit(2);
  }
  const base = loadConfig(process.env);
  const stack = await readStackFile(base.DATA_DIR);
  if (!stack && !process.env.AWS_ENDPOINT_URL_DYNAMODB) {
    throw new Error(`No running local stack found (${base.DATA_DIR}/stack.json): start it with \`npm start\`, or set AWS_ENDPOINT_URL_DYNAMODB and friends.`);
  }
  const { localAnchorer, ...stackEnv } = stack ?? { localAnchorer: false };
  const env: Record<string, string | undefined> = { ...stackEnv, ...process.env };
  if (localAnchorer && !env.ANCHOR_SIGNER_KEY) env.ANCHOR_SIGNER_KEY = await loadOrCreateAnchorerKey(base.DATA_DIR);
  const runtime = await createRuntime(loadConfig(env));
  const result = await run(name as Job, runtime, date);
  console.log(JSON.stringify(result, null, 2));
  runtime.store.doc.destroy();
}

async function run(job: Job, runtime: Awaited<ReturnType<typeof createRuntime>>, date: string | undefined): Promise<unknown> {
  switch (job) {
    case 'arrears':
      return arrearsJob(runtime, date);
    case 'standing-orders':
      return standingOrdersJob(runtime, date);
    case 'expire-orders':
      return orderExpiryJob(runtime);
    case 'backfill': {
      const digitalLinks = await catalog.backfillDigitalLinks(runtime);
      const epcis = await backfillEpcisIndexes(runtime);
      const taxIds = await catalog.migrateTaxIds(runtime);
      const search = await catalog.reindexProducts(runtime);
      const standingOrders = await backfillStandingOrderIndex(runtime);
      const agreementHeads = await backfillAgreementHeads(runtime);
      return { digitalLinks, epcis, taxIds, search, standingOrders, agreementHeads };
    }
    case 'anchor': {
      const chain = await anchorChainFromConfig(runtime.config);
      try {
        const summary = await anchorPendingEvents({
          store: runtime.store,
          clock: runtime.clock,
          chain,
          options: anchorJobOptionsFromConfig(runtime.config),
        });
        if (!summary.ok) process.exitCode = 1;
        return summary;
      } finally {
        chain.provider.destroy();
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});

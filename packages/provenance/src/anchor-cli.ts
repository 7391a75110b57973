import { loadConfig } from '@ayni/core';
import { createDynamoClient, createStore } from '@ayni/store';
import { systemClock } from '@ayni/core';
import { anchorChainFromConfig, anchorJobOptionsFromConfig } from './anchor-config.js';
import { anchorPendingEvents } from './anchor-job.js';

/** One anchoring run from the command line: `tsx packages/provenance/src/anchor-cli.ts` (same env as the server). */
const config = loadConfig(process.env);
const store = createStore(
  { tableName: config.TABLE_NAME, region: config.AWS_REGION },
  createDynamoClient({ region: config.AWS_REGION, endpoint: config.AWS_ENDPOINT_URL_DYNAMODB }),
);
const chain = await anchorChainFromConfig(config);
const log = (level: string) => (message: string, extra?: Record<string, unknown>) => console.log(JSON.stringify({ level, message, ...extra }));
const summary = await anchorPendingEvents({
  store,
  clock: systemClock,
  chain,
  options: anchorJobOptionsFromConfig(config),
  logger: { info: log('info'), warn: log('warn'), error: log('error') },
});
console.log(JSON.stringify(summary, null, 2));
process.exitCode = summary.ok ? 0 : 1;

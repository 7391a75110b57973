import { createRuntime } from '@ayni/api';
import { loadConfig } from '@ayni/core';
import { businessDateOf, isBusinessDate } from '../dates.js';
import { defaultOrganisationSource } from '../domain.js';
import { recomputeArrears } from '../service/arrears.js';

/**
 * Local arrears run against the table of `npm start`:
 *   AWS_ENDPOINT_URL_DYNAMODB=http://localhost:8000 npx tsx packages/loans/src/cli/arrears.ts [YYYY-MM-DD]
 */
const argument = process.argv[2];
if (argument !== undefined && !isBusinessDate(argument)) {
  console.error(`usage: arrears [YYYY-MM-DD] (got "${argument}")`);
  process.exit(2);
}
const runtime = await createRuntime(loadConfig(process.env));
const businessDate = argument ?? businessDateOf(runtime.clock.now());
const report = await recomputeArrears(
  { store: runtime.store, clock: runtime.clock, organisations: defaultOrganisationSource(runtime) },
  businessDate,
);
console.log(JSON.stringify(report, null, 2));

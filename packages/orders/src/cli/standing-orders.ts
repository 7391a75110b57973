/**
 * Runs the standing-order job once against the configured table, e.g. with `npm start` running:
 *   AWS_ENDPOINT_URL_DYNAMODB=http://localhost:8000 npx tsx packages/orders/src/cli/standing-orders.ts [--date YYYY-MM-DD]
 * Without --date it prepares the deliveries STANDING_ORDERS_DAYS_AHEAD days from today.
 */
import { createRuntime } from '@ayni/api';
import { loadConfig } from '@ayni/core';
import { parseArgs } from 'node:util';
import { standingOrdersJob } from '../jobs.js';

const { values } = parseArgs({ options: { date: { type: 'string' } } });
const runtime = await createRuntime(loadConfig(process.env));
const report = await standingOrdersJob(runtime, values.date);
console.log(JSON.stringify(report, null, 2));
runtime.store.doc.destroy();

/**
 * Runs the order-expiry job once against the configured table, e.g. with `npm start` running:
 *   AWS_ENDPOINT_URL_DYNAMODB=http://localhost:8000 npx tsx packages/orders/src/cli/expire-orders.ts
 */
import { createRuntime } from '@ayni/api';
import { loadConfig } from '@ayni/core';
import { orderExpiryJob } from '../jobs.js';

const runtime = await createRuntime(loadConfig(process.env));
console.log(JSON.stringify(await orderExpiryJob(runtime), null, 2));
runtime.store.doc.destroy();

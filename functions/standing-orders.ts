import { createRuntime } from '@ayni/api';
import { loadConfig } from '@ayni/core';
import { standingOrdersJob } from '@ayni/orders';

const runtime = await createRuntime(loadConfig(process.env));

/**
 * EventBridge schedule (daily): turns standing orders into orders for the delivery date
 * STANDING_ORDERS_DAYS_AHEAD days ahead. Idempotent per (template, delivery date), so retries and
 * overlapping invocations create nothing twice. `{ "deliveryDate": "YYYY-MM-DD" }` runs a given date.
 */
export const handler = async (event: { deliveryDate?: string } = {}) => standingOrdersJob(runtime, event.deliveryDate);

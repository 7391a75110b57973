import type { Runtime } from '@ayni/http';
import { addDays, type OrdersDeps } from './service/context.js';
import { expireOrders, type ExpiryResult } from './service/expiry.js';
import { runStandingOrders, type StandingRunReport } from './service/standing.js';

/** The scheduled jobs, shared by their Lambdas (functions/) and their local commands (cli/). */
export function jobDeps(runtime: Pick<Runtime, 'store' | 'clock' | 'config'>): OrdersDeps {
  return { store: runtime.store, clock: runtime.clock, confirmationHours: runtime.config.ORDER_CONFIRMATION_HOURS };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Standing orders for the delivery date `STANDING_ORDERS_DAYS_AHEAD` days from today (UTC), or for an
 * explicit date. Safe to run any number of times for a date.
 */
export async function standingOrdersJob(runtime: Pick<Runtime, 'store' | 'clock' | 'logger' | 'config'>, deliveryDate?: string): Promise<StandingRunReport> {
  const { config } = runtime;
  if (deliveryDate !== undefined && !DATE.test(deliveryDate)) throw new RangeError(`deliveryDate must be YYYY-MM-DD, got ${deliveryDate}`);
  const date = deliveryDate ?? addDays(runtime.clock.now().toISOString().slice(0, 10), config.STANDING_ORDERS_DAYS_AHEAD);
  const report = await runStandingOrders(jobDeps(runtime), date);
  runtime.logger.info('standing orders run', { deliveryDate: date, runs: report.runs.length, outcomes: countBy(report.runs.map((r) => r.outcome)) });
  return report;
}

/** Expires placed orders past their confirmation deadline. Safe to run any number of times. */
export async function orderExpiryJob(runtime: Pick<Runtime, 'store' | 'clock' | 'logger' | 'config'>): Promise<ExpiryResult> {
  const result = await expireOrders(jobDeps(runtime));
  runtime.logger.info('order expiry run', { expired: result.expired.length, skipped: result.skipped.length });
  return result;
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

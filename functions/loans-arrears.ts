import { createRuntime } from '@ayni/api';
import { loadConfig } from '@ayni/core';
import { businessDateOf, defaultOrganisationSource, isBusinessDate, recomputeArrears } from '@ayni/loans';

const runtime = await createRuntime(loadConfig(process.env));

/**
 * Scheduled daily (EventBridge): recomputes arrears for today's business date, or for the
 * `businessDate` given in the event (re-running a date is harmless: the job is idempotent per date).
 */
export const handler = async (event: { businessDate?: string } = {}) => {
  const businessDate = event.businessDate && isBusinessDate(event.businessDate) ? event.businessDate : businessDateOf(runtime.clock.now());
  const report = await recomputeArrears({ store: runtime.store, clock: runtime.clock, organisations: defaultOrganisationSource(runtime) }, businessDate);
  runtime.logger.info('arrears recomputed', { ...report });
  return report;
};

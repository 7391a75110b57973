import type { Runtime } from '@ayni/http';
import { businessDateOf, isBusinessDate } from './dates.js';
import { defaultOrganisationSource } from './domain.js';
import { recomputeArrears, type ArrearsReport } from './service/arrears.js';

/**
 * The arrears job, shared by its Lambda (functions/loans-arrears.ts) and the local command: today's
 * business date, or the one given (re-running a date changes nothing).
 */
export async function arrearsJob(runtime: Runtime, businessDate?: string): Promise<ArrearsReport> {
  if (businessDate !== undefined && !isBusinessDate(businessDate)) throw new RangeError(`businessDate must be YYYY-MM-DD, got ${businessDate}`);
  const date = businessDate ?? businessDateOf(runtime.clock.now());
  const report = await recomputeArrears({ store: runtime.store, clock: runtime.clock, organisations: defaultOrganisationSource(runtime) }, date);
  runtime.logger.info('arrears recomputed', { ...report });
  return report;
}

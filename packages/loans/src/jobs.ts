import type { Runtime } from '@ayni/http';
import { emfRecord } from '@ayni/core';
import { businessDateOf, isBusinessDate } from './dates.js';
import { defaultOrganisationSource } from './domain.js';
import { recomputeArrears, type ArrearsReport } from './service/arrears.js';

/** EMF metric names of the arrears job (the alarms of infra/lib/observability.ts read them). */
export const LOANS_IN_ARREARS_METRIC = 'LoansInArrears';
export const AGGREGATE_DIFFERENCES_METRIC = 'FundAggregateDifferences';

/**
 * The arrears job, shared by its Lambda (functions/loans-arrears.ts) and the local command: today's
 * business date, or the one given (re-running a date changes nothing).
 */
export async function arrearsJob(runtime: Runtime, businessDate?: string): Promise<ArrearsReport> {
  if (businessDate !== undefined && !isBusinessDate(businessDate)) throw new RangeError(`businessDate must be YYYY-MM-DD, got ${businessDate}`);
  const date = businessDate ?? businessDateOf(runtime.clock.now());
  const report = await recomputeArrears({ store: runtime.store, clock: runtime.clock, organisations: defaultOrganisationSource(runtime) }, date);
  runtime.logger.info('arrears recomputed', { ...report });
  if (report.aggregateDifferences > 0) {
    runtime.logger.error('fund metric aggregates differed from the journal; rebuilt', { reconciliations: report.reconciliations });
  }
  // The figures the operator's alarms and dashboard read (infra/lib/observability.ts).
  console.log(
    JSON.stringify(
      emfRecord(
        process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Ayni',
        process.env.POWERTOOLS_SERVICE_NAME ?? 'ayni-loans-arrears',
        {
          [LOANS_IN_ARREARS_METRIC]: { value: report.inArrears, unit: 'Count' },
          Par30Loans: { value: report.par30Loans, unit: 'Count' },
          [AGGREGATE_DIFFERENCES_METRIC]: { value: report.aggregateDifferences, unit: 'Count' },
        },
        runtime.clock.now(),
      ),
    ),
  );
  return report;
}

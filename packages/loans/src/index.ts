export * from './accounts.js';
export * from './aggregates.js';
export {
  aggregateFiguresAsOf,
  applyPendingAggregates,
  backfillAggregates,
  bucketsFromHistory,
  reconcileAggregates,
  type AggregateReadStats,
  type Reconciliation,
} from './repository/aggregates.js';
export { post } from './repository/posting.js';
export * from './allocation.js';
export * from './dates.js';
export * from './domain.js';
export * from './errors.js';
export * from './ledger.js';
export * from './metrics.js';
export * from './model.js';
export * from './organisations.js';
export * from './schedule.js';
export { recomputeArrears, loanAsOf, MAX_CHANGES_STORED, type ArrearsReport } from './service/arrears.js';
export * from './worklist.js';
export { fundWorklist, type WorklistAssociation, type WorklistOptions, type WorklistRow } from './service/worklist.js';
export { loansContext, type Actor, type LoansContext, type LoansDeps } from './service/context.js';
export * from './service/applications.js';
export * from './service/disbursement.js';
export * from './service/funds.js';
export * from './service/lifecycle.js';
export * from './service/metrics.js';
export * from './service/repayments.js';
export * from './seed.js';
export * as loanRoutes from './routes/definitions.js';
export { arrearsJob } from './jobs.js';

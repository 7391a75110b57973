import { compose, sortableNumber, type PrimaryKey } from '@ayni/store';
import type { Account } from './accounts.js';
import type { BusinessDate } from './dates.js';

/**
 * Every DynamoDB key of the loans domain. Funds own one partition (book, balances, journal, arrears
 * runs); each loan is one item, indexed by fund (gsi1), by association (gsi2) and, while money is
 * out, in the fund's active-loans index (gsi3). A loan in arrears also has a worklist entry beside it,
 * indexed by the fund's days late (gsi1) and amount overdue (gsi2), both read highest first.
 */
export const loanKeys = {
  fundBook: (fundId: string): PrimaryKey => ({ pk: compose('FUND', fundId), sk: 'BOOK' }),
  /** Every account balance of the fund, in one item (decision 0008). */
  fundBalances: (fundId: string): PrimaryKey => ({ pk: compose('FUND', fundId), sk: 'BALANCES' }),
  /** One item per account, as books opened before decision 0008 kept them; only read to fold them into `fundBalances`. */
  legacyAccount: (fundId: string, account: Account): PrimaryKey => ({ pk: compose('FUND', fundId), sk: compose('ACCOUNT', account) }),
  fundPartition: (fundId: string): string => compose('FUND', fundId),
  /** Marks a fund whose metric buckets are complete (written when the book opens, or by the backfill). */
  aggregatesHeader: (fundId: string): PrimaryKey => ({ pk: compose('FUND', fundId), sk: 'AGGREGATES' }),
  /** Running sums of the metric figures of one year (`Y`, 2026), month (`M`, 2026-11) or day (`D`, 2026-11-21). */
  aggregateBucket: (fundId: string, level: 'Y' | 'M' | 'D', period: string): PrimaryKey => ({ pk: compose('FUND', fundId), sk: compose('AGG', level, period) }),
  aggregateSk: (level: 'Y' | 'M' | 'D', period: string): string => compose('AGG', level, period),
  /** Future-dated deltas of one posting not yet added to their buckets (a posting whose deltas do not fit one transaction). */
  pendingAggregates: (fundId: string, entryId: string, chunk: number): PrimaryKey => ({
    pk: compose('FUND', fundId),
    sk: compose('PENDINGAGG', entryId, String(chunk)),
  }),
  pendingAggregatesPrefix: 'PENDINGAGG#',
  /** The disbursements of one association's loans by the fund (dates and producers), for the organisations and producers figures. */
  financedAssociation: (fundId: string, associationId: string): PrimaryKey => ({ pk: compose('FUND', fundId), sk: compose('FINANCED', associationId) }),
  entry: (fundId: string, valueDate: BusinessDate, entryId: string): PrimaryKey => ({
    pk: compose('FUND', fundId),
    sk: compose('ENTRY', valueDate, entryId),
  }),
  /** Inclusive sort-key range of the journal entries with a value date up to `asOf`. */
  entriesUntil: (asOf: BusinessDate) => ({ from: compose('ENTRY', '0000-00-00'), to: compose('ENTRY', asOf, '~') }),
  /** Inclusive sort-key range of the journal entries with a value date from `from` to `to` (both included). */
  entriesBetween: (from: BusinessDate, to: BusinessDate) => ({ from: compose('ENTRY', from), to: compose('ENTRY', to, '~') }),
  entryPrefix: 'ENTRY#',
  arrearsRun: (fundId: string, businessDate: BusinessDate): PrimaryKey => ({
    pk: compose('FUND', fundId),
    sk: compose('ARREARS', businessDate),
  }),
  /** The registry of funds with a book, queried by the arrears job. */
  fundRegistry: (fundId: string): PrimaryKey => ({ pk: 'FUNDS', sk: compose('FUND', fundId) }),
  fundRegistryPartition: 'FUNDS',
  loan: (loanId: string): PrimaryKey => ({ pk: compose('LOAN', loanId), sk: 'LOAN' }),
  loansByFund: (fundId: string, loanId: string) => ({ gsi1pk: compose('FUND_LOANS', fundId), gsi1sk: compose('LOAN', loanId) }),
  loansByFundPartition: (fundId: string): string => compose('FUND_LOANS', fundId),
  loansByAssociation: (orgId: string, loanId: string) => ({ gsi2pk: compose('ORG_LOANS', orgId), gsi2sk: compose('LOAN', loanId) }),
  loansByAssociationPartition: (orgId: string): string => compose('ORG_LOANS', orgId),
  activeLoan: (fundId: string, loanId: string) => ({ gsi3pk: compose('FUND_ACTIVE_LOANS', fundId), gsi3sk: compose('LOAN', loanId) }),
  activeLoansPartition: (fundId: string): string => compose('FUND_ACTIVE_LOANS', fundId),
  /** The worklist entry of a loan in arrears (sparse: only while the loan is in arrears), beside the loan. */
  worklistEntry: (loanId: string): PrimaryKey => ({ pk: compose('LOAN', loanId), sk: 'WORKLIST' }),
  /** The fund's late loans by days late, then amount overdue (gsi1, read in descending order). */
  lateLoan: (fundId: string, loanId: string, daysLate: number, overdue: number) => ({
    gsi1pk: compose('FUND_LATE', fundId),
    gsi1sk: compose('DAYS', sortableNumber(daysLate, 6), sortableNumber(overdue, 15), loanId),
  }),
  lateLoansPartition: (fundId: string): string => compose('FUND_LATE', fundId),
  /** The fund's late loans by amount overdue, then days late (gsi2, read in descending order). */
  overdueLoan: (fundId: string, loanId: string, daysLate: number, overdue: number) => ({
    gsi2pk: compose('FUND_OVERDUE', fundId),
    gsi2sk: compose('AMOUNT', sortableNumber(overdue, 15), sortableNumber(daysLate, 6), loanId),
  }),
  overdueLoansPartition: (fundId: string): string => compose('FUND_OVERDUE', fundId),
  /** What the FREES demo seed created (catalog org ids, anchor date), so re-running it finds them. */
  freesSeed: { pk: compose('SEED', 'loans'), sk: 'frees' } as PrimaryKey,
};

/** Marks an entry as reversed, so it cannot be reversed twice. */
export const reversalMarker = (fundId: string, entryId: string): PrimaryKey => ({
  pk: compose('FUND', fundId),
  sk: compose('REVERSED', entryId),
});

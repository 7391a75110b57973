import { mulDiv, toSafeMinor } from '@ayni/core';
import { daysPastDue, unpaid } from '../allocation.js';
import { addDays, daysBetween, type BusinessDate } from '../dates.js';
import type { FundBook } from '../ledger.js';
import { withLoanEvent } from '../events.js';
import { OUTSTANDING_STATUSES, type Installment, type Loan } from '../model.js';
import type { ArrearsChange } from '../worklist.js';
import { applyPendingAggregates, backfillAggregates, reconcileAggregates, type Reconciliation } from '../repository/aggregates.js';
import { StaleLoan } from '../repository/loans.js';
import { loansContext, nowIso, optimistically, RetryAttempt, type LoansContext, type LoansDeps } from './context.js';

export interface ArrearsReport {
  readonly businessDate: BusinessDate;
  readonly funds: number;
  readonly loansChecked: number;
  readonly loansChanged: number;
  readonly inArrears: number;
  readonly par30Loans: number;
  readonly penaltiesAssessed: number;
  /** Pending metric deltas a posting left behind, now added to their buckets. */
  readonly pendingAggregatesApplied: number;
  /** Bucket figures that differed from a replay of the journal and the loans (each such fund then rebuilt). */
  readonly aggregateDifferences: number;
  readonly reconciliations: readonly Reconciliation[];
  /** The loans whose days late, status or penalties this run changed, fund by fund. */
  readonly changes: readonly ArrearsChange[];
}

/** At most this many changes are kept in a fund's stored run summary (the report returns them all). */
export const MAX_CHANGES_STORED = 1_000;

/**
 * The loan as of `businessDate`: penalties assessed once on installments unpaid for more than the
 * fund's `penaltyAfterDays` (if the fund charges penalties), days past due, and active ⇄ in_arrears.
 * Pure and deterministic, so running the job twice for one date changes nothing the second time.
 */
export function loanAsOf(loan: Loan, book: FundBook, businessDate: BusinessDate): { loan: Loan; penalties: number } {
  let penalties = 0;
  const schedule = loan.schedule.map((line) => {
    if (book.penaltyBps <= 0 || line.penaltyAssessedOn || line.dueDate >= businessDate) return line;
    if (daysBetween(line.dueDate, businessDate) <= book.penaltyAfterDays) return line;
    const late = unpaid(line, 'principal') + unpaid(line, 'interest');
    if (late <= 0) return line;
    const penalty = toSafeMinor(mulDiv(late, book.penaltyBps, 10_000, 'half-up'));
    if (penalty <= 0) return line;
    penalties++;
    return { ...line, penalty: line.penalty + penalty, penaltyAssessedOn: businessDate };
  });
  const dpd = daysPastDue(schedule, businessDate);
  return {
    loan: { ...loan, schedule, daysPastDue: dpd, arrearsAsOf: businessDate, status: dpd > 0 ? 'in_arrears' : 'active' },
    penalties,
  };
}

/** The installments due before `date` with principal or interest still unpaid, and what they owe (with penalties). */
function overdueOn(schedule: Loan['schedule'], date: BusinessDate | undefined): { installments: number; amount: number } {
  let installments = 0;
  let amount = 0;
  for (const line of schedule) {
    if (!date || line.dueDate >= date) continue;
    const owed = unpaid(line, 'principal') + unpaid(line, 'interest');
    if (owed <= 0) continue;
    installments++;
    amount += owed + unpaid(line, 'penalty');
  }
  return { installments, amount };
}

/** `loan.installment_due` is sent this many days before an installment's due date. */
export const INSTALLMENT_DUE_NOTICE_DAYS = 3;

/**
 * The first unpaid installment within INSTALLMENT_DUE_NOTICE_DAYS of its due date (or on it) on
 * `date` and not yet announced (its number above `announced`): each installment is announced once,
 * by the first run in its window that has no arrears event to send, whichever days the job ran.
 */
export function comingDue(schedule: Loan['schedule'], announced: number | undefined, date: BusinessDate): Installment | undefined {
  for (const line of schedule) {
    if (line.dueDate < date || line.n <= (announced ?? 0)) continue;
    if (addDays(line.dueDate, -INSTALLMENT_DUE_NOTICE_DAYS) > date) continue;
    if (unpaid(line, 'principal') + unpaid(line, 'interest') > 0) return line;
  }
  return undefined;
}

/**
 * The event a recomputation is, if any: `loan.in_arrears` when the loan falls into arrears,
 * `loan.installment_overdue` when one more installment passes its due date unpaid while it already
 * is (`amount` is what is overdue), else `loan.installment_due` when an unpaid installment comes
 * within INSTALLMENT_DUE_NOTICE_DAYS of its due date (`amount` is what it asks; the loan remembers
 * the installment as announced). A loan item carries one event per write: on a day with both, the
 * arrears event goes first and the notice the next day. Other changes (one more day late, a penalty) are no event: the loan keeps the event
 * it carries.
 */
function arrearsEvent(before: Loan, after: Loan, businessDate: BusinessDate): Loan {
  const now = overdueOn(after.schedule, businessDate);
  if (before.status !== 'in_arrears' && after.status === 'in_arrears') return withLoanEvent(after, 'loan.in_arrears', now.amount);
  if (after.status === 'in_arrears' && now.installments > overdueOn(before.schedule, before.arrearsAsOf).installments) {
    return withLoanEvent(after, 'loan.installment_overdue', now.amount);
  }
  const due = comingDue(after.schedule, after.announcedInstallment, businessDate);
  if (due) {
    const asks = unpaid(due, 'principal') + unpaid(due, 'interest') + unpaid(due, 'penalty');
    return withLoanEvent({ ...after, announcedInstallment: due.n }, 'loan.installment_due', asks, due);
  }
  return after;
}

function changed(before: Loan, after: Loan): boolean {
  return (
    before.status !== after.status ||
    before.daysPastDue !== after.daysPastDue ||
    before.arrearsAsOf !== after.arrearsAsOf ||
    JSON.stringify(before.schedule) !== JSON.stringify(after.schedule)
  );
}

/** Whether the run summary names a change: days late, status or penalties moved (not only the as-of date). */
function namesChange(before: Loan, after: Loan, penalties: number): boolean {
  return before.daysPastDue !== after.daysPastDue || before.status !== after.status || penalties > 0;
}

async function recomputeLoan(ctx: LoansContext, loanId: string, book: FundBook, businessDate: BusinessDate) {
  return optimistically(async () => {
    const loan = await ctx.loans.get(loanId);
    if (!loan || !OUTSTANDING_STATUSES.includes(loan.status)) return undefined;
    const { loan: next, penalties } = loanAsOf(loan, book, businessDate);
    if (!changed(loan, next)) return { loan: next, before: loan, penalties: 0, saved: false };
    next.version = loan.version + 1;
    next.updatedAt = nowIso(ctx);
    const saved = arrearsEvent(loan, next, businessDate);
    try {
      await ctx.loans.save(saved, loan.version, loan);
    } catch (error) {
      if (error instanceof StaleLoan) throw new RetryAttempt('loan changed');
      throw error;
    }
    return { loan: saved, before: loan, penalties, saved: true };
  });
}

/**
 * The scheduled arrears job: for every fund with a book (registry Query) and every loan with money
 * out (the fund's sparse active-loans index, gsi3 — never a Scan), recomputes days past due and the
 * active ⇄ in_arrears status as of `businessDate`, assesses penalties (each loan saved with its
 * worklist entry), and records a run summary per fund and date naming the loans it changed. Then it reconciles the fund's metric buckets: adds what a posting left pending and
 * compares every bucket with a replay of the journal and the loans; a difference is reported (the job's `aggregateDifferences` metric alarms on it) and the fund's buckets
 * are rebuilt from the journal. Idempotent per business date.
 */
export async function recomputeArrears(deps: LoansDeps, businessDate: BusinessDate): Promise<ArrearsReport> {
  const ctx = loansContext(deps);
  const totals = {
    funds: 0,
    loansChecked: 0,
    loansChanged: 0,
    inArrears: 0,
    par30Loans: 0,
    penaltiesAssessed: 0,
    pendingAggregatesApplied: 0,
    aggregateDifferences: 0,
  };
  const reconciliations: Reconciliation[] = [];
  const changes: ArrearsChange[] = [];
  const names = new Map<string, Promise<string>>();
  const nameOf = (associationId: string) => {
    if (!names.has(associationId))
      names.set(
        associationId,
        ctx.organisations.get(associationId).then((org) => org?.name ?? associationId),
      );
    return names.get(associationId)!;
  };
  let fundCursor: string | undefined;
  do {
    const funds = await ctx.ledger.listFunds(50, fundCursor);
    for (const { fundId } of funds.items) {
      const book = await ctx.ledger.getBook(fundId);
      if (!book) continue;
      totals.funds++;
      const run = { loansChecked: 0, inArrears: 0, par30Loans: 0, penaltiesAssessed: 0 };
      const fundChanges: ArrearsChange[] = [];
      let cursor: string | undefined;
      do {
        const page = await ctx.loans.listActive(fundId, { limit: 100, cursor });
        for (const listed of page.items) {
          const result = await recomputeLoan(ctx, listed.id, book, businessDate);
          if (!result) continue;
          run.loansChecked++;
          if (result.saved) totals.loansChanged++;
          if (result.saved && namesChange(result.before, result.loan, result.penalties)) {
            fundChanges.push({
              fundId,
              loanId: result.loan.id,
              associationId: result.loan.associationId,
              associationName: await nameOf(result.loan.associationId),
              previousDaysLate: result.before.daysPastDue,
              daysLate: result.loan.daysPastDue,
              previousStatus: result.before.status,
              status: result.loan.status,
              penaltiesAssessed: result.penalties,
            });
          }
          if (result.loan.status === 'in_arrears') run.inArrears++;
          if (result.loan.daysPastDue > 30) run.par30Loans++;
          run.penaltiesAssessed += result.penalties;
        }
        cursor = page.nextCursor;
      } while (cursor);
      await ctx.ledger.putArrearsRun({
        fundId,
        businessDate,
        ranAt: nowIso(ctx),
        ...run,
        changes: fundChanges.slice(0, MAX_CHANGES_STORED),
        ...(fundChanges.length > MAX_CHANGES_STORED ? { changesOmitted: fundChanges.length - MAX_CHANGES_STORED } : {}),
      });
      changes.push(...fundChanges);
      totals.loansChecked += run.loansChecked;
      totals.inArrears += run.inArrears;
      totals.par30Loans += run.par30Loans;
      totals.penaltiesAssessed += run.penaltiesAssessed;
      totals.pendingAggregatesApplied += await applyPendingAggregates(ctx.store, fundId);
      const reconciliation = await reconcileAggregates(ctx.store, fundId);
      if (reconciliation.differences.length > 0) {
        reconciliations.push(reconciliation);
        totals.aggregateDifferences += reconciliation.differences.length;
        await backfillAggregates(ctx.store, fundId, nowIso(ctx));
      }
    }
    fundCursor = funds.nextCursor;
  } while (fundCursor);
  return { businessDate, ...totals, reconciliations, changes };
}

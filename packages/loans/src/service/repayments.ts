import { UnprocessableRequest } from '@ayni/core';
import { allocatePayment, daysPastDue, isFullySettled, maxPayable, waiveFutureInterestIfRepaid } from '../allocation.js';
import type { LedgerLine } from '../accounts.js';
import type { BusinessDate } from '../dates.js';
import { Overpayment } from '../errors.js';
import { withLoanEvent } from '../events.js';
import type { JournalEntry } from '../ledger.js';
import type { Loan } from '../model.js';
import { post, PostingRefused } from '../repository/posting.js';
import { loanOfFund } from './applications.js';
import { loanEntryHeader, nowIso, optimistically, RetryAttempt, today, type Actor, type LoansContext } from './context.js';
import { ensureFundBook, valueDateOf } from './funds.js';
import { requireNotBeforeLastMovement, requireState } from './transitions.js';

export interface RepaymentInput {
  readonly amount: number;
  readonly valueDate?: BusinessDate | undefined;
  readonly reference?: string | undefined;
  /** Deterministic entry id (seeds): posting it twice returns the first posting. */
  readonly entryId?: string | undefined;
}

function credit(account: LedgerLine['account'], amount: number, loanId?: string): LedgerLine[] {
  return amount > 0 ? [{ account, debit: 0, credit: amount, ...(loanId ? { loanId } : {}) }] : [];
}

/**
 * Records money received from a borrower. On a live loan it is allocated (see allocation.ts) and
 * posted Dr cash (recycled) / Cr penalty income, interest income, loans receivable. On a written-off
 * loan it is a recovery: Dr cash (recycled) / Cr recoveries, up to the principal written off.
 * More than can be owed is refused (422 `overpayment`): the fund keeps no borrower credit balances.
 */
export async function recordRepayment(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  input: RepaymentInput,
): Promise<{ loan: Loan; entry: JournalEntry }> {
  const book = await ensureFundBook(ctx, fundId);
  return optimistically(async () => {
    const loan = await loanOfFund(ctx, fundId, loanId);
    if (input.entryId && input.valueDate) {
      const existing = await ctx.ledger.getEntry(fundId, input.valueDate, input.entryId);
      if (existing) return { loan, entry: existing };
    }
    requireState(loan, 'repay');
    const valueDate = valueDateOf(ctx, input.valueDate);
    requireNotBeforeLastMovement(loan, valueDate);
    const now = nowIso(ctx);
    const base = loanEntryHeader(ctx, actor, loan, { entryId: input.entryId, valueDate, postedAt: now, memo: input.reference });
    const previous = loan.version;
    let entry: JournalEntry;
    let next: Loan;
    if (loan.status === 'written_off') {
      const recoverable = loan.writtenOff - loan.recovered;
      if (input.amount > recoverable) throw new Overpayment(input.amount, recoverable, loan.currency);
      entry = {
        ...base,
        kind: 'recovery',
        lines: [{ account: 'cash_recycled', debit: input.amount, credit: 0 }, ...credit('recoveries', input.amount, loan.id)],
      };
      next = { ...loan, recovered: loan.recovered + input.amount, lastPaymentOn: valueDate, version: previous + 1, updatedAt: now };
    } else {
      const payable = maxPayable(loan.schedule, valueDate);
      if (input.amount > payable) throw new Overpayment(input.amount, payable, loan.currency);
      const allocation = allocatePayment(loan.schedule, input.amount, valueDate, book.allocationOrder);
      const schedule = waiveFutureInterestIfRepaid(allocation.schedule, valueDate);
      const settled = isFullySettled(schedule);
      const asOf = today(ctx);
      const dpd = settled ? 0 : daysPastDue(schedule, asOf);
      entry = {
        ...base,
        kind: 'repayment',
        allocation: allocation.lines,
        lines: [
          { account: 'cash_recycled', debit: input.amount, credit: 0 },
          ...credit('penalty_income', allocation.penalty),
          ...credit('interest_income', allocation.interest),
          ...credit('loans_receivable', allocation.principal, loan.id),
        ],
      };
      next = {
        ...loan,
        schedule,
        status: settled ? 'closed_repaid' : dpd > 0 ? 'in_arrears' : 'active',
        principalOutstanding: loan.principalOutstanding - allocation.principal,
        principalRepaid: loan.principalRepaid + allocation.principal,
        interestPaid: loan.interestPaid + allocation.interest,
        penaltyPaid: loan.penaltyPaid + allocation.penalty,
        daysPastDue: dpd,
        arrearsAsOf: asOf,
        lastPaymentOn: valueDate,
        closedOn: settled ? valueDate : undefined,
        version: previous + 1,
        updatedAt: now,
      };
    }
    // A recovery on a written-off loan is a repayment posted too.
    next = withLoanEvent(next, 'loan.repayment_posted', input.amount);
    try {
      await post(ctx.store, { entry, loans: [{ loan: next, previousVersion: previous, before: loan }] }, now);
    } catch (error) {
      if (!(error instanceof PostingRefused)) throw error;
      if (error.has('entry_exists')) {
        const existing = await ctx.ledger.getEntry(fundId, valueDate, entry.entryId);
        if (existing) return { loan: (await ctx.loans.get(loanId))!, entry: existing };
      }
      throw new RetryAttempt(error.message);
    }
    return { loan: next, entry };
  });
}

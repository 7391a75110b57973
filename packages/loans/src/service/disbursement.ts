import type { BusinessDate } from '../dates.js';
import { InsufficientFunds } from '../errors.js';
import { withLoanEvent } from '../events.js';
import type { JournalEntry } from '../ledger.js';
import type { Loan } from '../model.js';
import { post, PostingRefused } from '../repository/posting.js';
import { buildSchedule, openInstallments } from '../schedule.js';
import { loanOfFund } from './applications.js';
import { loanEntryHeader, nowIso, optimistically, RetryAttempt, type Actor, type LoansContext } from './context.js';
import { valueDateOf } from './funds.js';
import { requireState } from './transitions.js';

export interface DisbursementInput {
  readonly valueDate?: BusinessDate | undefined;
  /** Deterministic entry id (seeds): disbursing twice with it returns the first disbursement. */
  readonly entryId?: string | undefined;
}

/** Splits an amount over the two cash pools: original capital first, then recycled repayments. */
export function fundingSplit(amount: number, capital: number, recycled: number): { fromCapital: number; fromRecycled: number } | undefined {
  if (capital + recycled < amount) return undefined;
  const fromCapital = Math.min(Math.max(capital, 0), amount);
  return { fromCapital, fromRecycled: amount - fromCapital };
}

/**
 * Pays out an approved loan from money the fund holds: Dr loans receivable / Cr cash, drawn from
 * donor capital first and from recycled repayments for the rest. The schedule starts on the value
 * date. Refused with 409 `insufficient-funds` when the fund's cash cannot cover it — checked by the
 * database itself (conditional balance updates), not only by the read before.
 */
export async function disburseLoan(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  input: DisbursementInput = {},
): Promise<{ loan: Loan; entry: JournalEntry }> {
  return optimistically(async () => {
    const loan = await loanOfFund(ctx, fundId, loanId);
    if (input.entryId && loan.status !== 'approved' && loan.disbursedOn) {
      const existing = await ctx.ledger.getEntry(fundId, loan.disbursedOn, input.entryId);
      if (existing) return { loan, entry: existing };
    }
    requireState(loan, 'disburse');
    const valueDate = valueDateOf(ctx, input.valueDate);
    const amount = loan.principal;
    const balances = await ctx.ledger.balances(fundId);
    const capital = balances.find((b) => b.account === 'cash_capital')!.balance;
    const recycled = balances.find((b) => b.account === 'cash_recycled')!.balance;
    const split = fundingSplit(amount, capital, recycled);
    if (!split) throw new InsufficientFunds(amount, capital + recycled, loan.currency);
    const now = nowIso(ctx);
    const entry: JournalEntry = {
      ...loanEntryHeader(ctx, actor, loan, { entryId: input.entryId, valueDate, postedAt: now }),
      kind: 'disbursement',
      lines: [
        { account: 'loans_receivable', debit: amount, credit: 0, loanId: loan.id },
        ...(split.fromCapital > 0 ? [{ account: 'cash_capital' as const, debit: 0, credit: split.fromCapital }] : []),
        ...(split.fromRecycled > 0 ? [{ account: 'cash_recycled' as const, debit: 0, credit: split.fromRecycled }] : []),
      ],
    };
    const previous = loan.version;
    const disbursed: Loan = withLoanEvent(
      {
        ...loan,
        status: 'active',
        disbursedOn: valueDate,
        fundedFromCapital: split.fromCapital,
        fundedFromRecycled: split.fromRecycled,
        schedule: openInstallments(buildSchedule(amount, loan.terms!, valueDate)),
        principalOutstanding: amount,
        daysPastDue: 0,
        version: previous + 1,
        updatedAt: now,
      },
      'loan.disbursed',
      amount,
    );
    try {
      await post(ctx.store, { entry, loans: [{ loan: disbursed, previousVersion: previous, before: loan }] }, now);
    } catch (error) {
      if (!(error instanceof PostingRefused)) throw error;
      // Cash moved, the loan moved, or another transaction got there first: decide again from fresh reads.
      throw new RetryAttempt(error.message);
    }
    return { loan: disbursed, entry };
  });
}

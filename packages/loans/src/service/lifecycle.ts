import { message, newId, UnprocessableRequest } from '@ayni/core';
import { unpaid } from '../allocation.js';
import type { BusinessDate } from '../dates.js';
import type { JournalEntry } from '../ledger.js';
import { MESSAGES } from '../messages.js';
import type { Loan, LoanTerms } from '../model.js';
import { post, PostingRefused } from '../repository/posting.js';
import { buildSchedule, openInstallments } from '../schedule.js';
import { loanOfFund } from './applications.js';
import { loanEntryHeader, nowIso, optimistically, RetryAttempt, type Actor, type LoansContext } from './context.js';
import { valueDateOf } from './funds.js';
import { requireNotBeforeLastMovement, requireState } from './transitions.js';

/**
 * Writes off the outstanding principal of a loan judged uncollectable: Dr write-offs / Cr loans
 * receivable. The loan leaves the portfolio (and the active index) but still accepts recoveries.
 */
export async function writeOffLoan(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  input: { reason: string; valueDate?: BusinessDate | undefined; entryId?: string | undefined },
): Promise<{ loan: Loan; entry: JournalEntry }> {
  return optimistically(async () => {
    const loan = await loanOfFund(ctx, fundId, loanId);
    if (input.entryId && loan.status === 'written_off' && loan.writeOff) {
      const existing = await ctx.ledger.getEntry(fundId, loan.writeOff.on, input.entryId);
      if (existing) return { loan, entry: existing };
    }
    requireState(loan, 'write off');
    const valueDate = valueDateOf(ctx, input.valueDate);
    requireNotBeforeLastMovement(loan, valueDate);
    const amount = loan.principalOutstanding;
    if (amount <= 0) throw new UnprocessableRequest(message(MESSAGES, 'loans.no-principal-to-write-off'));
    const now = nowIso(ctx);
    const entry: JournalEntry = {
      ...loanEntryHeader(ctx, actor, loan, { entryId: input.entryId, valueDate, postedAt: now, memo: input.reason }),
      kind: 'write_off',
      lines: [
        { account: 'write_offs', debit: amount, credit: 0, loanId: loan.id },
        { account: 'loans_receivable', debit: 0, credit: amount, loanId: loan.id },
      ],
    };
    const previous = loan.version;
    const next: Loan = {
      ...loan,
      status: 'written_off',
      writtenOff: amount,
      principalOutstanding: 0,
      closedOn: valueDate,
      writeOff: { by: actor.sub, at: now, reason: input.reason, on: valueDate },
      version: previous + 1,
      updatedAt: now,
    };
    try {
      await post(ctx.store, { entry, loans: [{ loan: next, previousVersion: previous, before: loan }] }, now);
    } catch (error) {
      if (!(error instanceof PostingRefused)) throw error;
      throw new RetryAttempt(error.message);
    }
    return { loan: next, entry };
  });
}

/**
 * Replaces a loan in difficulty by a successor carrying its outstanding principal on new terms.
 * The ledger moves the receivable from one loan to the other (no cash moves); interest and
 * penalties left unpaid on the old loan are waived (recorded on its schedule, dated).
 */
export async function restructureLoan(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  input: { terms: LoanTerms; reason: string; valueDate?: BusinessDate | undefined },
): Promise<{ loan: Loan; successor: Loan; entry: JournalEntry }> {
  return optimistically(async () => {
    const loan = await loanOfFund(ctx, fundId, loanId);
    requireState(loan, 'restructure');
    const valueDate = valueDateOf(ctx, input.valueDate);
    requireNotBeforeLastMovement(loan, valueDate);
    const amount = loan.principalOutstanding;
    if (amount <= 0) throw new UnprocessableRequest(message(MESSAGES, 'loans.no-principal-to-restructure'));
    const now = nowIso(ctx);
    const successor: Loan = {
      ...loan,
      id: newId('loan', ctx.clock.now().getTime()),
      status: 'active',
      purpose: loan.purpose,
      recordedBy: actor.sub,
      recordedAs: 'fund_officer',
      createdAt: now,
      evaluation: undefined,
      approval: { by: actor.sub, at: now, reason: input.reason },
      principal: amount,
      terms: input.terms,
      disbursedOn: valueDate,
      fundedFromCapital: 0,
      fundedFromRecycled: 0,
      schedule: openInstallments(buildSchedule(amount, input.terms, valueDate)),
      principalOutstanding: amount,
      principalRepaid: 0,
      interestPaid: 0,
      penaltyPaid: 0,
      writtenOff: 0,
      recovered: 0,
      daysPastDue: 0,
      arrearsAsOf: undefined,
      lastPaymentOn: undefined,
      closedOn: undefined,
      predecessorId: loan.id,
      successorId: undefined,
      version: 1,
      updatedAt: now,
    };
    const previous = loan.version;
    const closed: Loan = {
      ...loan,
      status: 'restructured',
      successorId: successor.id,
      principalOutstanding: 0,
      closedOn: valueDate,
      schedule: loan.schedule.map((line) => {
        const principal = unpaid(line, 'principal');
        const interest = unpaid(line, 'interest');
        return principal + interest > 0
          ? { ...line, waivedPrincipal: line.waivedPrincipal + principal, waivedInterest: line.waivedInterest + interest, waivedOn: valueDate }
          : line;
      }),
      version: previous + 1,
      updatedAt: now,
    };
    const entry: JournalEntry = {
      ...loanEntryHeader(ctx, actor, successor, { valueDate, postedAt: now, memo: input.reason }),
      kind: 'restructure',
      lines: [
        { account: 'loans_receivable', debit: amount, credit: 0, loanId: successor.id },
        { account: 'loans_receivable', debit: 0, credit: amount, loanId: loan.id },
      ],
    };
    try {
      await post(
        ctx.store,
        {
          entry,
          loans: [
            { loan: closed, previousVersion: previous, before: loan },
            { loan: successor, previousVersion: 'new' },
          ],
        },
        now,
      );
    } catch (error) {
      if (!(error instanceof PostingRefused)) throw error;
      throw new RetryAttempt(error.message);
    }
    return { loan: closed, successor, entry };
  });
}

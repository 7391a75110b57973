import { message, newId, UnprocessableRequest } from '@ayni/core';
import { unpaid } from '../allocation.js';
import type { BusinessDate } from '../dates.js';
import { withLoanEvent } from '../events.js';
import type { JournalEntry } from '../ledger.js';
import { MESSAGES } from '../messages.js';
import { MakerCheckerViolation, NoPendingProposal, ProposalPending } from '../errors.js';
import type { ClosedProposal, Loan, LoanProposal, LoanTerms } from '../model.js';
import { StaleLoan } from '../repository/loans.js';
import { post, PostingRefused } from '../repository/posting.js';
import { buildSchedule, openInstallments } from '../schedule.js';
import { loanOfFund } from './applications.js';
import { loanEntryHeader, nowIso, optimistically, RetryAttempt, type Actor, type LoansContext } from './context.js';
import { valueDateOf } from './funds.js';
import { requireNotBeforeLastMovement, requireState, type LifecycleAction } from './transitions.js';

type ProposalKind = LoanProposal['kind'];
const ACTION_OF: Record<ProposalKind, LifecycleAction> = { write_off: 'write off', restructure: 'restructure' };

/**
 * Four eyes, checked inside the confirming attempt: the loan has a pending proposal of `kind`, and
 * the one confirming it neither proposed it nor evaluated the loan. Returns the proposal.
 */
function confirmable(loan: Loan, actor: Actor, kind: ProposalKind): LoanProposal {
  const proposal = loan.pendingProposal;
  if (!proposal || proposal.kind !== kind) throw new NoPendingProposal(kind);
  if (proposal.by === actor.sub) throw new MakerCheckerViolation('proposed');
  if (loan.evaluation?.by === actor.sub) throw new MakerCheckerViolation('evaluated-loan');
  return proposal;
}

function closing(loan: Loan, proposal: LoanProposal, actor: Actor, at: string, outcome: ClosedProposal['outcome'], note?: string): ClosedProposal[] {
  const closed: ClosedProposal = { ...proposal, outcome, closedBy: actor.sub, closedAt: at, ...(note !== undefined ? { closingNote: note } : {}) };
  return [...(loan.proposalHistory ?? []), closed];
}

/** Saves a loan changed without money moving (a proposal recorded or withdrawn), if unchanged since read. */
async function saveUnchangedSince(ctx: LoansContext, loan: Loan, previous: number): Promise<void> {
  try {
    await ctx.loans.save(loan, previous);
  } catch (error) {
    if (error instanceof StaleLoan) throw new RetryAttempt('loan changed');
    throw error;
  }
}

/**
 * The first approver proposes a write-off or restructuring: the loan records who, when, why (and the
 * successor's terms) and does not move yet. Refused while another proposal is pending; the same
 * checks as the execution itself are made now (state, principal outstanding, value date), so a
 * proposal that could never be confirmed is not recorded.
 */
function propose(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  kind: ProposalKind,
  input: { reason: string; valueDate?: BusinessDate | undefined; terms?: LoanTerms | undefined },
): Promise<Loan> {
  return optimistically(async () => {
    const loan = await loanOfFund(ctx, fundId, loanId);
    requireState(loan, ACTION_OF[kind]);
    if (loan.pendingProposal) throw new ProposalPending(loan.pendingProposal.kind, loan.pendingProposal.by);
    if (input.valueDate !== undefined) requireNotBeforeLastMovement(loan, valueDateOf(ctx, input.valueDate));
    if (loan.principalOutstanding <= 0) {
      throw new UnprocessableRequest(message(MESSAGES, kind === 'write_off' ? 'loans.no-principal-to-write-off' : 'loans.no-principal-to-restructure'));
    }
    const now = nowIso(ctx);
    const previous = loan.version;
    const next: Loan = {
      ...loan,
      pendingProposal: {
        kind,
        by: actor.sub,
        at: now,
        reason: input.reason,
        ...(input.valueDate !== undefined ? { valueDate: input.valueDate } : {}),
        ...(input.terms !== undefined ? { terms: input.terms } : {}),
      },
      version: previous + 1,
      updatedAt: now,
    };
    await saveUnchangedSince(ctx, next, previous);
    return next;
  });
}

/** Proposes writing off the loan's outstanding principal (a second approver confirms it). */
export function proposeWriteOff(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  input: { reason: string; valueDate?: BusinessDate | undefined },
): Promise<Loan> {
  return propose(ctx, actor, fundId, loanId, 'write_off', input);
}

/** Proposes restructuring the loan on new terms (a second approver confirms it). */
export function proposeRestructuring(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  input: { terms: LoanTerms; reason: string; valueDate?: BusinessDate | undefined },
): Promise<Loan> {
  return propose(ctx, actor, fundId, loanId, 'restructure', input);
}

/** The proposer or another approver withdraws a pending proposal of `kind`; it stays in the loan's history. */
export function withdrawProposal(ctx: LoansContext, actor: Actor, fundId: string, loanId: string, kind: ProposalKind, reason?: string): Promise<Loan> {
  return optimistically(async () => {
    const loan = await loanOfFund(ctx, fundId, loanId);
    const proposal = loan.pendingProposal;
    if (!proposal || proposal.kind !== kind) throw new NoPendingProposal(kind);
    const now = nowIso(ctx);
    const previous = loan.version;
    const next: Loan = {
      ...loan,
      pendingProposal: undefined,
      proposalHistory: closing(loan, proposal, actor, now, 'withdrawn', reason),
      version: previous + 1,
      updatedAt: now,
    };
    await saveUnchangedSince(ctx, next, previous);
    return next;
  });
}

/**
 * A second fund approver confirms the pending write-off: today's write-off, on the proposal's reason
 * and value date, in the same posting (the loan's version condition makes a concurrent second
 * confirmation find the loan written off: a 409, no second entry).
 */
export function confirmWriteOff(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  input: { note?: string | undefined; entryId?: string | undefined } = {},
): Promise<{ loan: Loan; entry: JournalEntry }> {
  return writeOff(ctx, actor, fundId, loanId, { reason: '', entryId: input.entryId }, { kind: 'write_off', note: input.note });
}

/** A second fund approver confirms the pending restructuring: today's restructuring on the proposed terms. */
export function confirmRestructuring(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  input: { note?: string | undefined } = {},
): Promise<{ loan: Loan; successor: Loan; entry: JournalEntry }> {
  return restructure(ctx, actor, fundId, loanId, undefined, { kind: 'restructure', note: input.note });
}

interface Confirmation {
  readonly kind: ProposalKind;
  readonly note?: string | undefined;
}

/**
 * Writes off the outstanding principal of a loan judged uncollectable: Dr write-offs / Cr loans
 * receivable. The loan leaves the portfolio (and the active index) but still accepts recoveries.
 */
export function writeOffLoan(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  input: { reason: string; valueDate?: BusinessDate | undefined; entryId?: string | undefined },
): Promise<{ loan: Loan; entry: JournalEntry }> {
  return writeOff(ctx, actor, fundId, loanId, input);
}

/** The write-off itself; with a confirmation, on the pending proposal's reason and value date. */
function writeOff(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  given: { reason: string; valueDate?: BusinessDate | undefined; entryId?: string | undefined },
  confirmation?: Confirmation,
): Promise<{ loan: Loan; entry: JournalEntry }> {
  return optimistically(async () => {
    const loan = await loanOfFund(ctx, fundId, loanId);
    if (given.entryId && loan.status === 'written_off' && loan.writeOff) {
      const existing = await ctx.ledger.getEntry(fundId, loan.writeOff.on, given.entryId);
      if (existing) return { loan, entry: existing };
    }
    const proposal = confirmation ? confirmable(loan, actor, confirmation.kind) : undefined;
    const input = proposal ? { reason: proposal.reason, valueDate: proposal.valueDate, entryId: given.entryId } : given;
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
    const written: Loan = {
      ...loan,
      status: 'written_off',
      writtenOff: amount,
      principalOutstanding: 0,
      closedOn: valueDate,
      writeOff: { by: actor.sub, at: now, reason: input.reason, on: valueDate, ...(proposal ? { proposedBy: proposal.by } : {}) },
      ...(proposal ? { pendingProposal: undefined, proposalHistory: closing(loan, proposal, actor, now, 'confirmed', confirmation?.note) } : {}),
      version: previous + 1,
      updatedAt: now,
    };
    const next = withLoanEvent(written, 'loan.written_off', amount);
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
export function restructureLoan(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  input: { terms: LoanTerms; reason: string; valueDate?: BusinessDate | undefined },
): Promise<{ loan: Loan; successor: Loan; entry: JournalEntry }> {
  return restructure(ctx, actor, fundId, loanId, input);
}

/** The restructuring itself; with a confirmation, on the pending proposal's terms, reason and value date. */
function restructure(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  given: { terms: LoanTerms; reason: string; valueDate?: BusinessDate | undefined } | undefined,
  confirmation?: Confirmation,
): Promise<{ loan: Loan; successor: Loan; entry: JournalEntry }> {
  return optimistically(async () => {
    const loan = await loanOfFund(ctx, fundId, loanId);
    const proposal = confirmation ? confirmable(loan, actor, confirmation.kind) : undefined;
    const input = proposal ? { terms: proposal.terms!, reason: proposal.reason, valueDate: proposal.valueDate } : given!;
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
      recordedBy: proposal?.by ?? actor.sub,
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
      announcedInstallment: undefined,
      lastPaymentOn: undefined,
      closedOn: undefined,
      predecessorId: loan.id,
      successorId: undefined,
      pendingProposal: undefined,
      proposalHistory: undefined,
      // Not the predecessor's event: restructuring has no event type of its own (the closed loan keeps its last one).
      outbox: undefined,
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
      ...(proposal ? { pendingProposal: undefined, proposalHistory: closing(loan, proposal, actor, now, 'confirmed', confirmation?.note) } : {}),
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

import { Conflict, message, newId } from '@ayni/core';
import type { Page } from '@ayni/store';
import { AssociationNotFound, badOrganisationReference, FundNotFound, LoanNotFound, MakerCheckerViolation, overrideNeedsReason } from '../errors.js';
import { withLoanEvent, type LoanEventType } from '../events.js';
import { MESSAGES } from '../messages.js';
import type { OrganisationFacts } from '../organisations.js';
import type { LoanTerms, Loan, LoanStatus } from '../model.js';
import { StaleLoan } from '../repository/loans.js';
import { nowIso, optimistically, RetryAttempt, type Actor, type LoansContext } from './context.js';
import { ensureFundBook } from './funds.js';
import { requireState, type LifecycleAction } from './transitions.js';

export interface ApplicationInput {
  readonly fundId: string;
  readonly associationId: string;
  readonly amount: number;
  readonly installments: number;
  readonly purpose: string;
  readonly businessPlanSummary: string;
  readonly producers: number;
  /** Deterministic id (seeds); creating an existing id returns the existing loan. */
  readonly id?: string | undefined;
}

function isActive(org: OrganisationFacts | undefined, kind: OrganisationFacts['kind']): boolean {
  return org !== undefined && org.kind === kind && org.active !== false;
}

/**
 * An association applies (or a fund officer records the application on its behalf). Both parties
 * must exist, be of their kind and be active. The one named in the path (the association applying,
 * or the fund recording) is a 404 otherwise; the one named in the body (the fund applied to, or the
 * borrowing association) is a 400 naming the field.
 */
export async function submitApplication(ctx: LoansContext, actor: Actor, input: ApplicationInput, recordedAs: Loan['recordedAs']): Promise<Loan> {
  const [fund, association] = await Promise.all([ctx.organisations.get(input.fundId), ctx.organisations.get(input.associationId)]);
  if (recordedAs === 'association') {
    if (!isActive(association, 'association')) throw new AssociationNotFound(input.associationId);
    if (!isActive(fund, 'fund')) throw badOrganisationReference('fundId', input.fundId, 'fund');
  } else {
    if (!isActive(fund, 'fund')) throw new FundNotFound(input.fundId);
    if (!isActive(association, 'association')) throw badOrganisationReference('associationId', input.associationId, 'association');
  }
  await ensureFundBook(ctx, input.fundId);
  const now = nowIso(ctx);
  const loan: Loan = {
    id: input.id ?? newId('loan', ctx.clock.now().getTime()),
    fundId: input.fundId,
    associationId: input.associationId,
    currency: 'PEN',
    status: 'submitted',
    amountRequested: input.amount,
    installmentsRequested: input.installments,
    purpose: input.purpose,
    businessPlanSummary: input.businessPlanSummary,
    producers: input.producers,
    recordedBy: actor.sub,
    recordedAs,
    createdAt: now,
    principal: 0,
    fundedFromCapital: 0,
    fundedFromRecycled: 0,
    schedule: [],
    principalOutstanding: 0,
    principalRepaid: 0,
    interestPaid: 0,
    penaltyPaid: 0,
    writtenOff: 0,
    recovered: 0,
    daysPastDue: 0,
    version: 1,
    updatedAt: now,
  };
  const created = withLoanEvent(loan, 'loan.applied', loan.amountRequested);
  if (await ctx.loans.create(created)) return created;
  const existing = await ctx.loans.get(loan.id);
  if (!existing || existing.fundId !== loan.fundId || existing.associationId !== loan.associationId) {
    throw new Conflict(message(MESSAGES, 'loans.loan-id-taken', { loanId: loan.id }));
  }
  return existing;
}

/** The loan, if it belongs to this fund; otherwise a 404 (other tenants' loans are not revealed). */
export async function loanOfFund(ctx: LoansContext, fundId: string, loanId: string): Promise<Loan> {
  const loan = await ctx.loans.get(loanId);
  if (!loan || loan.fundId !== fundId) throw new LoanNotFound(loanId);
  return loan;
}

/** The loan, if the association is its borrower; otherwise a 404. */
export async function loanOfAssociation(ctx: LoansContext, orgId: string, loanId: string): Promise<Loan> {
  const loan = await ctx.loans.get(loanId);
  if (!loan || loan.associationId !== orgId) throw new LoanNotFound(loanId);
  return loan;
}

/**
 * Read, check, change and save a loan, retrying from a fresh read when someone else saved first. A
 * transition that others hear of (`event`) sets the loan's outbox event; any other change keeps the
 * one read.
 */
async function change(
  ctx: LoansContext,
  read: () => Promise<Loan>,
  action: LifecycleAction,
  apply: (loan: Loan) => void,
  event?: { type: LoanEventType; amount: (loan: Loan) => number },
): Promise<Loan> {
  return optimistically(async () => {
    const loan = await read();
    requireState(loan, action);
    const previous = loan.version;
    apply(loan);
    loan.version = previous + 1;
    loan.updatedAt = nowIso(ctx);
    const saved = event ? withLoanEvent(loan, event.type, event.amount(loan)) : loan;
    try {
      await ctx.loans.save(saved, previous);
    } catch (error) {
      if (error instanceof StaleLoan) throw new RetryAttempt('loan changed');
      throw error;
    }
    return saved;
  });
}

export interface EvaluationInput {
  readonly recommendation: 'approve' | 'reject';
  readonly notes: string;
  /** Amount the officer proposes to lend (defaults to the amount requested). */
  readonly amount?: number | undefined;
  readonly terms: LoanTerms;
}

export function evaluateApplication(ctx: LoansContext, actor: Actor, fundId: string, loanId: string, input: EvaluationInput): Promise<Loan> {
  return change(
    ctx,
    () => loanOfFund(ctx, fundId, loanId),
    'evaluate',
    (loan) => {
      loan.evaluation = {
        by: actor.sub,
        at: nowIso(ctx),
        recommendation: input.recommendation,
        notes: input.notes,
        amount: input.amount ?? loan.amountRequested,
        terms: input.terms,
      };
    },
  );
}

/**
 * Maker-checker: an approver who neither recorded nor evaluated the application approves its evaluated
 * terms. Approving against the evaluation's 'reject' recommendation needs a written reason (a 400
 * naming `reason` without one), kept on the loan's approval with `againstRecommendation`.
 * `input` may be the note alone (as before); `reason` wins over `note` when both are given.
 */
export function approveApplication(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  loanId: string,
  input?: string | { note?: string | undefined; reason?: string | undefined },
): Promise<Loan> {
  const { note, reason } = typeof input === 'object' ? input : { note: input, reason: undefined };
  const written = reason?.trim() ? reason.trim() : undefined;
  return change(
    ctx,
    () => loanOfFund(ctx, fundId, loanId),
    'approve',
    (loan) => {
      if (!loan.evaluation) throw new Conflict(message(MESSAGES, 'loans.approval-needs-evaluation'));
      if (loan.recordedBy === actor.sub) throw new MakerCheckerViolation('recorded');
      if (loan.evaluation.by === actor.sub) throw new MakerCheckerViolation('evaluated');
      const against = loan.evaluation.recommendation === 'reject';
      if (against && !written) throw overrideNeedsReason();
      loan.status = 'approved';
      loan.approval = { by: actor.sub, at: nowIso(ctx), reason: written ?? note, ...(against ? { againstRecommendation: true } : {}) };
      loan.principal = loan.evaluation.amount;
      loan.terms = loan.evaluation.terms;
    },
    { type: 'loan.approved', amount: (loan) => loan.principal },
  );
}

export function rejectApplication(ctx: LoansContext, actor: Actor, fundId: string, loanId: string, reason: string): Promise<Loan> {
  return change(
    ctx,
    () => loanOfFund(ctx, fundId, loanId),
    'reject',
    (loan) => {
      loan.status = 'rejected';
      loan.rejection = { by: actor.sub, at: nowIso(ctx), reason };
    },
    { type: 'loan.rejected', amount: (loan) => loan.amountRequested },
  );
}

export function withdrawApplication(ctx: LoansContext, actor: Actor, orgId: string, loanId: string, reason?: string): Promise<Loan> {
  return change(
    ctx,
    () => loanOfAssociation(ctx, orgId, loanId),
    'withdraw',
    (loan) => {
      loan.status = 'withdrawn';
      loan.withdrawal = { by: actor.sub, at: nowIso(ctx), reason };
    },
  );
}

export function listFundLoans(
  ctx: LoansContext,
  fundId: string,
  options: { limit: number; cursor?: string | undefined; status?: LoanStatus | undefined },
): Promise<Page<Loan>> {
  return ctx.loans.listByFund(fundId, options);
}

export function listAssociationLoans(
  ctx: LoansContext,
  orgId: string,
  options: { limit: number; cursor?: string | undefined; status?: LoanStatus | undefined },
): Promise<Page<Loan>> {
  return ctx.loans.listByAssociation(orgId, options);
}

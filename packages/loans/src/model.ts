import type { DomainEvent } from '@ayni/core';
import type { BusinessDate } from './dates.js';

/** Where a loan is in its life. The first four are the application's states. */
export const LOAN_STATUSES = [
  'submitted',
  'approved',
  'rejected',
  'withdrawn',
  'active',
  'in_arrears',
  'closed_repaid',
  'written_off',
  'restructured',
] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

/** Statuses of a loan that has money out: it is in the fund's active-loans index. */
export const OUTSTANDING_STATUSES: readonly LoanStatus[] = ['active', 'in_arrears'];

export type InterestMethod = 'flat' | 'declining';

export interface Period {
  readonly unit: 'month' | 'day';
  /** Installments fall every `every` months or days. */
  readonly every: number;
}

/** The terms a loan is disbursed under (set when the application is evaluated). */
export interface LoanTerms {
  readonly annualRateBps: number;
  readonly method: InterestMethod;
  readonly installments: number;
  readonly period: Period;
  /** The first N installments carry interest only (grace on principal). */
  readonly graceInstallments: number;
}

/** One line of a repayment schedule with what has been paid and waived against it. */
export interface Installment {
  readonly n: number;
  readonly dueDate: BusinessDate;
  readonly principal: number;
  readonly interest: number;
  /** Late-payment penalty assessed by the arrears job (0 until then). */
  penalty: number;
  penaltyAssessedOn?: BusinessDate | undefined;
  paidPrincipal: number;
  paidInterest: number;
  paidPenalty: number;
  /** Amounts that will never be collected on this installment, and from when (early payoff, restructuring). */
  waivedPrincipal: number;
  waivedInterest: number;
  waivedOn?: BusinessDate | undefined;
}

export interface Evaluation {
  readonly by: string;
  readonly at: string;
  readonly recommendation: 'approve' | 'reject';
  readonly notes: string;
  readonly amount: number;
  readonly terms: LoanTerms;
}

export interface Decision {
  readonly by: string;
  readonly at: string;
  readonly reason?: string | undefined;
}

/** An approval that went against the evaluation's recommendation carries the written reason for it. */
export interface ApprovalDecision extends Decision {
  readonly againstRecommendation?: boolean | undefined;
}

/**
 * Four eyes where money leaves the book: a write-off or restructuring proposed by one fund approver,
 * waiting for a different approver (neither the proposer nor the loan's evaluator) to confirm it.
 */
export interface LoanProposal {
  readonly kind: 'write_off' | 'restructure';
  readonly by: string;
  readonly at: string;
  readonly reason: string;
  /** The value date asked for (the confirmation day when absent). */
  readonly valueDate?: BusinessDate | undefined;
  /** The successor's terms, for a restructuring. */
  readonly terms?: LoanTerms | undefined;
}

/** A proposal no longer pending: confirmed (by whom, when) or withdrawn (by whom, when, why). */
export interface ClosedProposal extends LoanProposal {
  readonly outcome: 'confirmed' | 'withdrawn';
  readonly closedBy: string;
  readonly closedAt: string;
  readonly closingNote?: string | undefined;
}

/** A loan, from application to closure (one item; its schedule lives inside it). */
export interface Loan {
  readonly id: string;
  readonly fundId: string;
  readonly associationId: string;
  readonly currency: 'PEN';
  status: LoanStatus;
  readonly amountRequested: number;
  readonly installmentsRequested: number;
  readonly purpose: string;
  readonly businessPlanSummary: string;
  /** Producers (member families) of the association who benefit. */
  readonly producers: number;
  readonly recordedBy: string;
  readonly recordedAs: 'association' | 'fund_officer';
  readonly createdAt: string;
  evaluation?: Evaluation | undefined;
  approval?: ApprovalDecision | undefined;
  rejection?: Decision | undefined;
  withdrawal?: Decision | undefined;
  principal: number;
  terms?: LoanTerms | undefined;
  disbursedOn?: BusinessDate | undefined;
  /** Origin of the money lent: original (donor) capital vs recycled repayments. */
  fundedFromCapital: number;
  fundedFromRecycled: number;
  schedule: Installment[];
  principalOutstanding: number;
  principalRepaid: number;
  interestPaid: number;
  penaltyPaid: number;
  writtenOff: number;
  recovered: number;
  daysPastDue: number;
  arrearsAsOf?: BusinessDate | undefined;
  /** The last installment `loan.installment_due` announced (the arrears job announces each once). */
  announcedInstallment?: number | undefined;
  lastPaymentOn?: BusinessDate | undefined;
  closedOn?: BusinessDate | undefined;
  writeOff?: (Decision & { on: BusinessDate; proposedBy?: string | undefined }) | undefined;
  /** A write-off or restructuring waiting for a second approver. */
  pendingProposal?: LoanProposal | undefined;
  /** Proposals confirmed or withdrawn, oldest first. */
  proposalHistory?: ClosedProposal[] | undefined;
  predecessorId?: string | undefined;
  successorId?: string | undefined;
  version: number;
  updatedAt: string;
  /**
   * The event of the loan's latest transition (`loan.applied` … `loan.written_off`), for the table's
   * stream (decision 0016): set by the transition's write, copied by every other one. Never answered
   * (`loanView`).
   */
  outbox?: DomainEvent | undefined;
}

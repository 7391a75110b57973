import { domainEvent, type DomainEvent, type DomainEventType } from '@ayni/core';
import type { Installment, Loan } from './model.js';

/** The installment an event is about (`loan.installment_due`). */
export type InstallmentRef = Pick<Installment, 'n' | 'dueDate'>;

export type LoanEventType = Extract<DomainEventType, `loan.${string}`>;

/**
 * The loans domain's outbox (decision 0016): a loan's item carries the event of its latest
 * transition under `outbox`, set by the transition's own write (seq = the loan's version after it).
 * Every other write of the loan (evaluation, proposals, the arrears job) is a Put of the loan as
 * read, which copies the event unchanged. `amount` is what the transition moved (integer minor
 * units): the amount applied for, approved, disbursed, repaid or written off.
 */
export function loanDomainEvent(loan: Loan, type: LoanEventType, amount: number, installment?: InstallmentRef): DomainEvent {
  const moved = type === 'loan.disbursed' || type === 'loan.repayment_posted' || type === 'loan.written_off';
  return domainEvent({
    type,
    occurredAt: loan.updatedAt,
    organisations: [loan.fundId, loan.associationId],
    aggregate: { type: 'loan', id: loan.id, seq: loan.version },
    data: {
      loanId: loan.id,
      fundId: loan.fundId,
      associationId: loan.associationId,
      status: loan.status,
      currency: loan.currency,
      principal: loan.principal,
      amount,
      outstanding: moved ? loan.principalOutstanding : undefined,
      installment: installment?.n,
      dueDate: installment?.dueDate,
    },
  });
}

/** The loan with the event of the transition that made it (its version and `updatedAt` already moved). */
export function withLoanEvent(loan: Loan, type: LoanEventType, amount: number, installment?: InstallmentRef): Loan {
  return { ...loan, outbox: loanDomainEvent(loan, type, amount, installment) };
}

/** A loan as the API answers it: without the event its item carries for the stream, nor the job's note of which installment it announced. */
export function loanView(loan: Loan): Omit<Loan, 'outbox' | 'announcedInstallment'> {
  const { outbox: _outbox, announcedInstallment: _announced, ...view } = loan;
  return view;
}

import { unpaid } from './allocation.js';
import type { BusinessDate } from './dates.js';
import type { Loan, LoanStatus } from './model.js';

/** What is overdue on a loan, split by component (integer minor units). */
export interface OverdueAmounts {
  readonly principal: number;
  readonly interest: number;
  readonly penalties: number;
  readonly total: number;
}

/** The next installment coming due: what is still to pay on it. */
export interface NextInstallment {
  readonly n: number;
  readonly dueDate: BusinessDate;
  readonly amount: number;
}

/**
 * A loan in arrears as the fund's worklist shows it, derived from the loan alone (`worklistEntryOf`)
 * and stored beside it in the same write, so the worklist reads one index page and never the loans.
 */
export interface WorklistEntry {
  readonly loanId: string;
  readonly fundId: string;
  readonly associationId: string;
  readonly status: LoanStatus;
  readonly currency: 'PEN';
  /** Days since the oldest unpaid installment fell due, as of `asOf`. */
  readonly daysLate: number;
  /** The business date the figures are as of (the last arrears run or payment). */
  readonly asOf: BusinessDate;
  readonly overdue: OverdueAmounts;
  readonly nextInstallment?: NextInstallment | undefined;
  readonly principalOutstanding: number;
  readonly lastPaymentOn?: BusinessDate | undefined;
}

/**
 * The worklist entry of a loan: present exactly while the loan is in arrears. Overdue is what is
 * unpaid on the installments that fell due before `asOf` (an installment is late the day after it
 * falls due, as in `daysPastDue`); the next installment is the first one due on or after `asOf`
 * with something left to pay.
 */
export function worklistEntryOf(loan: Loan): WorklistEntry | undefined {
  if (loan.status !== 'in_arrears') return undefined;
  const asOf = loan.arrearsAsOf ?? loan.updatedAt.slice(0, 10);
  let principal = 0;
  let interest = 0;
  let penalties = 0;
  let next: NextInstallment | undefined;
  for (const line of loan.schedule) {
    const open = { principal: unpaid(line, 'principal'), interest: unpaid(line, 'interest'), penalty: unpaid(line, 'penalty') };
    if (line.dueDate < asOf) {
      principal += open.principal;
      interest += open.interest;
      penalties += open.penalty;
    } else if (!next && open.principal + open.interest + open.penalty > 0) {
      next = { n: line.n, dueDate: line.dueDate, amount: open.principal + open.interest + open.penalty };
    }
  }
  return {
    loanId: loan.id,
    fundId: loan.fundId,
    associationId: loan.associationId,
    status: loan.status,
    currency: loan.currency,
    daysLate: loan.daysPastDue,
    asOf,
    overdue: { principal, interest, penalties, total: principal + interest + penalties },
    ...(next ? { nextInstallment: next } : {}),
    principalOutstanding: loan.principalOutstanding,
    ...(loan.lastPaymentOn ? { lastPaymentOn: loan.lastPaymentOn } : {}),
  };
}

/** One loan the arrears job changed: who owes, and its days late and status before and after. */
export interface ArrearsChange {
  readonly fundId: string;
  readonly loanId: string;
  readonly associationId: string;
  /** The association's name from its organisation record (its id if the record is gone). */
  readonly associationName: string;
  readonly previousDaysLate: number;
  readonly daysLate: number;
  readonly previousStatus: LoanStatus;
  readonly status: LoanStatus;
  /** Penalties this run assessed on the loan (number of installments). */
  readonly penaltiesAssessed: number;
}

export const WORKLIST_SORTS = ['daysLate', 'amountOverdue'] as const;
export type WorklistSort = (typeof WORKLIST_SORTS)[number];

import type { BusinessDate } from './dates.js';
import { daysBetween } from './dates.js';
import type { Installment } from './model.js';

export const COMPONENTS = ['penalty', 'interest', 'principal'] as const;
export type Component = (typeof COMPONENTS)[number];

/** What one payment paid on one installment. */
export interface InstallmentAllocation {
  readonly n: number;
  readonly penalty: number;
  readonly interest: number;
  readonly principal: number;
}

export interface Allocation {
  readonly penalty: number;
  readonly interest: number;
  readonly principal: number;
  /** Principal paid on installments not yet due (early repayment). */
  readonly prepaidPrincipal: number;
  readonly lines: InstallmentAllocation[];
  /** The schedule after the payment (a new array; the input is not changed). */
  readonly schedule: Installment[];
}

export function unpaid(line: Installment, component: Component): number {
  switch (component) {
    case 'penalty':
      return line.penalty - line.paidPenalty;
    case 'interest':
      return line.interest - line.paidInterest - line.waivedInterest;
    case 'principal':
      return line.principal - line.paidPrincipal - line.waivedPrincipal;
  }
}

function paidField(component: Component): 'paidPenalty' | 'paidInterest' | 'paidPrincipal' {
  return component === 'penalty' ? 'paidPenalty' : component === 'interest' ? 'paidInterest' : 'paidPrincipal';
}

/** The most a payment on `valueDate` may be: what is due (penalties, interest) plus all principal left. */
export function maxPayable(schedule: readonly Installment[], valueDate: BusinessDate): number {
  let total = 0;
  for (const line of schedule) {
    total += unpaid(line, 'principal');
    if (line.dueDate <= valueDate) total += unpaid(line, 'penalty') + unpaid(line, 'interest');
  }
  return total;
}

/**
 * Allocates a payment received on `valueDate`:
 * 1. to what is due (installments with due date ≤ value date), component by component in the fund's
 *    order (default penalties → interest → principal), oldest installment first within a component;
 * 2. what is left is an early repayment of principal, applied to the next installments first.
 * Interest of installments not yet due is never collected in advance. The caller refuses payments
 * above `maxPayable` (overpayment policy), so nothing is ever left over.
 */
export function allocatePayment(schedule: readonly Installment[], amount: number, valueDate: BusinessDate, order: readonly Component[]): Allocation {
  const lines = schedule.map((line) => ({ ...line }));
  const paid = new Map<number, { penalty: number; interest: number; principal: number }>();
  const totals = { penalty: 0, interest: 0, principal: 0 };
  let rest = amount;
  const take = (line: Installment, component: Component) => {
    const portion = Math.min(rest, unpaid(line, component));
    if (portion <= 0) return;
    line[paidField(component)] += portion;
    rest -= portion;
    totals[component] += portion;
    const entry = paid.get(line.n) ?? { penalty: 0, interest: 0, principal: 0 };
    entry[component] += portion;
    paid.set(line.n, entry);
  };
  const due = lines.filter((line) => line.dueDate <= valueDate);
  for (const component of order) for (const line of due) take(line, component);
  let prepaidPrincipal = 0;
  for (const line of lines.filter((l) => l.dueDate > valueDate)) {
    const before = rest;
    take(line, 'principal');
    prepaidPrincipal += before - rest;
  }
  if (rest > 0) throw new RangeError(`payment exceeds the amount payable by ${rest}`);
  return {
    ...totals,
    prepaidPrincipal,
    lines: [...paid.entries()].sort(([a], [b]) => a - b).map(([n, parts]) => ({ n, ...parts })),
    schedule: lines,
  };
}

/**
 * Once all principal is repaid, the interest of installments not yet due is waived (it was never
 * earned: interest is charged per installment at its due date). Returns a new schedule.
 */
export function waiveFutureInterestIfRepaid(schedule: readonly Installment[], valueDate: BusinessDate): Installment[] {
  const principalLeft = schedule.reduce((sum, line) => sum + unpaid(line, 'principal'), 0);
  if (principalLeft > 0) return [...schedule];
  return schedule.map((line) => {
    const open = unpaid(line, 'interest');
    if (line.dueDate <= valueDate || open <= 0) return line;
    return { ...line, waivedInterest: line.waivedInterest + open, waivedOn: valueDate };
  });
}

/** Whether everything that ever has to be paid on the schedule has been paid (or waived). */
export function isFullySettled(schedule: readonly Installment[]): boolean {
  return schedule.every((line) => unpaid(line, 'principal') === 0 && unpaid(line, 'interest') === 0 && unpaid(line, 'penalty') === 0);
}

/**
 * Days past due on `asOf`: days since the due date of the oldest installment that still has principal,
 * interest or penalty unpaid (0 when nothing due is unpaid). An installment is late the day after it
 * falls due.
 */
export function daysPastDue(schedule: readonly Installment[], asOf: BusinessDate): number {
  for (const line of schedule) {
    if (line.dueDate >= asOf) break;
    if (unpaid(line, 'principal') + unpaid(line, 'interest') + unpaid(line, 'penalty') > 0) return daysBetween(line.dueDate, asOf);
  }
  return 0;
}

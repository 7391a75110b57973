import { IllegalTransition } from '../errors.js';
import type { Loan, LoanStatus } from '../model.js';

/** Which states each lifecycle action may start from. */
export const ALLOWED_FROM = {
  evaluate: ['submitted'],
  approve: ['submitted'],
  reject: ['submitted'],
  withdraw: ['submitted'],
  disburse: ['approved'],
  repay: ['active', 'in_arrears', 'written_off'],
  'write off': ['active', 'in_arrears'],
  restructure: ['active', 'in_arrears'],
} as const satisfies Record<string, readonly LoanStatus[]>;

export type LifecycleAction = keyof typeof ALLOWED_FROM;

/** Throws a 409 naming the current state when `action` is not allowed from it. */
export function requireState(loan: Loan, action: LifecycleAction): void {
  const allowed: readonly LoanStatus[] = ALLOWED_FROM[action];
  if (!allowed.includes(loan.status)) throw new IllegalTransition(action, loan.status, allowed);
}

import { message, UnprocessableRequest } from '@ayni/core';
import type { BusinessDate } from '../dates.js';
import { IllegalTransition } from '../errors.js';
import { MESSAGES } from '../messages.js';
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

/**
 * Money movements of one loan never go back in time: a value date before the loan's last movement
 * (its disbursement or latest payment) is refused. The metric buckets rely on it (decision 0012):
 * a posting only ever rewrites the loan's future.
 */
export function requireNotBeforeLastMovement(loan: Loan, valueDate: BusinessDate): void {
  const earliest = [loan.disbursedOn, loan.lastPaymentOn]
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  if (earliest && valueDate < earliest) {
    throw new UnprocessableRequest(message(MESSAGES, 'loans.value-date-before-last-movement', { valueDate, earliest }), {
      extensions: { field: 'valueDate' },
    });
  }
}

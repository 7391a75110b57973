import { mulDiv, toSafeMinor } from '@ayni/core';
import { addDays, addMonths, type BusinessDate } from './dates.js';
import type { Installment, LoanTerms, Period } from './model.js';

/** A schedule line as generated, before any payment. */
export interface PlannedInstallment {
  readonly n: number;
  readonly dueDate: BusinessDate;
  readonly principal: number;
  readonly interest: number;
}

const BPS = 10_000n;

/**
 * The interest rate of one period as an exact fraction `num/den`: the annual rate pro rata by months
 * (`every/12`) or by days on a 360-day year (`every/360`), the usual commercial convention in Peru.
 */
export function periodRate(annualRateBps: number, period: Period): { num: bigint; den: bigint } {
  const perYear = period.unit === 'month' ? 12n : 360n;
  return { num: BigInt(annualRateBps) * BigInt(period.every), den: BPS * perYear };
}

export function dueDate(start: BusinessDate, period: Period, n: number): BusinessDate {
  return period.unit === 'month' ? addMonths(start, period.every * n) : addDays(start, period.every * n);
}

/**
 * Builds the schedule of a loan of `principal` minor units disbursed on `start`.
 *
 * - `flat`: every installment carries interest on the original principal (`principal × r`, half-up).
 * - `declining`: equal installments (French amortisation) over the installments after the grace;
 *   each one's interest is `balance × r` (half-up) and its principal the rest of the constant payment.
 * - Grace: the first `graceInstallments` carry interest only.
 * - Principal is never negative, and the last installment takes whatever principal is left, so the
 *   principal parts add up to the principal exactly (the last absorbs rounding).
 */
export function buildSchedule(principal: number, terms: LoanTerms, start: BusinessDate): PlannedInstallment[] {
  const { installments: n, graceInstallments: grace } = terms;
  if (!Number.isSafeInteger(principal) || principal <= 0) throw new RangeError('principal must be a positive integer');
  if (!Number.isInteger(n) || n < 1) throw new RangeError('a schedule needs at least one installment');
  if (!Number.isInteger(grace) || grace < 0 || grace >= n) throw new RangeError('grace must leave at least one amortising installment');
  const { num, den } = periodRate(terms.annualRateBps, terms.period);
  const amortising = n - grace;
  const lines: PlannedInstallment[] = [];
  let balance = BigInt(principal);
  const P = BigInt(principal);

  const flatInterest = mulDiv(P, num, den, 'half-up');
  const flatPrincipal = P / BigInt(amortising);
  const annuity = declinings(P, num, den, amortising);

  for (let k = 1; k <= n; k++) {
    const interest = terms.method === 'flat' ? flatInterest : mulDiv(balance, num, den, 'half-up');
    let part: bigint;
    if (k <= grace) part = 0n;
    else if (k === n) part = balance;
    else if (terms.method === 'flat') part = flatPrincipal;
    else part = annuity - interest;
    if (part < 0n) part = 0n;
    if (part > balance) part = balance;
    balance -= part;
    lines.push({ n: k, dueDate: dueDate(start, terms.period, k), principal: toSafeMinor(part), interest: toSafeMinor(interest) });
  }
  return lines;
}

/**
 * The constant payment of a French schedule, rounded half-up:
 * `P × r × (1+r)^m / ((1+r)^m − 1)` with `r = num/den`, computed exactly in integers as
 * `P × num × (den+num)^m / (den × ((den+num)^m − den^m))`. With a zero rate it is `P / m` (half-up).
 */
function declinings(P: bigint, num: bigint, den: bigint, m: number): bigint {
  if (num === 0n) return mulDiv(P, 1n, BigInt(m), 'half-up');
  const grown = (den + num) ** BigInt(m);
  const base = den ** BigInt(m);
  return mulDiv(P * num, grown, den * (grown - base), 'half-up');
}

/** Turns planned lines into stored installments with nothing paid yet. */
export function openInstallments(planned: readonly PlannedInstallment[]): Installment[] {
  return planned.map((line) => ({
    ...line,
    penalty: 0,
    paidPrincipal: 0,
    paidInterest: 0,
    paidPenalty: 0,
    waivedPrincipal: 0,
    waivedInterest: 0,
  }));
}

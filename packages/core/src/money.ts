import { localMoney } from './i18n.js';
import * as z from 'zod';

/**
 * Money is an integer number of minor units (céntimos, centavos, cents) plus an ISO 4217 currency.
 * No floating point anywhere: products of amounts and rates are computed with bigint and rounded
 * explicitly with a named rounding mode.
 */
export const CURRENCIES = ['PEN', 'BOB', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Minor-unit exponent of each currency (all three use hundredths). */
export const MINOR_UNIT_EXPONENT: Record<Currency, number> = { PEN: 2, BOB: 2, USD: 2 };

export const currencySchema = z.enum(CURRENCIES, {
  error: () => `must be one of ${CURRENCIES.join(', ')}`,
});

/** A safe integer amount in minor units; a float such as 12.5 is refused, never rounded silently. */
export const minorUnitsSchema = z.int({ error: 'must be an integer number of minor units (e.g. céntimos)' });

export const nonNegativeMinorUnitsSchema = minorUnitsSchema.min(0, { error: 'must not be negative' });

export const moneySchema = z.object({
  amount: nonNegativeMinorUnitsSchema,
  currency: currencySchema,
});
export type Money = z.infer<typeof moneySchema>;

export type RoundingMode = 'half-even' | 'half-up' | 'down' | 'up';

/**
 * Exact `amount × numerator ÷ denominator`, rounded to an integer with the given mode.
 * `down`/`up` round toward/away from zero; `half-*` round to nearest, breaking ties as named.
 */
export function mulDiv(amount: bigint | number, numerator: bigint | number, denominator: bigint | number, mode: RoundingMode): bigint {
  const den = BigInt(denominator);
  if (den === 0n) throw new RangeError('denominator must not be zero');
  let product = BigInt(amount) * BigInt(numerator);
  let divisor = den;
  if (divisor < 0n) {
    divisor = -divisor;
    product = -product;
  }
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  const quotient = magnitude / divisor;
  const remainder = magnitude % divisor;
  let roundedUp: boolean;
  switch (mode) {
    case 'down':
      roundedUp = false;
      break;
    case 'up':
      roundedUp = remainder !== 0n;
      break;
    case 'half-up':
      roundedUp = remainder * 2n >= divisor;
      break;
    case 'half-even':
      roundedUp = remainder * 2n > divisor || (remainder * 2n === divisor && quotient % 2n === 1n);
      break;
  }
  const result = roundedUp ? quotient + 1n : quotient;
  return negative ? -result : result;
}

/** Converts a bigint result back to a safe number of minor units, refusing overflow. */
export function toSafeMinor(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`amount ${value} exceeds the safe integer range`);
  }
  return Number(value);
}

/**
 * Splits `total` into parts proportional to `weights` that add up to `total` exactly
 * (largest-remainder method; ties go to the earlier part).
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new RangeError('weights must add up to a positive number');
  const parts = weights.map((w) => mulDiv(total, w, sum, 'down'));
  let rest = BigInt(total) - parts.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((w, i) => ({ i, remainder: (BigInt(total) * BigInt(w)) % BigInt(sum) }))
    .sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  for (let k = 0; rest > 0n; k = (k + 1) % order.length, rest--) parts[order[k]!.i]! += 1n;
  return parts.map(toSafeMinor);
}

/**
 * Formats minor units for people in Spanish, the way the currency's country writes them
 * (`S/ 1,234.50`, `Bs 1.234,50`), without ever going through a float; `localMoney` for another locale.
 */
export function formatMoney(amount: number | bigint, currency: Currency): string {
  return localMoney(amount, currency);
}

import { allocate, formatMoney, moneySchema, mulDiv } from '@ayni/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('mulDiv rounds exactly, as named', () => {
  it.each([
    [5n, 1n, 2n, 'half-even', 2n],
    [7n, 1n, 2n, 'half-even', 4n],
    [5n, 1n, 2n, 'half-up', 3n],
    [5n, 1n, 2n, 'down', 2n],
    [5n, 1n, 2n, 'up', 3n],
    [-5n, 1n, 2n, 'half-up', -3n],
    [-5n, 1n, 2n, 'down', -2n],
    [1999n, 1250n, 1000n, 'half-up', 2499n],
  ] as const)('%s × %s ÷ %s (%s) = %s', (a, n, d, mode, expected) => {
    expect(mulDiv(a, n, d, mode)).toBe(expected);
  });

  it('never drifts from exact rational rounding over random inputs', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (amount, den) => {
        const down = mulDiv(amount, 1n, den, 'down');
        const up = mulDiv(amount, 1n, den, 'up');
        expect(down * den <= amount && amount < (down + 1n) * den).toBe(true);
        expect(up - down).toBe(amount % den === 0n ? 0n : 1n);
      }),
    );
  });
});

describe('allocate', () => {
  it('splits a total into parts that add up to it exactly', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }), (total, weights) => {
        const parts = allocate(total, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(parts.every((p) => p >= 0)).toBe(true);
      }),
    );
  });
});

describe('money at the boundary', () => {
  it('refuses floats, negatives and unknown currencies, naming the field', () => {
    const result = moneySchema.safeParse({ amount: 12.5, currency: 'EUR' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['amount', 'currency']);
    expect(moneySchema.safeParse({ amount: -1, currency: 'PEN' }).success).toBe(false);
    expect(moneySchema.safeParse({ amount: 1500, currency: 'PEN' }).success).toBe(true);
  });

  it('formats without going through floating point', () => {
    expect(formatMoney(17_500_000, 'PEN')).toBe('S/ 175,000.00');
    // Bolivia writes bolivianos with a decimal comma and dots between thousands (El Alto: Bs 1.234,50).
    expect(formatMoney(5, 'BOB')).toBe('Bs 0,05');
    expect(formatMoney(123_450, 'BOB')).toBe('Bs 1.234,50');
    expect(formatMoney(-123456, 'USD')).toBe('-US$ 1,234.56');
    expect(formatMoney(9_007_199_254_740_993n, 'PEN')).toBe('S/ 90,071,992,547,409.93');
  });
});

import { allocatePayment, buildSchedule, daysPastDue, maxPayable, openInstallments, waiveFutureInterestIfRepaid, type LoanTerms } from '@ayni/loans';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const monthly = (method: LoanTerms['method'], annualRateBps: number, installments: number, graceInstallments = 0): LoanTerms => ({
  method,
  annualRateBps,
  installments,
  graceInstallments,
  period: { unit: 'month', every: 1 },
});

const rows = (lines: { principal: number; interest: number }[]) => lines.map((l) => [l.principal, l.interest]);

describe('repayment schedules (golden, hand-checked)', () => {
  it('flat: S/ 1,000.00 over 12 months at 24% a year is 2% a month on the original principal; the last installment absorbs rounding', () => {
    // interest = 100000 × 2400/(10000 × 12) = 2000 each month; principal 100000/12 = 8333.33 → 8333 × 11, last 100000 − 91663 = 8337
    const lines = buildSchedule(100_000, monthly('flat', 2400, 12), '2026-01-15');
    expect(rows(lines)).toEqual([...Array(11).fill([8333, 2000]), [8337, 2000]]);
    expect(lines.map((l) => l.dueDate).slice(0, 3)).toEqual(['2026-02-15', '2026-03-15', '2026-04-15']);
  });

  it('declining: S/ 1,000.00 over 12 months at 2% a month pays the textbook annuity 9,455.96 → 94.56 soles, interest on the balance', () => {
    // A = 100000 × 0.02 × 1.02^12 / (1.02^12 − 1) = 9455.9597 → 9456; row k: interest = balance × 0.02 (half-up), principal = 9456 − interest;
    // row 12 takes the remaining 9269 of principal with 185 of interest (9454: the last installment absorbs rounding).
    const lines = buildSchedule(100_000, monthly('declining', 2400, 12), '2026-01-15');
    expect(rows(lines)).toEqual([
      [7456, 2000],
      [7605, 1851],
      [7757, 1699],
      [7912, 1544],
      [8071, 1385],
      [8232, 1224],
      [8397, 1059],
      [8565, 891],
      [8736, 720],
      [8911, 545],
      [9089, 367],
      [9269, 185],
    ]);
  });

  it('flat with grace: 2 interest-only months, then principal in 4 equal parts', () => {
    // 1200 bps → 1% a month on 120000 = 1200 every month
    expect(rows(buildSchedule(120_000, monthly('flat', 1200, 6, 2), '2026-01-10'))).toEqual([
      [0, 1200],
      [0, 1200],
      [30000, 1200],
      [30000, 1200],
      [30000, 1200],
      [30000, 1200],
    ]);
  });

  it('declining with grace: one interest-only month, then the annuity of 3 months', () => {
    // A = 100000 × 0.01 × 1.01^3 / (1.01^3 − 1) = 34002.21 → 34002; last row 33666 + 337 = 34003
    expect(rows(buildSchedule(100_000, monthly('declining', 1200, 4, 1), '2026-01-10'))).toEqual([
      [0, 1000],
      [33002, 1000],
      [33332, 670],
      [33666, 337],
    ]);
  });

  it('puts the rounding remainder on the last installment and clamps month ends', () => {
    const lines = buildSchedule(100_000, monthly('flat', 0, 3), '2026-01-31');
    expect(rows(lines)).toEqual([
      [33333, 0],
      [33333, 0],
      [33334, 0],
    ]);
    expect(lines.map((l) => l.dueDate)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('supports custom periods in days (interest on a 360-day year)', () => {
    // 3600 bps × 30/360 = 3% per 30-day period on 50000 = 1500
    const lines = buildSchedule(
      50_000,
      { method: 'flat', annualRateBps: 3600, installments: 2, graceInstallments: 0, period: { unit: 'day', every: 30 } },
      '2026-01-01',
    );
    expect(lines).toEqual([
      { n: 1, dueDate: '2026-01-31', principal: 25000, interest: 1500 },
      { n: 2, dueDate: '2026-03-02', principal: 25000, interest: 1500 },
    ]);
  });
});

describe('repayment schedules (properties)', () => {
  const terms = fc.record({
    method: fc.constantFrom<'flat' | 'declining'>('flat', 'declining'),
    annualRateBps: fc.integer({ min: 0, max: 10_000 }),
    installments: fc.integer({ min: 1, max: 120 }),
    every: fc.integer({ min: 1, max: 12 }),
    unit: fc.constantFrom<'month' | 'day'>('month', 'day'),
    graceShare: fc.double({ min: 0, max: 0.99, noNaN: true }),
  });

  it('principal installments add up to the principal exactly and none is negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000_000 }), terms, (principal, t) => {
        const grace = Math.floor(t.graceShare * (t.installments - 1));
        const lines = buildSchedule(
          principal,
          {
            method: t.method,
            annualRateBps: t.annualRateBps,
            installments: t.installments,
            graceInstallments: grace,
            period: { unit: t.unit, every: t.unit === 'day' ? t.every * 7 : t.every },
          },
          '2026-01-31',
        );
        expect(lines).toHaveLength(t.installments);
        expect(lines.reduce((sum, l) => sum + l.principal, 0)).toBe(principal);
        for (const line of lines) {
          expect(line.principal).toBeGreaterThanOrEqual(0);
          expect(line.interest).toBeGreaterThanOrEqual(0);
          expect(Number.isSafeInteger(line.principal) && Number.isSafeInteger(line.interest)).toBe(true);
        }
        for (const line of lines.slice(0, grace)) expect(line.principal).toBe(0);
        for (let i = 1; i < lines.length; i++) expect(lines[i]!.dueDate > lines[i - 1]!.dueDate).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('allocating a payment', () => {
  const schedule = () => openInstallments(buildSchedule(120_000, monthly('flat', 1200, 4), '2026-01-10'));
  // 4 × (30000 principal + 1200 interest), due 02-10, 03-10, 04-10, 05-10

  it('pays penalties, then interest, then principal of what is due, oldest first', () => {
    const lines = schedule();
    lines[0]!.penalty = 500;
    const a = allocatePayment(lines, 2_000, '2026-03-15', ['penalty', 'interest', 'principal']);
    expect(a).toMatchObject({ penalty: 500, interest: 1_500, principal: 0 });
    expect(a.lines).toEqual([
      { n: 1, penalty: 500, interest: 1200, principal: 0 },
      { n: 2, penalty: 0, interest: 300, principal: 0 },
    ]);
  });

  it('follows another configured order', () => {
    const a = allocatePayment(schedule(), 31_000, '2026-02-10', ['principal', 'interest', 'penalty']);
    expect(a).toMatchObject({ principal: 30_000, interest: 1_000, prepaidPrincipal: 0 });
  });

  it('applies an early payment to the principal of the next installments and never collects future interest', () => {
    const a = allocatePayment(schedule(), 61_200, '2026-02-10', ['penalty', 'interest', 'principal']);
    expect(a).toMatchObject({ interest: 1_200, principal: 60_000, prepaidPrincipal: 30_000 });
    expect(a.lines.map((l) => l.n)).toEqual([1, 2]);
  });

  it('caps what can be paid at what is due plus all principal left, and waives future interest once principal is repaid', () => {
    const lines = schedule();
    expect(maxPayable(lines, '2026-02-10')).toBe(121_200);
    const paid = allocatePayment(lines, 121_200, '2026-02-10', ['penalty', 'interest', 'principal']);
    const settled = waiveFutureInterestIfRepaid(paid.schedule, '2026-02-10');
    expect(settled.slice(1).map((l) => l.waivedInterest)).toEqual([1200, 1200, 1200]);
    expect(() => allocatePayment(lines, 121_201, '2026-02-10', ['penalty', 'interest', 'principal'])).toThrow(RangeError);
  });

  it('counts days past due from the oldest unpaid installment', () => {
    const lines = schedule();
    expect(daysPastDue(lines, '2026-02-10')).toBe(0);
    expect(daysPastDue(lines, '2026-02-11')).toBe(1);
    expect(daysPastDue(lines, '2026-03-15')).toBe(33);
  });
});

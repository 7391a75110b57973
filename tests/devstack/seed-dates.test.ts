import { businessDateOf, SEED_LOAN_PLAN, seedAnchorDate, seedLoanDates } from '@ayni/loans';
import { seedDeliveryDates } from '@ayni/orders';
import { seedTimelineTimes } from '@ayni/provenance/seed';
import { describe, expect, it } from 'vitest';
import { seedLotDates } from '../../packages/devstack/src/seed/catalog.js';
import { SEED_ASSOCIATIONS } from '../../packages/devstack/src/seed/catalog-data.js';

/**
 * Every date the demo seed derives, tried at the instants where a calendar offset goes wrong: the
 * start, middle and end of a UTC day (Peru is still on the day before until 05:00 UTC), a leap day
 * and the last minute of a year. A full seed at one of these instants runs in start.test.ts.
 */
const INSTANTS = [
  '2026-12-01T00:00:00Z',
  '2026-12-01T06:00:00Z',
  '2026-12-01T13:59:00Z',
  '2026-12-01T23:59:00Z',
  '2028-02-29T12:00:00Z',
  '2026-12-31T23:59:00Z',
];

const lots = SEED_ASSOCIATIONS.flatMap((a) => a.products.flatMap((p) => p.lots.map((lot) => ({ association: a.slug, sku: p.sku, ...lot }))));
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe.each(INSTANTS)('the demo seed started at %s', (at) => {
  const now = new Date(at);
  const peruToday = new Date(now.getTime() - 5 * 3_600_000).toISOString().slice(0, 10);

  it('dates every lot on or before today in Peru, and never expires one before it was made', () => {
    expect(lots.length).toBeGreaterThan(10);
    for (const lot of lots) {
      const dates = seedLotDates(now, lot);
      expect(dates.productionDate, `${lot.code}`).toMatch(isoDate);
      expect(dates.productionDate <= peruToday, `${lot.code} made ${dates.productionDate}, today is ${peruToday}`).toBe(true);
      if (dates.expiryDate) expect(dates.expiryDate >= dates.productionDate, lot.code).toBe(true);
    }
  });

  it('puts every step of every lot’s story in the past, in order, in Peru time', () => {
    for (const lot of lots) {
      const times = seedTimelineTimes(seedLotDates(now, lot).productionDate, now);
      expect(times).toHaveLength(3);
      const instants = times.map((t) => Date.parse(t));
      for (const [i, t] of times.entries()) {
        expect(t).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/);
        expect(instants[i]! <= now.getTime(), `${lot.code} step ${i} at ${t} is after ${at}`).toBe(true);
        if (i > 0) expect(instants[i]! > instants[i - 1]!, `${lot.code} steps out of order: ${times.join(', ')}`).toBe(true);
      }
    }
  });

  it('asks for every seeded order’s delivery on or after today (the rule placement applies)', () => {
    const today = now.toISOString().slice(0, 10);
    for (const date of seedDeliveryDates(now)) expect(date >= today, `${date} < ${today}`).toBe(true);
  });

  it('dates every loan movement between its disbursement and today, in order', () => {
    const today = businessDateOf(now);
    const anchor = seedAnchorDate(today);
    expect(anchor < today).toBe(true);
    let repaid = 0;
    for (const plan of SEED_LOAN_PLAN) {
      const dates = seedLoanDates(plan, anchor, today);
      const sequence = [dates.disbursedOn, ...dates.repayments.map((r) => r.valueDate), dates.writeOffOn, dates.recoveredOn].filter(
        (d): d is string => d !== undefined,
      );
      for (const [i, date] of sequence.entries()) {
        expect(date).toMatch(isoDate);
        expect(date <= today, `${date} is after today ${today}`).toBe(true);
        if (i > 0) expect(date >= sequence[i - 1]!, sequence.join(', ')).toBe(true);
      }
      repaid += dates.repayments.length;
    }
    // The history is a real one at every instant: many repayments, and the written-off loan's recovery.
    expect(repaid).toBeGreaterThan(100);
    expect(SEED_LOAN_PLAN.some((plan) => seedLoanDates(plan, anchor, today).recoveredOn)).toBe(true);
  });
});

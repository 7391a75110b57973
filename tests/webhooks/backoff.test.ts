import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELIVERY_POLICY, maxAttemptDelaySeconds, nextAttemptDelaySeconds, shouldRetry } from '../../packages/webhooks/src/backoff.js';

const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const attempt = fc.integer({ min: 1, max: 200 });
const HOUR_MS = 3600 * 1000;

describe('the delay before the next delivery attempt', () => {
  it('grows ×4 from 30 s and stops at 6 h', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => maxAttemptDelaySeconds(n))).toEqual([30, 120, 480, 1920, 7680, 21600, 21600, 21600]);
  });

  it('keeps the upper half: half the delay for a draw of 0, the full delay as the draw nears 1', () => {
    expect(nextAttemptDelaySeconds(1, () => 0)).toBe(15);
    expect(nextAttemptDelaySeconds(1, () => 0.999_999)).toBe(30);
    expect(nextAttemptDelaySeconds(3, () => 0.5)).toBe(360);
  });

  it('is never below one second, whatever the policy', () => {
    expect(nextAttemptDelaySeconds(1, () => 0, { ...DELIVERY_POLICY, baseSeconds: 1 })).toBe(1);
  });

  it('refuses attempt numbers that are not 1-based integers and draws outside [0, 1]', () => {
    expect(() => nextAttemptDelaySeconds(0, () => 0.5)).toThrow(RangeError);
    expect(() => nextAttemptDelaySeconds(1.5, () => 0.5)).toThrow(RangeError);
    expect(() => nextAttemptDelaySeconds(1, () => 2)).toThrow(RangeError);
    expect(() => nextAttemptDelaySeconds(1, () => Number.NaN)).toThrow(RangeError);
  });

  it('has an upper bound that never decreases from one attempt to the next', () => {
    fc.assert(fc.property(attempt, (n) => maxAttemptDelaySeconds(n + 1) >= maxAttemptDelaySeconds(n)));
  });

  it('is a whole number of seconds within [delay/2, delay], never above the cap', () => {
    fc.assert(
      fc.property(attempt, unit, (n, draw) => {
        const delay = maxAttemptDelaySeconds(n);
        const drawn = nextAttemptDelaySeconds(n, () => draw);

        expect(Number.isInteger(drawn)).toBe(true);
        expect(drawn).toBeGreaterThanOrEqual(delay / 2);
        expect(drawn).toBeLessThanOrEqual(delay);
        expect(drawn).toBeLessThanOrEqual(DELIVERY_POLICY.capSeconds);
      }),
    );
  });

  it('keeps those bounds for any policy', () => {
    const policy = fc.record({
      maxAttempts: fc.integer({ min: 1, max: 20 }),
      maxAgeSeconds: fc.integer({ min: 1, max: 10 ** 7 }),
      baseSeconds: fc.integer({ min: 1, max: 1000 }),
      capSeconds: fc.integer({ min: 1, max: 10 ** 6 }),
    });
    fc.assert(
      fc.property(policy, attempt, unit, (p, n, draw) => {
        const delay = maxAttemptDelaySeconds(n, p);
        const drawn = nextAttemptDelaySeconds(n, () => draw, p);

        expect(delay).toBeLessThanOrEqual(p.capSeconds);
        expect(drawn).toBeGreaterThanOrEqual(Math.max(1, delay / 2));
        expect(drawn).toBeLessThanOrEqual(delay);
      }),
    );
  });
});

describe('whether to try a delivery again', () => {
  const first = new Date('2025-03-01T00:00:00Z');

  it('stops once the eighth attempt has failed', () => {
    expect(shouldRetry({ attempt: 7, firstAttemptAt: first, now: new Date(first.getTime() + HOUR_MS) })).toBe(true);
    expect(shouldRetry({ attempt: 8, firstAttemptAt: first, now: new Date(first.getTime() + HOUR_MS) })).toBe(false);
  });

  it('stops when the next attempt would land after three days', () => {
    const almostThreeDays = new Date(first.getTime() + DELIVERY_POLICY.maxAgeSeconds * 1000 - 60_000);

    expect(shouldRetry({ attempt: 1, firstAttemptAt: first, now: almostThreeDays })).toBe(true);
    expect(shouldRetry({ attempt: 2, firstAttemptAt: first, now: almostThreeDays })).toBe(false);
    expect(shouldRetry({ attempt: 2, firstAttemptAt: first, now: almostThreeDays, delaySeconds: 60 })).toBe(true);
  });

  it('bounds the attempts and the age of a delivery whatever the jitter draws', () => {
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 30, maxLength: 30 }),
        fc.array(fc.nat({ max: 2 * 24 * 3600 }), { minLength: 30, maxLength: 30 }),
        (draws, lags) => {
          // Each attempt runs a random lag after it was due (queues, outages of our own).
          let now = first.getTime();
          let attempts = 1;
          while (true) {
            const delaySeconds = nextAttemptDelaySeconds(attempts, () => draws[attempts]!);
            if (!shouldRetry({ attempt: attempts, firstAttemptAt: first, now: new Date(now), delaySeconds })) break;
            now += delaySeconds * 1000;
            expect(now).toBeLessThanOrEqual(first.getTime() + DELIVERY_POLICY.maxAgeSeconds * 1000);
            now += lags[attempts]! * 1000;
            attempts += 1;
          }
          expect(attempts).toBeLessThanOrEqual(DELIVERY_POLICY.maxAttempts);
        },
      ),
    );
  });

  it('without a drawn delay, assumes the longest one, so the age limit holds for any draw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.nat({ max: DELIVERY_POLICY.maxAgeSeconds + 3600 }), unit, (n, ageSeconds, draw) => {
        const now = new Date(first.getTime() + ageSeconds * 1000);
        if (!shouldRetry({ attempt: n, firstAttemptAt: first, now })) return;
        const next = now.getTime() + nextAttemptDelaySeconds(n, () => draw) * 1000;

        expect(next).toBeLessThanOrEqual(first.getTime() + DELIVERY_POLICY.maxAgeSeconds * 1000);
      }),
    );
  });
});

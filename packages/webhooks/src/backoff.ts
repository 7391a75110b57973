/**
 * When to try a failed webhook delivery again. Exponential growth (×4) reaches the cap within a few
 * attempts, so an endpoint down for an hour is not hammered, while one that blipped is retried within a
 * minute. The jitter keeps the upper half of the delay ("full jitter in the upper half"): deliveries that
 * failed together (an integrator's outage) spread out instead of returning in a herd, yet no retry comes
 * much sooner than the schedule promises. Randomness is injected so tests are exact.
 */

export interface DeliveryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** No attempt later than this after the first one: a stale event is worse than none. */
  readonly maxAgeSeconds: number;
  readonly baseSeconds: number;
  readonly capSeconds: number;
}

export const DELIVERY_POLICY = { maxAttempts: 8, maxAgeSeconds: 3 * 24 * 3600, baseSeconds: 30, capSeconds: 6 * 3600 } as const satisfies DeliveryPolicy;

const GROWTH = 4;

function assertAttempt(attempt: number): void {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt is a 1-based integer, got ${attempt}`);
}

/** The delay before jitter, `base × 4^(attempt-1)` capped: the upper bound of the delay after `attempt` failed. */
export function maxAttemptDelaySeconds(attempt: number, policy: DeliveryPolicy = DELIVERY_POLICY): number {
  assertAttempt(attempt);
  // 4^(attempt-1) overflows to Infinity for absurd attempts; min() still yields the cap.
  return Math.min(policy.capSeconds, policy.baseSeconds * GROWTH ** (attempt - 1));
}

/**
 * Seconds to wait after attempt number `attempt` (1-based) failed: a whole number in [delay/2, delay]
 * and at least 1, `random` being a uniform draw in [0, 1) such as `Math.random`.
 */
export function nextAttemptDelaySeconds(attempt: number, random: () => number, policy: DeliveryPolicy = DELIVERY_POLICY): number {
  const delay = maxAttemptDelaySeconds(attempt, policy);
  const draw = random();
  if (!(draw >= 0 && draw <= 1)) throw new RangeError(`random() must return a number in [0, 1], got ${draw}`);
  // round() of a value in [delay/2, delay) stays in [delay/2, delay] for an integer delay.
  return Math.max(1, Math.round(delay * (0.5 + draw / 2)));
}

export interface ShouldRetryInput {
  /** The 1-based number of the attempt that just failed. */
  readonly attempt: number;
  readonly firstAttemptAt: Date;
  readonly now: Date;
  /**
   * The delay drawn for the next attempt, when already known; without it the un-jittered upper bound is
   * assumed, so the age limit holds whatever the jitter draws.
   */
  readonly delaySeconds?: number;
  readonly policy?: DeliveryPolicy;
}

/** Whether another attempt is due: not once the attempts are spent, nor when it would land past the maximum age. */
export function shouldRetry({ attempt, firstAttemptAt, now, delaySeconds, policy = DELIVERY_POLICY }: ShouldRetryInput): boolean {
  assertAttempt(attempt);
  if (attempt >= policy.maxAttempts) return false;
  const delay = delaySeconds ?? maxAttemptDelaySeconds(attempt, policy);
  const nextAt = now.getTime() + delay * 1000;
  return nextAt <= firstAttemptAt.getTime() + policy.maxAgeSeconds * 1000;
}

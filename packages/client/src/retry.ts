/** How a client retries: `attempts` counts the first one too. */
export interface RetryOptions {
  /** Attempts in all, the first included; 1 turns retries off. Default 3. */
  readonly attempts?: number;
  /** No wait is longer than this, whatever `Retry-After` asks. Default 20 000 ms. */
  readonly maxDelayMs?: number;
  /** The first backoff step when the server gives no `Retry-After`; doubled each attempt. Default 250 ms. */
  readonly baseDelayMs?: number;
  /** Injectable for tests (record the delays, wait for nothing). Default: a real timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests: a number in [0, 1) for the jitter. Default Math.random. */
  readonly random?: () => number;
}

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_MAX_DELAY_MS = 20_000;
export const DEFAULT_BASE_DELAY_MS = 250;

/** 429: refused before doing anything; 503: the service (or its database) did not answer and asks for a retry. */
const RETRIED_STATUSES = new Set([429, 503]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `Retry-After` in milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with jitter: half the step fixed, half random, so retries of many clients spread out. */
export function backoffMs(attempt: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  const step = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + (step / 2) * random());
}

/**
 * A request that may run twice without harm: an idempotent method, or one carrying an
 * Idempotency-Key (the server replays the first response instead of acting again).
 */
export function isReplayable(request: Request): boolean {
  return IDEMPOTENT_METHODS.has(request.method.toUpperCase()) || request.headers.has('idempotency-key');
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/**
 * Wraps `fetch` so that each call is retried on 429 and 503 (waiting what `Retry-After` says, capped
 * by `maxDelayMs`, else backing off) and, for replayable requests only, on network errors (a POST
 * without a key that was cut off may have taken effect). It sits below openapi-fetch's middleware,
 * so every attempt sends exactly the headers set once per call, the same Idempotency-Key included.
 * The last attempt's answer is returned as it is; aborted requests are not retried.
 */
export function retryingFetch(fetchImpl: (request: Request) => Promise<Response>, options: RetryOptions = {}): (request: Request) => Promise<Response> {
  const attempts = Math.max(1, Math.floor(options.attempts ?? DEFAULT_ATTEMPTS));
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const baseDelayMs = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  return async (request) => {
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= attempts;
      // The original is kept unread so that each retry can send the same body again.
      const sent = last ? request : request.clone();
      let response: Response;
      try {
        response = await fetchImpl(sent);
      } catch (error) {
        if (last || isAbort(error) || request.signal.aborted || !isReplayable(request)) throw error;
        await sleep(backoffMs(attempt, baseDelayMs, maxDelayMs, random));
        continue;
      }
      if (last || !RETRIED_STATUSES.has(response.status) || request.signal.aborted) return response;
      const asked = retryAfterMs(response.headers.get('retry-after'));
      await response.body?.cancel();
      await sleep(Math.min(maxDelayMs, asked ?? backoffMs(attempt, baseDelayMs, maxDelayMs, random)));
    }
  };
}

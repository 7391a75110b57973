import { IdempotencyInProgress, message, ValidationFailed } from '@ayni/core';
import { sha256, type StoredResponse } from '@ayni/store';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppEnv, ResponseSealer } from './env.js';
import { HTTP_DETAILS } from './messages.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Responses that describe a refusal with no effect are not stored, so a corrected retry may reuse the key. */
const NOT_STORED = new Set([400, 401, 403]);
/** Headers worth replaying; others (dates, request ids) belong to each response. */
const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];

export interface IdempotencyOptions {
  readonly required: boolean;
  /** How long a duplicate waits for the first request to finish before answering 409. */
  readonly waitMs?: number;
  /** The response carries a secret: it is stored sealed by the request's `responseSealer`, and opened to replay. */
  readonly sealed?: boolean;
}

function sealerOf(c: Context<AppEnv>): ResponseSealer {
  const sealer = c.get('responseSealer');
  if (!sealer) throw new Error(`${c.req.method} ${c.req.path}: its stored response is to be sealed, and no responseSealer is set`);
  return sealer;
}

async function snapshot(response: Response): Promise<StoredResponse> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = response.headers.get(name);
    if (value) headers[name] = value;
  }
  return { status: response.status, headers, body: await response.clone().text() };
}

function replay(c: Context, stored: StoredResponse): Response {
  return c.body(stored.body, stored.status as ContentfulStatusCode, { ...stored.headers, 'idempotent-replayed': 'true' });
}

/**
 * Idempotency-Key handling (draft-ietf-httpapi-idempotency-key-header): the first request with a key
 * runs and its response is stored (with a TTL); replays get that response; the same key with a
 * different method, path or body is a 422; a duplicate that arrives while the first still runs waits
 * for it and then replays its response, so concurrent duplicates have one effect.
 */
export function idempotency(options: IdempotencyOptions): MiddlewareHandler<AppEnv> {
  // A duplicate waits less than a Lambda may run (10 s), then answers 409 with Retry-After.
  const waitMs = options.waitMs ?? 8_000;
  return async (c, next) => {
    const key = c.req.header(IDEMPOTENCY_HEADER);
    if (key === undefined) {
      if (options.required) {
        throw new ValidationFailed([
          { path: `header.${IDEMPOTENCY_HEADER}`, message: 'is required for this operation', msg: message(HTTP_DETAILS, 'idempotencyKeyRequired') },
        ]);
      }
      return next();
    }
    if (!KEY_PATTERN.test(key)) {
      throw new ValidationFailed([
        {
          path: `header.${IDEMPOTENCY_HEADER}`,
          message: 'must be 1-255 visible ASCII characters (a UUID is ideal)',
          msg: message(HTTP_DETAILS, 'idempotencyKeyMalformed'),
        },
      ]);
    }
    const store = c.get('idempotency');
    const scope = `${c.get('principal')?.sub ?? 'anonymous'}`;
    const fingerprint = sha256(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);

    const deadline = Date.now() + waitMs;
    for (let delay = 25; ; delay = Math.min(delay * 2, 400)) {
      const outcome = await store.begin(scope, key, fingerprint);
      if (outcome.kind === 'replay') {
        const stored = outcome.response;
        return replay(c, options.sealed ? { ...stored, body: await sealerOf(c).open(stored.body) } : stored);
      }
      if (outcome.kind === 'started') break;
      if (Date.now() + delay > deadline) {
        throw new IdempotencyInProgress(message(HTTP_DETAILS, 'idempotencyInProgress'), {
          extensions: { retryAfterSeconds: 1 },
        });
      }
      await sleep(delay);
    }

    try {
      await next();
    } catch (error) {
      // If the release fails too (the database is down), the lock expires by itself (lockSeconds).
      await store.release(scope, key).catch(() => undefined);
      throw error;
    }
    const status = c.res.status;
    if (status >= 500 || NOT_STORED.has(status)) {
      await store.release(scope, key);
      return;
    }
    const response = await snapshot(c.res);
    await store.complete(scope, key, fingerprint, options.sealed ? { ...response, body: await sealerOf(c).seal(response.body) } : response);
  };
}

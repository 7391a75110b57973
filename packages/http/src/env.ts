import type { Logger } from '@aws-lambda-powertools/logger';
import type { AuthVariables } from '@ayni/auth';
import type { Locale } from '@ayni/core';
import type { IdempotencyStore } from '@ayni/store';

/**
 * Seals a stored response and opens it again: for the responses that carry a secret (a webhook
 * endpoint's signing secret), so their idempotency record holds it only sealed. Set by the domain
 * router whose routes declare `sealStoredResponse`.
 */
export interface ResponseSealer {
  seal(body: string): Promise<string>;
  open(sealed: string): Promise<string>;
}

/** What every request carries, set by the root app's middleware before any domain route runs. */
export interface AppVariables extends AuthVariables {
  requestId: string;
  logger: Logger;
  idempotency: IdempotencyStore;
  /** The language negotiated for this request (`?lang=`, then Accept-Language, then Spanish). */
  locale: Locale;
  /** The code of the problem the request was answered with, if any (for the operator's metrics). */
  problemCode?: string;
  responseSealer?: ResponseSealer;
}

export type AppEnv = { Variables: AppVariables };

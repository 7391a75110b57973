import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { ServiceUnavailable, type Message } from '@ayni/core';

/** Contention that outlasted every retry: the client may retry (503 with Retry-After), never a 500. */
export class TransactionContended extends ServiceUnavailable {
  override readonly type = 'contended';
  constructor(message: string | Message, options: { cause?: unknown } = {}) {
    super(message, { ...options, extensions: { retryAfterSeconds: 1 } });
  }
}

export interface CancellationReason {
  /** Position of the action in the transaction. */
  readonly index: number;
  /** e.g. `ConditionalCheckFailed`, `TransactionConflict`, `None`. */
  readonly code: string;
  readonly item?: Record<string, unknown> | undefined;
}

/** A transaction DynamoDB refused; repositories translate the reasons into domain errors. */
export class TransactionCancelled extends Error {
  constructor(
    readonly reasons: readonly CancellationReason[],
    options?: { cause?: unknown },
  ) {
    super(
      `transaction cancelled: ${reasons
        .filter((r) => r.code !== 'None')
        .map((r) => `#${r.index} ${r.code}`)
        .join(', ')}`,
      options,
    );
    this.name = 'TransactionCancelled';
  }

  /** Indexes of the actions whose condition failed. */
  failedConditions(): number[] {
    return this.reasons.filter((r) => r.code === 'ConditionalCheckFailed').map((r) => r.index);
  }

  /** True when the only failures are write conflicts with another transaction (safe to retry). */
  isConflictOnly(): boolean {
    const failures = this.reasons.filter((r) => r.code !== 'None');
    return failures.length > 0 && failures.every((r) => r.code === 'TransactionConflict');
  }
}

export function isConditionalCheckFailed(error: unknown): error is ConditionalCheckFailedException {
  return error instanceof ConditionalCheckFailedException || (error as { name?: string })?.name === 'ConditionalCheckFailedException';
}

export function asTransactionCancelled(error: unknown): TransactionCancelled | undefined {
  if (error instanceof TransactionCanceledException || (error as { name?: string })?.name === 'TransactionCanceledException') {
    const reasons = ((error as TransactionCanceledException).CancellationReasons ?? []).map((reason, index) => ({
      index,
      code: reason.Code ?? 'None',
      item: reason.Item as Record<string, unknown> | undefined,
    }));
    return new TransactionCancelled(reasons, { cause: error });
  }
  return undefined;
}

/** DynamoDB did not answer in time, could not be reached, or shed load: a 503 with Retry-After, never a hang. */
export class DatabaseUnavailable extends ServiceUnavailable {
  override readonly type = 'database-unavailable';
  constructor(message: string | Message, options: { cause?: unknown } = {}) {
    super(message, { ...options, extensions: { retryAfterSeconds: 2 } });
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);
const OVERLOAD_NAMES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'LimitExceededException',
]);

/**
 * The errors that mean "the database is not answering right now" rather than "the request is wrong":
 * the SDK's own timeouts, network failures, throttling and DynamoDB's 5xx, after the SDK's retries.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as Error & { code?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  if (OVERLOAD_NAMES.has(e.name) || (e.code && NETWORK_CODES.has(e.code))) return true;
  return (e.$metadata?.httpStatusCode ?? 0) >= 500;
}

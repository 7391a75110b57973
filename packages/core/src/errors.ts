import { englishOf, type Message } from './i18n.js';

/**
 * Domain errors. Each carries the HTTP status and a stable problem type, so the one `onError` in the
 * API layer can map any of them to an RFC 9457 problem document without knowing the domain.
 */
export interface FieldIssue {
  /** Dotted path of the failing field, e.g. `lines.0.quantity`; `''` for the whole body. */
  readonly path: string;
  readonly message: string;
  readonly code?: string;
  /** What the message is made of, to say it in the reader's language (zod's issue fields, or a catalog message). */
  readonly params?: Readonly<Record<string, unknown>>;
  readonly msg?: Message;
}

export interface DomainErrorOptions {
  readonly cause?: unknown;
  /** Extension members added to the problem document (RFC 9457 §3.2). */
  readonly extensions?: Record<string, unknown>;
}

export abstract class DomainError extends Error {
  abstract readonly status: number;
  /** Short, stable slug; the problem `type` URI is built from it. */
  abstract readonly type: string;
  abstract readonly title: string;
  readonly extensions: Record<string, unknown>;
  /** The detail as a catalog message, said in the reader's language; absent, `message` (English) is the detail. */
  readonly msg: Message | undefined;

  constructor(message: string | Message, options: DomainErrorOptions = {}) {
    super(typeof message === 'string' ? message : englishOf(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.extensions = options.extensions ?? {};
    this.msg = typeof message === 'string' ? undefined : message;
  }
}

export class ValidationFailed extends DomainError {
  readonly status = 400;
  readonly type = 'validation-failed';
  readonly title = 'Your request has invalid fields';
  constructor(
    readonly issues: readonly FieldIssue[],
    message = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '),
  ) {
    super(message);
  }
}

export class Unauthenticated extends DomainError {
  readonly status = 401;
  readonly type = 'unauthenticated';
  readonly title = 'Authentication required';
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly type = 'forbidden';
  readonly title = 'You may not do this';
}

export class NotFound extends DomainError {
  readonly status = 404;
  readonly type = 'not-found';
  readonly title = 'Not found';
}

export class Conflict extends DomainError {
  readonly status = 409;
  readonly type: string = 'conflict';
  readonly title: string = 'Conflict with the current state';
}

export class UnprocessableRequest extends DomainError {
  readonly status = 422;
  readonly type: string = 'unprocessable';
  readonly title: string = 'The request cannot be processed as sent';
}

export class IdempotencyKeyReused extends UnprocessableRequest {
  override readonly type = 'idempotency-key-reused';
  override readonly title = 'This Idempotency-Key was used with a different request';
}

export class IdempotencyInProgress extends Conflict {
  override readonly type = 'idempotency-in-progress';
  override readonly title = 'A request with this Idempotency-Key is still being processed';
}

/** An `If-Match` that names another version than the current one (RFC 9110 §13.1.1). */
export class PreconditionFailed extends DomainError {
  readonly status = 412;
  readonly type = 'precondition-failed';
  readonly title = 'The resource changed since you read it';
}

export class PayloadTooLarge extends DomainError {
  readonly status = 413;
  readonly type = 'payload-too-large';
  readonly title = 'The request body is too large';
}

export class ServiceUnavailable extends DomainError {
  readonly status = 503;
  readonly type: string = 'service-unavailable';
  readonly title = 'A dependency is unavailable';
}

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly variables: readonly string[],
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** One failing field of a validation problem, named by its path (`lines.0.quantity`, `query.cursor`). */
export interface ProblemFieldError {
  readonly path: string;
  readonly message: string;
  readonly code?: string;
}

/** The RFC 9457 body Ayni answers every error with (`application/problem+json`). */
export interface ProblemDetails {
  readonly type?: string;
  readonly code: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly requestId?: string;
  readonly errors?: readonly ProblemFieldError[];
  readonly [extension: string]: unknown;
}

function isProblem(body: unknown): body is ProblemDetails {
  if (typeof body !== 'object' || body === null) return false;
  const { code, title } = body as Record<string, unknown>;
  return typeof code === 'string' && typeof title === 'string';
}

/**
 * An error answer of the API: switch on `code` (stable, never translated); `title`, `detail` and
 * `errors[].message` are in the client's language. An answer that is not a problem document (a proxy's
 * HTML page, an empty 502) still becomes an AyniProblem, with code `http-<status>`.
 */
export class AyniProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly instance: string | undefined;
  readonly requestId: string | undefined;
  readonly errors: readonly ProblemFieldError[];
  /** The body as received: a problem document, or its text when it was not one. */
  readonly body: unknown;

  constructor(status: number, body: unknown, options: { requestId?: string | null; statusText?: string; cause?: unknown } = {}) {
    const problem = isProblem(body) ? body : undefined;
    // A gateway's own answers (a throttling 429) carry `{ message }` instead of a problem document.
    const message =
      typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string'
        ? (body as { message: string }).message
        : undefined;
    const title = problem?.title ?? message ?? (options.statusText || `HTTP ${status}`);
    super(problem?.detail ? `${title}: ${problem.detail}` : title, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AyniProblem';
    this.status = typeof problem?.status === 'number' ? problem.status : status;
    this.code = problem?.code ?? `http-${status}`;
    this.title = title;
    this.detail = problem?.detail;
    this.type = problem?.type;
    this.instance = problem?.instance;
    this.requestId = problem?.requestId ?? options.requestId ?? undefined;
    this.errors = Array.isArray(problem?.errors) ? problem.errors : [];
    this.body = body;
  }

  /** From an answer whose body openapi-fetch already read (parsed JSON, or the text it could not parse). */
  static of(response: Response, body: unknown): AyniProblem {
    return new AyniProblem(response.status, body, { requestId: response.headers.get('x-request-id'), statusText: response.statusText });
  }
}

/** What every openapi-fetch call resolves to. */
export interface CallResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * The data of a successful call, or an AyniProblem thrown for an error answer:
 * `const org = unwrap(await ayni.GET('/v1/orgs/{orgId}', { params: { path: { orgId } } }))`.
 * Decided by the status (not by `error`, which openapi-fetch leaves undefined for an empty error body).
 */
export function unwrap<T>(result: CallResult<T>): T {
  if (!result.response.ok) throw AyniProblem.of(result.response, result.error);
  return result.data as T;
}

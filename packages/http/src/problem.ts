import { DomainError, ValidationFailed, type FieldIssue } from '@ayni/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Where the API explains each problem: a problem's `type` is `<API base URL>/problems/<code>`, a
 * page that says what it means and what to do (RFC 9457 §3.1.1), served by the API itself.
 */
export const PROBLEM_PATH = '/problems/';

/** An RFC 9457 problem document. */
export interface Problem {
  type: string;
  /** Stable, machine-readable: what clients switch on, and what translations are keyed by. */
  code: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Validation failures: one entry per failing field. */
  errors?: FieldIssue[];
  requestId?: string;
  [extension: string]: unknown;
}

/** The `type` of a problem, relative to the API's base URL until a response resolves it. */
export function problemType(code: string): string {
  return `${PROBLEM_PATH}${code}`;
}

/** zod issues → field issues with dotted paths (`lines.0.quantity`). */
export function fieldIssues(error: z.core.$ZodError, prefix: readonly (string | number)[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

export function validationProblemFrom(error: z.core.$ZodError, target: string): ValidationFailed {
  // Body fields are named by their own path; query/params/headers are prefixed with where they live.
  const prefix = target === 'json' ? [] : [target === 'param' ? 'path' : target];
  return new ValidationFailed(fieldIssues(error, prefix));
}

/** Maps anything thrown by a handler to a problem document; unknown errors become an opaque 500. */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) {
    return {
      type: problemType(error.type),
      code: error.type,
      title: error.title,
      status: error.status,
      detail: error.message,
      ...(error instanceof ValidationFailed ? { errors: [...error.issues] } : {}),
      ...error.extensions,
    };
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    if (status === 415) {
      return {
        type: problemType('unsupported-media-type'),
        code: 'unsupported-media-type',
        title: 'Unsupported content type',
        status,
        detail: 'Send the body as JSON with Content-Type: application/json.',
        errors: [{ path: 'header.Content-Type', message: 'must be application/json' }],
      };
    }
    const malformedJson = status === 400 && /json/i.test(error.message);
    const code = malformedJson ? 'malformed-body' : `http-${status}`;
    return {
      type: problemType(code),
      code,
      title: malformedJson ? 'The request body is not valid JSON' : error.message || 'Request failed',
      status,
      detail: malformedJson ? 'Send a JSON document with Content-Type: application/json.' : error.message,
      ...(malformedJson ? { errors: [{ path: '', message: 'is not valid JSON' }] } : {}),
    };
  }
  return {
    type: problemType('internal'),
    code: 'internal',
    title: 'Something went wrong on our side',
    status: 500,
    detail: 'The error was logged; retry later or contact the operators with the request id.',
  };
}

/**
 * Renders a problem through the context, so headers set earlier (X-Request-Id) are kept; its `type`
 * becomes absolute against `baseUrl` (PUBLIC_BASE_URL) or the URL the request came to.
 */
export function problemResponse(c: Context, problem: Problem, headers: Record<string, string> = {}, baseUrl?: string): Response {
  const type = new URL(problem.type, baseUrl ?? new URL(c.req.url).origin).href;
  return c.body(JSON.stringify({ ...problem, type }), problem.status as ContentfulStatusCode, {
    'content-type': PROBLEM_CONTENT_TYPE,
    ...headers,
  });
}

import { DEFAULT_LOCALE, DomainError, renderMessage, renderText, ValidationFailed, type FieldIssue, type Locale, type Message } from '@ayni/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod';
import { fieldMessage, HTTP_DETAILS, PROBLEM_TITLES } from './messages.js';

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

/** The values of a zod issue a field message is made of (bounds, expected type, format, allowed values). */
const ISSUE_PARAMS = ['expected', 'minimum', 'maximum', 'inclusive', 'origin', 'format', 'values', 'keys', 'divisor'] as const;

/** zod issues → field issues with dotted paths (`lines.0.quantity`), keeping what each message is made of. */
export function fieldIssues(error: z.core.$ZodError, prefix: readonly (string | number)[] = []): FieldIssue[] {
  return error.issues.map((issue) => {
    const raw = issue as unknown as Record<string, unknown>;
    const params: Record<string, unknown> = {};
    for (const name of ISSUE_PARAMS) if (raw[name] !== undefined) params[name] = typeof raw[name] === 'bigint' ? String(raw[name]) : raw[name];
    // zod does not report the input; its own message says when there was none.
    if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) params.missing = true;
    // A check of ours carries its catalog message in `params.msg` (`.refine(fn, { message, params: { msg } })`).
    const custom = issue.code === 'custom' ? ((raw.params as { msg?: Message } | undefined)?.msg ?? undefined) : undefined;
    return { path: [...prefix, ...issue.path].map(String).join('.'), message: issue.message, code: issue.code, params, ...(custom ? { msg: custom } : {}) };
  });
}

export function validationProblemFrom(error: z.core.$ZodError, target: string): ValidationFailed {
  // Body fields are named by their own path; query/params/headers are prefixed with where they live.
  const prefix = target === 'json' ? [] : [target === 'param' ? 'path' : target];
  return new ValidationFailed(fieldIssues(error, prefix));
}

/** The title of a problem code in the locale's language (the English title when the catalog lacks the code). */
function titleOf(code: string, english: string, locale: Locale): string {
  const texts = (PROBLEM_TITLES as Record<string, (typeof PROBLEM_TITLES)[keyof typeof PROBLEM_TITLES] | undefined>)[code];
  return texts ? renderText(texts, {}, locale) : english;
}

/** Field issues with their messages in the locale's language (what they are made of stays out of the document). */
function sayIssues(issues: readonly FieldIssue[], locale: Locale): FieldIssue[] {
  return issues.map(({ params: _params, msg: _msg, ...issue }) => ({ ...issue, message: fieldMessage({ ...issue, params: _params, msg: _msg }, locale) }));
}

/**
 * Maps anything thrown by a handler to a problem document in the caller's language (`title` by the
 * problem's code, `detail` from the error's catalog message, field messages by their issue code);
 * unknown errors become an opaque 500.
 */
export function toProblem(error: unknown, locale: Locale = DEFAULT_LOCALE): Problem {
  if (error instanceof DomainError) {
    return {
      type: problemType(error.type),
      code: error.type,
      title: titleOf(error.type, error.title, locale),
      status: error.status,
      detail: error.msg
        ? renderMessage(error.msg, locale)
        : error instanceof ValidationFailed
          ? sayIssues(error.issues, locale)
              .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
              .join('; ')
          : error.message,
      ...error.extensions,
      // Field issues, of a validation failure or carried by another problem (a GTIN taken names `gtin`).
      ...(error instanceof ValidationFailed
        ? { errors: sayIssues(error.issues, locale) }
        : Array.isArray(error.extensions.errors)
          ? { errors: sayIssues(error.extensions.errors as FieldIssue[], locale) }
          : {}),
    };
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    if (status === 415) {
      return {
        type: problemType('unsupported-media-type'),
        code: 'unsupported-media-type',
        title: titleOf('unsupported-media-type', 'Unsupported content type', locale),
        status,
        detail: renderText(HTTP_DETAILS.sendJson, {}, locale),
        errors: [{ path: 'header.Content-Type', message: renderText(HTTP_DETAILS.mustBeJson, {}, locale) }],
      };
    }
    const malformedJson = status === 400 && /json/i.test(error.message);
    const code = malformedJson ? 'malformed-body' : `http-${status}`;
    return {
      type: problemType(code),
      code,
      title: malformedJson ? titleOf('malformed-body', 'The request body is not valid JSON', locale) : error.message || 'Request failed',
      status,
      detail: malformedJson ? renderText(HTTP_DETAILS.sendJsonDocument, {}, locale) : error.message,
      ...(malformedJson ? { errors: [{ path: '', message: renderText(HTTP_DETAILS.notJson, {}, locale) }] } : {}),
    };
  }
  return {
    type: problemType('internal'),
    code: 'internal',
    title: titleOf('internal', 'Something went wrong on our side', locale),
    status: 500,
    detail: renderText(HTTP_DETAILS.internal, {}, locale),
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

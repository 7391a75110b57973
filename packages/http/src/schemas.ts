import { z } from '@hono/zod-openapi';
import { PROBLEM_CATALOG } from './problem-catalog.js';

/** Schema of RFC 9457 problem documents, for the OpenAPI document. */
export const problemSchema = z
  .object({
    type: z.url().openapi({
      description: 'The address of a page explaining the problem: `<API base URL>/problems/<code>`.',
      example: 'https://api.ayni.example/problems/validation-failed',
    }),
    code: z.string().openapi({ description: 'Stable, machine-readable code of the problem: switch on this.', example: 'validation-failed' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() }))
      .optional()
      .openapi({ description: 'For validation failures: one entry per failing field, named by its path.' }),
  })
  .openapi('Problem');

/** A prefixed id as `newId` makes them (`org_` + 26 characters of a ULID). */
export function prefixedIdSchema(prefix: string, what: string) {
  return z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9A-Z]{26}$`), { error: `must be ${what} (${prefix}_...)` })
    .openapi({ example: `${prefix}_01JD3Z9Q4X8V6T2M1N0P5R7S9W` });
}

export const orgIdSchema = prefixedIdSchema('org', 'an organisation id');
export const productIdSchema = prefixedIdSchema('prd', 'a product id');
export const memberIdSchema = prefixedIdSchema('mem', 'a member id');
export const lotIdSchema = prefixedIdSchema('lot', 'a lot id');

export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return {
    required: true,
    ...(description ? { description } : {}),
    content: { 'application/json': { schema } },
  } as const;
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: the problem lists each failing field',
  401: 'Missing, expired or invalid bearer token',
  403: 'The caller may not do this',
  404: 'Not found',
  409: 'Conflicts with the current state',
  412: 'If-Match names another version than the current one',
  413: 'The request body is larger than 1 MB',
  422: 'Idempotency-Key reused with a different request, or a rule refused it',
  503: 'A dependency did not answer, or contention outlasted the retries: retry after Retry-After seconds',
};

/** The code each status's example shows (the most common problem of that status). */
const EXAMPLE_CODES: Record<number, string> = {
  400: 'validation-failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'payload-too-large',
  422: 'unprocessable',
  503: 'database-unavailable',
};

function exampleProblem(status: number) {
  const code = EXAMPLE_CODES[status] ?? 'internal';
  const described = PROBLEM_CATALOG[code]!;
  return {
    type: `https://api.ayni.example/problems/${code}`,
    code,
    title: described.title,
    status,
    detail: status === 400 ? 'lines.0.quantity: must be a positive decimal' : described.title,
    ...(status === 400 ? { errors: [{ path: 'lines.0.quantity', message: 'must be a positive decimal', code: 'invalid_format' }] } : {}),
    instance: '/v1/orders',
    requestId: '5f0c8f3e-9d1a-4c55-8a57-3d2e1b9f6a10',
  };
}

/** Problem responses for the OpenAPI document, each with an example of its status's usual problem. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Error',
        ...(status === 503
          ? { headers: { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' as const, minimum: 1 } } } }
          : {}),
        content: { 'application/problem+json': { schema: problemSchema, example: exampleProblem(status) } },
      },
    ]),
  );
}

/** Query parameters of every paginated listing. */
export const pageQuerySchema = z.object({
  cursor: z.string().min(1).max(2048).optional().openapi({ description: 'Opaque cursor from the previous page' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export function pageSchema<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().optional().openapi({ description: 'Absent on the last page' }),
    })
    .openapi(name);
}

/** An instant as the API writes it (ISO 8601, UTC), for response schemas. */
export const timestampSchema = z.string().openapi({ format: 'date-time', example: '2026-11-20T15:04:05.000Z' });

/** A calendar day `YYYY-MM-DD`, for response schemas. */
export const calendarDateSchema = z.string().openapi({ format: 'date', example: '2026-11-20' });

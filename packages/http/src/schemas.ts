import { z } from '@hono/zod-openapi';

/** Schema of RFC 9457 problem documents, for the OpenAPI document. */
export const problemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://ayni.dev/problems/validation-failed' }),
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
  422: 'Idempotency-Key reused with a different request, or a rule refused it',
};

/** Problem responses for the OpenAPI document. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: PROBLEM_DESCRIPTIONS[status] ?? 'Error', content: { 'application/problem+json': { schema: problemSchema } } },
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

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

import { PUBLIC } from '@ayni/auth';
import { message, NotFound } from '@ayni/core';
import {
  createRouter,
  defineRoute,
  jsonContent,
  PROBLEM_CATALOG,
  problemResponses,
  withOperationIds,
  type AppEnv,
  type ComponentHealth,
  type HealthChecks,
} from '@ayni/http';
import { html } from 'hono/html';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { MESSAGES } from './messages.js';
import { DOCS_ASSETS, DOCS_INIT_SCRIPT, DOCS_PAGE, readDocsAsset, type DocsAsset } from './docs-assets.js';

export type { ComponentHealth, HealthChecks } from '@ayni/http';

const componentSchema = z.object({ ok: z.boolean() }).catchall(z.unknown());
const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    checks: z.object({ dynamodb: componentSchema, chain: componentSchema }),
    version: z.string(),
  })
  .openapi('Health');

export const platformRoutes = withOperationIds({
  health: defineRoute({
    method: 'get',
    path: '/health',
    tags: ['platform'],
    summary: 'Readiness: DynamoDB and the anchoring chain answer',
    description:
      'A dependency that this deployment does not configure (no `CHAIN_RPC_URL`: events are recorded but not anchored) is reported with `configured: false` and does not make the service unready; one that is configured and does not answer does (503). Liveness, without calling any dependency: `GET /health/live`.',
    access: PUBLIC,
    responses: {
      200: jsonContent(healthSchema, 'Every configured dependency answered'),
      503: jsonContent(healthSchema, 'A configured dependency did not answer'),
    },
  }),
  liveness: defineRoute({
    method: 'get',
    path: '/health/live',
    tags: ['platform'],
    summary: 'Liveness: the process answers (no dependency is called)',
    access: PUBLIC,
    responses: { 200: jsonContent(z.object({ status: z.literal('live'), version: z.string() }).openapi('Liveness'), 'The process answers') },
  }),
  docsAsset: defineRoute({
    method: 'get',
    path: '/docs/{asset}',
    tags: ['platform'],
    summary: 'Static files of the API docs page',
    access: PUBLIC,
    request: { params: z.object({ asset: z.enum(['swagger-ui.css', 'swagger-ui-bundle.js', 'init.js']) }) },
    responses: { 200: { description: 'The file' }, ...problemResponses(400) },
  }),
  problems: defineRoute({
    method: 'get',
    path: '/problems',
    tags: ['platform'],
    summary: 'Every problem the API answers, by code',
    access: PUBLIC,
    responses: { 200: { description: 'An HTML page listing each problem code', content: { 'text/html': { schema: z.string() } } } },
  }),
  problem: defineRoute({
    method: 'get',
    path: '/problems/{code}',
    tags: ['platform'],
    summary: 'What a problem means and what to do: the page its `type` URI names',
    access: PUBLIC,
    request: {
      params: z.object({
        code: z
          .string()
          .regex(/^[a-z0-9-]{1,64}$/)
          .openapi({ example: 'validation-failed' }),
      }),
    },
    responses: {
      200: { description: 'An HTML page explaining the problem', content: { 'text/html': { schema: z.string() } } },
      ...problemResponses(400, 404),
    },
  }),
});

export const API_VERSION = '0.1.0';

const PAGE_STYLE =
  'body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .2em}';

function problemPage(code: string): ReturnType<typeof html> {
  const problem = PROBLEM_CATALOG[code]!;
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${problem.title} (${code})</title><style>${PAGE_STYLE}</style></head>
<body><p><a href="/problems">All problems</a></p><h1>${problem.title}</h1><p>HTTP status <strong>${problem.status}</strong> · code <code>${code}</code></p><p>${problem.explanation}</p></body></html>`;
}

async function timed(check: () => Promise<ComponentHealth>): Promise<ComponentHealth> {
  const started = performance.now();
  try {
    const result = await check();
    return { ...result, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: (error as Error).message, latencyMs: Math.round(performance.now() - started) };
  }
}

/** Health, the docs page and its assets. The OpenAPI document itself is mounted by the composer. */
export function createPlatformRouter(checks: HealthChecks): OpenAPIHono<AppEnv> {
  const router = createRouter();

  router.openapi(platformRoutes.health, async (c) => {
    const [dynamodb, chain] = await Promise.all([timed(checks.dynamodb), timed(checks.chain)]);
    const ok = [dynamodb, chain].every((check) => check.ok || check.configured === false);
    return c.json({ status: ok ? ('ok' as const) : ('degraded' as const), checks: { dynamodb, chain }, version: API_VERSION }, ok ? 200 : 503);
  });

  router.openapi(platformRoutes.liveness, (c) => c.json({ status: 'live' as const, version: API_VERSION }, 200));

  router.get('/docs', (c) => c.html(DOCS_PAGE));

  router.openapi(platformRoutes.docsAsset, async (c) => {
    const { asset } = c.req.valid('param');
    if (asset === 'init.js') return c.body(DOCS_INIT_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' });
    const content = await readDocsAsset(asset as DocsAsset);
    return c.body(new Uint8Array(content), 200, {
      'content-type': DOCS_ASSETS[asset as DocsAsset],
      'cache-control': 'public, max-age=86400',
    });
  });

  router.openapi(platformRoutes.problems, (c) =>
    c.html(
      html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Ayni API problems</title><style>${PAGE_STYLE}</style></head>
<body><h1>Problems the Ayni API answers</h1><p>Every error is an RFC 9457 <code>application/problem+json</code> document; its <code>code</code> is stable and its <code>type</code> is the address of its page below.</p><ul>${Object.entries(
        PROBLEM_CATALOG,
      ).map(([code, p]) => html`<li><a href="/problems/${code}"><code>${code}</code></a> (${p.status}): ${p.title}</li>`)}</ul></body></html>`,
    ),
  );

  router.openapi(platformRoutes.problem, (c) => {
    const { code } = c.req.valid('param');
    if (!Object.hasOwn(PROBLEM_CATALOG, code)) throw new NotFound(message(MESSAGES, 'api.unknown-problem-code', { code }));
    return c.html(problemPage(code), 200);
  });

  return router;
}

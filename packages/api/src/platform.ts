import { PUBLIC } from '@ayni/auth';
import { createRouter, defineRoute, jsonContent, problemResponses, type AppEnv } from '@ayni/http';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { DOCS_ASSETS, DOCS_INIT_SCRIPT, DOCS_PAGE, readDocsAsset, type DocsAsset } from './docs-assets.js';

export interface ComponentHealth {
  readonly ok: boolean;
  readonly [detail: string]: unknown;
}

/** Reachability probes of the parts the API depends on; each must answer within a few seconds. */
export interface HealthChecks {
  readonly dynamodb: () => Promise<ComponentHealth>;
  readonly chain: () => Promise<ComponentHealth>;
}

const componentSchema = z.object({ ok: z.boolean() }).catchall(z.unknown());
const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    checks: z.object({ dynamodb: componentSchema, chain: componentSchema }),
    version: z.string(),
  })
  .openapi('Health');

export const platformRoutes = {
  health: defineRoute({
    method: 'get',
    path: '/health',
    tags: ['platform'],
    summary: 'Reachability of DynamoDB and of the anchoring chain',
    access: PUBLIC,
    responses: {
      200: jsonContent(healthSchema, 'Every dependency answered'),
      503: jsonContent(healthSchema, 'A dependency did not answer'),
    },
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
};

export const API_VERSION = '0.1.0';

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
    const ok = dynamodb.ok && chain.ok;
    return c.json({ status: ok ? ('ok' as const) : ('degraded' as const), checks: { dynamodb, chain }, version: API_VERSION }, ok ? 200 : 503);
  });

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

  return router;
}

import { createApp, type AppEnv, type DomainModule, type Runtime } from '@ayni/http';
import type { OpenAPIHono } from '@hono/zod-openapi';

export type { DomainModule } from '@ayni/http';

export const API_PREFIX = '/v1';
export const API_VERSION = '0.1.0';

const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Ayni API',
    version: API_VERSION,
    license: { name: 'Proprietary', identifier: 'LicenseRef-Ayni' },
    description:
      'Marketplace and traceability backend for rural producer associations of the Andes: catalogs, B2B orders, ' +
      'the FREES revolving fund, and provenance anchored to a public EVM testnet. Errors are RFC 9457 problem documents.',
  },
};

/**
 * The application of a set of domains without the platform routes (health, docs, problem pages):
 * what each domain Lambda serves (API Gateway sends the platform routes to the platform function
 * only), so the domain bundles carry none of the platform's code and texts. `before` mounts routes
 * ahead of the domains' (the platform router, in `buildApi`).
 */
export function buildDomainApi(runtime: Runtime, domains: readonly DomainModule[], before?: (app: OpenAPIHono<AppEnv>) => void): OpenAPIHono<AppEnv> {
  const app = createApp(runtime);
  before?.(app);
  for (const domain of domains) {
    app.route(API_PREFIX, domain.createRouter(runtime));
    if (domain.createRootRouter) app.route('/', domain.createRootRouter(runtime));
    domain.documentWebhooks?.(app.openAPIRegistry);
  }
  app.doc31('/openapi.json', (c) => ({
    ...OPENAPI_INFO,
    servers: [{ url: new URL(c.req.url).origin }],
  }));
  return app;
}

import { createApp, type AppEnv, type DomainModule, type Runtime } from '@ayni/http';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { API_VERSION, createPlatformRouter } from './platform.js';

export type { DomainModule } from '@ayni/http';

export const API_PREFIX = '/v1';

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
 * Builds the application for a set of domains: all of them for the local server and the platform
 * Lambda (which serves the full OpenAPI document), one of them for each domain Lambda.
 */
export function buildApi(runtime: Runtime, domains: readonly DomainModule[]): OpenAPIHono<AppEnv> {
  const app = createApp(runtime);
  app.route('/', createPlatformRouter(runtime.checks));
  for (const domain of domains) {
    app.route(API_PREFIX, domain.createRouter(runtime));
    if (domain.createRootRouter) app.route('/', domain.createRootRouter(runtime));
  }
  app.doc31('/openapi.json', (c) => ({
    ...OPENAPI_INFO,
    servers: [{ url: new URL(c.req.url).origin }],
  }));
  return app;
}

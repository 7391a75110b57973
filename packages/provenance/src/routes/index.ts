import { createRouter, type AppEnv } from '@ayni/http';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ProvenanceRouteDeps } from './common.js';
import { epcisRoutes, registerEpcisRoutes } from './epcis.js';
import { eventRoutes, registerEventRoutes } from './events.js';
import { digitalLinkRoutes, labelRoutes, registerDigitalLinkRoutes, registerLabelRoutes } from './links.js';
import { pageRoutes, registerPageRoutes } from './page.js';

export type { ProvenanceRouteDeps } from './common.js';

/** Every provenance route under /v1. */
export const provenanceRoutes = { ...eventRoutes, ...epcisRoutes, ...labelRoutes };

/** Routes mounted at the root (not under /v1): the public page and GS1 Digital Link resolution. */
export const provenancePageRoutes = { ...pageRoutes, ...digitalLinkRoutes };

export function createProvenanceRouter(deps: ProvenanceRouteDeps): OpenAPIHono<AppEnv> {
  const router = createRouter();
  registerEventRoutes(router, deps);
  registerEpcisRoutes(router, deps);
  registerLabelRoutes(router, deps);
  return router;
}

export function createProvenancePagesRouter(deps: ProvenanceRouteDeps): OpenAPIHono<AppEnv> {
  const router = createRouter();
  registerPageRoutes(router, deps);
  registerDigitalLinkRoutes(router, deps);
  return router;
}

import { PUBLIC } from '@ayni/auth';
import { catalog } from '@ayni/catalog';
import { defineRoute, problemResponses, withOperationIds, type AppEnv } from '@ayni/http';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { proofBundle } from '../service/bundle.js';
import { epcisDocument } from '../service/epcis.js';
import { baseUrlOf, lotParams, tags, type ProvenanceRouteDeps } from './common.js';

export const epcisRoutes = withOperationIds({
  epcis: defineRoute({
    method: 'get',
    path: '/lots/{lotId}/epcis',
    tags,
    summary: 'The lot’s events as an EPCIS 2.0 JSON-LD document',
    access: PUBLIC,
    request: { params: lotParams },
    responses: {
      200: { description: 'EPCIS 2.0 document', content: { 'application/ld+json': { schema: z.record(z.string(), z.unknown()) } } },
      ...problemResponses(400, 404),
    },
  }),
});

export function registerEpcisRoutes(router: OpenAPIHono<AppEnv>, deps: ProvenanceRouteDeps): void {
  router.openapi(epcisRoutes.epcis, async (c) => {
    const bundle = await proofBundle(deps, c.req.valid('param').lotId);
    const lots = new Map<string, { gtin?: string; code: string }>();
    const lotIds = new Set<string>([String(bundle.lot.id)]);
    for (const e of bundle.events) for (const input of (e.record.what as { inputs?: Array<{ lotId: string }> }).inputs ?? []) lotIds.add(input.lotId);
    await Promise.all(
      [...lotIds].map(async (id) => {
        const lot = await catalog.getLot(deps, id).catch(() => undefined);
        if (!lot) return lots.set(id, { code: id });
        const product = await catalog.getProduct(deps, lot.orgId, lot.productId, { includeInactive: true }).catch(() => undefined);
        return lots.set(id, { code: lot.code ?? lot.id, ...(product?.gtin ? { gtin: product.gtin } : {}) });
      }),
    );
    const doc = epcisDocument(
      bundle,
      { baseUrl: baseUrlOf(deps, c.req.url), gtinOf: (id) => lots.get(id)?.gtin, lotCodeOf: (id) => lots.get(id)?.code ?? id },
      deps.clock.now().toISOString(),
    );
    return c.json(doc, 200, { 'content-type': 'application/ld+json' });
  });
}

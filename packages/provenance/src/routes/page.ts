import { PUBLIC } from '@ayni/auth';
import { defineRoute, problemResponses, withOperationIds, type AppEnv } from '@ayni/http';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { pickLanguage } from '../pages/i18n.js';
import { renderProvenancePage } from '../pages/page.js';
import { proofBundle } from '../service/bundle.js';
import { baseUrlOf, lotParams, tags, type ProvenanceRouteDeps } from './common.js';

export const pageRoutes = withOperationIds({
  page: defineRoute({
    method: 'get',
    path: '/p/{lotId}',
    tags,
    summary: 'Public provenance page (Spanish by default; ?lang=en|qu or Accept-Language), verified in the browser',
    access: PUBLIC,
    request: { params: lotParams, query: z.object({ lang: z.string().max(10).optional() }) },
    responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } }, ...problemResponses(400, 404) },
  }),
});

export function registerPageRoutes(router: OpenAPIHono<AppEnv>, deps: ProvenanceRouteDeps): void {
  router.openapi(pageRoutes.page, async (c) => {
    const { lotId: id } = c.req.valid('param');
    const bundle = await proofBundle(deps, id);
    const lang = pickLanguage(c.req.valid('query').lang, c.req.header('accept-language'));
    const html = renderProvenancePage(bundle, lang, { bundleUrl: `${baseUrlOf(deps, c.req.url)}/v1/lots/${id}/provenance`, qrUrl: `/v1/lots/${id}/qr.svg` });
    return c.html(html, 200, { 'content-language': lang, vary: 'Accept-Language' });
  });
}

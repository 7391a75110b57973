import { PUBLIC } from '@ayni/auth';
import { defineRoute, problemResponses, withOperationIds, type AppEnv } from '@ayni/http';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { encodePage, negotiateEncoding } from '../pages/compression.js';
import { pickLanguage } from '../pages/i18n.js';
import { renderProvenancePage } from '../pages/page.js';
import { proofBundle } from '../service/bundle.js';
import { baseUrlOf, lotParams, tags, type ProvenanceRouteDeps } from './common.js';

export interface PageRouteDeps extends ProvenanceRouteDeps {
  /** CHAIN_PUBLIC_RPC_URLS: the public RPCs per chain id the page's script may ask (and its CSP allows). */
  readonly publicRpcUrls?: Readonly<Record<string, readonly string[]>>;
}

export const pageRoutes = withOperationIds({
  page: defineRoute({
    method: 'get',
    path: '/p/{lotId}',
    tags,
    summary:
      'Public provenance page (Spanish by default; ?lang=en|qu or Accept-Language): the server’s verdict, re-checked by the browser against a public RPC',
    description:
      'HTML, gzip or Brotli per Accept-Encoding, with a Content-Security-Policy whose connect-src is exactly the public RPC origins (CHAIN_PUBLIC_RPC_URLS) of the lot’s chain.',
    access: PUBLIC,
    request: { params: lotParams, query: z.object({ lang: z.string().max(10).optional() }) },
    responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } }, ...problemResponses(400, 404) },
  }),
});

export function registerPageRoutes(router: OpenAPIHono<AppEnv>, deps: PageRouteDeps): void {
  router.openapi(pageRoutes.page, async (c) => {
    const { lotId: id } = c.req.valid('param');
    const bundle = await proofBundle(deps, id);
    const lang = pickLanguage(c.req.valid('query').lang, c.req.header('accept-language'));
    const page = await renderProvenancePage(bundle, lang, {
      bundleUrl: `${baseUrlOf(deps, c.req.url)}/v1/lots/${id}/provenance`,
      qrUrl: `/v1/lots/${id}/qr.svg`,
      publicRpcUrls: deps.publicRpcUrls ?? {},
    });
    const encoding = negotiateEncoding(c.req.header('accept-encoding'));
    const headers = {
      'content-type': 'text/html; charset=UTF-8',
      'content-language': lang,
      vary: 'Accept-Language, Accept-Encoding',
      'content-security-policy': page.contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    };
    if (!encoding) return c.body(page.html, 200, headers);
    return c.body(await encodePage(page.html, encoding), 200, headers);
  });
}

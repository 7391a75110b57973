import { PUBLIC } from '@ayni/auth';
import { catalog, gtinSchema, LOT_CODE_PATTERN } from '@ayni/catalog';
import { defineRoute, problemResponses, withOperationIds, type AppEnv } from '@ayni/http';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { FIELD_TEXTS } from '../messages.js';
import { pickLanguage, PAGE_LANGUAGES } from '../pages/i18n.js';
import { renderLabelSheet } from '../pages/label.js';
import {
  chooseLink,
  LINKSET_MEDIA_TYPE,
  linksetHeader,
  linksetOf,
  lotLinkOf,
  lotLinks,
  productLinks,
  requestedLinkType,
  resolveLot,
  wantsLinkset,
  type ResolvedLinks,
} from '../service/links.js';
import { digitalLinkPath, pagePath, qrPng, qrSvg } from '../service/qr.js';
import { baseUrlOf, lotParams, tags, type ProvenanceRouteDeps } from './common.js';

/** QR codes and printable labels of a lot, under /v1. */
export const labelRoutes = withOperationIds({
  qrSvg: defineRoute({
    method: 'get',
    path: '/lots/{lotId}/qr.svg',
    tags,
    summary: 'QR code (SVG) of the lot’s public page (GS1 Digital Link when the product has a GTIN)',
    access: PUBLIC,
    request: { params: lotParams },
    responses: { 200: { description: 'SVG', content: { 'image/svg+xml': { schema: z.string() } } }, ...problemResponses(400, 404) },
  }),
  qrPng: defineRoute({
    method: 'get',
    path: '/lots/{lotId}/qr.png',
    tags,
    summary: 'QR code (PNG) of the lot’s public page',
    access: PUBLIC,
    request: { params: lotParams },
    responses: { 200: { description: 'PNG', content: { 'image/png': { schema: z.string().openapi({ format: 'binary' }) } } }, ...problemResponses(400, 404) },
  }),
  labels: defineRoute({
    method: 'get',
    path: '/lots/{lotId}/labels',
    tags,
    summary: 'Printable A4 sheets of QR labels for the lot (HTML): 24 to a page, each with the GS1 human-readable text under its QR code',
    access: PUBLIC,
    request: {
      params: lotParams,
      query: z.object({
        copies: z.coerce.number().int().min(1).max(60).default(24).openapi({ description: 'Labels to print; 24 fill one A4 page' }),
        lang: z.enum(PAGE_LANGUAGES).optional().openapi({ description: 'Language of the label text (else Accept-Language, else Spanish)' }),
      }),
    },
    responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } }, ...problemResponses(400, 404) },
  }),
});

const linkTypeQuery = z.object({
  linkType: z.string().max(200).optional().openapi({
    description:
      'GS1 link type: `gs1:traceability` (the proof bundle, or the page to a browser), `gs1:epcis`, `gs1:pip` (product information), `linkset` (every link, RFC 9264); anything else gives the default link. Other query parameters (utm_*, GS1 data attributes) are ignored.',
    example: 'gs1:pip',
  }),
});

const linkTargetSchema = z.object({ href: z.string(), title: z.string(), type: z.string(), hreflang: z.array(z.string()).optional() });
const linksetSchema = z
  .object({ linkset: z.array(z.object({ anchor: z.string() }).catchall(z.array(linkTargetSchema))) })
  .openapi('Linkset', { description: 'RFC 9264 linkset: the Digital Link (anchor) and its links keyed by GS1 link type URI (https://gs1.org/voc/pip, ...)' });

const redirectResponse = (to: string) => ({
  description: `Redirect to ${to}`,
  headers: {
    Location: { description: 'The link chosen', schema: { type: 'string' as const } },
    Link: { description: 'The linkset of this Digital Link (`rel="linkset"`)', schema: { type: 'string' as const } },
  },
});
const linksetResponse = {
  description: 'The linkset, for `?linkType=linkset` or `Accept: application/linkset+json`',
  content: { [LINKSET_MEDIA_TYPE]: { schema: linksetSchema } },
};

/** GS1 Digital Link resolution (GS1-Conformant Resolver), at the root. */
export const digitalLinkRoutes = withOperationIds({
  digitalLink: defineRoute({
    method: 'get',
    path: '/01/{gtin}/10/{lotCode}',
    tags,
    summary: 'GS1 Digital Link of a lot: redirects to its public page (or the link type asked for), or answers its linkset',
    description:
      'The GTIN may be given in 8, 12, 13 or 14 digits (compared in 14). The batch/lot number is the lot’s code or alias, percent-encoded as GS1 Digital Link URIs require.',
    access: PUBLIC,
    request: {
      params: z.object({
        gtin: gtinSchema,
        lotCode: z.string().regex(LOT_CODE_PATTERN, { error: FIELD_TEXTS['provenance.field.lot-code'].en }),
      }),
      query: linkTypeQuery,
    },
    responses: { 200: linksetResponse, 302: redirectResponse('/p/{lotId} by default'), ...problemResponses(400, 404) },
  }),
  productDigitalLink: defineRoute({
    method: 'get',
    path: '/01/{gtin}',
    tags,
    summary: 'GS1 Digital Link of a product: redirects to the product in the public catalog, or answers its linkset',
    description: 'The GTIN may be given in 8, 12, 13 or 14 digits; one product has it across all organisations.',
    access: PUBLIC,
    request: { params: z.object({ gtin: gtinSchema }), query: linkTypeQuery },
    responses: { 200: linksetResponse, 302: redirectResponse('/v1/orgs/{orgId}/products/{productId}'), ...problemResponses(400, 404) },
  }),
});

export function registerLabelRoutes(router: OpenAPIHono<AppEnv>, deps: ProvenanceRouteDeps): void {
  const qrTarget = async (id: string, requestUrl: string) => {
    const lot = await catalog.getLot(deps, id);
    return (await lotLinkOf(deps, baseUrlOf(deps, requestUrl), lot)).url;
  };

  router.openapi(labelRoutes.qrSvg, async (c) => {
    const svg = await qrSvg(await qrTarget(c.req.valid('param').lotId, c.req.url));
    return c.body(svg, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' });
  });

  router.openapi(labelRoutes.qrPng, async (c) => {
    const png = await qrPng(await qrTarget(c.req.valid('param').lotId, c.req.url));
    return c.body(new Uint8Array(png), 200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' });
  });

  router.openapi(labelRoutes.labels, async (c) => {
    const { copies, lang: asked } = c.req.valid('query');
    const lang = pickLanguage(asked, c.req.header('accept-language'));
    const lot = await catalog.getLot(deps, c.req.valid('param').lotId);
    const [product, org] = await Promise.all([
      catalog.getProduct(deps, lot.orgId, lot.productId, { includeInactive: true }),
      catalog.requireOrganisation(deps, lot.orgId),
    ]);
    const link = await lotLinkOf(deps, baseUrlOf(deps, c.req.url), lot, product);
    const sheet = await renderLabelSheet({
      productName: product.name[lang] ?? product.name.es,
      associationName: org.name,
      lotCode: lot.code ?? lot.id,
      productionDate: lot.productionDate,
      pageUrl: link.url,
      gs1: link.gs1,
      qrSvg: await qrSvg(link.url),
      copies,
      lang,
    });
    return c.html(sheet, 200, { 'content-language': lang, vary: 'Accept-Language' });
  });
}

/**
 * Answers a resolved Digital Link: its linkset when asked for (`?linkType=linkset`, `Accept:
 * application/linkset+json`), else a redirect to the link of the type asked for (unknown types get
 * the default link), with a `Link` header naming the linkset either way.
 */
function answer(c: Context<AppEnv>, resolved: ResolvedLinks, linkType: string | undefined) {
  c.header('link', linksetHeader(resolved.anchor));
  c.header('vary', 'Accept, Accept-Language');
  if (wantsLinkset(linkType, c.req.header('accept'))) {
    return c.body(JSON.stringify(linksetOf(resolved)), 200, { 'content-type': LINKSET_MEDIA_TYPE });
  }
  const chosen = chooseLink(resolved, linkType, c.req.header('accept'));
  // Our own links are answered relative, so the redirect stays on the host that was asked.
  const base = new URL(resolved.anchor).origin;
  return c.redirect(chosen.href.startsWith(base) ? chosen.href.slice(base.length) : chosen.href, 302);
}

export function registerDigitalLinkRoutes(router: OpenAPIHono<AppEnv>, deps: ProvenanceRouteDeps): void {
  router.openapi(digitalLinkRoutes.digitalLink, async (c) => {
    const { gtin, lotCode } = c.req.valid('param');
    const { linkType } = c.req.valid('query');
    const target = await resolveLot(deps, gtin, lotCode);
    const baseUrl = baseUrlOf(deps, c.req.url);
    const type = requestedLinkType(linkType);
    // The common case, a phone scanning the code: one read (the pointer) and a redirect to the page.
    if (!target.byLotId && (type === undefined || type === 'defaultLink') && !wantsLinkset(linkType, c.req.header('accept'))) {
      c.header('link', linksetHeader(`${baseUrl}${digitalLinkPath(target.gtin14, lotCode)}`));
      c.header('vary', 'Accept, Accept-Language');
      return c.redirect(pagePath(target.lotId), 302);
    }
    const lang = pickLanguage(undefined, c.req.header('accept-language'));
    return answer(c, await lotLinks(deps, baseUrl, target, lang), linkType);
  });

  router.openapi(digitalLinkRoutes.productDigitalLink, async (c) => {
    const lang = pickLanguage(undefined, c.req.header('accept-language'));
    return answer(c, await productLinks(deps, baseUrlOf(deps, c.req.url), c.req.valid('param').gtin, lang), c.req.valid('query').linkType);
  });
}

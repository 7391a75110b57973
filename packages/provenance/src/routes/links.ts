import { PUBLIC } from '@ayni/auth';
import { catalog } from '@ayni/catalog';
import { NotFound } from '@ayni/core';
import { defineRoute, problemResponses, withOperationIds, type AppEnv } from '@ayni/http';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { renderLabelSheet } from '../pages/label.js';
import { publicUrlOf, resolveDigitalLink } from '../service/links.js';
import { pagePath, qrPng, qrSvg } from '../service/qr.js';
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
    summary: 'Printable A4 sheet of QR labels for the lot (HTML)',
    access: PUBLIC,
    request: { params: lotParams, query: z.object({ copies: z.coerce.number().int().min(1).max(60).default(24) }) },
    responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } }, ...problemResponses(400, 404) },
  }),
});

/** GS1 Digital Link resolution, at the root. */
export const digitalLinkRoutes = withOperationIds({
  digitalLink: defineRoute({
    method: 'get',
    path: '/01/{gtin}/10/{lotCode}',
    tags,
    summary: 'GS1 Digital Link of a lot: redirects to its public page',
    access: PUBLIC,
    request: { params: z.object({ gtin: z.string().regex(/^\d{8,14}$/), lotCode: z.string().min(1).max(60) }) },
    responses: { 302: { description: 'To /p/{lotId}' }, ...problemResponses(400, 404) },
  }),
});

export function registerLabelRoutes(router: OpenAPIHono<AppEnv>, deps: ProvenanceRouteDeps): void {
  const qrTarget = async (id: string, requestUrl: string) => {
    const lot = await catalog.getLot(deps, id);
    return publicUrlOf(deps, baseUrlOf(deps, requestUrl), lot);
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
    const lot = await catalog.getLot(deps, c.req.valid('param').lotId);
    const [product, org] = await Promise.all([
      catalog.getProduct(deps, lot.orgId, lot.productId, { includeInactive: true }),
      catalog.requireOrganisation(deps, lot.orgId),
    ]);
    const url = await publicUrlOf(deps, baseUrlOf(deps, c.req.url), lot, product);
    const html = renderLabelSheet({
      productName: product.name.es,
      associationName: org.name,
      lotCode: lot.code ?? lot.id,
      productionDate: lot.productionDate,
      pageUrl: url,
      qrSvg: await qrSvg(url),
      copies: c.req.valid('query').copies,
    });
    return c.html(html, 200);
  });
}

export function registerDigitalLinkRoutes(router: OpenAPIHono<AppEnv>, deps: ProvenanceRouteDeps): void {
  router.openapi(digitalLinkRoutes.digitalLink, async (c) => {
    const { gtin, lotCode } = c.req.valid('param');
    const id = await resolveDigitalLink(deps, gtin, lotCode);
    if (!id) throw new NotFound('No lot has this GTIN and lot code.');
    return c.redirect(pagePath(id), 302);
  });
}

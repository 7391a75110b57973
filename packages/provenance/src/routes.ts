import { allow, PUBLIC, requirePrincipal, type Principal } from '@ayni/auth';
import { NotFound } from '@ayni/core';
import { catalog } from '@ayni/catalog';
import {
  createRouter,
  defineRoute,
  jsonBody,
  jsonContent,
  lotIdSchema,
  orgIdSchema,
  pageQuerySchema,
  pageSchema,
  problemResponses,
  withOperationIds,
  type AppEnv,
} from '@ayni/http';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { proofBundle } from './bundle.js';
import { epcisDocument } from './epcis.js';
import { pickLanguage } from './i18n.js';
import { renderLabelSheet } from './label.js';
import { publicUrlOf, resolveDigitalLink } from './links.js';
import { renderProvenancePage } from './page.js';
import { pagePath, qrPng, qrSvg } from './qr.js';
import { createEventSchema, eventViewSchema, lineageSchema, proofBundleSchema } from './schemas.js';
import { lineage, listEventsPage, recordEvent, type ProvenanceDeps } from './service.js';
import { eventViews } from './views.js';

const orgId = orgIdSchema;
const lotId = lotIdSchema;
const ASSOCIATION_STAFF = allow(['association_admin', 'association_member', 'platform_admin'], { orgParam: 'orgId' });
const tags = ['provenance'];
const lotParams = z.object({ lotId });
const ownLotParams = z.object({ orgId, lotId });

/** Events as an association of Ocongate records them: morning milk, the cheese made from it, its sale. */
const EVENT_EXAMPLES = {
  collection: {
    summary: 'Acopio de leche (collection)',
    value: {
      type: 'collection',
      eventTime: '2026-11-13T06:30:00-05:00',
      what: { quantity: '320', unit: 'litre', description: 'Leche fresca del ordeño de la mañana' },
      where: { place: 'Centro de acopio de Pinchimuro', community: 'Pinchimuro', district: 'Ocongate', region: 'Cusco' },
      who: { memberIds: ['mem_01JD44JQM2V7K3N8P5R9T6W4XA', 'mem_01JD44VHC5M8K2N7P3R6T9W4XB'], role: 'acopiadora' },
      why: { disposition: 'active' },
    },
  },
  transformation: {
    summary: 'Elaboración de queso con la leche de dos lotes (transformation)',
    value: {
      type: 'transformation',
      eventTime: '2026-11-14T09:00:00-05:00',
      what: {
        quantity: '42.5',
        unit: 'kg',
        description: 'Queso tipo paria, prensado 12 horas',
        inputs: [
          { lotId: 'lot_01JD45MK7Q2R8N3P6T9V4W5XAC', quantity: '220', unit: 'litre' },
          { lotId: 'lot_01JD45MK8R3S9P4Q7V2W6X5YBD', quantity: '180', unit: 'litre' },
        ],
      },
      where: { place: 'Planta quesera de la asociación', district: 'Ocongate', region: 'Cusco' },
      who: { role: 'quesero' },
      why: { disposition: 'in_progress' },
    },
  },
  qualityCheck: {
    summary: 'Control de calidad (quality_check)',
    value: {
      type: 'quality_check',
      eventTime: '2026-11-15T10:00:00-05:00',
      where: { place: 'Local de la asociación, Ocongate', district: 'Ocongate' },
      quality: { check: 'Inspección de calidad', result: 'pass', measurements: { humedad: '42 %', sal: '1.8 %' }, inspector: 'Comité de calidad' },
      why: { disposition: 'conformant' },
    },
  },
  shipping: {
    summary: 'Despacho a un restaurante de Cusco (shipping)',
    value: {
      type: 'shipping',
      eventTime: '2026-11-17T05:00:00-05:00',
      where: { place: 'Ocongate', district: 'Ocongate', region: 'Cusco' },
      shipment: { buyerId: 'org_01JD42C5H1CHA7K9M2N4P6R8TV', buyerName: 'Restaurante Chicha', destination: 'Cusco', quantity: '5', unit: 'kg' },
      why: { disposition: 'in_transit' },
    },
  },
};

export const provenanceRoutes = withOperationIds({
  recordEvent: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/lots/{lotId}/events',
    tags,
    summary: 'Record what happened to a lot (EPCIS-style event); append-only, anchored by the next batch',
    access: ASSOCIATION_STAFF,
    idempotency: 'required',
    request: {
      params: ownLotParams,
      body: { ...jsonBody(createEventSchema), content: { 'application/json': { schema: createEventSchema, examples: EVENT_EXAMPLES } } },
    },
    responses: { 201: jsonContent(eventViewSchema, 'Recorded, pending anchoring'), ...problemResponses(400, 401, 403, 404, 409, 422) },
  }),
  listEvents: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/lots/{lotId}/events',
    tags,
    summary: 'A lot’s events in the order they were recorded, a page at a time, with their anchoring status',
    description:
      'Recording order (the log only grows at its end, so following `nextCursor`, or polling with the last cursor, never misses an event); each record carries its `eventTime`. The whole story in event-time order is the proof bundle, `GET /v1/lots/{lotId}/provenance`.',
    access: ASSOCIATION_STAFF,
    request: { params: ownLotParams, query: pageQuerySchema },
    responses: { 200: jsonContent(pageSchema(eventViewSchema, 'ProvenanceEventList'), 'A page of events'), ...problemResponses(400, 401, 403, 404) },
  }),
  lineage: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/lots/{lotId}/lineage',
    tags,
    summary: 'Upstream tree through transformations, downstream tree, and who received the lot (recall)',
    access: ASSOCIATION_STAFF,
    request: { params: ownLotParams },
    responses: { 200: jsonContent(lineageSchema, 'The lineage'), ...problemResponses(400, 401, 403, 404) },
  }),
  proofBundle: defineRoute({
    method: 'get',
    path: '/lots/{lotId}/provenance',
    tags,
    summary: 'Proof bundle: events with canonical JSON, salt, leaf, Merkle proof, root and on-chain anchor',
    description: 'Verify it without trusting us: `npx ayni-verify <this URL> --rpc <any RPC of the chain>`.',
    access: PUBLIC,
    request: { params: lotParams },
    responses: { 200: jsonContent(proofBundleSchema, 'The bundle'), ...problemResponses(400, 404) },
  }),
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

/** Routes mounted at the root (not under /v1): the public page and GS1 Digital Link resolution. */
export const provenancePageRoutes = withOperationIds({
  page: defineRoute({
    method: 'get',
    path: '/p/{lotId}',
    tags,
    summary: 'Public provenance page (Spanish by default; ?lang=en|qu or Accept-Language), verified in the browser',
    access: PUBLIC,
    request: { params: lotParams, query: z.object({ lang: z.string().max(10).optional() }) },
    responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } }, ...problemResponses(400, 404) },
  }),
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

export interface ProvenanceRouteDeps extends ProvenanceDeps {
  /** PUBLIC_BASE_URL; when unset, the request's own origin. */
  readonly publicBaseUrl?: string | undefined;
}

function baseUrlOf(deps: ProvenanceRouteDeps, requestUrl: string): string {
  return (deps.publicBaseUrl ?? new URL(requestUrl).origin).replace(/\/+$/, '');
}

function roleOf(principal: Principal): string {
  return principal.roles.includes('association_admin')
    ? 'association_admin'
    : principal.roles.includes('association_member')
      ? 'association_member'
      : (principal.roles[0] ?? 'unknown');
}

export function createProvenanceRouter(deps: ProvenanceRouteDeps): OpenAPIHono<AppEnv> {
  const router = createRouter();

  router.openapi(provenanceRoutes.recordEvent, async (c) => {
    const { orgId: org, lotId: lot } = c.req.valid('param');
    const principal = requirePrincipal(c);
    const event = await recordEvent(deps, org, lot, c.req.valid('json'), { sub: principal.sub, role: roleOf(principal) });
    c.header('location', `/v1/orgs/${org}/lots/${lot}/events/${event.id}`);
    const [view] = await eventViews(deps, [event]);
    return c.json(view!, 201);
  });

  router.openapi(provenanceRoutes.listEvents, async (c) => {
    const { orgId: org, lotId: lot } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    await catalog.getOwnLot(deps, org, lot);
    const page = await listEventsPage(deps, lot, { limit, cursor });
    return c.json({ items: await eventViews(deps, page.items), nextCursor: page.nextCursor }, 200);
  });

  router.openapi(provenanceRoutes.lineage, async (c) => {
    const { orgId: org, lotId: lot } = c.req.valid('param');
    await catalog.getOwnLot(deps, org, lot);
    const result = await lineage(deps, lot);
    // LineageNode is recursive; the schema documents children loosely (see schemas.ts).
    return c.json(
      result as typeof result & { upstream: { children: Array<Record<string, never>> }; downstream: { children: Array<Record<string, never>> } },
      200,
    );
  });

  router.openapi(provenanceRoutes.proofBundle, async (c) => {
    return c.json(await proofBundle(deps, c.req.valid('param').lotId), 200);
  });

  router.openapi(provenanceRoutes.epcis, async (c) => {
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

  const qrTarget = async (id: string, requestUrl: string) => {
    const lot = await catalog.getLot(deps, id);
    return publicUrlOf(deps, baseUrlOf(deps, requestUrl), lot);
  };

  router.openapi(provenanceRoutes.qrSvg, async (c) => {
    const svg = await qrSvg(await qrTarget(c.req.valid('param').lotId, c.req.url));
    return c.body(svg, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' });
  });

  router.openapi(provenanceRoutes.qrPng, async (c) => {
    const png = await qrPng(await qrTarget(c.req.valid('param').lotId, c.req.url));
    return c.body(new Uint8Array(png), 200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' });
  });

  router.openapi(provenanceRoutes.labels, async (c) => {
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

  return router;
}

export function createProvenancePagesRouter(deps: ProvenanceRouteDeps): OpenAPIHono<AppEnv> {
  const router = createRouter();

  router.openapi(provenancePageRoutes.page, async (c) => {
    const { lotId: id } = c.req.valid('param');
    const bundle = await proofBundle(deps, id);
    const lang = pickLanguage(c.req.valid('query').lang, c.req.header('accept-language'));
    const html = renderProvenancePage(bundle, lang, { bundleUrl: `${baseUrlOf(deps, c.req.url)}/v1/lots/${id}/provenance`, qrUrl: `/v1/lots/${id}/qr.svg` });
    return c.html(html, 200, { 'content-language': lang, vary: 'Accept-Language' });
  });

  router.openapi(provenancePageRoutes.digitalLink, async (c) => {
    const { gtin, lotCode } = c.req.valid('param');
    const id = await resolveDigitalLink(deps, gtin, lotCode);
    if (!id) throw new NotFound('No lot has this GTIN and lot code.');
    return c.redirect(pagePath(id), 302);
  });

  return router;
}

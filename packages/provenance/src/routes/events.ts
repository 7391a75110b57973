import { PUBLIC, requirePrincipal } from '@ayni/auth';
import { catalog } from '@ayni/catalog';
import { defineRoute, jsonBody, jsonContent, pageQuerySchema, pageSchema, problemResponses, withOperationIds, type AppEnv } from '@ayni/http';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createEventSchema, eventViewSchema, lineageSchema, proofBundleSchema } from '../schemas.js';
import { proofBundle } from '../service/bundle.js';
import { lineage, listEventsPage, recordEvent } from '../service/events.js';
import { eventViews } from '../views.js';
import { ASSOCIATION_STAFF, lotParams, ownLotParams, roleOf, tags, type ProvenanceRouteDeps } from './common.js';

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

export const eventRoutes = withOperationIds({
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
    description:
      'Verify it without trusting us: `npx ayni-verify <this URL> --rpc <any RPC of the chain>`, which checks it against the committed deployments registry (or the trust root you pin with `--deployments`, `--contract`, `--chain-id`), the chain of events and the anchors. The bundle format is specified in docs/provenance-verification.md.',
    access: PUBLIC,
    request: { params: lotParams },
    responses: { 200: jsonContent(proofBundleSchema, 'The bundle'), ...problemResponses(400, 404) },
  }),
});

export function registerEventRoutes(router: OpenAPIHono<AppEnv>, deps: ProvenanceRouteDeps): void {
  router.openapi(eventRoutes.recordEvent, async (c) => {
    const { orgId: org, lotId: lot } = c.req.valid('param');
    const principal = requirePrincipal(c);
    const event = await recordEvent(deps, org, lot, c.req.valid('json'), { sub: principal.sub, role: roleOf(principal) });
    c.header('location', `/v1/orgs/${org}/lots/${lot}/events/${event.id}`);
    const [view] = await eventViews(deps, [event]);
    return c.json(view!, 201);
  });

  router.openapi(eventRoutes.listEvents, async (c) => {
    const { orgId: org, lotId: lot } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    await catalog.getOwnLot(deps, org, lot);
    const page = await listEventsPage(deps, lot, { limit, cursor });
    return c.json({ items: await eventViews(deps, page.items), nextCursor: page.nextCursor }, 200);
  });

  router.openapi(eventRoutes.lineage, async (c) => {
    const { orgId: org, lotId: lot } = c.req.valid('param');
    await catalog.getOwnLot(deps, org, lot);
    const result = await lineage(deps, lot);
    // LineageNode is recursive; the schema documents children loosely (see schemas.ts).
    return c.json(
      result as typeof result & { upstream: { children: Array<Record<string, never>> }; downstream: { children: Array<Record<string, never>> } },
      200,
    );
  });

  router.openapi(eventRoutes.proofBundle, async (c) => {
    return c.json(await proofBundle(deps, c.req.valid('param').lotId), 200);
  });
}

import { hasRole, PUBLIC, type Principal } from '@ayni/auth';
import { defineRoute, problemResponses, withOperationIds, type AppEnv } from '@ayni/http';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { FIELD_TEXTS } from '../messages.js';
import { EPCIS_CONTEXT, lotEpcisDocument, epcisQueryDocument } from '../service/epcis.js';
import { EPCIS_PER_PAGE, queryEpcisEvents, type EpcisQueryCaller } from '../service/epcis-query.js';
import { baseUrlOf, lotParams, tags, type ProvenanceRouteDeps } from './common.js';

/** Versions of the standards the documents follow (EPCIS 2.0 REST binding headers). */
const GS1_HEADERS = { 'GS1-EPCIS-Version': '2.0.0', 'GS1-CBV-Version': '2.0.0' } as const;
const versionHeaders = {
  'GS1-EPCIS-Version': { description: 'The EPCIS version of the document', schema: { type: 'string' as const, example: '2.0.0' } },
  'GS1-CBV-Version': { description: 'The CBV version of its vocabulary', schema: { type: 'string' as const, example: '2.0.0' } },
};

const EXAMPLE_CLASS = 'https://id.gs1.org/01/07751234000016/10/QA-118';

const pipeList = (description: string, example: string) => z.string().min(1).max(4000).optional().openapi({ description, example });
const instant = (description: string, example: string) =>
  z.iso.datetime({ offset: true, error: FIELD_TEXTS['provenance.field.date-time'].en }).optional().openapi({ description, example, format: 'date-time' });

export const epcisQuerySchema = z.object({
  EQ_bizStep: pipeList(
    'Only events of these business steps: CBV bare words (`shipping`, `receiving`, `commissioning`, `inspecting`, `packing`) or CBV URIs, separated by `|`.',
    'shipping|receiving',
  ),
  GE_eventTime: instant('Only events that happened at or after this instant.', '2026-11-01T00:00:00-05:00'),
  LT_eventTime: instant('Only events that happened before this instant.', '2026-12-01T00:00:00-05:00'),
  MATCH_epc: pipeList(
    'Lots by their EPC URIs, separated by `|`. Ayni records lots as EPC classes (quantities, no serials), so a lot’s class given here matches as in MATCH_anyEPCClass; a serialised EPC (SGTIN) matches nothing.',
    EXAMPLE_CLASS,
  ),
  MATCH_anyEPCClass: pipeList(
    'Events naming one of these EPC classes in any quantity list (as input or output of a transformation too), separated by `|`: a lot’s LGTIN (GS1 Digital Link `…/01/{gtin}/10/{lot}` on any host, or `urn:epc:class:lgtin:…`), a product’s GTIN class (`…/01/{gtin}`, `urn:epc:idpat:sgtin:….*`: all its lots), or a lot without GTIN by its URI (`{base}/v1/lots/{lotId}`). Required, or MATCH_epc, unless you ask as an association.',
    EXAMPLE_CLASS,
  ),
  perPage: z.coerce
    .number()
    .int()
    .min(1)
    .max(EPCIS_PER_PAGE.max)
    .default(EPCIS_PER_PAGE.default)
    .openapi({ description: `At most this many events in the page (default ${EPCIS_PER_PAGE.default}, at most ${EPCIS_PER_PAGE.max}).`, example: 30 }),
  nextPageToken: z
    .string()
    .min(1)
    .max(20000)
    .optional()
    .openapi({ description: 'The token of the `Link: <…>; rel="next"` header of the previous page, with the same other parameters.' }),
});

const EXAMPLE_EVENT = {
  type: 'ObjectEvent',
  eventID: 'urn:uuid:2f0a6f6c-9d47-5a2e-8b1a-3c4d5e6f7a8b',
  eventTime: '2026-11-17T10:00:00.000Z',
  eventTimeZoneOffset: '+00:00',
  recordTime: '2026-11-17T10:00:00.000Z',
  action: 'OBSERVE',
  bizStep: 'shipping',
  disposition: 'in_transit',
  quantityList: [{ epcClass: EXAMPLE_CLASS, quantity: 5, uom: 'KGM' }],
  bizTransactionList: [{ type: 'po', bizTransaction: 'urn:ayni:order:ord_01JD4QF6B7M8N9P0Q1R2S3T4VW' }],
  sourceList: [{ type: 'owning_party', source: 'https://api.ayni.example/v1/orgs/org_01JD3Z9Q4X8V6T2M1N0P5R7S9W' }],
  destinationList: [{ type: 'owning_party', destination: 'https://api.ayni.example/v1/orgs/org_01JD42C5H1CHA7K9M2N4P6R8TV' }],
  'ayni:type': 'order_dispatch',
  'ayni:orderLine': 1,
};

const documentSchema = (name: string, description: string, example: Record<string, unknown>) =>
  z.record(z.string(), z.unknown()).openapi(name, { description, example });

const epcisQueryDocumentSchema = documentSchema(
  'EPCISQueryDocument',
  'An EPCIS 2.0 `EPCISQueryDocument` (JSON-LD; it validates against GS1’s EPCIS 2.0 JSON Schema): `creationDate` (date-time) and the events in `epcisBody.queryResults.resultsBody.eventList`. Ayni’s extensions are in the `ayni:` namespace (docs/provenance.md, “EPCIS”).',
  {
    '@context': EPCIS_CONTEXT,
    type: 'EPCISQueryDocument',
    schemaVersion: '2.0',
    creationDate: '2026-11-20T15:00:00.000Z',
    epcisBody: { queryResults: { queryName: 'SimpleEventQuery', resultsBody: { eventList: [EXAMPLE_EVENT] } } },
  },
);

export const epcisRoutes = withOperationIds({
  epcis: defineRoute({
    method: 'get',
    path: '/lots/{lotId}/epcis',
    tags,
    summary: 'The lot’s events as an EPCIS 2.0 JSON-LD document, with the dispatches and deliveries of orders from it',
    description:
      'Recorded events in chain order (with their anchors), then `shipping` and `receiving` events of the orders the lot was dispatched in. Which order and which buyer are shown to the order’s parties (bearer token of the association or the buyer) only.',
    access: PUBLIC,
    request: { params: lotParams },
    responses: {
      200: {
        description: 'EPCIS 2.0 document',
        headers: versionHeaders,
        content: { 'application/ld+json': { schema: z.record(z.string(), z.unknown()) } },
      },
      ...problemResponses(400, 404),
    },
  }),
  queryEpcisEvents: defineRoute({
    method: 'get',
    path: '/epcis/events',
    tags,
    summary: 'EPCIS 2.0 event query (REST binding subset): by business step, event time and EPC class, a page at a time',
    description: [
      'Anyone may query the public events of named lots (`MATCH_anyEPCClass` or `MATCH_epc`: a lot, or all lots of a product); an association (bearer token) may list its own events by time and business step without naming lots, and sees the orders behind its dispatches and deliveries.',
      `Pages: at most \`perPage\` events; while more remain, a \`Link: <…&nextPageToken=…>; rel="next"\` header points at the next page (a page may hold fewer events than \`perPage\`, even none, and still have a next one). Order: by event time without \`MATCH_*\`, else lot by lot.`,
      'Parameters the operation does not take (other EPCIS query parameters too) are a 400 naming them.',
    ].join('\n\n'),
    access: PUBLIC,
    request: { query: epcisQuerySchema },
    responses: {
      200: {
        description: 'The events of this page',
        headers: {
          ...versionHeaders,
          Link: { description: 'The next page: `<URL>; rel="next"`; absent on the last page', schema: { type: 'string' as const } },
        },
        content: { 'application/json': { schema: epcisQueryDocumentSchema } },
      },
      ...problemResponses(400, 401),
    },
  }),
});

/** The caller as the EPCIS routes see it (a token sent to these public routes is verified all the same). */
function callerOf(c: Context<AppEnv>): EpcisQueryCaller {
  const principal = c.get('principal') as Principal | undefined;
  return {
    org: principal?.org,
    platformAdmin: hasRole(principal, 'platform_admin'),
    association: hasRole(principal, 'association_admin', 'association_member'),
  };
}

export function registerEpcisRoutes(router: OpenAPIHono<AppEnv>, deps: ProvenanceRouteDeps): void {
  router.openapi(epcisRoutes.epcis, async (c) => {
    const doc = await lotEpcisDocument(deps, c.req.valid('param').lotId, baseUrlOf(deps, c.req.url), callerOf(c));
    return c.json(doc, 200, { 'content-type': 'application/ld+json', ...GS1_HEADERS });
  });

  router.openapi(epcisRoutes.queryEpcisEvents, async (c) => {
    const baseUrl = baseUrlOf(deps, c.req.url);
    const result = await queryEpcisEvents(deps, c.req.valid('query'), callerOf(c), baseUrl);
    const headers: Record<string, string> = { ...GS1_HEADERS };
    if (result.nextPageToken) {
      const next = new URL(`${baseUrl}/v1/epcis/events`);
      for (const [name, value] of new URL(c.req.url).searchParams) if (name !== 'nextPageToken') next.searchParams.append(name, value);
      next.searchParams.set('nextPageToken', result.nextPageToken);
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return c.json(epcisQueryDocument(result.events, deps.clock.now().toISOString()), 200, headers);
  });
}

import { createHash } from 'node:crypto';
import { EpcisRepository } from '../repository/epcis.js';
import { ProvenanceRepository } from '../repository/index.js';
import type { BundleEvent, EventRecord } from '../schemas.js';
import { proofBundle } from './bundle.js';
import { lotClasses, orderUri, organisationUri } from './epcis-identifiers.js';
import type { ProvenanceDeps } from './events.js';

/**
 * EPCIS 2.0 JSON-LD of Ayni's events. Standard fields carry what EPCIS has a field for; everything
 * else is an extension in Ayni's namespace, prefixed `ayni:` at every nesting level, so JSON-LD
 * expansion with GS1's context keeps every term (docs/provenance.md, "EPCIS", lists them).
 */
export const AYNI_EPCIS_NAMESPACE = 'https://ayni.dev/epcis/';
export const GS1_EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';
export const EPCIS_CONTEXT: readonly [string, { readonly ayni: string }] = [GS1_EPCIS_CONTEXT, { ayni: AYNI_EPCIS_NAMESPACE }];

const UOM: Record<string, string> = { kg: 'KGM', litre: 'LTR', unit: 'H87', dozen: 'DZN', metre: 'MTR' };

const DISPOSITION: Record<string, string> = {
  active: 'active',
  in_progress: 'in_progress',
  conformant: 'conformant',
  non_conformant: 'non_conformant',
  in_transit: 'in_transit',
  sellable: 'sellable_accessible',
};

type Rec = Record<string, unknown>;

/** A shipment the orders package wrote when it dispatched an order: quantities in thousandths (numbers) or decimal text. */
export interface ShipmentRecord {
  readonly lotId: string;
  readonly orderId: string;
  readonly line: number;
  readonly associationId?: string | undefined;
  readonly buyerId?: string | undefined;
  readonly quantity?: number | string | undefined;
  readonly unit?: string | undefined;
  readonly date?: string | undefined;
  readonly shippedAt?: string | undefined;
}

/** The delivery of an order (the orders package's receipt). */
export interface ReceiptRecord {
  readonly orderId: string;
  readonly associationId: string;
  readonly buyerId: string;
  readonly receivedAt: string;
  readonly lots: ReadonlyArray<{ readonly lotId: string; readonly line: number; readonly quantity: number; readonly unit: string }>;
}

/** What one EPCIS event is made from. */
export type EpcisSource =
  | { readonly kind: 'event'; readonly event: Pick<BundleEvent, 'record' | 'recordHash' | 'anchor'> }
  | { readonly kind: 'shipping'; readonly shipment: ShipmentRecord }
  | { readonly kind: 'receiving'; readonly receipt: ReceiptRecord };

/** Who is looking: the order behind a dispatch or delivery (buyer, order id) is its parties' business. */
export interface EpcisViewer {
  readonly org?: string | undefined;
  readonly platformAdmin: boolean;
}

export interface EpcisContext {
  readonly baseUrl: string;
  /** The EPC class of a lot (see `lotClassUri`). */
  readonly classOf: (lotId: string) => string;
  /** The organisation of a lot, for shipments written without their association. */
  readonly orgOfLot: (lotId: string) => string | undefined;
  readonly productOfLot: (lotId: string) => string | undefined;
  readonly viewer: EpcisViewer;
}

export const seesOrder = (viewer: EpcisViewer, associationId: string | undefined, buyerId: string | undefined) =>
  viewer.platformAdmin || (viewer.org !== undefined && (viewer.org === associationId || viewer.org === buyerId));

/** Ayni's extension terms: every key prefixed, at every level; undefined values left out. */
function ayni(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ayni);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Rec)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [`ayni:${k}`, ayni(v)]),
  );
}

const nonEmpty = (value: Rec | undefined) => value !== undefined && Object.keys(value).length > 0;

function quantityElement(epcClass: string, quantity: number | undefined, unit: string | undefined): Rec {
  return { epcClass, ...(quantity !== undefined && Number.isFinite(quantity) ? { quantity, ...(unit ? { uom: UOM[unit] ?? unit } : {}) } : {}) };
}

/** Thousandths (the orders package's numbers) or decimal text, as a decimal number. */
function decimalOf(quantity: number | string | undefined): number | undefined {
  if (quantity === undefined) return undefined;
  return typeof quantity === 'number' ? quantity / 1000 : Number(quantity);
}

/** A name-based UUID (RFC 9562 version 5, SHA-1) in Ayni's EPCIS namespace: the same event always gets the same id. */
function uuidOf(name: string): string {
  const namespace = Buffer.from('6f1c2a4e8b3d4f5a9c7e1d2b3a4f5e6d', 'hex');
  const bytes = createHash('sha1').update(namespace).update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function recordedEvent(source: Extract<EpcisSource, { kind: 'event' }>, ctx: EpcisContext): Rec {
  const r = source.event.record as EventRecord & Rec;
  const what = (r.what ?? {}) as { quantity?: string; unit?: string; description?: string; inputs?: Array<{ lotId: string; quantity: string; unit: string }> };
  const why = (r.why ?? {}) as { disposition?: string; note?: string };
  const where = (r.where ?? {}) as { place?: string; geo?: { lat: number; lng: number } };
  const quality = r.quality as { measurements?: Record<string, string> } | undefined;
  const shipment = r.shipment as { buyerId?: string; buyerName?: string; orderId?: string; destination?: string; quantity?: string; unit?: string } | undefined;
  const anchor = source.event.anchor;
  const eventID = `${ctx.baseUrl}/v1/lots/${r.lotId}/events/${r.id}`;
  const common: Rec = {
    eventID,
    eventTime: r.eventTime,
    eventTimeZoneOffset: r.eventTimeZoneOffset ?? '+00:00',
    recordTime: r.recordedAt,
    bizStep: r.bizStep,
    ...(why.disposition ? { disposition: DISPOSITION[why.disposition] ?? why.disposition } : {}),
    readPoint: {
      id: where.geo ? `geo:${where.geo.lat},${where.geo.lng}` : `${organisationUri(ctx.baseUrl, r.orgId)}#${encodeURIComponent(where.place ?? '')}`,
    },
    ...(r.certification ? { certificationInfo: `${ctx.baseUrl}/v1/lots/${r.lotId}/provenance#${r.id}` } : {}),
    'ayni:type': r.type,
    ...(r.seq !== undefined ? { 'ayni:seq': r.seq } : {}),
    ...(r.prev ? { 'ayni:prev': r.prev } : {}),
    ...(r.final ? { 'ayni:final': true } : {}),
    ...(r.corrects ? { 'ayni:corrects': `${ctx.baseUrl}/v1/lots/${r.lotId}/events/${r.corrects}` } : {}),
    ...(what.description ? { 'ayni:description': what.description } : {}),
    ...(why.note ? { 'ayni:note': why.note } : {}),
    'ayni:where': ayni(r.where),
    ...(nonEmpty(r.who as Rec) ? { 'ayni:who': ayni(r.who) } : {}),
    'ayni:recordedByRole': r.recordedByRole,
    'ayni:recordHash': source.event.recordHash,
    ...(quality
      ? {
          'ayni:quality': ayni({
            ...quality,
            measurements: quality.measurements ? Object.entries(quality.measurements).map(([name, value]) => ({ name, value })) : undefined,
          }),
        }
      : {}),
    ...(r.certification ? { 'ayni:certification': ayni(r.certification) } : {}),
    ...(anchor
      ? {
          'ayni:anchor': ayni({
            chainId: anchor.chainId,
            chainName: anchor.chainName,
            contract: anchor.contract,
            anchorer: anchor.anchorer,
            batchId: anchor.batchId,
            root: anchor.root,
            txHash: anchor.txHash,
            blockNumber: anchor.blockNumber,
            blockTime: anchor.blockTime,
            status: anchor.status,
          }),
        }
      : {}),
  };
  if (r.type === 'transformation') {
    return {
      type: 'TransformationEvent',
      ...common,
      inputQuantityList: (what.inputs ?? []).map((i) => quantityElement(ctx.classOf(i.lotId), Number(i.quantity), i.unit)),
      outputQuantityList: [quantityElement(ctx.classOf(r.lotId), what.quantity ? Number(what.quantity) : undefined, what.unit)],
    };
  }
  const quantity = shipment?.quantity ?? what.quantity;
  return {
    type: 'ObjectEvent',
    action: r.type === 'harvest' || r.type === 'collection' ? 'ADD' : 'OBSERVE',
    ...common,
    quantityList: [quantityElement(ctx.classOf(r.lotId), quantity ? Number(quantity) : undefined, shipment?.unit ?? what.unit)],
    ...(shipment
      ? {
          ...(shipment.orderId ? { bizTransactionList: [{ type: 'po', bizTransaction: orderUri(shipment.orderId) }] } : {}),
          sourceList: [{ type: 'owning_party', source: organisationUri(ctx.baseUrl, r.orgId) }],
          destinationList: [
            {
              type: 'owning_party',
              destination: shipment.buyerId ? organisationUri(ctx.baseUrl, shipment.buyerId) : `urn:ayni:buyer:${encodeURIComponent(shipment.buyerName ?? '')}`,
            },
          ],
          'ayni:shipment': ayni({ buyerName: shipment.buyerName, destination: shipment.destination }),
        }
      : {}),
  };
}

/**
 * The dispatch of an order from a lot: `shipping`, `in_transit`, from the association to the buyer
 * under the order (`po`). Who the buyer is and which order it was are shown to the order's parties
 * only; the public sees that the lot was dispatched, how much and by whom.
 */
function shippingEvent(shipment: ShipmentRecord, ctx: EpcisContext): Rec {
  const associationId = shipment.associationId ?? ctx.orgOfLot(shipment.lotId);
  const at = shipment.shippedAt ?? `${shipment.date}T00:00:00.000Z`;
  const full = seesOrder(ctx.viewer, associationId, shipment.buyerId);
  return {
    type: 'ObjectEvent',
    eventID: uuidOf(`shipping|${shipment.lotId}|${shipment.orderId}|${shipment.line}`),
    eventTime: at,
    eventTimeZoneOffset: '+00:00',
    recordTime: at,
    action: 'OBSERVE',
    bizStep: 'shipping',
    disposition: 'in_transit',
    quantityList: [quantityElement(ctx.classOf(shipment.lotId), decimalOf(shipment.quantity), shipment.unit)],
    ...(full ? { bizTransactionList: [{ type: 'po', bizTransaction: orderUri(shipment.orderId) }] } : {}),
    ...(associationId ? { sourceList: [{ type: 'owning_party', source: organisationUri(ctx.baseUrl, associationId) }] } : {}),
    ...(full && shipment.buyerId ? { destinationList: [{ type: 'owning_party', destination: organisationUri(ctx.baseUrl, shipment.buyerId) }] } : {}),
    'ayni:type': 'order_dispatch',
    ...(full ? { 'ayni:orderLine': shipment.line } : {}),
  };
}

/** The delivery of an order: `receiving`, `in_progress`, every lot the order was dispatched from. */
function receivingEvent(receipt: ReceiptRecord, ctx: EpcisContext): Rec {
  const full = seesOrder(ctx.viewer, receipt.associationId, receipt.buyerId);
  const perLot = new Map<string, { quantity: number; unit: string }>();
  for (const entry of receipt.lots) {
    const seen = perLot.get(entry.lotId);
    perLot.set(entry.lotId, { quantity: (seen?.quantity ?? 0) + entry.quantity, unit: entry.unit });
  }
  return {
    type: 'ObjectEvent',
    eventID: uuidOf(`receiving|${receipt.orderId}`),
    eventTime: receipt.receivedAt,
    eventTimeZoneOffset: '+00:00',
    recordTime: receipt.receivedAt,
    action: 'OBSERVE',
    bizStep: 'receiving',
    disposition: 'in_progress',
    quantityList: [...perLot].map(([lotId, { quantity, unit }]) => quantityElement(ctx.classOf(lotId), quantity / 1000, unit)),
    ...(full ? { bizTransactionList: [{ type: 'po', bizTransaction: orderUri(receipt.orderId) }] } : {}),
    sourceList: [{ type: 'owning_party', source: organisationUri(ctx.baseUrl, receipt.associationId) }],
    ...(full ? { destinationList: [{ type: 'owning_party', destination: organisationUri(ctx.baseUrl, receipt.buyerId) }] } : {}),
    'ayni:type': 'order_delivery',
  };
}

/** One EPCIS event, as JSON (nothing undefined in it). */
export function epcisEvent(source: EpcisSource, ctx: EpcisContext): Rec {
  const event =
    source.kind === 'event'
      ? recordedEvent(source, ctx)
      : source.kind === 'shipping'
        ? shippingEvent(source.shipment, ctx)
        : receivingEvent(source.receipt, ctx);
  return JSON.parse(JSON.stringify(event)) as Rec;
}

/** The EPC classes an EPCIS event names in any of its quantity lists (what MATCH_anyEPCClass matches). */
export function classesOf(event: Rec): string[] {
  const lists = ['quantityList', 'inputQuantityList', 'outputQuantityList', 'childQuantityList'];
  return lists.flatMap((name) => ((event[name] as Array<{ epcClass: string }> | undefined) ?? []).map((q) => q.epcClass));
}

/** The lots whose classes building these events needs. */
export function lotsOf(sources: readonly EpcisSource[]): Set<string> {
  const lots = new Set<string>();
  for (const source of sources) {
    if (source.kind === 'shipping') lots.add(source.shipment.lotId);
    else if (source.kind === 'receiving') for (const entry of source.receipt.lots) lots.add(entry.lotId);
    else {
      lots.add(source.event.record.lotId);
      for (const input of (source.event.record.what as { inputs?: Array<{ lotId: string }> }).inputs ?? []) lots.add(input.lotId);
    }
  }
  return lots;
}

/** The context events are built in: the classes of their lots (`lotClasses`), who is looking. */
export async function epcisContextFor(deps: ProvenanceDeps, baseUrl: string, sources: readonly EpcisSource[], viewer: EpcisViewer): Promise<EpcisContext> {
  const classes = await lotClasses(deps, baseUrl, lotsOf(sources));
  return {
    baseUrl,
    classOf: (lotId) => classes.get(lotId)?.classUri ?? `${baseUrl}/v1/lots/${lotId}`,
    orgOfLot: (lotId) => classes.get(lotId)?.orgId,
    productOfLot: (lotId) => classes.get(lotId)?.productId,
    viewer,
  };
}

export function shipmentRecordOf(item: Record<string, unknown>): ShipmentRecord {
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    lotId: String(item.lotId),
    orderId: String(item.orderId),
    line: Number(item.line),
    associationId: text(item.associationId),
    buyerId: text(item.buyerId),
    quantity: typeof item.quantity === 'number' || typeof item.quantity === 'string' ? item.quantity : undefined,
    unit: text(item.unit),
    date: text(item.date),
    shippedAt: text(item.shippedAt),
  };
}

export function receiptRecordOf(item: Record<string, unknown>): ReceiptRecord {
  return {
    orderId: String(item.orderId),
    associationId: String(item.associationId),
    buyerId: String(item.buyerId),
    receivedAt: String(item.receivedAt),
    lots: ((item.lots as Array<Record<string, unknown>> | undefined) ?? []).map((entry) => ({
      lotId: String(entry.lotId),
      line: Number(entry.line),
      quantity: Number(entry.quantity),
      unit: String(entry.unit),
    })),
  };
}

export const shipmentTime = (shipment: ShipmentRecord) => shipment.shippedAt ?? `${shipment.date}T00:00:00.000Z`;

/** A lot's events as an EPCIS 2.0 document (`EPCISDocument`). */
export function epcisDocument(events: readonly Rec[], creationDate: string): Rec {
  return { '@context': EPCIS_CONTEXT, type: 'EPCISDocument', schemaVersion: '2.0', creationDate, epcisBody: { eventList: events } };
}

/** The answer to an EPCIS query (`EPCISQueryDocument` of a `SimpleEventQuery`). */
export function epcisQueryDocument(events: readonly Rec[], creationDate: string): Rec {
  return {
    '@context': EPCIS_CONTEXT,
    type: 'EPCISQueryDocument',
    schemaVersion: '2.0',
    creationDate,
    epcisBody: { queryResults: { queryName: 'SimpleEventQuery', resultsBody: { eventList: events } } },
  };
}

/**
 * A lot's story as EPCIS: its recorded events in chain order (from the proof bundle: anchors
 * included), then the dispatches of orders from it and their deliveries, by time.
 */
export async function lotEpcisDocument(deps: ProvenanceDeps, lotId: string, baseUrl: string, viewer: EpcisViewer): Promise<Rec> {
  const bundle = await proofBundle(deps, lotId);
  const shipments = (await new ProvenanceRepository(deps.store).listShipments(lotId)).map(shipmentRecordOf);
  const receipts = await new EpcisRepository(deps.store).getReceipts(shipments.map((s) => s.orderId));
  const orders: EpcisSource[] = [
    ...shipments.map((shipment): EpcisSource => ({ kind: 'shipping', shipment })),
    ...[...receipts.values()].map((item): EpcisSource => ({ kind: 'receiving', receipt: receiptRecordOf(item) })),
  ];
  const timeOf = (source: EpcisSource) =>
    source.kind === 'shipping' ? shipmentTime(source.shipment) : source.kind === 'receiving' ? source.receipt.receivedAt : '';
  orders.sort((a, b) => timeOf(a).localeCompare(timeOf(b)));
  const sources: EpcisSource[] = [...bundle.events.map((event): EpcisSource => ({ kind: 'event', event })), ...orders];
  const ctx = await epcisContextFor(deps, baseUrl, sources, viewer);
  return epcisDocument(
    sources.map((source) => epcisEvent(source, ctx)),
    deps.clock.now().toISOString(),
  );
}

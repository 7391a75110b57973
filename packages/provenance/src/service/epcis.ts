import type { ProofBundle } from '../schemas.js';

const UOM: Record<string, string> = { kg: 'KGM', litre: 'LTR', unit: 'H87', dozen: 'DZN', metre: 'MTR' };

const DISPOSITION: Record<string, string> = {
  active: 'active',
  in_progress: 'in_progress',
  conformant: 'conformant',
  non_conformant: 'non_conformant',
  in_transit: 'in_transit',
  sellable: 'sellable_accessible',
};

export interface EpcisContext {
  readonly baseUrl: string;
  /** GTIN of a lot's product, when it has one. */
  readonly gtinOf: (lotId: string) => string | undefined;
  readonly lotCodeOf: (lotId: string) => string;
}

/** The EPC class of a lot: an LGTIN Digital Link URI with a GTIN, else our own lot URI. */
function epcClass(lotId: string, ctx: EpcisContext): string {
  const gtin = ctx.gtinOf(lotId);
  return gtin ? `https://id.gs1.org/01/${gtin}/10/${encodeURIComponent(ctx.lotCodeOf(lotId))}` : `${ctx.baseUrl}/v1/lots/${lotId}`;
}

type Rec = Record<string, any>;

function quantity(lotId: string, qty: string | undefined, unit: string | undefined, ctx: EpcisContext) {
  return { epcClass: epcClass(lotId, ctx), ...(qty ? { quantity: Number(qty), uom: UOM[unit ?? ''] ?? unit } : {}) };
}

function epcisEvent(event: ProofBundle['events'][number], ctx: EpcisContext): Rec {
  const r = event.record as Rec;
  const common: Rec = {
    eventID: `${ctx.baseUrl}/v1/lots/${r.lotId}/events/${r.id}`,
    eventTime: r.eventTime,
    eventTimeZoneOffset: r.eventTimeZoneOffset ?? '+00:00',
    recordTime: r.recordedAt,
    bizStep: r.bizStep,
    ...(r.why?.disposition ? { disposition: DISPOSITION[r.why.disposition] ?? r.why.disposition } : {}),
    readPoint: {
      id: r.where?.geo ? `geo:${r.where.geo.lat},${r.where.geo.lng}` : `${ctx.baseUrl}/v1/orgs/${r.orgId}#${encodeURIComponent(r.where?.place ?? '')}`,
    },
    ...(r.corrects ? { 'ayni:corrects': `${ctx.baseUrl}/v1/lots/${r.lotId}/events/${r.corrects}` } : {}),
    'ayni:type': r.type,
    'ayni:place': r.where,
    ...(r.who && Object.keys(r.who).length ? { 'ayni:who': r.who } : {}),
    ...(r.why?.note ? { 'ayni:note': r.why.note } : {}),
    'ayni:recordHash': event.recordHash,
    ...(event.anchor
      ? {
          'ayni:anchor': {
            chainId: event.anchor.chainId,
            contract: event.anchor.contract,
            txHash: event.anchor.txHash,
            blockNumber: event.anchor.blockNumber,
            root: event.anchor.root,
            status: event.anchor.status,
          },
        }
      : {}),
  };
  if (r.type === 'transformation') {
    return {
      type: 'TransformationEvent',
      ...common,
      inputQuantityList: (r.what.inputs as Rec[]).map((i) => quantity(i.lotId, i.quantity, i.unit, ctx)),
      outputQuantityList: [quantity(r.lotId, r.what.quantity, r.what.unit, ctx)],
    };
  }
  const ship = r.shipment as Rec | undefined;
  return {
    type: 'ObjectEvent',
    action: r.type === 'harvest' || r.type === 'collection' ? 'ADD' : 'OBSERVE',
    ...common,
    quantityList: [quantity(r.lotId, ship?.quantity ?? r.what?.quantity, ship?.unit ?? r.what?.unit, ctx)],
    ...(ship
      ? {
          sourceList: [{ type: 'owning_party', source: `${ctx.baseUrl}/v1/orgs/${r.orgId}` }],
          destinationList: [
            {
              type: 'owning_party',
              destination: ship.buyerId ? `${ctx.baseUrl}/v1/orgs/${ship.buyerId}` : `urn:ayni:buyer:${encodeURIComponent(ship.buyerName)}`,
            },
          ],
          ...(ship.orderId ? { bizTransactionList: [{ type: 'po', bizTransaction: `urn:ayni:order:${ship.orderId}` }] } : {}),
        }
      : {}),
    ...(r.certification
      ? { certificationInfo: `${r.certification.name} (${r.certification.issuer}${r.certification.certificateId ? ` ${r.certification.certificateId}` : ''})` }
      : {}),
    ...(r.quality ? { 'ayni:quality': r.quality } : {}),
  };
}

/** A lot's events as an EPCIS 2.0 JSON-LD document. */
export function epcisDocument(bundle: ProofBundle, ctx: EpcisContext, creationDate: string): Rec {
  return {
    '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { ayni: 'https://ayni.dev/epcis/' }],
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate,
    epcisBody: { eventList: bundle.events.map((event) => JSON.parse(JSON.stringify(epcisEvent(event, ctx)))) },
  };
}

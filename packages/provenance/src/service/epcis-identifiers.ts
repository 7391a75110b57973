import { catalog, isGtin, linkCodeOf, normalizeGtin, type LotItem, type ProductItem } from '@ayni/catalog';
import { DigitalLinkRepository } from '../repository/links.js';
import type { ProvenanceDeps } from './events.js';
import { digitalLinkPath, productLinkPath } from './qr.js';

/**
 * The identifiers Ayni's EPCIS documents use, and how a query's EPC or EPC class URI names a lot.
 *
 * - A lot of a product with a GTIN is the EPC class LGTIN, in the canonical GS1 Digital Link form
 *   `https://id.gs1.org/01/{gtin14}/10/{lot}` (the batch/lot number the catalog gave its Digital
 *   Link: `linkCodeOf`), the same GTIN and lot as its QR code; without a GTIN it is the lot's own
 *   URI `{base}/v1/lots/{lotId}`.
 * - Parties (associations, buyers) are `{base}/v1/orgs/{orgId}`; orders are `urn:ayni:order:{id}`.
 */
export const GS1_RESOLVER = 'https://id.gs1.org';

export const organisationUri = (baseUrl: string, orgId: string) => `${baseUrl}/v1/orgs/${orgId}`;
export const lotUri = (baseUrl: string, lotId: string) => `${baseUrl}/v1/lots/${lotId}`;
export const orderUri = (orderId: string) => `urn:ayni:order:${encodeURIComponent(orderId)}`;
export const productClassUri = (gtin: string) => `${GS1_RESOLVER}${productLinkPath(normalizeGtin(gtin))}`;

/** The EPC class of a lot. */
export function lotClassUri(baseUrl: string, lot: Pick<LotItem, 'id' | 'code' | 'linkCode'>, gtin: string | undefined): string {
  return gtin ? `${GS1_RESOLVER}${digitalLinkPath(normalizeGtin(gtin), linkCodeOf(lot))}` : lotUri(baseUrl, lot.id);
}

/**
 * The EPC classes of lots, for building events: one batch read of the lots and one read per
 * distinct product. A lot that no longer exists keeps its lot URI.
 */
export async function lotClasses(
  deps: ProvenanceDeps,
  baseUrl: string,
  lotIds: Iterable<string>,
): Promise<Map<string, { classUri: string; orgId?: string; productId?: string }>> {
  const ids = [...new Set(lotIds)];
  const lots = ids.length ? await catalog.getLots(deps, ids) : new Map<string, LotItem>();
  const productKeys = new Map<string, { orgId: string; productId: string }>();
  for (const lot of lots.values()) productKeys.set(`${lot.orgId}/${lot.productId}`, { orgId: lot.orgId, productId: lot.productId });
  const products = new Map<string, ProductItem | undefined>();
  await Promise.all(
    [...productKeys].map(async ([key, { orgId, productId }]) => {
      products.set(key, await catalog.getProduct(deps, orgId, productId, { includeInactive: true }).catch(() => undefined));
    }),
  );
  return new Map(
    ids.map((id) => {
      const lot = lots.get(id);
      if (!lot) return [id, { classUri: lotUri(baseUrl, id) }];
      const gtin = products.get(`${lot.orgId}/${lot.productId}`)?.gtin;
      return [id, { classUri: lotClassUri(baseUrl, lot, gtin), orgId: lot.orgId, productId: lot.productId }];
    }),
  );
}

/** What an EPC or EPC class URI of a query names. */
export type EpcTarget =
  /** A lot by its own URI. */
  | { readonly kind: 'lot'; readonly lotId: string }
  /** A lot as LGTIN (Digital Link `/01/{gtin}/10/{lot}` or `urn:epc:class:lgtin:`). */
  | { readonly kind: 'lgtin'; readonly gtin14: string; readonly lotCode: string }
  /** Every lot of a product: the GTIN class (Digital Link `/01/{gtin}`, `urn:epc:idpat:sgtin:….*`). */
  | { readonly kind: 'product'; readonly gtin14: string }
  /** A well-formed identifier no Ayni event can carry (a serialised item: SGTIN). */
  | { readonly kind: 'none' };

const LOT_ID = /^lot_[0-9A-Z]{26}$/;

/** GS1 check digit of the first 13 digits of a GTIN-14 (weights 3, 1, … from the right). */
function withCheckDigit(body13: string): string {
  let sum = 0;
  for (let i = 0; i < body13.length; i++) sum += Number(body13[body13.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return `${body13}${(10 - (sum % 10)) % 10}`;
}

/**
 * The GTIN-14 of an EPC URI's company prefix and indicator + item reference: the indicator digit
 * (first of the item reference) comes first, then the company prefix, the rest of the item
 * reference and a computed check digit (GS1 EPC Tag Data Standard). No company prefix table is
 * needed this way round.
 */
function gtinOfEpcUri(companyPrefix: string, itemReference: string): string | undefined {
  if (companyPrefix.length < 6 || companyPrefix.length > 12 || companyPrefix.length + itemReference.length !== 13) return undefined;
  return withCheckDigit(`${itemReference[0]}${companyPrefix}${itemReference.slice(1)}`);
}

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads an EPC or EPC class URI: the EPC URN forms of the GS1 Tag Data Standard, GS1 Digital Link
 * URIs on any host (ours, id.gs1.org, a brand's), and Ayni's lot URIs. Undefined when the text is
 * none of these (the query answers 400 naming the parameter).
 */
export function parseEpcUri(value: string, baseUrl: string): EpcTarget | undefined {
  const urn = /^urn:epc:(class:lgtin|idpat:sgtin|id:sgtin):(\d+)\.(\d+)\.(.+)$/.exec(value);
  if (urn) {
    const gtin14 = gtinOfEpcUri(urn[2]!, urn[3]!);
    if (!gtin14) return undefined;
    if (urn[1] === 'idpat:sgtin') return urn[4] === '*' ? { kind: 'product', gtin14 } : undefined;
    if (urn[1] === 'id:sgtin') return { kind: 'none' };
    const lotCode = decoded(urn[4]!);
    return lotCode ? { kind: 'lgtin', gtin14, lotCode } : undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const own = /^\/v1\/lots\/([^/]+)$/.exec(url.pathname);
  if (own && `${url.origin}` === new URL(baseUrl).origin && !url.search && !url.hash) return LOT_ID.test(own[1]!) ? { kind: 'lot', lotId: own[1]! } : undefined;
  const link = /(?:^|\/)01\/(\d{8}|\d{12,14})(?:\/(.*))?$/.exec(url.pathname);
  if (!link || !isGtin(link[1]!)) return undefined;
  const gtin14 = normalizeGtin(link[1]!);
  const rest = (link[2] ?? '').replace(/\/$/, '');
  if (rest === '') return { kind: 'product', gtin14 };
  const lot = /^10\/([^/]+)$/.exec(rest);
  if (lot) {
    const lotCode = decoded(lot[1]!);
    return lotCode ? { kind: 'lgtin', gtin14, lotCode } : undefined;
  }
  // A serial (AI 21), with or without a lot: an instance, which Ayni's lot-level events never name.
  return /^(10\/[^/]+\/)?21\/[^/]+$/.test(rest) ? { kind: 'none' } : undefined;
}

/** A query's EPC or EPC class, as the lots it names. */
export type ResolvedTarget =
  | { readonly kind: 'lot'; readonly lot: LotItem; readonly classUri: string }
  | { readonly kind: 'product'; readonly orgId: string; readonly productId: string; readonly classPrefix: string }
  | { readonly kind: 'none' };

/** The forms a GTIN-14 may have been stored in before GTINs were normalised (13, 12, 8 digits). */
function shorterForms(gtin14: string): string[] {
  return [13, 12, 8].filter((length) => /^0+$/.test(gtin14.slice(0, 14 - length))).map((length) => gtin14.slice(14 - length));
}

/**
 * The lot (or product) a parsed identifier names, by key reads only: a lot id; a Digital Link
 * pointer (the catalog's, under the GTIN in 14 digits, or as it was stored before); a lot id in the
 * lot-code position, only for a lot of that GTIN; a GTIN claim naming its product.
 */
export async function resolveEpcTarget(deps: ProvenanceDeps, baseUrl: string, target: EpcTarget): Promise<ResolvedTarget> {
  const links = new DigitalLinkRepository(deps.store);
  if (target.kind === 'none') return target;
  if (target.kind === 'product') {
    const claim = await links.resolveGtin(target.gtin14);
    return claim ? { kind: 'product', orgId: claim.orgId, productId: claim.productId, classPrefix: `${productClassUri(target.gtin14)}/` } : { kind: 'none' };
  }
  let lotId: string | undefined;
  if (target.kind === 'lot') lotId = target.lotId;
  else {
    for (const gtin of [target.gtin14, ...shorterForms(target.gtin14)]) {
      lotId = (await links.resolveDigitalLink(gtin, target.lotCode))?.lotId;
      if (lotId) break;
    }
    if (!lotId && LOT_ID.test(target.lotCode)) lotId = target.lotCode;
  }
  const lot = lotId ? (await catalog.getLots(deps, [lotId])).get(lotId) : undefined;
  if (!lot) return { kind: 'none' };
  const product = await catalog.getProduct(deps, lot.orgId, lot.productId, { includeInactive: true }).catch(() => undefined);
  if (target.kind === 'lgtin' && (!product?.gtin || normalizeGtin(product.gtin) !== target.gtin14)) return { kind: 'none' };
  return { kind: 'lot', lot, classUri: lotClassUri(baseUrl, lot, product?.gtin) };
}

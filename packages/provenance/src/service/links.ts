import { catalog, linkCodeOf, normalizeGtin, type LotItem, type ProductItem } from '@ayni/catalog';
import { message, NotFound } from '@ayni/core';
import { MESSAGES } from '../messages.js';
import { STRINGS, type PageLanguage } from '../pages/i18n.js';
import { DigitalLinkRepository, type LinkTarget } from '../repository/links.js';
import type { ProvenanceDeps } from './events.js';
import { digitalLinkPath, pagePath, productLinkPath } from './qr.js';

/** Where a lot's QR code points, and the GS1 element strings printed under it when it has a GTIN. */
export interface LotLink {
  readonly url: string;
  /** GTIN (14 digits) and batch/lot number (AI 10) of the link; absent without a GTIN. */
  readonly gs1?: { readonly gtin: string; readonly lot: string };
}

/**
 * The URL printed in a lot's QR code: its GS1 Digital Link `/01/{gtin14}/10/{lot}` when the product
 * has a GTIN (the batch/lot number is the lot's code, or its alias: `linkCodeOf`), else `/p/{lotId}`.
 * Nothing is written here: the catalog wrote the link with the lot (or when the product got its GTIN).
 */
export async function lotLinkOf(deps: ProvenanceDeps, baseUrl: string, lot: LotItem, product?: ProductItem): Promise<LotLink> {
  const p = product ?? (await catalog.getProduct(deps, lot.orgId, lot.productId, { includeInactive: true }));
  if (!p.gtin) return { url: `${baseUrl}${pagePath(lot.id)}` };
  const gs1 = { gtin: normalizeGtin(p.gtin), lot: linkCodeOf(lot) };
  return { url: `${baseUrl}${digitalLinkPath(gs1.gtin, gs1.lot)}`, gs1 };
}

export async function publicUrlOf(deps: ProvenanceDeps, baseUrl: string, lot: LotItem, product?: ProductItem): Promise<string> {
  return (await lotLinkOf(deps, baseUrl, lot, product)).url;
}

// Resolution (GS1-Conformant Resolver): link types, linksets, redirects.

/** The GS1 Web Vocabulary link types this resolver answers. */
export const LINK_TYPES = ['defaultLink', 'pip', 'traceability', 'epcis'] as const;
export type LinkType = (typeof LINK_TYPES)[number];
const GS1_VOC = 'https://gs1.org/voc/';
const VOCABULARY_PREFIXES = ['gs1:', GS1_VOC, 'http://gs1.org/voc/', 'https://www.gs1.org/voc/', 'https://ref.gs1.org/voc/'];
export const LINKSET_MEDIA_TYPE = 'application/linkset+json';

/**
 * What `?linkType=` asks for: a link type (`gs1:pip`, or its full URI in any of the GS1 vocabulary's
 * namespaces), `linkset` (or `all`, as resolvers of the 1.0 standard named it) for every link, and
 * anything else nothing (the default link is served).
 */
export function requestedLinkType(value: string | undefined): LinkType | 'linkset' | undefined {
  if (!value) return undefined;
  if (value === 'linkset' || value === 'all') return 'linkset';
  const prefix = VOCABULARY_PREFIXES.find((p) => value.startsWith(p));
  const name = prefix ? value.slice(prefix.length) : undefined;
  return (LINK_TYPES as readonly string[]).includes(name ?? '') ? (name as LinkType) : undefined;
}

/** Media ranges of an Accept header, best first (q = 0 left out). */
function acceptedRanges(accept: string | undefined): string[] {
  return (accept ?? '')
    .split(',')
    .map((part, order) => {
      const [range, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith('q='));
      return { range: range ?? '', q: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((r) => r.range && r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
    .map((r) => r.range);
}

/** The linkset is asked for by `?linkType=linkset` or by `Accept: application/linkset+json`. */
export function wantsLinkset(linkType: string | undefined, accept: string | undefined): boolean {
  return requestedLinkType(linkType) === 'linkset' || acceptedRanges(accept).includes(LINKSET_MEDIA_TYPE);
}

/** A link target of an RFC 9264 linkset. */
export interface LinkTargetObject {
  readonly href: string;
  readonly title: string;
  readonly type: string;
  readonly hreflang?: readonly string[];
}

export interface ResolvedLinks {
  /** The canonical Digital Link of what was resolved (14-digit GTIN). */
  readonly anchor: string;
  readonly links: Readonly<Partial<Record<LinkType, readonly LinkTargetObject[]>>>;
}

/** The target of a request: the first link of the type asked for (else the default link) whose media type the client accepts best. */
export function chooseLink(resolved: ResolvedLinks, linkType: string | undefined, accept: string | undefined): LinkTargetObject {
  const asked = requestedLinkType(linkType);
  const candidates = (asked && asked !== 'linkset' && resolved.links[asked]) || resolved.links.defaultLink!;
  for (const range of acceptedRanges(accept)) {
    const match = candidates.find((link) => range === '*/*' || range === link.type || (range.endsWith('/*') && link.type.startsWith(range.slice(0, -1))));
    if (match) return match;
  }
  return candidates[0]!;
}

/** An RFC 9264 linkset (`application/linkset+json`): one context, its links keyed by their GS1 link type URI. */
export function linksetOf(resolved: ResolvedLinks): { linkset: Array<Record<string, unknown>> } {
  const context: Record<string, unknown> = { anchor: resolved.anchor };
  for (const type of LINK_TYPES) {
    const links = resolved.links[type];
    if (links?.length) context[`${GS1_VOC}${type}`] = links;
  }
  return { linkset: [context] };
}

/** The `Link` header pointing at the linkset of a Digital Link (GS1-Conformant Resolver, RFC 9264 §6). */
export function linksetHeader(anchor: string): string {
  return `<${anchor}?linkType=linkset>; rel="linkset"; type="${LINKSET_MEDIA_TYPE}"`;
}

const LOT_ID = /^lot_[0-9A-Z]{26}$/;

export interface ResolvedLot extends LinkTarget {
  readonly gtin14: string;
  /** Named by a lot id in the lot-code position, not by a pointer: its GTIN is still to be checked. */
  readonly byLotId: boolean;
}

/**
 * The lot a Digital Link names: its pointer under the GTIN in 14 digits; else, for QR codes printed
 * before GTINs were normalised, under the GTIN as it was given; else a lot id in the lot-code
 * position (how codes printed before aliases named a lot whose code was taken). Unknown: NotFound.
 */
export async function resolveLot(deps: ProvenanceDeps, gtin: string, lotCode: string): Promise<ResolvedLot> {
  const gtin14 = normalizeGtin(gtin);
  const links = new DigitalLinkRepository(deps.store);
  const found = (await links.resolveDigitalLink(gtin14, lotCode)) ?? (gtin !== gtin14 ? await links.resolveDigitalLink(gtin, lotCode) : undefined);
  if (found) return { ...found, gtin14, byLotId: false };
  if (LOT_ID.test(lotCode)) return { lotId: lotCode, gtin14, byLotId: true };
  throw new NotFound(message(MESSAGES, 'provenance.no-lot-with-gtin-and-code', { gtin: gtin14, lotCode }));
}

const productPath = (product: Pick<ProductItem, 'orgId' | 'id'>) => `/v1/orgs/${product.orgId}/products/${product.id}`;

/** Every link of a lot's Digital Link: its page (default), proof bundle, EPCIS events and product information. */
export async function lotLinks(deps: ProvenanceDeps, baseUrl: string, target: ResolvedLot, lang: PageLanguage): Promise<ResolvedLinks> {
  const lot = await catalog.getLot(deps, target.lotId);
  const product = await catalog.getProduct(deps, lot.orgId, lot.productId, { includeInactive: true });
  // A lot id in the lot-code position names a lot only of this GTIN (a pointer is the catalog's word).
  if (target.byLotId && (!product.gtin || normalizeGtin(product.gtin) !== target.gtin14))
    throw new NotFound(message(MESSAGES, 'provenance.lot-not-of-gtin', { lotId: lot.id, gtin: target.gtin14 }));
  const t = STRINGS[lang];
  const name = product.name[lang] ?? product.name.es;
  const lotName = `${name} · ${t.lot} ${lot.code ?? linkCodeOf(lot)}`;
  const page: LinkTargetObject = { href: `${baseUrl}${pagePath(lot.id)}`, title: `${t.timeline}: ${lotName}`, type: 'text/html', hreflang: ['es', 'en', 'qu'] };
  const bundle: LinkTargetObject = { href: `${baseUrl}/v1/lots/${lot.id}/provenance`, title: `${t.title} (JSON): ${lotName}`, type: 'application/json' };
  const epcis: LinkTargetObject = { href: `${baseUrl}/v1/lots/${lot.id}/epcis`, title: `EPCIS 2.0: ${lotName}`, type: 'application/ld+json' };
  // An inactive product is not in the public catalog; the lot's own view still shows it.
  const pip: LinkTargetObject = {
    href: `${baseUrl}${product.active ? productPath(product) : `/v1/lots/${lot.id}`}`,
    title: `${t.product}: ${name}`,
    type: 'application/json',
  };
  return {
    anchor: `${baseUrl}${digitalLinkPath(target.gtin14, linkCodeOf(lot))}`,
    links: { defaultLink: [page], traceability: [bundle, page], epcis: [epcis], pip: [pip] },
  };
}

/** The product a GTIN names (any form, 14 digits compared): its product information, which is also its default link. */
export async function productLinks(deps: ProvenanceDeps, baseUrl: string, gtin: string, lang: PageLanguage): Promise<ResolvedLinks> {
  const gtin14 = normalizeGtin(gtin);
  const claim = await new DigitalLinkRepository(deps.store).resolveGtin(gtin14);
  if (!claim) throw new NotFound(message(MESSAGES, 'provenance.no-product-with-gtin', { gtin: gtin14 }));
  const product = await catalog.getProduct(deps, claim.orgId, claim.productId, { includeInactive: false });
  const t = STRINGS[lang];
  const pip: LinkTargetObject = {
    href: `${baseUrl}${productPath(product)}`,
    title: `${t.product}: ${product.name[lang] ?? product.name.es}`,
    type: 'application/json',
  };
  return { anchor: `${baseUrl}${productLinkPath(gtin14)}`, links: { defaultLink: [pip], pip: [pip] } };
}

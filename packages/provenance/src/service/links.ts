import { catalog, type LotItem, type ProductItem } from '@ayni/catalog';
import { digitalLinkPath, pagePath } from './qr.js';
import { ProvenanceRepository } from '../repository/index.js';
import type { ProvenanceDeps } from './events.js';

/**
 * The URL printed in a lot's QR code: the GS1 Digital Link shape `/01/{gtin}/10/{lotCode}` when
 * the product has a GTIN (the lot code is claimed for the lot; a clash falls back to the lot id),
 * else `/p/{lotId}`.
 */
export async function publicUrlOf(deps: ProvenanceDeps, baseUrl: string, lot: LotItem, product?: ProductItem): Promise<string> {
  const p = product ?? (await catalog.getProduct(deps, lot.orgId, lot.productId, { includeInactive: true }));
  if (!p.gtin) return `${baseUrl}${pagePath(lot.id)}`;
  const code = lot.code ?? lot.id;
  const claimed = await new ProvenanceRepository(deps.store).claimDigitalLink(p.gtin, code, lot.id);
  return `${baseUrl}${digitalLinkPath(p.gtin, claimed ? code : lot.id)}`;
}

/** The lot behind a Digital Link path; a lot id in the lot-code position is taken as is. */
export async function resolveDigitalLink(deps: ProvenanceDeps, gtin: string, lotCode: string): Promise<string | undefined> {
  if (/^lot_[0-9A-Z]{26}$/.test(lotCode)) return lotCode;
  return new ProvenanceRepository(deps.store).resolveDigitalLink(gtin, lotCode);
}

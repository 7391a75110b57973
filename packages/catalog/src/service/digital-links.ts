import { message, NotFound } from '@ayni/core';
import { isAi10, linkCodeOf, lotCodeAliases, normalizeGtin } from '../gs1.js';
import { MESSAGES } from '../messages.js';
import type { ProductItem } from '../model.js';
import { StaleVersion } from '../repository/index.js';
import { versionOf } from '../versions.js';
import { MAX_EDIT_ATTEMPTS, now, repo, type CatalogDeps } from './context.js';

/**
 * Gives an existing lot its Digital Link under the GTIN (14 digits) of its product: its code when
 * that is AI 10 and free under the GTIN, else the first free alias, stored on the lot as
 * `linkCode` (an edit of the lot: its version moves). Does nothing when the lot already has it.
 * Answers the batch/lot number used, or undefined when its code and every alias are taken.
 */
export async function linkLot(deps: CatalogDeps, gtin14: string, lotId: string): Promise<string | undefined> {
  const catalog = repo(deps);
  for (let attempt = 1; ; attempt++) {
    const lot = await catalog.getLot(lotId, true);
    if (!lot) throw new NotFound(message(MESSAGES, 'catalog.lot-not-found', { lotId }));
    const current = linkCodeOf(lot);
    if ((await catalog.getDigitalLink(gtin14, current))?.lotId === lot.id && (lot.linkCode !== undefined || current === lot.code)) return current;
    const candidates = [...new Set([...(lot.linkCode ? [lot.linkCode] : []), ...(isAi10(lot.code) ? [lot.code] : []), ...lotCodeAliases(lot)])];
    try {
      for (const code of candidates) {
        // An alias is stored; the code itself needs no store unless an older alias would hide it.
        const storesAlias = lot.linkCode !== undefined ? lot.linkCode !== code : code !== lot.code;
        const alias = storesAlias ? { at: now(deps), expectedVersion: versionOf(lot) } : undefined;
        if (await catalog.linkExistingLot(lot, gtin14, code, alias)) return code;
      }
      return undefined;
    } catch (error) {
      if (!(error instanceof StaleVersion) || attempt >= MAX_EDIT_ATTEMPTS) throw error;
    }
  }
}

/**
 * Every lot of the product gets its Digital Link under the product's GTIN (see `linkLot`), oldest
 * first: of lots sharing a code, the first made keeps it and the later ones get aliases.
 */
export async function linkLotsOfProduct(deps: CatalogDeps, product: ProductItem): Promise<{ linked: number; unlinked: string[] }> {
  if (!product.gtin) return { linked: 0, unlinked: [] };
  const gtin14 = normalizeGtin(product.gtin);
  let linked = 0;
  const unlinked: string[] = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await repo(deps).listLotsOfProduct(product.id, 100, cursor, true);
    for (const lot of page.items) {
      if ((await linkLot(deps, gtin14, lot.id)) === undefined) unlinked.push(lot.id);
      else linked++;
    }
    cursor = page.nextCursor;
  }
  return { linked, unlinked };
}

export interface DigitalLinkBackfill {
  /** Products with a GTIN seen, and lots given (or already having) their Digital Link. */
  readonly products: number;
  readonly lots: number;
  /** Products whose GTIN another product holds: their lots get no link until one of the two changes its GTIN. */
  readonly conflicts: ReadonlyArray<{ productId: string; gtin: string; heldBy: string }>;
  /** Lots whose code and aliases were all taken (not expected). */
  readonly unlinked: readonly string[];
}

/**
 * Brings data written before GTIN claims and eager Digital Links up to date, idempotently and
 * without a Scan: for each association (C2), each of its products with a GTIN (C4) claims its GTIN
 * and stores it in 14 digits, then each of its lots (C11) gets its Digital Link (`linkLot`: its
 * code, or an alias when the code is longer than 20 characters, absent or used twice). Run by the
 * demo seed on every start, and once against a deployed table (docs/catalog.md).
 */
export async function backfillDigitalLinks(deps: CatalogDeps): Promise<DigitalLinkBackfill> {
  const catalog = repo(deps);
  let products = 0;
  let lots = 0;
  const conflicts: Array<{ productId: string; gtin: string; heldBy: string }> = [];
  const unlinked: string[] = [];
  for (let orgs: string | undefined, firstOrg = true; firstOrg || orgs; firstOrg = false) {
    const associations = await catalog.listOrganisationsByKind('association', 100, orgs);
    for (const association of associations.items) {
      for (let cursor: string | undefined, first = true; first || cursor; first = false) {
        const page = await catalog.listProductsOfOrganisation(association.id, 100, cursor, false);
        for (const product of page.items.filter((p) => p.gtin)) {
          products++;
          const gtin14 = normalizeGtin(product.gtin!);
          const held = await catalog.getGtinClaim(gtin14);
          const claimed = (held?.productId === product.id && product.gtin === gtin14) || (await catalog.claimGtinOfExistingProduct(product, gtin14));
          if (!claimed) {
            const holder = await catalog.getGtinClaim(gtin14);
            conflicts.push({ productId: product.id, gtin: gtin14, heldBy: holder?.productId ?? 'unknown' });
            continue;
          }
          const result = await linkLotsOfProduct(deps, { ...product, gtin: gtin14 });
          lots += result.linked;
          unlinked.push(...result.unlinked);
        }
        cursor = page.nextCursor;
      }
    }
    orgs = associations.nextCursor;
  }
  return { products, lots, conflicts, unlinked };
}

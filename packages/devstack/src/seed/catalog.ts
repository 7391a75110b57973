import type { Runtime } from '@ayni/api';
import { catalog, createLotSchema, createProductSchema, type CatalogDeps } from '@ayni/catalog';
import { once } from './markers.js';
import { SEED_ASSOCIATIONS, type SeedAssociation } from './catalog-data.js';

export interface SeededAssociation {
  readonly slug: string;
  readonly orgId: string;
  readonly name: string;
  readonly memberIds: string[];
  /** Product id by SKU. */
  readonly productIds: Record<string, string>;
  readonly lotIds: string[];
}

const DAY_MS = 86_400_000;
const PERU_OFFSET_MS = -5 * 3_600_000;

/** The calendar date in Peru (UTC-5 all year) `days` days before `now`. */
function peruDateDaysAgo(now: Date, days: number): string {
  return new Date(now.getTime() + PERU_OFFSET_MS - days * DAY_MS).toISOString().slice(0, 10);
}

/** The production and expiry dates of a seeded lot made `daysAgo` days before `now`: pure, so tests try any instant. */
export function seedLotDates(now: Date, lot: { daysAgo: number; expiresInDays?: number }): { productionDate: string; expiryDate?: string } {
  const productionDate = peruDateDaysAgo(now, lot.daysAgo);
  return lot.expiresInDays ? { productionDate, expiryDate: peruDateDaysAgo(now, lot.daysAgo - lot.expiresInDays) } : { productionDate };
}

async function seedAssociation(deps: CatalogDeps, seed: SeedAssociation): Promise<SeededAssociation> {
  const org = await catalog.createOrganisation(deps, seed.profile as Parameters<typeof catalog.createOrganisation>[1]);
  const memberIds: string[] = [];
  for (const member of seed.members) memberIds.push((await catalog.addMember(deps, org.id, member as never)).id);
  const currency = org.country === 'BO' ? 'BOB' : 'PEN';
  const productIds: Record<string, string> = {};
  const lotIds: string[] = [];
  const today = deps.clock.now();
  for (const [index, item] of seed.products.entries()) {
    const product = await catalog.createProduct(
      deps,
      org.id,
      createProductSchema.parse({
        sku: item.sku,
        name: item.name,
        description: item.description,
        category: item.category,
        unit: item.unit,
        price: { amount: item.price, currency },
        minOrderQuantity: item.minOrderQuantity,
        orderMultiple: item.orderMultiple,
        leadTimeDays: item.leadTimeDays,
        ...(item.gtin ? { gtin: item.gtin } : {}),
      }),
    );
    productIds[item.sku] = product.id;
    for (const lot of item.lots) {
      const created = await catalog.createLot(
        deps,
        org.id,
        createLotSchema.parse({
          productId: product.id,
          code: lot.code,
          quantity: lot.quantity,
          ...seedLotDates(today, lot),
          // Each lot names two producers, rotating through the members.
          producerIds: [memberIds[index % memberIds.length]!, memberIds[(index + 1) % memberIds.length]!],
        }),
      );
      lotIds.push(created.id);
    }
  }
  return { slug: seed.slug, orgId: org.id, name: org.name, memberIds, productIds, lotIds };
}

/**
 * The associations of DOMAIN.md with members, products and lots; each is created once. Every run
 * then brings what an earlier version wrote up to date with the GS1 rules (GTIN claims in 14 digits,
 * one Digital Link per lot, aliases for codes that cannot be batch/lot numbers): idempotent.
 */
export async function seedCatalog(runtime: Runtime): Promise<{ associations: SeededAssociation[]; created: number }> {
  const deps: CatalogDeps = { store: runtime.store, clock: runtime.clock };
  const associations: SeededAssociation[] = [];
  let created = 0;
  for (const seed of SEED_ASSOCIATIONS) {
    const result = await once(runtime.store, 'catalog', seed.slug, () => seedAssociation(deps, seed));
    associations.push(result.value);
    if (result.created) created++;
  }
  await catalog.backfillDigitalLinks(deps);
  return { associations, created };
}

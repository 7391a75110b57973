import type { Runtime } from '@ayni/api';
import { catalog, createLotSchema, createProductSchema, type CatalogDeps } from '@ayni/catalog';
import { isMediaUrl, mediaUrl } from '../media/server.js';
import { associationPhotoFile, productPhotoFile } from '../media/files.js';
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

async function seedAssociation(deps: CatalogDeps, seed: SeedAssociation, mediaBase: string): Promise<SeededAssociation> {
  const org = await catalog.createOrganisation(deps, {
    ...seed.profile,
    photos: [mediaUrl(mediaBase, associationPhotoFile(seed.slug))],
  } as Parameters<typeof catalog.createOrganisation>[1]);
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
        price: item.price,
        currency,
        minOrderQuantity: item.minOrderQuantity,
        orderMultiple: item.orderMultiple,
        leadTimeDays: item.leadTimeDays,
        ...(item.gtin ? { gtin: item.gtin } : {}),
        ...(item.tax ? { tax: item.tax } : {}),
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

type LocalizedTexts = Record<string, Record<string, string> | undefined>;

/** Whether `current` is what the seed may replace with `wanted`: empty, or only local demo pictures, and different. */
const replaceablePhotos = (current: readonly string[], wanted: readonly string[]) => current.every(isMediaUrl) && current.join(' ') !== wanted.join(' ');

/**
 * Gives a seeded association what an earlier version of the seed did not write: its story's
 * missing languages, its tax id, its picture and its products' pictures (at this server's address).
 * Only what is missing or stale changes, so a second run writes nothing.
 */
async function completeAssociation(deps: CatalogDeps, seeded: SeededAssociation, seed: SeedAssociation, mediaBase: string): Promise<void> {
  const org = (await catalog.getOrganisations(deps, [seeded.orgId])).get(seeded.orgId);
  if (!org) return;
  const patch: Record<string, unknown> = {};
  const story: Record<string, Record<string, string>> = {};
  for (const [section, texts] of Object.entries((seed.profile.story ?? {}) as LocalizedTexts)) {
    const current = (org.story as LocalizedTexts | undefined)?.[section] ?? {};
    const missing = Object.fromEntries(Object.entries(texts ?? {}).filter(([language]) => !current[language]));
    if (Object.keys(missing).length > 0) story[section] = missing;
  }
  if (Object.keys(story).length > 0) patch.story = story;
  if (!org.taxId && seed.profile.taxId) patch.taxId = seed.profile.taxId;
  const photos = [mediaUrl(mediaBase, associationPhotoFile(seed.slug))];
  if (replaceablePhotos(org.photos, photos)) patch.photos = photos;
  if (Object.keys(patch).length > 0) await catalog.updateOrganisation(deps, org.id, patch);
  await Promise.all(
    Object.entries(seeded.productIds).map(async ([sku, productId]) => {
      const product = await catalog.getProduct(deps, org.id, productId, { includeInactive: true });
      const wanted = [mediaUrl(mediaBase, productPhotoFile(seed.slug, sku))];
      if (replaceablePhotos(product.photos, wanted)) await catalog.updateProduct(deps, org.id, productId, { photos: wanted });
    }),
  );
}

/** Where the seeded pictures are served: this server (`npm start` serves packages/devstack/media/ under /media/). */
export function mediaBaseOf(runtime: Pick<Runtime, 'config'>): string {
  return runtime.config.PUBLIC_BASE_URL ?? `http://localhost:${runtime.config.PORT}`;
}

/**
 * The associations of DOMAIN.md with members, products and lots; each is created once. Every run
 * then brings what an earlier version wrote up to date with the GS1 rules (GTIN claims in 14 digits,
 * one Digital Link per lot, aliases for codes that cannot be batch/lot numbers): idempotent.
 */
export async function seedCatalog(runtime: Runtime): Promise<{ associations: SeededAssociation[]; created: number }> {
  const deps: CatalogDeps = { store: runtime.store, clock: runtime.clock };
  const associations: SeededAssociation[] = [];
  const mediaBase = mediaBaseOf(runtime);
  let created = 0;
  for (const seed of SEED_ASSOCIATIONS) {
    const result = await once(runtime.store, 'catalog', seed.slug, () => seedAssociation(deps, seed, mediaBase));
    await completeAssociation(deps, result.value, seed, mediaBase);
    associations.push(result.value);
    if (result.created) created++;
  }
  await catalog.backfillDigitalLinks(deps);
  await catalog.migrateTaxIds(deps);
  return { associations, created };
}

import { compose, textKeyPart } from '@ayni/store';
import type { OrganisationKind } from './schemas.js';
import { foldText } from './search.js';

/**
 * Every key the catalog writes. Organisations own a partition holding their profile, members,
 * products and SKU claims; a lot has its own partition (it is looked up by id alone, from a QR code),
 * which provenance events will share.
 */
export const catalogKeys = {
  organisation: (orgId: string) => ({ pk: compose('ORG', orgId), sk: 'PROFILE' }),
  /** gsi1: organisations of one kind, by name. */
  organisationsByKind: (kind: OrganisationKind, nameKey?: string, orgId?: string) => ({
    gsi1pk: compose('ORGS', kind),
    ...(nameKey !== undefined && orgId !== undefined ? { gsi1sk: compose(nameKey, orgId) } : {}),
  }),

  member: (orgId: string, memberId: string) => ({ pk: compose('ORG', orgId), sk: compose('MEMBER', memberId) }),
  memberPrefix: 'MEMBER#',

  product: (orgId: string, productId: string) => ({ pk: compose('ORG', orgId), sk: compose('PRODUCT', productId) }),
  productPrefix: 'PRODUCT#',
  skuClaim: (orgId: string, sku: string) => ({ pk: compose('ORG', orgId), sk: compose('SKU', sku) }),
  /**
   * A GTIN belongs to one product across all organisations: the product claims it with a conditional
   * put (`GTIN#<gtin14>`) when it is created with it or given it, and frees it when it drops it.
   */
  gtinClaim: (gtin14: string) => ({ pk: compose('GTIN', gtin14), sk: 'PRODUCT' }),
  /**
   * An active product's entry in its association's catalog, in name order: `?association=` is one
   * Query of the association's partition (`begins_with(sk, CATALOG#<name prefix>)`), then one
   * BatchGetItem of the products. Written only while the product is active (sparse).
   */
  catalogEntry: (orgId: string, nameKey: string, productId: string) => ({ pk: compose('ORG', orgId), sk: compose('CATALOG', nameKey, productId) }),
  catalogEntryPrefix: (namePrefix = '') => compose('CATALOG', namePrefix),

  /** Public catalog indexes, written only while a product is active (sparse): by category, region, all. */
  catalogByCategory: (category: string) => compose('CATALOG', 'CATEGORY', category),
  /** By region, folded (accents, case and repeated spaces ignored): `?region=cusco` finds "Cusco". */
  catalogByRegion: (region: string) => compose('CATALOG', 'REGION', textKeyPart(foldText(region))),
  catalogAll: () => compose('CATALOG', 'ALL'),
  catalogSort: (nameKey: string, productId: string) => compose(nameKey, productId),
  /**
   * Search postings (see search.ts): one item per index key (a word prefix of 3 to 6 characters, or
   * a word of 1-2) of an active product, in name order within the key's partition.
   */
  searchPostings: (key: string) => compose('SEARCH', key),
  searchPosting: (key: string, nameKey: string, productId: string) => ({ pk: compose('SEARCH', key), sk: compose(nameKey, productId) }),

  lot: (lotId: string) => ({ pk: compose('LOT', lotId), sk: 'LOT' }),
  /** gsi1: lots of a product; gsi2: lots of an organisation; both newest production first when read backwards. */
  lotsOfProduct: (productId: string) => compose('PRODUCT', productId, 'LOTS'),
  lotsOfOrganisation: (orgId: string) => compose('ORG', orgId, 'LOTS'),
  lotSort: (productionDate: string, lotId: string) => compose(productionDate, lotId),
  lotAdjustment: (lotId: string, adjustmentId: string) => ({ pk: compose('LOT', lotId), sk: compose('ADJUSTMENT', adjustmentId) }),
  lotAdjustmentPrefix: 'ADJUSTMENT#',
  /**
   * GS1 Digital Link resolution: (GTIN, batch/lot number) → lot, written with the lot (or when its
   * product gets the GTIN) by a conditional put, so a lot code is used once per GTIN.
   */
  digitalLink: (gtin14: string, lotCode: string) => ({ pk: compose('DIGITAL_LINK', gtin14, lotCode), sk: 'LOT' }),
};

/**
 * A name reduced to a sortable, searchable key: lower case, accents removed, anything else a dash.
 * "Queso Andino Maduro" → "queso-andino-maduro" (search reads words: see search.ts).
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

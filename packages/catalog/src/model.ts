import type { Currency, TaxId, TaxTreatment, Unit } from '@ayni/core';
import type { LocalizedText, OrganisationKind, ProductCategory } from './schemas.js';

/** Items as stored. Quantities are integer thousandths of the unit; money is integer minor units. */
export interface OrganisationItem {
  entity: 'Organisation';
  id: string;
  kind: OrganisationKind;
  name: string;
  nameKey: string;
  country: 'PE' | 'BO';
  region: string;
  province?: string;
  district?: string;
  languages: string[];
  contact?: { email?: string; phone?: string; whatsapp?: boolean };
  story?: { history?: LocalizedText; mission?: LocalizedText; producers?: LocalizedText };
  familyCount?: number;
  memberCount: number;
  photos: string[];
  certifications: Array<{ name: string; issuer?: string; validUntil?: string }>;
  brand?: { name: string; registry?: string; registrationNumber?: string };
  /** Typed since fiscal data exists; a bare number on items written before (`typedTaxId` reads both; `migrateTaxIds` rewrites them). */
  taxId?: TaxId | string;
  /** Absent on items written before: prices include the tax. */
  pricesIncludeTax?: boolean;
  active: boolean;
  /** Edits of the profile (see versions.ts); absent on items written before versions: version 0. */
  version?: number;
  /**
   * True once every active product of the association has its name-order catalog entry
   * (`CATALOG#<nameKey>#<productId>`); set at creation, or by the first browse of an association
   * created before those entries existed.
   */
  nameOrderIndexed?: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface MemberItem {
  entity: 'Member';
  id: string;
  orgId: string;
  name: string;
  community: string;
  role: 'president' | 'vice_president' | 'treasurer' | 'secretary' | 'member' | 'other';
  phone?: string;
  documentId?: string;
  joinedOn?: string;
  active: boolean;
  /** Absent on members written before versions: version 0. */
  version?: number;
  createdAt: string;
  updatedAt: string;
}

/** A product's tax treatment: exemptions state their legal basis (it is printed on the invoice). */
export type ProductTax = { treatment: 'taxed' } | { treatment: Exclude<TaxTreatment, 'taxed'>; reason: string };

export interface ProductItem {
  entity: 'Product';
  id: string;
  orgId: string;
  sku: string;
  name: LocalizedText;
  nameKey: string;
  description: LocalizedText;
  category: ProductCategory;
  unit: Unit;
  price: { amount: number; currency: Currency };
  minOrderQuantity: number;
  orderMultiple: number;
  stock: number;
  leadTimeDays: number;
  active: boolean;
  photos: string[];
  gtin?: string;
  /** How its sales are taxed; absent on items written before: taxed at the general rate. */
  tax?: ProductTax;
  /** The association's region, copied here for the by-region catalog index. */
  region: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface LotItem {
  entity: 'Lot';
  id: string;
  orgId: string;
  productId: string;
  code?: string;
  unit: Unit;
  quantity: number;
  available: number;
  productionDate: string;
  expiryDate?: string;
  producerIds: string[];
  communities: string[];
  notes?: string;
  /**
   * The batch/lot number (GS1 AI 10) of the lot's Digital Link when it is not `code`: an alias given
   * when the code is absent, longer than 20 characters or already used under the product's GTIN.
   */
  linkCode?: string;
  /** Absent on lots written before versions: version 0. */
  version?: number;
  createdAt: string;
  updatedAt?: string;
}

export interface LotAdjustmentItem {
  entity: 'LotAdjustment';
  id: string;
  lotId: string;
  delta: number;
  reason: string;
  note?: string;
  actor: string;
  createdAt: string;
}

export interface GtinClaimItem {
  entity: 'GtinClaim';
  gtin: string;
  orgId: string;
  productId: string;
}

export interface DigitalLinkItem {
  entity: 'DigitalLink';
  gtin: string;
  /** The batch/lot number (AI 10) in the link: the lot's code or its alias. */
  code: string;
  lotId: string;
  orgId: string;
  productId: string;
}

/** An association's public catalog in name order: one small entry per active product (sparse, like the indexes). */
export interface CatalogEntryItem {
  entity: 'CatalogEntry';
  orgId: string;
  productId: string;
  /** Copied so that `?association=&category=` filters the entries, not the products read after. */
  category: ProductCategory;
}

/**
 * A search posting (`SEARCH#<key>`, sort `<nameKey>#<productId>`): one index key of an active
 * product. The filters of a search are copied so that DynamoDB leaves other postings out.
 */
export interface SearchPostingItem {
  entity: 'SearchPosting';
  orgId: string;
  productId: string;
  category: ProductCategory;
  /** The product's region, folded (search.ts `foldText`). */
  region: string;
  /** The version of the product the posting was written from. */
  version: number;
}

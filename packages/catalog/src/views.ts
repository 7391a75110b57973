import { formatQuantity, typedTaxId } from '@ayni/core';
import { normalizeGtin } from './gs1.js';
import type { LotItem, MemberItem, OrganisationItem, ProductItem } from './model.js';
import type { LotView, Member, Organisation, ProductView, PublicOrganisation } from './schemas.js';

/** What anyone may see of an organisation: no contact person, tax id or audit fields. */
export function publicOrganisationView(org: OrganisationItem): PublicOrganisation {
  return {
    id: org.id,
    kind: org.kind,
    name: org.name,
    country: org.country,
    region: org.region,
    province: org.province,
    district: org.district,
    languages: org.languages as PublicOrganisation['languages'],
    story: org.story,
    familyCount: org.familyCount,
    memberCount: org.memberCount,
    photos: org.photos,
    certifications: org.certifications,
    brand: org.brand,
    pricesIncludeTax: org.pricesIncludeTax ?? true,
    active: org.active,
  };
}

export function organisationView(org: OrganisationItem): Organisation {
  return {
    ...publicOrganisationView(org),
    contact: org.contact,
    taxId: typedTaxId(org.taxId, org.country),
    createdAt: org.createdAt,
    updatedAt: org.updatedAt,
  };
}

export function memberView(member: MemberItem): Member {
  // The version travels as the ETag header.
  const { entity: _entity, version: _version, ...rest } = member;
  return rest;
}

export function productView(product: ProductItem): ProductView {
  return {
    id: product.id,
    orgId: product.orgId,
    sku: product.sku,
    name: product.name,
    description: product.description,
    category: product.category,
    unit: product.unit,
    price: product.price.amount,
    currency: product.price.currency,
    minOrderQuantity: formatQuantity(product.minOrderQuantity),
    orderMultiple: formatQuantity(product.orderMultiple),
    stock: formatQuantity(product.stock),
    leadTimeDays: product.leadTimeDays,
    active: product.active,
    photos: product.photos,
    // Products written before GTINs were stored in 14 digits show them so too.
    gtin: product.gtin ? normalizeGtin(product.gtin) : undefined,
    tax: product.tax ?? { treatment: 'taxed' },
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
  };
}

export function lotView(lot: LotItem): LotView {
  return {
    id: lot.id,
    orgId: lot.orgId,
    productId: lot.productId,
    code: lot.code,
    linkCode: lot.linkCode,
    unit: lot.unit,
    quantity: formatQuantity(lot.quantity),
    available: formatQuantity(lot.available),
    productionDate: lot.productionDate,
    expiryDate: lot.expiryDate,
    producerIds: lot.producerIds,
    producerCount: lot.producerIds.length,
    communities: lot.communities,
    notes: lot.notes,
    createdAt: lot.createdAt,
    updatedAt: lot.updatedAt,
  };
}

/** A lot as the public sees it: communities and how many producers, never who they are. */
export function publicLotView(lot: LotItem): Omit<LotView, 'producerIds' | 'notes'> {
  const { producerIds: _ids, notes: _notes, ...rest } = lotView(lot);
  return rest;
}

/** The first lines of a story, for catalog cards: the mission, else the history, cut at a sentence. */
export function storyExcerpt(org: OrganisationItem, max = 220): string | undefined {
  const text = org.story?.mission?.es ?? org.story?.history?.es ?? org.story?.producers?.es;
  if (!text) return undefined;
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentence = cut.lastIndexOf('. ');
  return sentence > max / 2 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

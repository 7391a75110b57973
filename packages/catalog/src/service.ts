import { Forbidden, MILLI, NotFound, newId, ValidationFailed, fitsUnit, type Clock } from '@ayni/core';
import type { Page, Store } from '@ayni/store';
import { catalogKeys, nameKey, searchPrefix } from './keys.js';
import {
  CatalogRepository,
  type LotAdjustmentItem,
  type LotItem,
  type MemberItem,
  type OrganisationItem,
  type ProductItem,
} from './repository.js';
import type {
  CatalogQuery,
  CreateLotInput,
  CreateProductInput,
  OrganisationKind,
  UpdateOrganisationInput,
  UpdateProductInput,
} from './schemas.js';
import { createMemberSchema, createOrganisationSchema, updateMemberSchema, createAdjustmentSchema } from './schemas.js';
import type * as z from 'zod';

export interface CatalogDeps {
  readonly store: Store;
  readonly clock: Clock;
}

const repo = (deps: CatalogDeps) => new CatalogRepository(deps.store);
const now = (deps: CatalogDeps) => deps.clock.now().toISOString();

// Organisations

export async function createOrganisation(deps: CatalogDeps, input: z.input<typeof createOrganisationSchema>): Promise<OrganisationItem> {
  const data = createOrganisationSchema.parse(input);
  const at = now(deps);
  const org: OrganisationItem = {
    entity: 'Organisation',
    id: newId('org'),
    ...data,
    nameKey: nameKey(data.name),
    memberCount: 0,
    active: true,
    createdAt: at,
    updatedAt: at,
  };
  await repo(deps).putOrganisation(org);
  return org;
}

export async function requireOrganisation(deps: CatalogDeps, orgId: string, kind?: OrganisationKind): Promise<OrganisationItem> {
  const org = await repo(deps).getOrganisation(orgId);
  if (!org || (kind && org.kind !== kind)) throw new NotFound(`No ${kind ?? 'organisation'} ${orgId}.`);
  return org;
}

export async function updateOrganisation(deps: CatalogDeps, orgId: string, patch: UpdateOrganisationInput): Promise<OrganisationItem> {
  const catalog = repo(deps);
  const current = await requireOrganisation(deps, orgId);
  const updated: OrganisationItem = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
    updatedAt: now(deps),
  };
  updated.nameKey = nameKey(updated.name);
  await catalog.replaceOrganisation(updated, current.updatedAt);
  if (updated.region !== current.region && updated.kind === 'association') {
    // The by-region catalog index carries the association's region on each product.
    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const page = await catalog.listProductsOfOrganisation(orgId, 100, cursor, false);
      for (const product of page.items) {
        await catalog.updateProduct({ ...product, region: updated.region, version: product.version + 1, updatedAt: updated.updatedAt }, product.version);
      }
      cursor = page.nextCursor;
    }
  }
  return updated;
}

export function listAssociations(deps: CatalogDeps, limit: number, cursor?: string): Promise<Page<OrganisationItem>> {
  return repo(deps).listOrganisationsByKind('association', limit, cursor);
}

// Members

export async function addMember(deps: CatalogDeps, orgId: string, input: z.input<typeof createMemberSchema>): Promise<MemberItem> {
  await requireOrganisation(deps, orgId, 'association');
  const data = createMemberSchema.parse(input);
  const at = now(deps);
  const member: MemberItem = { entity: 'Member', id: newId('mem'), orgId, ...data, active: true, createdAt: at, updatedAt: at };
  await repo(deps).addMember(member);
  return member;
}

export async function updateMember(deps: CatalogDeps, orgId: string, memberId: string, patch: z.infer<typeof updateMemberSchema>): Promise<MemberItem> {
  const catalog = repo(deps);
  const current = await catalog.getMember(orgId, memberId);
  if (!current) throw new NotFound(`No member ${memberId} in this organisation.`);
  const updated: MemberItem = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
    updatedAt: now(deps),
  };
  await catalog.saveMember(updated, current);
  return updated;
}

export async function getMember(deps: CatalogDeps, orgId: string, memberId: string): Promise<MemberItem> {
  const member = await repo(deps).getMember(orgId, memberId);
  if (!member) throw new NotFound(`No member ${memberId} in this organisation.`);
  return member;
}

export function listMembers(deps: CatalogDeps, orgId: string, limit: number, cursor?: string): Promise<Page<MemberItem>> {
  return repo(deps).listMembers(orgId, limit, cursor);
}

// Products

function checkOrderQuantities(product: Pick<ProductItem, 'unit' | 'minOrderQuantity' | 'orderMultiple'>): void {
  const issues = (['minOrderQuantity', 'orderMultiple'] as const)
    .filter((field) => product[field] <= 0 || !fitsUnit(product[field], product.unit))
    .map((field) => ({ path: field, message: `must be a positive quantity expressible in ${product.unit}` }));
  if (product.minOrderQuantity % product.orderMultiple !== 0) {
    issues.push({ path: 'minOrderQuantity', message: 'must be a whole number of order multiples' });
  }
  if (issues.length > 0) throw new ValidationFailed(issues);
}

export async function createProduct(deps: CatalogDeps, orgId: string, input: CreateProductInput): Promise<ProductItem> {
  const org = await requireOrganisation(deps, orgId, 'association');
  const at = now(deps);
  const product: ProductItem = {
    entity: 'Product',
    id: newId('prd'),
    orgId,
    sku: input.sku,
    name: input.name,
    nameKey: nameKey(input.name.es),
    description: input.description,
    category: input.category,
    unit: input.unit,
    price: input.price,
    minOrderQuantity: input.minOrderQuantity ?? input.orderMultiple ?? MILLI,
    orderMultiple: input.orderMultiple ?? MILLI,
    stock: 0,
    leadTimeDays: input.leadTimeDays,
    active: input.active,
    photos: input.photos,
    ...(input.gtin ? { gtin: input.gtin } : {}),
    region: org.region,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  checkOrderQuantities(product);
  await repo(deps).createProduct(product);
  return product;
}

export async function getProduct(deps: CatalogDeps, orgId: string, productId: string, options: { includeInactive: boolean }): Promise<ProductItem> {
  const product = await repo(deps).getProduct(orgId, productId, options.includeInactive);
  if (!product || (!product.active && !options.includeInactive)) throw new NotFound(`No product ${productId} in this organisation.`);
  return product;
}

export async function updateProduct(deps: CatalogDeps, orgId: string, productId: string, patch: UpdateProductInput): Promise<ProductItem> {
  const current = await getProduct(deps, orgId, productId, { includeInactive: true });
  const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<ProductItem>;
  const updated: ProductItem = { ...current, ...changes, version: current.version + 1, updatedAt: now(deps) };
  updated.nameKey = nameKey(updated.name.es);
  checkOrderQuantities(updated);
  await repo(deps).updateProduct(updated, current.version);
  return updated;
}

export function listProducts(deps: CatalogDeps, orgId: string, options: { limit: number; cursor?: string | undefined; includeInactive: boolean }) {
  return repo(deps).listProductsOfOrganisation(orgId, options.limit, options.cursor, !options.includeInactive);
}

export interface CatalogPage {
  readonly items: Array<{ product: ProductItem; association: OrganisationItem }>;
  readonly nextCursor?: string | undefined;
  /** DynamoDB calls and read units this page cost (benchmarks read them). */
  readonly stats: { calls: number; consumedReadUnits: number };
}

/**
 * The public catalog: one Query on the most selective key the filters allow (an association's
 * partition, else the category, region or whole-catalog index, each ordered by name so a name
 * prefix is a key condition), remaining filters applied by DynamoDB, then one BatchGetItem for the
 * associations on the page. The cost of a page does not depend on the size of the table.
 */
export async function browseCatalog(deps: CatalogDeps, query: CatalogQuery): Promise<CatalogPage> {
  const catalog = repo(deps);
  const prefix = query.q ? searchPrefix(query.q) : undefined;
  const filters: string[] = [];
  const values: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  let input: Parameters<CatalogRepository['queryCatalog']>[0];
  if (query.association) {
    filters.push('active = :true');
    values[':true'] = true;
    if (prefix) {
      filters.push('begins_with(nameKey, :prefix)');
      values[':prefix'] = prefix;
    }
    input = {
      partition: { name: 'pk', value: catalogKeys.organisation(query.association).pk },
      sortPrefix: { name: 'sk', value: catalogKeys.productPrefix },
      limit: query.limit,
      cursor: query.cursor,
    };
  } else {
    const [index, partition] = query.category
      ? (['gsi1', catalogKeys.catalogByCategory(query.category)] as const)
      : query.region
        ? (['gsi2', catalogKeys.catalogByRegion(query.region)] as const)
        : (['gsi3', catalogKeys.catalogAll()] as const);
    input = {
      index,
      partition: { name: `${index}pk`, value: partition },
      sortPrefix: prefix ? { name: `${index}sk`, value: prefix } : undefined,
      limit: query.limit,
      cursor: query.cursor,
    };
  }
  if (query.category && query.association) {
    filters.push('category = :category');
    values[':category'] = query.category;
  }
  if (query.region && (query.association || query.category)) {
    filters.push('#region = :region');
    names['#region'] = 'region';
    values[':region'] = query.region;
  }
  if (filters.length > 0) {
    input = {
      ...input,
      filter: {
        FilterExpression: filters.join(' AND '),
        ExpressionAttributeValues: values,
        ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
      },
    };
  }
  const page = await catalog.queryCatalog(input);
  const associations = await catalog.getOrganisationsCounted(page.items.map((p) => p.orgId));
  return {
    items: page.items.flatMap((product) => {
      const association = associations.organisations.get(product.orgId);
      return association?.active ? [{ product, association }] : [];
    }),
    nextCursor: page.nextCursor,
    stats: {
      calls: page.stats.calls + associations.calls,
      consumedReadUnits: page.stats.consumedReadUnits + associations.consumedReadUnits,
    },
  };
}

// Lots

export async function createLot(deps: CatalogDeps, orgId: string, input: CreateLotInput): Promise<LotItem> {
  const catalog = repo(deps);
  const product = await catalog.getProduct(orgId, input.productId, true);
  if (!product) throw new ValidationFailed([{ path: 'productId', message: 'is not a product of this organisation' }]);
  const issues: Array<{ path: string; message: string }> = [];
  if (input.quantity <= 0) issues.push({ path: 'quantity', message: 'must be positive' });
  else if (!fitsUnit(input.quantity, product.unit)) issues.push({ path: 'quantity', message: `is not expressible in ${product.unit}` });
  const members = await catalog.getMembers(orgId, input.producerIds);
  input.producerIds.forEach((id, i) => {
    if (!members.get(id)?.active) issues.push({ path: `producerIds.${i}`, message: 'is not an active member of this association' });
  });
  if (issues.length > 0) throw new ValidationFailed(issues);
  const lot: LotItem = {
    entity: 'Lot',
    id: newId('lot'),
    orgId,
    productId: product.id,
    ...(input.code ? { code: input.code } : {}),
    unit: product.unit,
    quantity: input.quantity,
    available: input.quantity,
    productionDate: input.productionDate,
    ...(input.expiryDate ? { expiryDate: input.expiryDate } : {}),
    producerIds: [...new Set(input.producerIds)],
    communities: [...new Set([...members.values()].map((m) => m.community))].sort(),
    ...(input.notes ? { notes: input.notes } : {}),
    createdAt: now(deps),
  };
  await catalog.createLot(lot);
  return lot;
}

export async function getLot(deps: CatalogDeps, lotId: string): Promise<LotItem> {
  const lot = await repo(deps).getLot(lotId);
  if (!lot) throw new NotFound(`No lot ${lotId}.`);
  return lot;
}

/** A lot of the given organisation; another organisation's lot is reported as absent. */
export async function getOwnLot(deps: CatalogDeps, orgId: string, lotId: string): Promise<LotItem> {
  const lot = await repo(deps).getLot(lotId, true);
  if (!lot || lot.orgId !== orgId) throw new NotFound(`No lot ${lotId} in this organisation.`);
  return lot;
}

export async function listLots(deps: CatalogDeps, orgId: string, options: { productId?: string | undefined; limit: number; cursor?: string | undefined }) {
  if (options.productId) {
    const product = await repo(deps).getProduct(orgId, options.productId);
    if (!product) throw new Forbidden('That product is not of this organisation.');
    return repo(deps).listLotsOfProduct(options.productId, options.limit, options.cursor);
  }
  return repo(deps).listLotsOfOrganisation(orgId, options.limit, options.cursor);
}

export async function adjustLot(
  deps: CatalogDeps,
  orgId: string,
  lotId: string,
  input: z.infer<typeof createAdjustmentSchema>,
  actor: string,
): Promise<{ lot: LotItem; adjustment: LotAdjustmentItem }> {
  const lot = await getOwnLot(deps, orgId, lotId);
  if (!fitsUnit(Math.abs(input.delta), lot.unit)) throw new ValidationFailed([{ path: 'delta', message: `is not expressible in ${lot.unit}` }]);
  const adjustment: LotAdjustmentItem = {
    entity: 'LotAdjustment',
    id: newId('adj'),
    lotId,
    delta: input.delta,
    reason: input.reason,
    ...(input.note ? { note: input.note } : {}),
    actor,
    createdAt: now(deps),
  };
  await repo(deps).adjustLot(lot, adjustment);
  return { lot: await getOwnLot(deps, orgId, lotId), adjustment };
}

export function listLotAdjustments(deps: CatalogDeps, lotId: string, limit: number, cursor?: string) {
  return repo(deps).listLotAdjustments(lotId, limit, cursor);
}

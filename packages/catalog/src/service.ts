import { Forbidden, MILLI, NotFound, newId, ValidationFailed, fitsUnit, type Clock, type FieldIssue } from '@ayni/core';
import { TransactionContended, type Page, type Store } from '@ayni/store';
import { setTimeout as sleep } from 'node:timers/promises';
import { AI10_MAX_LENGTH, isAi10, linkCodeOf, lotCodeAliases, normalizeGtin } from './gs1.js';
import { catalogKeys, nameKey, searchPrefix } from './keys.js';
import { changedFields, checkMerged, mergePatch } from './merge-patch.js';
import {
  CatalogRepository,
  GtinTaken,
  LotCodeTaken,
  ProductGtinChanged,
  StaleVersion,
  type GtinClaimChanges,
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
  UpdateLotInput,
  UpdateMemberInput,
  UpdateOrganisationInput,
  UpdateProductInput,
} from './schemas.js';
import { createMemberSchema, createOrganisationSchema, createAdjustmentSchema, organisationShape, productShape } from './schemas.js';
import { checkPrecondition, versionOf, type Precondition } from './versions.js';
import type * as z from 'zod';

export interface CatalogDeps {
  readonly store: Store;
  readonly clock: Clock;
}

const repo = (deps: CatalogDeps) => new CatalogRepository(deps.store);
const now = (deps: CatalogDeps) => deps.clock.now().toISOString();

/** No precondition: the edit applies to whatever version is current. */
export const ANY_VERSION: Precondition = { kind: 'none' };

const MAX_EDIT_ATTEMPTS = 8;

/**
 * One edit of a versioned resource, as a loop of read (consistent), check of If-Match against the
 * version read, and a write conditioned on that version. A write that loses a race (StaleVersion)
 * is retried from a fresh read, so concurrent edits without If-Match all apply, one after the
 * other, none lost; under If-Match the fresh read no longer matches and the answer is a 412.
 */
async function edit<T extends { version?: number | undefined }>(
  what: string,
  precondition: Precondition,
  read: () => Promise<T>,
  write: (current: T, version: number) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const current = await read();
    const version = versionOf(current);
    checkPrecondition(precondition, version, what);
    try {
      return await write(current, version);
    } catch (error) {
      if (!(error instanceof StaleVersion)) throw error;
      if (attempt >= MAX_EDIT_ATTEMPTS) {
        throw new TransactionContended(`The ${what} is being changed by others right now; retry shortly.`, { cause: error });
      }
      await sleep(Math.floor(Math.random() * 10 * 2 ** attempt));
    }
  }
}

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
    version: 1,
    nameOrderIndexed: true,
    createdAt: at,
    updatedAt: at,
  };
  await repo(deps).putOrganisation(org);
  return org;
}

export async function requireOrganisation(
  deps: CatalogDeps,
  orgId: string,
  kind?: OrganisationKind,
  options: { consistent?: boolean } = {},
): Promise<OrganisationItem> {
  const org = await repo(deps).getOrganisation(orgId, options.consistent);
  if (!org || (kind && org.kind !== kind)) throw new NotFound(`No ${kind ?? 'organisation'} ${orgId}.`);
  return org;
}

/** Edits a profile (merge patch: see schemas.ts); a new region is carried to the association's products. */
export async function updateOrganisation(
  deps: CatalogDeps,
  orgId: string,
  patch: UpdateOrganisationInput,
  precondition: Precondition = ANY_VERSION,
): Promise<OrganisationItem> {
  const catalog = repo(deps);
  let previousRegion: string | undefined;
  const updated = await edit(
    'organisation',
    precondition,
    () => requireOrganisation(deps, orgId, undefined, { consistent: true }),
    async (current, version) => {
      previousRegion = current.region;
      const merged = mergePatch(current, patch);
      checkMerged(organisationShape, merged, Object.keys(patch));
      const next: OrganisationItem = { ...merged, nameKey: nameKey(merged.name), version: version + 1, updatedAt: now(deps) };
      await catalog.updateOrganisation(next, changedFields(next, patch), version);
      return next;
    },
  );
  if (updated.region !== previousRegion && updated.kind === 'association') {
    // The by-region catalog index carries the association's region on each product.
    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const page = await catalog.listProductsOfOrganisation(orgId, 100, cursor, false);
      for (const product of page.items) await moveProductToRegion(deps, product.orgId, product.id, updated.region);
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
  const member: MemberItem = { entity: 'Member', id: newId('mem'), orgId, ...data, active: true, version: 1, createdAt: at, updatedAt: at };
  await repo(deps).addMember(member);
  return member;
}

export async function updateMember(
  deps: CatalogDeps,
  orgId: string,
  memberId: string,
  patch: UpdateMemberInput,
  precondition: Precondition = ANY_VERSION,
): Promise<MemberItem> {
  const catalog = repo(deps);
  return edit(
    'member',
    precondition,
    () => getMember(deps, orgId, memberId),
    async (current, version) => {
      const next: MemberItem = { ...mergePatch(current, patch), version: version + 1, updatedAt: now(deps) };
      await catalog.saveMember(next, current, changedFields(next, patch), version);
      return next;
    },
  );
}

export async function getMember(deps: CatalogDeps, orgId: string, memberId: string): Promise<MemberItem> {
  const member = await repo(deps).getMember(orgId, memberId);
  if (!member) throw new NotFound(`No member ${memberId} in this organisation.`);
  return member;
}

export function listMembers(deps: CatalogDeps, orgId: string, limit: number, cursor?: string): Promise<Page<MemberItem>> {
  return repo(deps).listMembers(orgId, limit, cursor);
}

/** Members of the organisation among these ids, in one batch read; ids of another organisation's members are absent. */
export function getMembers(deps: CatalogDeps, orgId: string, memberIds: readonly string[]): Promise<Map<string, MemberItem>> {
  return memberIds.length === 0 ? Promise.resolve(new Map()) : repo(deps).getMembers(orgId, memberIds);
}

/** Organisations by id, in one batch read; unknown ids are absent. */
export function getOrganisations(deps: CatalogDeps, orgIds: readonly string[]): Promise<Map<string, OrganisationItem>> {
  return orgIds.length === 0 ? Promise.resolve(new Map()) : repo(deps).getOrganisations(orgIds);
}

/** Checks the producers of a lot: each must be an active member of the association, except those `kept` from before. */
function producerIssues(producerIds: readonly string[], members: Map<string, MemberItem>, kept: readonly string[] = []): FieldIssue[] {
  const issues: FieldIssue[] = [];
  producerIds.forEach((id, i) => {
    const member = members.get(id);
    if (!member || (!member.active && !kept.includes(id))) {
      issues.push({ path: `producerIds.${i}`, message: 'is not an active member of this association (members of other associations cannot be producers)' });
    }
  });
  return issues;
}

function communitiesOf(producerIds: readonly string[], members: Map<string, MemberItem>): string[] {
  return [...new Set(producerIds.flatMap((id) => (members.has(id) ? [members.get(id)!.community] : [])))].sort();
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
    ...(input.gtin ? { gtin: normalizeGtin(input.gtin) } : {}),
    region: org.region,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  checkOrderQuantities(product);
  await repo(deps).createProduct(product);
  return product;
}

export async function getProduct(
  deps: CatalogDeps,
  orgId: string,
  productId: string,
  options: { includeInactive: boolean; consistent?: boolean },
): Promise<ProductItem> {
  const product = await repo(deps).getProduct(orgId, productId, options.consistent ?? options.includeInactive);
  if (!product || (!product.active && !options.includeInactive)) throw new NotFound(`No product ${productId} in this organisation.`);
  return product;
}

/**
 * Edits a product (merge patch: names and descriptions merge language by language). A GTIN sent
 * is stored in its 14-digit form and claimed for the product in the same transaction as the edit
 * (409 `gtin-taken` when another product holds it); the GTIN it replaces or that `null` removes is
 * freed. Once the product has the GTIN sent, each of its lots gets its Digital Link under it
 * (`linkLotsOfProduct`), so sending the GTIN again also repairs links an interrupted edit left out.
 */
export async function updateProduct(
  deps: CatalogDeps,
  orgId: string,
  productId: string,
  patch: UpdateProductInput,
  precondition: Precondition = ANY_VERSION,
): Promise<ProductItem> {
  const catalog = repo(deps);
  const sent = patch.gtin ? { ...patch, gtin: normalizeGtin(patch.gtin) } : patch;
  const read = () => getProduct(deps, orgId, productId, { includeInactive: true, consistent: true });
  const updated = await edit('product', precondition, read, async (current, version) => {
    const merged = mergePatch(current, sent);
    checkMerged(productShape, merged, Object.keys(sent));
    const next: ProductItem = { ...merged, nameKey: nameKey(merged.name.es), version: version + 1, updatedAt: now(deps) };
    checkOrderQuantities(next);
    const gtins = sent.gtin === undefined ? {} : await gtinClaimChanges(deps, current, next);
    await catalog.saveProduct(next, current, changedFields(next, sent), version, gtins);
    return next;
  });
  if (sent.gtin && updated.gtin) await linkLotsOfProduct(deps, updated);
  return updated;
}

/** The GTIN claims an edit makes: the new GTIN unless the product holds it already, the old one if it held it. */
async function gtinClaimChanges(deps: CatalogDeps, current: ProductItem, next: ProductItem): Promise<GtinClaimChanges> {
  const before = current.gtin ? normalizeGtin(current.gtin) : undefined;
  const after = next.gtin;
  const [held, heldBefore] = await Promise.all([
    after ? repo(deps).getGtinClaim(after) : Promise.resolve(undefined),
    before && before !== after ? repo(deps).getGtinClaim(before) : Promise.resolve(undefined),
  ]);
  if (after && held && held.productId !== next.id) throw new GtinTaken(after);
  return {
    ...(after && !held ? { claim: after } : {}),
    ...(heldBefore?.productId === next.id ? { release: before } : {}),
  };
}

/** Carries an association's new region onto one of its products (the by-region index reads it there). */
async function moveProductToRegion(deps: CatalogDeps, orgId: string, productId: string, region: string): Promise<void> {
  const catalog = repo(deps);
  const read = () => getProduct(deps, orgId, productId, { includeInactive: true, consistent: true });
  await edit('product', ANY_VERSION, read, async (current, version) => {
    if (current.region === region) return current;
    const next: ProductItem = { ...current, region, version: version + 1, updatedAt: now(deps) };
    await catalog.saveProduct(next, current, { set: {}, remove: [] }, version);
    return next;
  });
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
 * The public catalog: one Query on the most selective key the filters allow, each ordered by name
 * so a name prefix is a key condition, remaining filters applied by DynamoDB, then one BatchGetItem.
 * - an association: its name-order entries (`CATALOG#<nameKey>#<productId>` in its partition), then
 *   the products of the page (the association itself is read first: it must be active, and its
 *   region answers a `region` filter);
 * - else the category, region or whole-catalog index, then the associations of the page.
 * The cost of a page does not depend on the size of the table.
 */
export async function browseCatalog(deps: CatalogDeps, query: CatalogQuery): Promise<CatalogPage> {
  if (query.association) return browseAssociation(deps, query.association, query);
  const catalog = repo(deps);
  const prefix = query.q ? searchPrefix(query.q) : undefined;
  const [index, partition] = query.category
    ? (['gsi1', catalogKeys.catalogByCategory(query.category)] as const)
    : query.region
      ? (['gsi2', catalogKeys.catalogByRegion(query.region)] as const)
      : (['gsi3', catalogKeys.catalogAll()] as const);
  const page = await catalog.queryCatalog({
    index,
    partition: { name: `${index}pk`, value: partition },
    sortPrefix: prefix ? { name: `${index}sk`, value: prefix } : undefined,
    limit: query.limit,
    cursor: query.cursor,
    filter:
      query.region && query.category
        ? { FilterExpression: '#region = :region', ExpressionAttributeNames: { '#region': 'region' }, ExpressionAttributeValues: { ':region': query.region } }
        : undefined,
  });
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

const EMPTY_PAGE: CatalogPage = { items: [], stats: { calls: 1, consumedReadUnits: 0 } };

async function browseAssociation(deps: CatalogDeps, orgId: string, query: CatalogQuery): Promise<CatalogPage> {
  const catalog = repo(deps);
  const association = await catalog.getOrganisation(orgId);
  if (!association || association.kind !== 'association' || !association.active) return EMPTY_PAGE;
  if (query.region && association.region !== query.region) return EMPTY_PAGE;
  const backfill = association.nameOrderIndexed ? { calls: 0 } : await writeNameOrderEntries(deps, orgId);
  const entries = await catalog.queryCatalogEntries({
    partition: { name: 'pk', value: catalogKeys.organisation(orgId).pk },
    sortPrefix: { name: 'sk', value: catalogKeys.catalogEntryPrefix(query.q ? searchPrefix(query.q) : '') },
    limit: query.limit,
    cursor: query.cursor,
    filter: query.category ? { FilterExpression: 'category = :category', ExpressionAttributeValues: { ':category': query.category } } : undefined,
  });
  const products =
    entries.items.length > 0
      ? await catalog.getProductsCounted(
          orgId,
          entries.items.map((e) => e.productId),
        )
      : { products: new Map<string, ProductItem>(), calls: 0, consumedReadUnits: 0 };
  return {
    // In the entries' (name) order; a product deactivated between the two reads is left out.
    items: entries.items.flatMap((entry) => {
      const product = products.products.get(entry.productId);
      return product?.active ? [{ product, association }] : [];
    }),
    nextCursor: entries.nextCursor,
    stats: {
      calls: 1 + backfill.calls + entries.stats.calls + products.calls,
      consumedReadUnits: entries.stats.consumedReadUnits + products.consumedReadUnits,
    },
  };
}

/**
 * Writes the name-order entries of an association whose products were listed before entries
 * existed (written by the seed or by earlier versions), once: each active product gets its entry
 * unless it changed since it was read (its own edit then wrote or removed it), and the association
 * is marked so that this never runs again for it. Every later product write keeps its entry.
 */
export async function writeNameOrderEntries(deps: CatalogDeps, orgId: string): Promise<{ calls: number; written: number }> {
  const catalog = repo(deps);
  let calls = 0;
  let written = 0;
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await catalog.listProductsOfOrganisation(orgId, 25, cursor, true);
    calls++;
    const outcomes = await Promise.all(page.items.map((product) => catalog.putCatalogEntryIfUnchanged(product)));
    calls += outcomes.length;
    written += outcomes.filter(Boolean).length;
    cursor = page.nextCursor;
  }
  await catalog.markNameOrderIndexed(orgId);
  return { calls: calls + 1, written };
}

// Lots

const MAX_LOT_ATTEMPTS = 8;

/**
 * Records a lot. Of a product with a GTIN, the lot's code is its batch/lot number (GS1 AI 10): at
 * most 20 characters, used once per GTIN (409 `lot-code-taken`); a lot without a code gets an
 * alias (`linkCode`). Its Digital Link is written in the lot's own transaction, which also checks
 * that the product still has the GTIN it was read with (an edit of the GTIN in between: read again).
 */
export async function createLot(deps: CatalogDeps, orgId: string, input: CreateLotInput): Promise<LotItem> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await createLotOnce(deps, orgId, input);
    } catch (error) {
      if (!(error instanceof ProductGtinChanged) && !(error instanceof LotCodeTaken && !input.code)) throw error;
      // The product's GTIN was edited meanwhile, or (once in 2^80) a new lot's alias was taken: again, with a new id.
      if (attempt >= MAX_LOT_ATTEMPTS) throw new TransactionContended('The product is being changed right now; retry shortly.', { cause: error });
    }
  }
}

async function createLotOnce(deps: CatalogDeps, orgId: string, input: CreateLotInput): Promise<LotItem> {
  const catalog = repo(deps);
  const product = await catalog.getProduct(orgId, input.productId, true);
  if (!product) throw new ValidationFailed([{ path: 'productId', message: 'is not a product of this organisation' }]);
  const gtin = product.gtin ? normalizeGtin(product.gtin) : undefined;
  const issues: Array<{ path: string; message: string }> = [];
  if (input.quantity <= 0) issues.push({ path: 'quantity', message: 'must be positive' });
  else if (!fitsUnit(input.quantity, product.unit)) issues.push({ path: 'quantity', message: `is not expressible in ${product.unit}` });
  if (gtin && input.code !== undefined && !isAi10(input.code)) {
    issues.push({
      path: 'code',
      message: `must be at most ${AI10_MAX_LENGTH} characters for a product with a GTIN: it is the lot’s batch/lot number (GS1 AI 10) in its Digital Link`,
    });
  }
  const members = await getMembers(deps, orgId, input.producerIds);
  issues.push(...producerIssues(input.producerIds, members));
  if (issues.length > 0) throw new ValidationFailed(issues);
  const id = newId('lot');
  const alias = gtin && !input.code ? lotCodeAliases({ id })[0] : undefined;
  const lot: LotItem = {
    entity: 'Lot',
    id,
    orgId,
    productId: product.id,
    ...(input.code ? { code: input.code } : {}),
    ...(alias ? { linkCode: alias } : {}),
    unit: product.unit,
    quantity: input.quantity,
    available: input.quantity,
    productionDate: input.productionDate,
    ...(input.expiryDate ? { expiryDate: input.expiryDate } : {}),
    producerIds: [...new Set(input.producerIds)],
    communities: communitiesOf(input.producerIds, members),
    ...(input.notes ? { notes: input.notes } : {}),
    version: 1,
    createdAt: now(deps),
  };
  await catalog.createLot(lot, product.gtin, gtin ? { gtin, code: linkCodeOf(lot) } : undefined);
  return lot;
}

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
    if (!lot) throw new NotFound(`No lot ${lotId}.`);
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

/** Lots by id, of any organisation, in one batch read; unknown ids are absent. */
export function getLots(deps: CatalogDeps, lotIds: readonly string[]): Promise<Map<string, LotItem>> {
  return lotIds.length === 0 ? Promise.resolve(new Map()) : repo(deps).getLots(lotIds);
}

/**
 * Corrects a lot (merge patch): its expiry date, notes or producers. New producers must be active
 * members of the association; a producer already on the lot may stay after being deactivated.
 */
export async function updateLot(
  deps: CatalogDeps,
  orgId: string,
  lotId: string,
  patch: UpdateLotInput,
  precondition: Precondition = ANY_VERSION,
): Promise<LotItem> {
  const catalog = repo(deps);
  return edit(
    'lot',
    precondition,
    () => getOwnLot(deps, orgId, lotId),
    async (current, version) => {
      const next: LotItem = { ...mergePatch(current, patch), version: version + 1, updatedAt: now(deps) };
      const issues: FieldIssue[] = [];
      if (next.expiryDate && next.expiryDate < next.productionDate)
        issues.push({ path: 'expiryDate', message: `must not be before the production date (${next.productionDate})` });
      const fields: Record<string, unknown> = { ...patch };
      if (patch.producerIds) {
        const members = await getMembers(deps, orgId, patch.producerIds);
        issues.push(...producerIssues(patch.producerIds, members, current.producerIds));
        next.producerIds = [...new Set(patch.producerIds)];
        next.communities = communitiesOf(next.producerIds, members);
        fields.communities = next.communities;
      }
      if (issues.length > 0) throw new ValidationFailed(issues);
      await catalog.updateLot(next, changedFields(next, fields), version);
      return next;
    },
  );
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

import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Conflict, NotFound } from '@ayni/core';
import {
  batchGetAll,
  isConditionalCheckFailed,
  queryPage,
  transactWrite,
  TransactionCancelled,
  type Page,
  type QueryPageInput,
  type Store,
  type TransactItem,
} from '@ayni/store';
import { catalogKeys } from './keys.js';
import { versionOf } from './versions.js';
import type { LocalizedText, OrganisationKind, ProductCategory } from './schemas.js';
import type { Currency, Unit } from '@ayni/core';

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
  taxId?: string;
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

/** Error raised when a write's precondition fails; the service turns it into the right domain error. */
export class SkuTaken extends Conflict {
  override readonly type = 'sku-taken';
  override readonly title = 'This SKU is already used by another product of the organisation';
}

/** A product's GTIN is claimed by another product (of this or any organisation). */
export class GtinTaken extends Conflict {
  override readonly type = 'gtin-taken';
  override readonly title = 'This GTIN belongs to another product';
  constructor(gtin: string, options: { cause?: unknown } = {}) {
    super(`GTIN ${gtin} belongs to another product: a GTIN names one product everywhere. Check the number, or remove it from the other product first.`, {
      ...options,
      extensions: { errors: [{ path: 'gtin', message: 'belongs to another product', code: 'gtin_taken' }] },
    });
  }
}

/** A lot code already used by another lot under the product's GTIN (its Digital Link would name both). */
export class LotCodeTaken extends Conflict {
  override readonly type = 'lot-code-taken';
  override readonly title = 'This lot code is already used under the product’s GTIN';
  constructor(code: string, gtin: string, options: { cause?: unknown } = {}) {
    super(`Lot code ${code} is already used by another lot of GTIN ${gtin}: give this lot another code.`, {
      ...options,
      extensions: { errors: [{ path: 'code', message: `is already used by another lot of GTIN ${gtin}`, code: 'lot_code_taken' }] },
    });
  }
}

/** The product's GTIN changed between reading it and writing a lot: read it again. Never seen by clients. */
export class ProductGtinChanged extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the product’s GTIN changed since it was read', options);
    this.name = 'ProductGtinChanged';
  }
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

/** The changes of GTIN claims an edit of a product makes with it. */
export interface GtinClaimChanges {
  /** Claim this GTIN (14 digits) for the product. */
  readonly claim?: string;
  /** Free this GTIN, which the product holds. */
  readonly release?: string;
}

export class InsufficientStock extends Conflict {
  override readonly type = 'insufficient-stock';
  override readonly title = 'Not enough stock';
}

/**
 * An edit lost a race: the item is no longer at the version it was read in, so nothing was written.
 * Never seen by clients: the service reads again and decides again (or answers 412 under If-Match).
 */
export class StaleVersion extends Error {
  constructor(what: string, options?: { cause?: unknown }) {
    super(`the ${what} changed since it was read`, options);
    this.name = 'StaleVersion';
  }
}

/** The top-level fields an edit writes and those it removes (see mergePatch / changedFields). */
export interface FieldChanges {
  readonly set: Readonly<Record<string, unknown>>;
  readonly remove: readonly string[];
}

const INDEX_ATTRIBUTES = ['gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'] as const;

function strip<T>(item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, gsi3pk: _e, gsi3sk: _f, ...rest } = item;
  return rest as T;
}

/** The public catalog index attributes of a product; empty when it is not listed (inactive). */
export function productIndexAttributes(product: Pick<ProductItem, 'active' | 'category' | 'region' | 'nameKey' | 'id'>) {
  if (!product.active) return {};
  const sort = catalogKeys.catalogSort(product.nameKey, product.id);
  return {
    gsi1pk: catalogKeys.catalogByCategory(product.category),
    gsi1sk: sort,
    gsi2pk: catalogKeys.catalogByRegion(product.region),
    gsi2sk: sort,
    gsi3pk: catalogKeys.catalogAll(),
    gsi3sk: sort,
  };
}

/** An association's public catalog in name order: one small entry per active product (sparse, like the indexes). */
export interface CatalogEntryItem {
  entity: 'CatalogEntry';
  orgId: string;
  productId: string;
  /** Copied so that `?association=&category=` filters the entries, not the products read after. */
  category: ProductCategory;
}

export function catalogEntryOf(
  product: Pick<ProductItem, 'active' | 'orgId' | 'nameKey' | 'id' | 'category'>,
): (CatalogEntryItem & { pk: string; sk: string }) | undefined {
  if (!product.active) return undefined;
  return {
    ...catalogKeys.catalogEntry(product.orgId, product.nameKey, product.id),
    entity: 'CatalogEntry',
    orgId: product.orgId,
    productId: product.id,
    category: product.category,
  };
}

/** The write of an edit: only the given attributes, on the condition that the item is still at `expectedVersion`. */
function versionedUpdate(key: { pk: string; sk: string }, set: Readonly<Record<string, unknown>>, remove: readonly string[], expectedVersion: number) {
  const names: Record<string, string> = { '#version': 'version' };
  const values: Record<string, unknown> = {};
  const assignments = Object.entries(set)
    .filter(([, value]) => value !== undefined)
    .map(([field, value], i) => {
      names[`#s${i}`] = field;
      values[`:s${i}`] = value;
      return `#s${i} = :s${i}`;
    });
  const removals = remove.map((field, i) => {
    names[`#r${i}`] = field;
    return `#r${i}`;
  });
  // Version 0 is an item written before versions existed: it has no version attribute at all.
  let condition = 'attribute_exists(pk) AND attribute_not_exists(#version)';
  if (expectedVersion !== 0) {
    condition = '#version = :expectedVersion';
    values[':expectedVersion'] = expectedVersion;
  }
  return {
    Key: key,
    UpdateExpression: `SET ${assignments.join(', ')}${removals.length > 0 ? ` REMOVE ${removals.join(', ')}` : ''}`,
    ConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** The only code that speaks DynamoDB for the catalog. */
export class CatalogRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  private async get<T>(key: { pk: string; sk: string }, consistent = false): Promise<T | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: consistent }));
    return strip<T>(Item);
  }

  /** One UpdateItem of an edit; a lost race is a StaleVersion. */
  private async updateVersioned(
    what: string,
    key: { pk: string; sk: string },
    set: Readonly<Record<string, unknown>>,
    remove: readonly string[],
    expectedVersion: number,
  ) {
    try {
      await this.store.doc.send(new UpdateCommand({ TableName: this.table, ...versionedUpdate(key, set, remove, expectedVersion) }));
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new StaleVersion(what, { cause: error });
      throw error;
    }
  }

  /** A transaction whose first action is an edit; its condition failing is a StaleVersion. */
  private async transactVersioned(what: string, actions: TransactItem[]): Promise<void> {
    try {
      await transactWrite(this.store, actions);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedConditions().includes(0)) throw new StaleVersion(what, { cause: error });
      throw error;
    }
  }

  // Organisations

  async putOrganisation(org: OrganisationItem): Promise<void> {
    await transactWrite(this.store, [
      {
        Put: {
          TableName: this.table,
          Item: { ...catalogKeys.organisation(org.id), ...catalogKeys.organisationsByKind(org.kind, org.nameKey, org.id), ...org },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
  }

  getOrganisation(orgId: string, consistent = false): Promise<OrganisationItem | undefined> {
    return this.get<OrganisationItem>(catalogKeys.organisation(orgId), consistent);
  }

  /** Reads several organisations in one call (a catalog page names at most `limit` of them). */
  async getOrganisations(orgIds: readonly string[]): Promise<Map<string, OrganisationItem>> {
    return (await this.getOrganisationsCounted(orgIds)).organisations;
  }

  async getOrganisationsCounted(
    orgIds: readonly string[],
  ): Promise<{ organisations: Map<string, OrganisationItem>; calls: number; consumedReadUnits: number }> {
    const result = await batchGetAll(
      this.store,
      [...new Set(orgIds)].map((id) => catalogKeys.organisation(id)),
    );
    const organisations = new Map(result.items.map((item) => strip<OrganisationItem>(item)!).map((org) => [org.id, org]));
    return { organisations, calls: result.calls, consumedReadUnits: result.consumedReadUnits };
  }

  /**
   * Writes an edit of the profile: only the changed fields (never `memberCount`, which member
   * changes move atomically meanwhile), its name keys, `updatedAt` and the new version, if the
   * profile is still at `expectedVersion`.
   */
  async updateOrganisation(org: OrganisationItem, changes: FieldChanges, expectedVersion: number): Promise<void> {
    const set = {
      ...changes.set,
      nameKey: org.nameKey,
      gsi1sk: catalogKeys.organisationsByKind(org.kind, org.nameKey, org.id).gsi1sk,
      updatedAt: org.updatedAt,
      version: versionOf(org),
    };
    await this.updateVersioned('organisation', catalogKeys.organisation(org.id), set, changes.remove, expectedVersion);
  }

  /** Records that every active product of the association has its name-order entry. */
  async markNameOrderIndexed(orgId: string): Promise<void> {
    await this.store.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: catalogKeys.organisation(orgId),
        UpdateExpression: 'SET nameOrderIndexed = :true',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':true': true },
      }),
    );
  }

  listOrganisationsByKind(kind: OrganisationKind, limit: number, cursor?: string): Promise<Page<OrganisationItem>> {
    return this.page<OrganisationItem>({ index: 'gsi1', partition: { name: 'gsi1pk', value: catalogKeys.organisationsByKind(kind).gsi1pk }, limit, cursor });
  }

  // Members

  /** Adds a member and counts them on the organisation, atomically. */
  async addMember(member: MemberItem): Promise<void> {
    await transactWrite(this.store, [
      { Put: { TableName: this.table, Item: { ...catalogKeys.member(member.orgId, member.id), ...member }, ConditionExpression: 'attribute_not_exists(pk)' } },
      {
        Update: {
          TableName: this.table,
          Key: catalogKeys.organisation(member.orgId),
          UpdateExpression: 'ADD memberCount :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':one': 1 },
        },
      },
    ]);
  }

  getMember(orgId: string, memberId: string): Promise<MemberItem | undefined> {
    return this.get<MemberItem>(catalogKeys.member(orgId, memberId), true);
  }

  /** Members of this organisation among the ids (one BatchGetItem per 100); another organisation's members are simply absent. */
  async getMembers(orgId: string, memberIds: readonly string[]): Promise<Map<string, MemberItem>> {
    const result = await batchGetAll(
      this.store,
      [...new Set(memberIds)].map((id) => catalogKeys.member(orgId, id)),
      { consistent: true },
    );
    return new Map(result.items.map((item) => strip<MemberItem>(item)!).map((member) => [member.id, member]));
  }

  /**
   * Writes an edit of a member if it is still at `expectedVersion`; a change of `active` moves the
   * organisation's member count in the same transaction.
   */
  async saveMember(member: MemberItem, previous: MemberItem, changes: FieldChanges, expectedVersion: number): Promise<void> {
    const actions: TransactItem[] = [
      {
        Update: {
          TableName: this.table,
          ...versionedUpdate(
            catalogKeys.member(member.orgId, member.id),
            { ...changes.set, updatedAt: member.updatedAt, version: versionOf(member) },
            changes.remove,
            expectedVersion,
          ),
        },
      },
    ];
    if (member.active !== previous.active) {
      actions.push({
        Update: {
          TableName: this.table,
          Key: catalogKeys.organisation(member.orgId),
          UpdateExpression: 'ADD memberCount :delta',
          ExpressionAttributeValues: { ':delta': member.active ? 1 : -1 },
        },
      });
    }
    await this.transactVersioned('member', actions);
  }

  listMembers(orgId: string, limit: number, cursor?: string): Promise<Page<MemberItem>> {
    return this.page<MemberItem>({
      partition: { name: 'pk', value: catalogKeys.organisation(orgId).pk },
      sortPrefix: { name: 'sk', value: catalogKeys.memberPrefix },
      limit,
      cursor,
    });
  }

  // Products

  /**
   * Creates a product, claiming its SKU within the organisation, only for an active association;
   * an active product gets its name-order entry in the same transaction.
   */
  async createProduct(product: ProductItem): Promise<void> {
    const entry = catalogEntryOf(product);
    try {
      await transactWrite(this.store, [
        {
          ConditionCheck: {
            TableName: this.table,
            Key: catalogKeys.organisation(product.orgId),
            ConditionExpression: 'attribute_exists(pk) AND kind = :association AND active = :true',
            ExpressionAttributeValues: { ':association': 'association', ':true': true },
          },
        },
        {
          Put: {
            TableName: this.table,
            Item: { ...catalogKeys.skuClaim(product.orgId, product.sku), entity: 'SkuClaim', productId: product.id },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.table,
            Item: { ...catalogKeys.product(product.orgId, product.id), ...productIndexAttributes(product), ...product },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        // Index 3: the GTIN, if any, becomes this product's everywhere.
        ...(product.gtin ? [this.gtinClaimPut(product.gtin, product)] : []),
        ...(entry ? [{ Put: { TableName: this.table, Item: entry } }] : []),
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled) {
        const failed = error.failedConditions();
        if (failed.includes(0)) throw new NotFound('The organisation is not an active association.', { cause: error });
        if (failed.includes(1)) throw new SkuTaken(`SKU ${product.sku} is already used.`, { cause: error });
        if (failed.includes(3) && product.gtin) throw new GtinTaken(product.gtin, { cause: error });
      }
      throw error;
    }
  }

  /** The conditional put of a GTIN claim: free, or already this product's. */
  private gtinClaimPut(gtin14: string, product: Pick<ProductItem, 'orgId' | 'id'>): TransactItem {
    const claim: GtinClaimItem = { entity: 'GtinClaim', gtin: gtin14, orgId: product.orgId, productId: product.id };
    return {
      Put: {
        TableName: this.table,
        Item: { ...catalogKeys.gtinClaim(gtin14), ...claim },
        ConditionExpression: 'attribute_not_exists(pk) OR productId = :product',
        ExpressionAttributeValues: { ':product': product.id },
      },
    };
  }

  /** Who holds a GTIN (14 digits), read consistently. */
  getGtinClaim(gtin14: string): Promise<GtinClaimItem | undefined> {
    return this.get<GtinClaimItem>(catalogKeys.gtinClaim(gtin14), true);
  }

  /**
   * Claims the GTIN of a product written before claims existed, and stores it in its 14-digit form
   * if it was kept shorter (the API shows it padded either way, so the product's version stays):
   * false when another product holds the GTIN.
   */
  async claimGtinOfExistingProduct(product: ProductItem, gtin14: string): Promise<boolean> {
    const actions: TransactItem[] = [this.gtinClaimPut(gtin14, product)];
    if (product.gtin !== gtin14) {
      actions.push({
        Update: {
          TableName: this.table,
          Key: catalogKeys.product(product.orgId, product.id),
          UpdateExpression: 'SET gtin = :padded',
          ConditionExpression: 'gtin = :stored',
          ExpressionAttributeValues: { ':padded': gtin14, ':stored': product.gtin },
        },
      });
    }
    try {
      await transactWrite(this.store, actions);
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedConditions().includes(0)) return false;
      // The product's GTIN changed meanwhile: its own edit claimed (or freed) what it has now.
      if (error instanceof TransactionCancelled && error.failedConditions().includes(1)) return true;
      throw error;
    }
  }

  getProduct(orgId: string, productId: string, consistent = false): Promise<ProductItem | undefined> {
    return this.get<ProductItem>(catalogKeys.product(orgId, productId), consistent);
  }

  /** Products of one organisation by id, in one BatchGetItem per 100, with what it cost. */
  async getProductsCounted(
    orgId: string,
    productIds: readonly string[],
  ): Promise<{ products: Map<string, ProductItem>; calls: number; consumedReadUnits: number }> {
    const result = await batchGetAll(
      this.store,
      [...new Set(productIds)].map((id) => catalogKeys.product(orgId, id)),
    );
    const products = new Map(result.items.map((item) => strip<ProductItem>(item)!).map((product) => [product.id, product]));
    return { products, calls: result.calls, consumedReadUnits: result.consumedReadUnits };
  }

  /**
   * Writes an edit of a product, if it is still at `expectedVersion`: the changed fields, its name
   * and region keys, its catalog index attributes (removed when inactive) and, in the same
   * transaction, its name-order entry (moved on a rename, removed on deactivation). Stock is never
   * written here: only lots and orders move it, atomically.
   */
  async saveProduct(product: ProductItem, previous: ProductItem, changes: FieldChanges, expectedVersion: number, gtins: GtinClaimChanges = {}): Promise<void> {
    const set = {
      ...changes.set,
      nameKey: product.nameKey,
      region: product.region,
      updatedAt: product.updatedAt,
      version: product.version,
      ...productIndexAttributes(product),
    };
    const remove = [...changes.remove, ...(product.active ? [] : INDEX_ATTRIBUTES)];
    const actions: TransactItem[] = [
      { Update: { TableName: this.table, ...versionedUpdate(catalogKeys.product(product.orgId, product.id), set, remove, expectedVersion) } },
    ];
    const before = catalogKeys.catalogEntry(previous.orgId, previous.nameKey, previous.id);
    const after = catalogEntryOf(product);
    // Deleting an entry that is not there (an inactive product, or one written before entries) is harmless.
    if (!after || after.sk !== before.sk) actions.push({ Delete: { TableName: this.table, Key: before } });
    if (after) actions.push({ Put: { TableName: this.table, Item: after } });
    const claimAt = actions.length;
    if (gtins.claim) actions.push(this.gtinClaimPut(gtins.claim, product));
    if (gtins.release) {
      actions.push({
        Delete: {
          TableName: this.table,
          Key: catalogKeys.gtinClaim(gtins.release),
          ConditionExpression: 'productId = :product',
          ExpressionAttributeValues: { ':product': product.id },
        },
      });
    }
    try {
      await this.transactVersioned('product', actions);
    } catch (error) {
      if (!(error instanceof TransactionCancelled)) throw error;
      const failed = error.failedConditions();
      if (gtins.claim && failed.includes(claimAt)) throw new GtinTaken(gtins.claim, { cause: error });
      // The claim to free is no longer this product's: decide again from a fresh read.
      if (gtins.release && failed.includes(gtins.claim ? claimAt + 1 : claimAt)) throw new StaleVersion('product', { cause: error });
      throw error;
    }
  }

  /**
   * Writes the name-order entry of a product listed before entries existed, unless the product
   * changed since it was read (then its own edit wrote or removed the entry): false in that case.
   */
  async putCatalogEntryIfUnchanged(product: ProductItem): Promise<boolean> {
    const entry = catalogEntryOf(product);
    if (!entry) return false;
    try {
      await transactWrite(this.store, [
        {
          ConditionCheck: {
            TableName: this.table,
            Key: catalogKeys.product(product.orgId, product.id),
            ConditionExpression: `${versionOf(product) === 0 ? 'attribute_not_exists(#version)' : '#version = :version'} AND active = :true`,
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':true': true, ...(versionOf(product) === 0 ? {} : { ':version': product.version }) },
          },
        },
        { Put: { TableName: this.table, Item: entry } },
      ]);
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedConditions().includes(0)) return false;
      throw error;
    }
  }

  listProductsOfOrganisation(orgId: string, limit: number, cursor: string | undefined, activeOnly: boolean): Promise<Page<ProductItem>> {
    return this.page<ProductItem>({
      partition: { name: 'pk', value: catalogKeys.organisation(orgId).pk },
      sortPrefix: { name: 'sk', value: catalogKeys.productPrefix },
      limit,
      cursor,
      filter: activeOnly ? { FilterExpression: 'active = :true', ExpressionAttributeValues: { ':true': true } } : undefined,
    });
  }

  /** One page of the public catalog, from the most selective index the query allows. */
  async queryCatalog(input: QueryPageInput): Promise<Page<ProductItem> & { stats: { calls: number; consumedReadUnits: number } }> {
    const page = await queryPage<Record<string, unknown>>(this.store, input);
    return { ...page, items: page.items.map((item) => strip<ProductItem>(item)!) };
  }

  /** One page of an association's name-order entries (`CATALOG#…` in its partition). */
  async queryCatalogEntries(input: QueryPageInput): Promise<Page<CatalogEntryItem> & { stats: { calls: number; consumedReadUnits: number } }> {
    const page = await queryPage<Record<string, unknown>>(this.store, input);
    return { ...page, items: page.items.map((item) => strip<CatalogEntryItem>(item)!) };
  }

  // Lots

  /**
   * Records a lot and adds its quantity to the product's available stock, atomically, on the
   * condition that the product still has the GTIN it was read with (`productGtin`, as stored, or
   * none); with a GTIN (`link.gtin`, 14 digits) the lot's Digital Link (GTIN, batch/lot number) is
   * written in the same transaction, on the condition that no other lot has it.
   */
  async createLot(lot: LotItem, productGtin: string | undefined, link?: { gtin: string; code: string }): Promise<void> {
    const gtinCondition = productGtin === undefined ? 'attribute_not_exists(gtin)' : 'gtin = :gtin';
    try {
      await transactWrite(this.store, [
        {
          Put: {
            TableName: this.table,
            Item: {
              ...catalogKeys.lot(lot.id),
              gsi1pk: catalogKeys.lotsOfProduct(lot.productId),
              gsi1sk: catalogKeys.lotSort(lot.productionDate, lot.id),
              gsi2pk: catalogKeys.lotsOfOrganisation(lot.orgId),
              gsi2sk: catalogKeys.lotSort(lot.productionDate, lot.id),
              ...lot,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: this.table,
            Key: catalogKeys.product(lot.orgId, lot.productId),
            UpdateExpression: 'ADD stock :quantity',
            ConditionExpression: `attribute_exists(pk) AND ${gtinCondition}`,
            ExpressionAttributeValues: { ':quantity': lot.quantity, ...(productGtin === undefined ? {} : { ':gtin': productGtin }) },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        ...(link ? [this.digitalLinkPut(lot, link.gtin, link.code, 'attribute_not_exists(pk)')] : []),
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled) {
        const failed = error.failedConditions();
        if (failed.includes(1)) {
          if (!error.reasons[1]?.item) throw new NotFound('The product does not exist in this organisation.', { cause: error });
          throw new ProductGtinChanged({ cause: error });
        }
        if (failed.includes(2) && link) throw new LotCodeTaken(link.code, link.gtin, { cause: error });
      }
      throw error;
    }
  }

  private digitalLinkPut(lot: Pick<LotItem, 'id' | 'orgId' | 'productId'>, gtin14: string, code: string, condition: string): TransactItem {
    const item: DigitalLinkItem = { entity: 'DigitalLink', gtin: gtin14, code, lotId: lot.id, orgId: lot.orgId, productId: lot.productId };
    return {
      Put: {
        TableName: this.table,
        Item: { ...catalogKeys.digitalLink(gtin14, code), ...item },
        ConditionExpression: condition,
        ...(condition.includes(':lot') ? { ExpressionAttributeValues: { ':lot': lot.id } } : {}),
      },
    };
  }

  getDigitalLink(gtin14: string, code: string): Promise<DigitalLinkItem | undefined> {
    return this.get<DigitalLinkItem>(catalogKeys.digitalLink(gtin14, code), true);
  }

  /**
   * Writes the Digital Link (GTIN, `code`) of an existing lot unless another lot has it (false
   * then); with `alias`, stores `code` as the lot's `linkCode` in the same transaction, as an edit
   * of the lot at `expectedVersion` (a lost race is a StaleVersion).
   */
  async linkExistingLot(lot: LotItem, gtin14: string, code: string, alias?: { at: string; expectedVersion: number }): Promise<boolean> {
    const actions: TransactItem[] = [this.digitalLinkPut(lot, gtin14, code, 'attribute_not_exists(pk) OR lotId = :lot')];
    if (alias) {
      actions.push({
        Update: {
          TableName: this.table,
          ...versionedUpdate(catalogKeys.lot(lot.id), { linkCode: code, updatedAt: alias.at, version: alias.expectedVersion + 1 }, [], alias.expectedVersion),
        },
      });
    }
    try {
      await transactWrite(this.store, actions);
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedConditions().includes(0)) return false;
      if (error instanceof TransactionCancelled && error.failedConditions().includes(1)) throw new StaleVersion('lot', { cause: error });
      throw error;
    }
  }

  getLot(lotId: string, consistent = false): Promise<LotItem | undefined> {
    return this.get<LotItem>(catalogKeys.lot(lotId), consistent);
  }

  /** Lots by id, of any organisation, in one BatchGetItem per 100; unknown ids are absent. */
  async getLots(lotIds: readonly string[]): Promise<Map<string, LotItem>> {
    const result = await batchGetAll(
      this.store,
      [...new Set(lotIds)].map((id) => catalogKeys.lot(id)),
      { consistent: true },
    );
    return new Map(result.items.map((item) => strip<LotItem>(item)!).map((lot) => [lot.id, lot]));
  }

  /** Writes an edit of a lot (never its quantities, which adjustments and orders move), if it is still at `expectedVersion`. */
  async updateLot(lot: LotItem, changes: FieldChanges, expectedVersion: number): Promise<void> {
    await this.updateVersioned(
      'lot',
      catalogKeys.lot(lot.id),
      { ...changes.set, updatedAt: lot.updatedAt, version: versionOf(lot) },
      changes.remove,
      expectedVersion,
    );
  }

  listLotsOfOrganisation(orgId: string, limit: number, cursor?: string): Promise<Page<LotItem>> {
    return this.page<LotItem>({
      index: 'gsi2',
      partition: { name: 'gsi2pk', value: catalogKeys.lotsOfOrganisation(orgId) },
      limit,
      cursor,
      scanForward: false,
    });
  }

  /** Newest production first, or oldest first (then in creation order: ids are ULIDs). */
  listLotsOfProduct(productId: string, limit: number, cursor?: string, oldestFirst = false): Promise<Page<LotItem>> {
    return this.page<LotItem>({
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: catalogKeys.lotsOfProduct(productId) },
      limit,
      cursor,
      scanForward: oldestFirst,
    });
  }

  /**
   * Records an adjustment of a lot's available quantity and moves the product's stock by the same
   * delta, atomically; neither may go below zero.
   */
  async adjustLot(lot: LotItem, adjustment: LotAdjustmentItem): Promise<void> {
    const removing = adjustment.delta < 0;
    const magnitude = Math.abs(adjustment.delta);
    try {
      await transactWrite(this.store, [
        {
          Put: {
            TableName: this.table,
            Item: { ...catalogKeys.lotAdjustment(lot.id, adjustment.id), ...adjustment },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: this.table,
            Key: catalogKeys.lot(lot.id),
            UpdateExpression: 'ADD available :delta',
            // A recount may find more than was recorded; only removals are bounded (by what is there).
            ConditionExpression: removing ? 'available >= :magnitude' : 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':delta': adjustment.delta, ...(removing ? { ':magnitude': magnitude } : {}) },
          },
        },
        {
          Update: {
            TableName: this.table,
            Key: catalogKeys.product(lot.orgId, lot.productId),
            UpdateExpression: 'ADD stock :delta',
            ConditionExpression: removing ? 'stock >= :magnitude' : 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':delta': adjustment.delta, ...(removing ? { ':magnitude': magnitude } : {}) },
          },
        },
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled) {
        const failed = error.failedConditions();
        if (failed.includes(1)) throw new InsufficientStock('The lot does not have that much available.', { cause: error });
        if (failed.includes(2)) throw new InsufficientStock('The product does not have that much stock (part of it is reserved by orders).', { cause: error });
      }
      throw error;
    }
  }

  listLotAdjustments(lotId: string, limit: number, cursor?: string): Promise<Page<LotAdjustmentItem>> {
    return this.page<LotAdjustmentItem>({
      partition: { name: 'pk', value: catalogKeys.lot(lotId).pk },
      sortPrefix: { name: 'sk', value: catalogKeys.lotAdjustmentPrefix },
      limit,
      cursor,
    });
  }

  private async page<T>(input: QueryPageInput): Promise<Page<T>> {
    const { items, nextCursor } = await queryPage<Record<string, unknown>>(this.store, input);
    return { items: items.map((item) => strip<T>(item)!), nextCursor };
  }
}

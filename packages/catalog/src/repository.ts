import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Conflict, NotFound } from '@ayni/core';
import { batchGetAll, isConditionalCheckFailed, queryPage, transactWrite, TransactionCancelled, type Page, type QueryPageInput, type Store, type TransactItem } from '@ayni/store';
import { catalogKeys } from './keys.js';
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
  createdAt: string;
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

type Stored<T> = T & { pk: string; sk: string } & Record<string, unknown>;

/** Error raised when a write's precondition fails; the service turns it into the right domain error. */
export class SkuTaken extends Conflict {
  override readonly type = 'sku-taken';
  override readonly title = 'This SKU is already used by another product of the organisation';
}

export class InsufficientStock extends Conflict {
  override readonly type = 'insufficient-stock';
  override readonly title = 'Not enough stock';
}

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

  getOrganisation(orgId: string): Promise<OrganisationItem | undefined> {
    return this.get<OrganisationItem>(catalogKeys.organisation(orgId));
  }

  /** Reads several organisations in one call (a catalog page names at most `limit` of them). */
  async getOrganisations(orgIds: readonly string[]): Promise<Map<string, OrganisationItem>> {
    return (await this.getOrganisationsCounted(orgIds)).organisations;
  }

  async getOrganisationsCounted(orgIds: readonly string[]): Promise<{ organisations: Map<string, OrganisationItem>; calls: number; consumedReadUnits: number }> {
    const result = await batchGetAll(this.store, [...new Set(orgIds)].map((id) => catalogKeys.organisation(id)));
    const organisations = new Map(result.items.map((item) => strip<OrganisationItem>(item)!).map((org) => [org.id, org]));
    return { organisations, calls: result.calls, consumedReadUnits: result.consumedReadUnits };
  }

  async replaceOrganisation(org: OrganisationItem, expectedUpdatedAt: string): Promise<void> {
    try {
      await transactWrite(this.store, [
        {
          Put: {
            TableName: this.table,
            Item: { ...catalogKeys.organisation(org.id), ...catalogKeys.organisationsByKind(org.kind, org.nameKey, org.id), ...org },
            ConditionExpression: 'updatedAt = :expected',
            ExpressionAttributeValues: { ':expected': expectedUpdatedAt },
          },
        },
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled) throw new Conflict('The organisation changed meanwhile; read it again and retry.');
      throw error;
    }
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

  async getMembers(orgId: string, memberIds: readonly string[]): Promise<Map<string, MemberItem>> {
    const result = await batchGetAll(this.store, [...new Set(memberIds)].map((id) => catalogKeys.member(orgId, id)), { consistent: true });
    return new Map(result.items.map((item) => strip<MemberItem>(item)!).map((member) => [member.id, member]));
  }

  /** Saves a member's new state; a change of `active` moves the organisation's member count with it. */
  async saveMember(member: MemberItem, previous: MemberItem): Promise<void> {
    const actions: TransactItem[] = [
      {
        Put: {
          TableName: this.table,
          Item: { ...catalogKeys.member(member.orgId, member.id), ...member },
          ConditionExpression: 'updatedAt = :expected',
          ExpressionAttributeValues: { ':expected': previous.updatedAt },
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
    try {
      await transactWrite(this.store, actions);
    } catch (error) {
      if (error instanceof TransactionCancelled) throw new Conflict('The member changed meanwhile; read it again and retry.');
      throw error;
    }
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

  /** Creates a product, claiming its SKU within the organisation, only for an active association. */
  async createProduct(product: ProductItem): Promise<void> {
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
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled) {
        const failed = error.failedConditions();
        if (failed.includes(0)) throw new NotFound('The organisation is not an active association.', { cause: error });
        if (failed.includes(1)) throw new SkuTaken(`SKU ${product.sku} is already used.`, { cause: error });
      }
      throw error;
    }
  }

  getProduct(orgId: string, productId: string, consistent = false): Promise<ProductItem | undefined> {
    return this.get<ProductItem>(catalogKeys.product(orgId, productId), consistent);
  }

  /**
   * Saves a product's editable fields and its catalog index attributes, if nobody changed it since it
   * was read (`version`). Stock is never written here: only lots and orders move it, atomically.
   */
  async updateProduct(product: ProductItem, expectedVersion: number): Promise<void> {
    const index = productIndexAttributes(product);
    const set: Record<string, unknown> = {
      name: product.name,
      nameKey: product.nameKey,
      description: product.description,
      category: product.category,
      price: product.price,
      minOrderQuantity: product.minOrderQuantity,
      orderMultiple: product.orderMultiple,
      leadTimeDays: product.leadTimeDays,
      active: product.active,
      photos: product.photos,
      region: product.region,
      updatedAt: product.updatedAt,
      version: product.version,
      ...(product.gtin ? { gtin: product.gtin } : {}),
      ...index,
    };
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':expected': expectedVersion };
    const assignments = Object.entries(set).map(([field, value], i) => {
      names[`#f${i}`] = field;
      values[`:v${i}`] = value;
      return `#f${i} = :v${i}`;
    });
    const removals = product.active ? [] : ['gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'];
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: catalogKeys.product(product.orgId, product.id),
          UpdateExpression: `SET ${assignments.join(', ')}${removals.length ? ` REMOVE ${removals.join(', ')}` : ''}`,
          ConditionExpression: 'version = :expected',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new Conflict('The product changed meanwhile; read it again and retry.', { cause: error });
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

  // Lots

  /** Records a lot and adds its quantity to the product's available stock, atomically. */
  async createLot(lot: LotItem): Promise<void> {
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
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':quantity': lot.quantity },
          },
        },
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedConditions().includes(1)) {
        throw new NotFound('The product does not exist in this organisation.', { cause: error });
      }
      throw error;
    }
  }

  getLot(lotId: string, consistent = false): Promise<LotItem | undefined> {
    return this.get<LotItem>(catalogKeys.lot(lotId), consistent);
  }

  listLotsOfOrganisation(orgId: string, limit: number, cursor?: string): Promise<Page<LotItem>> {
    return this.page<LotItem>({ index: 'gsi2', partition: { name: 'gsi2pk', value: catalogKeys.lotsOfOrganisation(orgId) }, limit, cursor, scanForward: false });
  }

  listLotsOfProduct(productId: string, limit: number, cursor?: string): Promise<Page<LotItem>> {
    return this.page<LotItem>({ index: 'gsi1', partition: { name: 'gsi1pk', value: catalogKeys.lotsOfProduct(productId) }, limit, cursor, scanForward: false });
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
        { Put: { TableName: this.table, Item: { ...catalogKeys.lotAdjustment(lot.id, adjustment.id), ...adjustment }, ConditionExpression: 'attribute_not_exists(pk)' } },
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

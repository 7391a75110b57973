import { Conflict, message, NotFound } from '@ayni/core';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll, isConditionalCheckFailed, transactWrite, TransactionCancelled, type Page, type TransactItem } from '@ayni/store';
import { catalogKeys } from '../keys.js';
import { MESSAGES } from '../messages.js';
import type { GtinClaimItem, ProductItem } from '../model.js';
import { catalogEntryOf, productIndexAttributes } from './catalog-entries.js';
import { versionOf } from '../versions.js';
import { CatalogTable, StaleVersion, strip, versionedUpdate, type FieldChanges } from './table.js';

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
    super(message(MESSAGES, 'catalog.gtin-taken', { gtin }), {
      ...options,
      extensions: { errors: [{ path: 'gtin', message: 'belongs to another product', code: 'gtin_taken' }] },
    });
  }
}

/** The changes of GTIN claims an edit of a product makes with it. */
export interface GtinClaimChanges {
  /** Claim this GTIN (14 digits) for the product. */
  readonly claim?: string;
  /** Free this GTIN, which the product holds. */
  readonly release?: string;
}

const INDEX_ATTRIBUTES = ['gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'] as const;

/** Products of an organisation, their SKU claims and their GTIN claims. */
export class ProductsRepository extends CatalogTable {
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
        if (failed.includes(0)) throw new NotFound(message(MESSAGES, 'catalog.not-an-active-association'), { cause: error });
        if (failed.includes(1)) throw new SkuTaken(message(MESSAGES, 'catalog.sku-taken', { sku: product.sku }), { cause: error });
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
   * Writes an active product's catalog index attributes as this version computes them (the region
   * key folded since search), unless the product changed since it was read: false in that case
   * (its own edit wrote them). Not an edit: the version stays.
   */
  async rewriteIndexAttributes(product: ProductItem): Promise<boolean> {
    if (!product.active) return false;
    const attributes = productIndexAttributes(product);
    const names: Record<string, string> = { '#version': 'version' };
    const values: Record<string, unknown> = { ':true': true };
    const assignments = Object.entries(attributes).map(([name, value], i) => {
      names[`#a${i}`] = name;
      values[`:a${i}`] = value;
      return `#a${i} = :a${i}`;
    });
    const unchanged = versionOf(product) === 0 ? 'attribute_not_exists(#version)' : '#version = :version';
    if (versionOf(product) !== 0) values[':version'] = product.version;
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: catalogKeys.product(product.orgId, product.id),
          UpdateExpression: `SET ${assignments.join(', ')}`,
          ConditionExpression: `attribute_exists(pk) AND active = :true AND ${unchanged}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
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
}

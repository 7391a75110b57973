import { queryPage, transactWrite, TransactionCancelled, type Page, type QueryPageInput } from '@ayni/store';
import { catalogKeys } from '../keys.js';
import type { CatalogEntryItem, ProductItem } from '../model.js';
import { versionOf } from '../versions.js';
import { CatalogTable, strip } from './table.js';

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

/** The public catalog: the index attributes of listed products, and each association's name-order entries. */
export class CatalogEntriesRepository extends CatalogTable {
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
}

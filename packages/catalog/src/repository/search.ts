import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll, batchWriteAll, decodeCursor, encodeCursor } from '@ayni/store';
import { catalogKeys } from '../keys.js';
import type { ProductItem, SearchPostingItem } from '../model.js';
import { foldText, indexedWords, indexKeysOf } from '../search.js';
import { CatalogTable, strip } from './table.js';

export type PostingKey = { pk: string; sk: string };

/** The postings of a product as it is now: none when it is inactive (the index is sparse). */
export function searchPostingsOf(
  product: Pick<ProductItem, 'active' | 'id' | 'orgId' | 'nameKey' | 'category' | 'region' | 'version' | 'name' | 'description'>,
): Array<PostingKey & SearchPostingItem> {
  if (!product.active) return [];
  return indexKeysOf(indexedWords(product)).map((key) => ({
    ...catalogKeys.searchPosting(key, product.nameKey, product.id),
    entity: 'SearchPosting',
    orgId: product.orgId,
    productId: product.id,
    category: product.category,
    region: foldText(product.region),
    version: product.version,
  }));
}

export interface PostingsChunk {
  readonly postings: SearchPostingItem[];
  /** The table key of each posting returned, in order (to continue after any of them). */
  readonly keys: PostingKey[];
  /** Postings DynamoDB read for this chunk, before the filter. */
  readonly read: number;
  readonly lastKey?: PostingKey | undefined;
  readonly consumedReadUnits: number;
}

/** The search postings (`SEARCH#<key>`) and what a search page reads. */
export class SearchRepository extends CatalogTable {
  /**
   * Puts postings and deletes others, in BatchWriteItem calls of 25 (unprocessed items retried):
   * plain puts and deletes, so repeating it is harmless. Not a transaction: a product's postings
   * may be more than the 100 actions of one (see service/search.ts for the order of writes).
   */
  writePostings(puts: ReadonlyArray<object>, deletes: readonly PostingKey[]): Promise<number> {
    return batchWriteAll(this.store, puts, deletes);
  }

  /** Checks a search cursor against the key's partition (a 400 naming `cursor` otherwise). */
  searchStartKey(key: string, cursor: string | undefined): PostingKey | undefined {
    if (!cursor) return undefined;
    return decodeCursor(cursor, { partition: { name: 'pk', value: catalogKeys.searchPostings(key) } }) as PostingKey;
  }

  searchCursor(key: PostingKey): string {
    return encodeCursor({ pk: key.pk, sk: key.sk });
  }

  /**
   * One Query of at most `limit` postings of a key, in name order, the postings of other
   * associations, categories or regions left out by DynamoDB (they still count as read).
   */
  async queryPostings(
    key: string,
    startKey: PostingKey | undefined,
    limit: number,
    filters: { orgId?: string | undefined; category?: string | undefined; region?: string | undefined },
  ): Promise<PostingsChunk> {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':pk': catalogKeys.searchPostings(key) };
    const conditions: string[] = [];
    for (const [field, value] of Object.entries(filters)) {
      if (value === undefined) continue;
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      conditions.push(`#${field} = :${field}`);
    }
    const result = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: conditions.length > 0 ? conditions.join(' AND ') : undefined,
        ExpressionAttributeNames: conditions.length > 0 ? names : undefined,
        ExpressionAttributeValues: values,
        Limit: limit,
        ExclusiveStartKey: startKey,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    const items = (result.Items ?? []) as Array<Record<string, unknown>>;
    return {
      postings: items.map((item) => strip<SearchPostingItem>(item)!),
      keys: items.map((item) => ({ pk: item.pk as string, sk: item.sk as string })),
      read: result.ScannedCount ?? items.length,
      lastKey: result.LastEvaluatedKey as PostingKey | undefined,
      consumedReadUnits: result.ConsumedCapacity?.CapacityUnits ?? 0,
    };
  }

  /** Products of any organisations by (orgId, id), in one BatchGetItem per 100, with what it cost. */
  async getProductsByKeys(
    refs: ReadonlyArray<{ orgId: string; productId: string }>,
  ): Promise<{ products: Map<string, ProductItem>; calls: number; consumedReadUnits: number }> {
    const unique = [...new Map(refs.map((r) => [r.productId, r])).values()];
    if (unique.length === 0) return { products: new Map(), calls: 0, consumedReadUnits: 0 };
    const result = await batchGetAll(
      this.store,
      unique.map((r) => catalogKeys.product(r.orgId, r.productId)),
    );
    const products = new Map(result.items.map((item) => strip<ProductItem>(item)!).map((product) => [product.id, product]));
    return { products, calls: result.calls, consumedReadUnits: result.consumedReadUnits };
  }
}

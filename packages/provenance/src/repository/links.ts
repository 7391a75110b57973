import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { catalogKeys, type DigitalLinkItem, type GtinClaimItem } from '@ayni/catalog';
import type { Store } from '@ayni/store';

export interface LinkTarget {
  readonly lotId: string;
  readonly orgId?: string;
  readonly productId?: string;
}

/**
 * The reads of GS1 Digital Link resolution: a (GTIN, batch/lot number) pointer to its lot and a
 * GTIN's claim naming its product. Both are written by the catalog, with the lot and the product
 * (conditional puts: one lot per lot code and GTIN, one product per GTIN); each read is one GetItem.
 */
export class DigitalLinkRepository {
  constructor(private readonly store: Store) {}

  /**
   * The lot a Digital Link names, with its organisation and product when the pointer carries them
   * (pointers claimed before links were written with lots name only the lot); `gtin` as the pointer
   * was keyed: 14 digits, or as stored on the product for those older pointers.
   */
  async resolveDigitalLink(gtin: string, lotCode: string): Promise<LinkTarget | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: catalogKeys.digitalLink(gtin, lotCode) }));
    if (!Item) return undefined;
    const link = Item as Partial<DigitalLinkItem>;
    return { lotId: link.lotId!, ...(link.orgId && link.productId ? { orgId: link.orgId, productId: link.productId } : {}) };
  }

  /** The product holding a GTIN (14 digits). */
  async resolveGtin(gtin14: string): Promise<GtinClaimItem | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: catalogKeys.gtinClaim(gtin14) }));
    return Item as GtinClaimItem | undefined;
  }
}

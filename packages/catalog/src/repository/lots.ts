import { Conflict, message, NotFound, outbox } from '@ayni/core';
import { batchGetAll, transactWrite, TransactionCancelled, type Page, type TransactItem } from '@ayni/store';
import { lotCreatedEvent } from '../events.js';
import { catalogKeys } from '../keys.js';
import { MESSAGES } from '../messages.js';
import type { DigitalLinkItem, LotAdjustmentItem, LotItem } from '../model.js';
import { versionOf } from '../versions.js';
import { CatalogTable, StaleVersion, strip, versionedUpdate, type FieldChanges } from './table.js';

/** A lot code already used by another lot under the product's GTIN (its Digital Link would name both). */
export class LotCodeTaken extends Conflict {
  override readonly type = 'lot-code-taken';
  override readonly title = 'This lot code is already used under the product’s GTIN';
  constructor(code: string, gtin: string, options: { cause?: unknown } = {}) {
    super(message(MESSAGES, 'catalog.lot-code-taken', { code, gtin }), {
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

export class InsufficientStock extends Conflict {
  override readonly type = 'insufficient-stock';
  override readonly title = 'Not enough stock';
}

/** Lots, their Digital Links and their adjustments; a lot moves its product's stock. */
export class LotsRepository extends CatalogTable {
  /**
   * Records a lot and adds its quantity to the product's available stock, atomically, on the
   * condition that the product still has the GTIN it was read with (`productGtin`, as stored, or
   * none); with a GTIN (`link.gtin`, 14 digits) the lot's Digital Link (GTIN, batch/lot number) is
   * written in the same transaction, on the condition that no other lot has it. The lot carries its
   * `lot.created` event (`outbox`), which no later write of the lot touches.
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
              ...outbox(lotCreatedEvent(lot)),
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
          if (!error.reasons[1]?.item) throw new NotFound(message(MESSAGES, 'catalog.product-not-in-organisation'), { cause: error });
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
        if (failed.includes(1)) throw new InsufficientStock(message(MESSAGES, 'catalog.lot-not-enough-available'), { cause: error });
        if (failed.includes(2)) throw new InsufficientStock(message(MESSAGES, 'catalog.product-not-enough-stock'), { cause: error });
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
}

import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed, queryPage, TransactionCancelled, type Page, type Store, type TransactItem } from '@ayni/store';
import { ordersKeys } from '../keys.js';
import type { AgreementHeadItem, AgreementHistoryItem, AgreementItem } from '../model.js';
import { strip } from './items.js';
import { commit } from './transact.js';

/** The agreement moved on since it was read (another change committed first). */
export class StaleAgreement extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the agreement changed since it was read', options);
    this.name = 'StaleAgreement';
  }
}

/**
 * Agreements live in the association's partition (gsi2 lists them for the buyer); each has its own
 * partition `AGREEMENT#<id>` holding a head (where the agreement item is: found by id in one GetItem)
 * and its immutable history, newest last (`CHANGE#<seq:6>`).
 */
export class AgreementsRepository {
  constructor(private readonly store: Store) {}

  private record(agreement: AgreementItem): Record<string, unknown> {
    return {
      ...ordersKeys.agreement(agreement.associationId, agreement.buyerId, agreement.validFrom, agreement.id),
      gsi2pk: ordersKeys.agreementsOfBuyer(agreement.buyerId),
      gsi2sk: ordersKeys.buyerAgreementSort(agreement.associationId, agreement.validFrom, agreement.id),
      ...agreement,
    };
  }

  private historyRecord(entry: AgreementHistoryItem): Record<string, unknown> {
    return { ...ordersKeys.agreementHistory(entry.agreementId, entry.seq), ...entry };
  }

  /** Signs an agreement: the agreement, its head and the first entry of its history, in one transaction. */
  async create(agreement: AgreementItem, entry: AgreementHistoryItem): Promise<void> {
    const head: AgreementHeadItem = {
      entity: 'AgreementHead',
      agreementId: agreement.id,
      associationId: agreement.associationId,
      buyerId: agreement.buyerId,
      validFrom: agreement.validFrom,
    };
    const table = this.store.tableName;
    await commit(this.store, [
      { Put: { TableName: table, Item: this.record(agreement), ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: table, Item: { ...ordersKeys.agreementHead(agreement.id), ...head }, ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: table, Item: this.historyRecord(entry), ConditionExpression: 'attribute_not_exists(pk)' } },
    ]);
  }

  /**
   * Gives an agreement signed before heads existed its head (idempotent: an existing head is kept),
   * so that it can be read by id, amended and ended. The demo seed runs it on its agreements.
   */
  async ensureHead(agreement: AgreementItem): Promise<boolean> {
    const head: AgreementHeadItem = {
      entity: 'AgreementHead',
      agreementId: agreement.id,
      associationId: agreement.associationId,
      buyerId: agreement.buyerId,
      validFrom: agreement.validFrom,
    };
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { ...ordersKeys.agreementHead(agreement.id), ...head },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  /** An agreement by id (head, then the agreement item; consistent reads), or undefined. */
  async get(agreementId: string): Promise<AgreementItem | undefined> {
    const { Item: head } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: ordersKeys.agreementHead(agreementId), ConsistentRead: true }),
    );
    const where = strip<AgreementHeadItem>(head);
    if (!where) return undefined;
    const { Item } = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: ordersKeys.agreement(where.associationId, where.buyerId, where.validFrom, where.agreementId),
        ConsistentRead: true,
      }),
    );
    return strip<AgreementItem>(Item);
  }

  /**
   * Writes the changed agreement (conditional on the version it was read in) and its history entry,
   * in one transaction. Throws StaleAgreement if another change committed first.
   */
  async change(next: AgreementItem, readVersion: number, entry: AgreementHistoryItem): Promise<void> {
    const table = this.store.tableName;
    const actions: TransactItem[] = [
      {
        Put: {
          TableName: table,
          Item: this.record(next),
          ConditionExpression: readVersion === 0 ? 'attribute_exists(pk) AND attribute_not_exists(version)' : 'version = :v',
          ...(readVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': readVersion } }),
        },
      },
      { Put: { TableName: table, Item: this.historyRecord(entry), ConditionExpression: 'attribute_not_exists(pk)' } },
    ];
    try {
      await commit(this.store, actions);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.reasons.some((r) => r.code === 'ConditionalCheckFailed')) throw new StaleAgreement({ cause: error });
      throw error;
    }
  }

  /** An agreement's history, newest first, one page. */
  async history(agreementId: string, limit: number, cursor?: string): Promise<Page<AgreementHistoryItem>> {
    const { items, nextCursor } = await queryPage<Record<string, unknown>>(this.store, {
      partition: { name: 'pk', value: ordersKeys.agreementPartition(agreementId) },
      sortPrefix: { name: 'sk', value: ordersKeys.agreementHistoryPrefix },
      scanForward: false,
      limit,
      cursor,
    });
    return { items: items.map((item) => strip<AgreementHistoryItem>(item)!), nextCursor };
  }

  listOfAssociation(associationId: string, limit: number, cursor?: string): Promise<Page<AgreementItem>> {
    return this.page({
      partition: { name: 'pk', value: ordersKeys.agreementsPartition(associationId) },
      sortPrefix: { name: 'sk', value: ordersKeys.agreementPrefix },
      limit,
      cursor,
    });
  }

  listOfBuyer(buyerId: string, limit: number, cursor?: string): Promise<Page<AgreementItem>> {
    return this.page({ index: 'gsi2', partition: { name: 'gsi2pk', value: ordersKeys.agreementsOfBuyer(buyerId) }, limit, cursor });
  }

  private async page(input: Parameters<typeof queryPage>[1]): Promise<Page<AgreementItem>> {
    const { items, nextCursor } = await queryPage<Record<string, unknown>>(this.store, input);
    return { items: items.map((item) => strip<AgreementItem>(item)!), nextCursor };
  }
}

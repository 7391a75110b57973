import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Conflict, message } from '@ayni/core';
import { isConditionalCheckFailed, queryPage, type Page, type Store } from '@ayni/store';
import { ordersKeys } from '../keys.js';
import { MESSAGES } from '../messages.js';
import type { StandingOrderItem, StandingRunItem } from '../model.js';
import { strip } from './items.js';

/** Standing orders (in the buyer's partition; gsi1 by weekday while active) and their run records. */
export class StandingRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  private record(template: StandingOrderItem): Record<string, unknown> {
    return {
      ...ordersKeys.standingOrder(template.buyerId, template.id),
      ...(template.active
        ? { gsi1pk: ordersKeys.standingByWeekday(template.weekday), gsi1sk: ordersKeys.standingWeekdaySort(template.buyerId, template.id) }
        : {}),
      gsi2pk: ordersKeys.standingOfAssociation(template.associationId),
      gsi2sk: ordersKeys.associationStandingSort(template.buyerId, template.id),
      ...template,
    };
  }

  async create(template: StandingOrderItem): Promise<void> {
    await this.store.doc.send(new PutCommand({ TableName: this.table, Item: this.record(template), ConditionExpression: 'attribute_not_exists(pk)' }));
  }

  /** Saves a new state if nobody changed the template since it was read. */
  async save(template: StandingOrderItem, expectedVersion: number): Promise<void> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: this.record(template),
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': expectedVersion },
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new Conflict(message(MESSAGES, 'orders.standing-changed'), { cause: error });
      throw error;
    }
  }

  async get(buyerId: string, templateId: string): Promise<StandingOrderItem | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.table, Key: ordersKeys.standingOrder(buyerId, templateId), ConsistentRead: true }),
    );
    return strip<StandingOrderItem>(Item);
  }

  async listOfBuyer(buyerId: string, limit: number, cursor?: string): Promise<Page<StandingOrderItem>> {
    const { items, nextCursor } = await queryPage<Record<string, unknown>>(this.store, {
      partition: { name: 'pk', value: ordersKeys.buyerPartition(buyerId) },
      sortPrefix: { name: 'sk', value: ordersKeys.standingOrderPrefix },
      limit,
      cursor,
    });
    return { items: items.map((item) => strip<StandingOrderItem>(item)!), nextCursor };
  }

  /**
   * An association's buyers' standing orders (gsi2), by buyer then template: one bounded Query per
   * page. Templates written before gsi2 existed appear once they are saved again (pause, resume, skip)
   * or once `backfillStandingOrderIndex` (the backfill job) has run.
   */
  async listOfAssociation(associationId: string, limit: number, cursor?: string): Promise<Page<StandingOrderItem>> {
    const { items, nextCursor } = await queryPage<Record<string, unknown>>(this.store, {
      index: 'gsi2',
      partition: { name: 'gsi2pk', value: ordersKeys.standingOfAssociation(associationId) },
      limit,
      cursor,
    });
    return { items: items.map((item) => strip<StandingOrderItem>(item)!), nextCursor };
  }

  /**
   * Gives a template written before the association's index existed its gsi2 keys (the backfill);
   * false when it has them already. Touches nothing else, not even the version.
   */
  async indexForAssociation(template: StandingOrderItem): Promise<boolean> {
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: ordersKeys.standingOrder(template.buyerId, template.id),
          UpdateExpression: 'SET gsi2pk = :pk, gsi2sk = :sk',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(gsi2pk)',
          ExpressionAttributeValues: {
            ':pk': ordersKeys.standingOfAssociation(template.associationId),
            ':sk': ordersKeys.associationStandingSort(template.buyerId, template.id),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  /** Active templates delivering on a weekday (the job's one Query per run). */
  async activeOnWeekday(weekday: number): Promise<StandingOrderItem[]> {
    const out: StandingOrderItem[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPage<Record<string, unknown>>(this.store, {
        index: 'gsi1',
        partition: { name: 'gsi1pk', value: ordersKeys.standingByWeekday(weekday) },
        limit: 100,
        cursor,
      });
      out.push(...page.items.map((item) => strip<StandingOrderItem>(item)!));
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }

  /** Records what a run did for one template and date; false when it was already recorded. */
  async putRun(run: StandingRunItem): Promise<boolean> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...ordersKeys.standingRun(run.buyerId, run.templateId, run.deliveryDate), ...run },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async getRun(buyerId: string, templateId: string, deliveryDate: string): Promise<StandingRunItem | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.table, Key: ordersKeys.standingRun(buyerId, templateId, deliveryDate), ConsistentRead: true }),
    );
    return strip<StandingRunItem>(Item);
  }

  async listRuns(buyerId: string, templateId: string, limit: number, cursor?: string): Promise<Page<StandingRunItem>> {
    const { items, nextCursor } = await queryPage<Record<string, unknown>>(this.store, {
      partition: { name: 'pk', value: ordersKeys.buyerPartition(buyerId) },
      sortPrefix: { name: 'sk', value: ordersKeys.standingRunPrefix(templateId) },
      limit,
      cursor,
      scanForward: false,
    });
    return { items: items.map((item) => strip<StandingRunItem>(item)!), nextCursor };
  }
}

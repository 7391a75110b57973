import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { catalogKeys } from '@ayni/catalog';
import { compose, isConditionalCheckFailed, queryPage, type Store } from '@ayni/store';
import { ordersKeys } from '../keys.js';

/**
 * Markers of the demo seed: one item per demo buyer under a fixed key, read consistently, so
 * re-running the seed finds the organisations it created instead of creating them again.
 */
export class SeedRepository {
  constructor(private readonly store: Store) {}

  async buyerMarker(nameKey: string): Promise<string | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: ordersKeys.seedBuyer(nameKey), ConsistentRead: true }));
    return Item?.orgId as string | undefined;
  }

  /** Records the buyer created for a name; when another run got there first, returns its id instead. */
  async claimBuyerMarker(nameKey: string, orgId: string): Promise<string> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { ...ordersKeys.seedBuyer(nameKey), entity: 'SeedMarker', orgId },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return orgId;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      return (await this.buyerMarker(nameKey))!;
    }
  }

  /** A buyer organisation registered under this exact name by other means (catalog index by kind and name). */
  async findBuyerByName(nameKey: string, name: string): Promise<string | undefined> {
    const page = await queryPage<{ id: string; name: string }>(this.store, {
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: catalogKeys.organisationsByKind('buyer').gsi1pk },
      sortPrefix: { name: 'gsi1sk', value: compose(nameKey, '') },
      limit: 10,
    });
    return page.items.find((org) => org.name === name)?.id;
  }
}

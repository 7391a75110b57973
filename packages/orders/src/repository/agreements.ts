import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { queryPage, type Page, type Store } from '@ayni/store';
import { ordersKeys } from '../keys.js';
import type { AgreementItem } from '../model.js';
import { strip } from './items.js';

/** Agreements live in the association's partition; gsi2 lists them for the buyer. */
export class AgreementsRepository {
  constructor(private readonly store: Store) {}

  async put(agreement: AgreementItem): Promise<void> {
    await this.store.doc.send(
      new PutCommand({
        TableName: this.store.tableName,
        Item: {
          ...ordersKeys.agreement(agreement.associationId, agreement.buyerId, agreement.validFrom, agreement.id),
          gsi2pk: ordersKeys.agreementsOfBuyer(agreement.buyerId),
          gsi2sk: ordersKeys.buyerAgreementSort(agreement.associationId, agreement.validFrom, agreement.id),
          ...agreement,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
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

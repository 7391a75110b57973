import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { queryPage, type Store, type TransactItem } from '@ayni/store';
import { ordersKeys } from '../keys.js';
import type { DocumentItem, OpenInvoiceItem } from '../model.js';
import { strip } from './items.js';

/**
 * A report reads at most this many open invoices of one buyer or association (invoices get settled:
 * a buyer's or association's open ones are few); beyond, it says it is incomplete.
 */
export const MAX_OPEN_INVOICES = 2_000;

export interface OpenInvoices {
  readonly items: OpenInvoiceItem[];
  /** False when there were more than MAX_OPEN_INVOICES. */
  readonly complete: boolean;
}

/** The open invoice an invoice starts as: all of it owed. */
export function openInvoiceOf(invoice: DocumentItem): OpenInvoiceItem {
  return {
    entity: 'OpenInvoice',
    number: invoice.number,
    associationId: invoice.associationId,
    associationName: invoice.seller.name,
    buyerId: invoice.buyerId,
    buyerName: invoice.buyer.name,
    orderId: invoice.orderId,
    currency: invoice.currency,
    total: invoice.total,
    credited: 0,
    open: invoice.total,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
  };
}

/**
 * Open invoices: what buyers owe associations. Each is written in the transaction that changes what
 * is owed (the invoice's issue, a credit note, the payment), conditional on the amount it read, so
 * the open amount is exact under concurrent writers; at 0 it is deleted, leaving both indexes.
 */
export class ReceivablesRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  /** Puts the invoice's open item in its issue's transaction (nothing is owed of a 0 invoice). */
  openActions(invoice: DocumentItem): TransactItem[] {
    if (invoice.total <= 0) return [];
    const open = openInvoiceOf(invoice);
    return [
      {
        Put: {
          TableName: this.table,
          Item: {
            ...ordersKeys.openInvoice(open.buyerId, open.associationId, open.number),
            gsi1pk: ordersKeys.receivablesOf(open.associationId),
            gsi1sk: ordersKeys.receivableSort(open.dueDate, open.number),
            ...open,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
  }

  async get(buyerId: string, associationId: string, invoiceNumber: string): Promise<OpenInvoiceItem | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.table, Key: ordersKeys.openInvoice(buyerId, associationId, invoiceNumber), ConsistentRead: true }),
    );
    return strip<OpenInvoiceItem>(Item);
  }

  /**
   * Takes `amount` off what is owed of `open` (as read): the item updated, or deleted when nothing
   * is owed any more; conditional on the open amount read, so a concurrent change fails it.
   */
  reduceAction(open: OpenInvoiceItem, amount: number, field: 'credited'): TransactItem {
    const key = ordersKeys.openInvoice(open.buyerId, open.associationId, open.number);
    const left = open.open - Math.min(amount, open.open);
    if (left === 0) {
      return {
        Delete: {
          TableName: this.table,
          Key: key,
          ConditionExpression: '#open = :open',
          ExpressionAttributeNames: { '#open': 'open' },
          ExpressionAttributeValues: { ':open': open.open },
        },
      };
    }
    return {
      Update: {
        TableName: this.table,
        Key: key,
        UpdateExpression: 'SET #open = :left, #field = #field + :amount',
        ConditionExpression: '#open = :open',
        ExpressionAttributeNames: { '#open': 'open', '#field': field },
        ExpressionAttributeValues: { ':left': left, ':amount': open.open - left, ':open': open.open },
      },
    };
  }

  /** Settles the whole invoice (the order's payment): its open item leaves, if it is still there. */
  settleAction(buyerId: string, associationId: string, invoiceNumber: string): TransactItem {
    return { Delete: { TableName: this.table, Key: ordersKeys.openInvoice(buyerId, associationId, invoiceNumber) } };
  }

  /** A buyer's open invoices, at most MAX_OPEN_INVOICES (one Query of its partition, paged). */
  payablesOf(buyerId: string): Promise<OpenInvoices> {
    return this.all({ partition: { name: 'pk', value: ordersKeys.buyerPartition(buyerId) }, sortPrefix: { name: 'sk', value: ordersKeys.openInvoicesPrefix } });
  }

  /** An association's open invoices by due date, at most MAX_OPEN_INVOICES (one Query of gsi1, paged). */
  receivablesOf(associationId: string): Promise<OpenInvoices> {
    return this.all({ index: 'gsi1', partition: { name: 'gsi1pk', value: ordersKeys.receivablesOf(associationId) } });
  }

  private async all(listing: Omit<Parameters<typeof queryPage>[1], 'limit' | 'cursor'>): Promise<OpenInvoices> {
    const items: OpenInvoiceItem[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPage<Record<string, unknown>>(this.store, { ...listing, limit: Math.min(500, MAX_OPEN_INVOICES + 1 - items.length), cursor });
      items.push(...page.items.map((item) => strip<OpenInvoiceItem>(item)!));
      cursor = page.nextCursor;
    } while (cursor && items.length <= MAX_OPEN_INVOICES);
    return { items: items.slice(0, MAX_OPEN_INVOICES), complete: items.length <= MAX_OPEN_INVOICES };
  }
}

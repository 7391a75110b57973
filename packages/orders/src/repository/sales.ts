import { queryPage, type Store, type TransactItem } from '@ayni/store';
import { ordersKeys } from '../keys.js';
import type { SaleRecordItem, SalesTotalItem } from '../model.js';
import { strip } from './items.js';

/**
 * The sales ledger: a record per delivered line, plus month and buyer-month totals kept by `ADD` in
 * the same transaction as the delivery, so a report over months is one Query on the totals.
 */
export class SalesRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  recordActions(records: readonly SaleRecordItem[]): TransactItem[] {
    return records.map((record) => ({
      Put: {
        TableName: this.table,
        Item: { ...ordersKeys.saleRecord(record.associationId, record.date, record.orderId, record.line), ...record },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    }));
  }

  /** Adds an order's delivered amount to its month's total and to the buyer's month total. */
  totalActions(associationId: string, buyerId: string, month: string, currency: string, amount: number, lines: number): TransactItem[] {
    const add = (key: { pk: string; sk: string }, extra: Record<string, unknown>): TransactItem => ({
      Update: {
        TableName: this.table,
        Key: key,
        UpdateExpression: `ADD amount :amount, #lines :lines, orders :one SET entity = :entity, #month = :month, currency = :currency${extra.buyerId ? ', buyerId = :buyer' : ''}`,
        ExpressionAttributeNames: { '#lines': 'lines', '#month': 'month' },
        ExpressionAttributeValues: {
          ':amount': amount,
          ':lines': lines,
          ':one': 1,
          ':entity': 'SalesTotal',
          ':month': month,
          ':currency': currency,
          ...(extra.buyerId ? { ':buyer': extra.buyerId } : {}),
        },
      },
    });
    return [
      add(ordersKeys.monthTotal(associationId, month, currency), {}),
      add(ordersKeys.buyerMonthTotal(associationId, month, buyerId, currency), { buyerId }),
    ];
  }

  monthTotals(associationId: string, from: string, to: string): Promise<SalesTotalItem[]> {
    const range = ordersKeys.monthRange(from, to);
    return this.all<SalesTotalItem>(associationId, range);
  }

  buyerMonthTotals(associationId: string, from: string, to: string): Promise<SalesTotalItem[]> {
    return this.all<SalesTotalItem>(associationId, ordersKeys.buyerMonthRange(from, to));
  }

  records(associationId: string, fromDate: string, toDate: string): Promise<SaleRecordItem[]> {
    return this.all<SaleRecordItem>(associationId, ordersKeys.saleRecordRange(fromDate, toDate));
  }

  private async all<T>(associationId: string, range: { from: string; to: string }): Promise<T[]> {
    const out: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPage<Record<string, unknown>>(this.store, {
        partition: { name: 'pk', value: ordersKeys.sales(associationId) },
        sortBetween: { name: 'sk', from: range.from, to: range.to },
        limit: 100,
        cursor,
      });
      out.push(...page.items.map((item) => strip<T>(item)!));
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }
}

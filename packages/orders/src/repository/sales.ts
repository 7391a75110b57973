import { queryPage, type Page, type Store, type TransactItem } from '@ayni/store';
import { ordersKeys } from '../keys.js';
import type { SaleCreditItem, SaleRecordItem, SalesTotalItem } from '../model.js';
import { strip } from './items.js';
import { pageOverRanges } from './ranges.js';

/** What one write adds to a month total: `amount` is net income (negative for a credit note). */
interface TotalIncrement {
  readonly amount: number;
  readonly lines?: number;
  readonly orders?: number;
  readonly credited?: number;
  readonly creditNotes?: number;
}

/**
 * The sales ledger: a record per delivered line and one per credit note, plus month and buyer-month
 * totals kept by `ADD` in the same transaction as the delivery or the credit note, so a report over
 * months is one Query on the totals and never adds up records.
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
    return this.addToTotals(associationId, buyerId, month, currency, { amount, lines, orders: 1 });
  }

  /**
   * A credit note in the ledger: its record, and what it takes off the totals of the month it is
   * issued in (net income goes down by its amount; `credited` and `creditNotes` count it).
   */
  creditActions(credit: SaleCreditItem): TransactItem[] {
    return [
      {
        Put: {
          TableName: this.table,
          Item: { ...ordersKeys.saleCredit(credit.associationId, credit.date, credit.creditNoteNumber), ...credit },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...this.addToTotals(credit.associationId, credit.buyerId, credit.month, credit.currency, {
        amount: -credit.amount,
        credited: credit.amount,
        creditNotes: 1,
      }),
    ];
  }

  private addToTotals(associationId: string, buyerId: string, month: string, currency: string, increment: TotalIncrement): TransactItem[] {
    const counters = Object.entries(increment).filter(([, value]) => value !== undefined) as Array<[string, number]>;
    const add = (key: { pk: string; sk: string }, buyer?: string): TransactItem => ({
      Update: {
        TableName: this.table,
        Key: key,
        UpdateExpression: `ADD ${counters.map(([name]) => `#${name} :${name}`).join(', ')} SET entity = :entity, #month = :month, currency = :currency${buyer ? ', buyerId = :buyer' : ''}`,
        ExpressionAttributeNames: { '#month': 'month', ...Object.fromEntries(counters.map(([name]) => [`#${name}`, name])) },
        ExpressionAttributeValues: {
          ...Object.fromEntries(counters.map(([name, value]) => [`:${name}`, value])),
          ':entity': 'SalesTotal',
          ':month': month,
          ':currency': currency,
          ...(buyer ? { ':buyer': buyer } : {}),
        },
      },
    });
    return [add(ordersKeys.monthTotal(associationId, month, currency)), add(ordersKeys.buyerMonthTotal(associationId, month, buyerId, currency), buyerId)];
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

  /**
   * One page of the ledger between two dates (inclusive): the delivered lines (`RECORD#<date>…`) by
   * date, then the credit notes (`CREDIT#<date>…`) by date; each a key range of the sales partition,
   * so a page costs at most two bounded Queries. The cursor is the last evaluated key: its sort key
   * says which range to resume.
   */
  async ledgerPage(associationId: string, from: string, to: string, limit: number, cursor?: string): Promise<Page<SaleRecordItem | SaleCreditItem>> {
    const page = await pageOverRanges(this.store, {
      partition: { name: 'pk', value: ordersKeys.sales(associationId) },
      sortName: 'sk',
      ranges: [ordersKeys.saleRecordRange(from, to), ordersKeys.saleCreditRange(from, to)],
      limit,
      cursor,
    });
    return { items: page.items.map((item) => strip<SaleRecordItem | SaleCreditItem>(item)!), nextCursor: page.nextCursor };
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

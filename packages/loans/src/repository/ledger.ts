import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { queryPage, transactWrite, TransactionCancelled, type Page, type Store, type TransactItem } from '@ayni/store';
import { strip } from './items.js';
import { aggregatesHeaderItem } from './aggregates.js';
import { foldLegacyAccounts, readBalances, zeroedBalancesItem } from './balances.js';
import { ACCOUNT_NAMES } from '../accounts.js';
import type { BusinessDate } from '../dates.js';
import { loanKeys } from '../keys.js';
import type { AccountBalance, FundBook, JournalEntry } from '../ledger.js';
import type { ArrearsChange } from '../worklist.js';

export interface ArrearsRunRecord {
  readonly fundId: string;
  readonly businessDate: BusinessDate;
  readonly ranAt: string;
  readonly loansChecked: number;
  readonly inArrears: number;
  readonly par30Loans: number;
  readonly penaltiesAssessed: number;
  /**
   * The loans whose days late, status or penalties the run changed, with association name and days
   * late / status before and after (at most MAX_CHANGES_STORED; absent on runs recorded before).
   */
  readonly changes?: readonly ArrearsChange[] | undefined;
  /** How many more changes the run made than `changes` keeps. */
  readonly changesOmitted?: number | undefined;
}

/** The fund partition: book, balances (one item, decision 0008), journal entries, arrears runs; and the fund registry. */
export class LedgerRepository {
  constructor(private readonly store: Store) {}

  async getBook(fundId: string): Promise<FundBook | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: loanKeys.fundBook(fundId), ConsistentRead: true }));
    return strip<FundBook>(Item);
  }

  /** Opens a book with zeroed balances, in one transaction; `false` when it was already open. */
  async openBook(book: FundBook): Promise<boolean> {
    const table = this.store.tableName;
    const items: TransactItem[] = [
      { Put: { TableName: table, Item: { ...loanKeys.fundBook(book.fundId), ...book }, ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: table, Item: { ...loanKeys.fundRegistry(book.fundId), fundId: book.fundId, openedAt: book.openedAt } } },
      { Put: { TableName: table, Item: zeroedBalancesItem(book.fundId, book.currency, book.openedAt), ConditionExpression: 'attribute_not_exists(pk)' } },
      // A new book's metric buckets are complete from its first posting: no backfill needed.
      { Put: { TableName: table, Item: aggregatesHeaderItem(book.fundId, book.openedAt), ConditionExpression: 'attribute_not_exists(pk)' } },
    ];
    try {
      await transactWrite(this.store, items);
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedConditions().includes(0)) return false;
      throw error;
    }
  }

  async updatePolicy(fundId: string, policy: Pick<FundBook, 'allocationOrder' | 'penaltyBps' | 'penaltyAfterDays'>, now: string): Promise<FundBook> {
    const { Attributes } = await this.store.doc.send(
      new UpdateCommand({
        TableName: this.store.tableName,
        Key: loanKeys.fundBook(fundId),
        UpdateExpression: 'SET allocationOrder = :order, penaltyBps = :bps, penaltyAfterDays = :days, updatedAt = :now',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':order': policy.allocationOrder, ':bps': policy.penaltyBps, ':days': policy.penaltyAfterDays, ':now': now },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return strip<FundBook>(Attributes)!;
  }

  /**
   * Every account balance of a fund as of one instant: the fund's balances item, read with one
   * consistent GetItem (decision 0008), so the trial balance of what it returns is 0 even while
   * movements commit. A book kept the pre-0008 way (one item per account) is folded first.
   */
  async balances(fundId: string): Promise<AccountBalance[]> {
    const balances = await readBalances(this.store, fundId);
    if (balances) return balances;
    await foldLegacyAccounts(this.store, fundId, new Date().toISOString());
    return (await readBalances(this.store, fundId)) ?? ACCOUNT_NAMES.map((account) => ({ account, balance: 0, debits: 0, credits: 0 }));
  }

  async getEntry(fundId: string, valueDate: BusinessDate, entryId: string): Promise<JournalEntry | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: loanKeys.entry(fundId, valueDate, entryId), ConsistentRead: true }),
    );
    return strip<JournalEntry>(Item);
  }

  /** Journal entries in value-date order (those from `from` up to `until`, both included, when given), one page. */
  async listEntries(
    fundId: string,
    options: { limit: number; cursor?: string | undefined; from?: BusinessDate | undefined; until?: BusinessDate | undefined },
  ): Promise<Page<JournalEntry>> {
    const range = options.from ? loanKeys.entriesBetween(options.from, options.until ?? '9999-12-31') : loanKeys.entriesUntil(options.until ?? '9999-12-31');
    const page = await queryPage<Record<string, unknown>>(this.store, {
      partition: { name: 'pk', value: loanKeys.fundPartition(fundId) },
      sortBetween: { name: 'sk', from: range.from, to: range.to },
      limit: options.limit,
      cursor: options.cursor,
    });
    return { items: page.items.map((item) => strip<JournalEntry>(item)!), nextCursor: page.nextCursor };
  }

  /** Every entry up to a value date (pages through the partition; used by metrics). */
  async allEntriesUntil(fundId: string, asOf: BusinessDate): Promise<JournalEntry[]> {
    const entries: JournalEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.listEntries(fundId, { limit: 100, cursor, until: asOf });
      entries.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return entries;
  }

  /** Funds that have a book (for the arrears job), one page. */
  async listFunds(limit: number, cursor?: string): Promise<Page<{ fundId: string }>> {
    const page = await queryPage<{ fundId: string }>(this.store, {
      partition: { name: 'pk', value: loanKeys.fundRegistryPartition },
      limit,
      cursor,
    });
    return { items: page.items.map((item) => ({ fundId: item.fundId })), nextCursor: page.nextCursor };
  }

  async putArrearsRun(run: ArrearsRunRecord): Promise<void> {
    await this.store.doc.send(new PutCommand({ TableName: this.store.tableName, Item: { ...loanKeys.arrearsRun(run.fundId, run.businessDate), ...run } }));
  }

  async getArrearsRun(fundId: string, businessDate: BusinessDate): Promise<ArrearsRunRecord | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: loanKeys.arrearsRun(fundId, businessDate), ConsistentRead: true }),
    );
    return strip<ArrearsRunRecord>(Item);
  }
}

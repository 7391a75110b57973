import { queryPage, type Page, type QueryPageStats, type Store, type TransactItem } from '@ayni/store';
import { loanKeys } from '../keys.js';
import type { Loan } from '../model.js';
import { worklistEntryOf, type WorklistEntry, type WorklistSort } from '../worklist.js';
import { strip } from './items.js';

/** The stored worklist entry of a loan in arrears, with its two sort keys (gsi1 days late, gsi2 amount overdue). */
export function worklistItem(entry: WorklistEntry): Record<string, unknown> {
  return {
    ...loanKeys.worklistEntry(entry.loanId),
    ...loanKeys.lateLoan(entry.fundId, entry.loanId, entry.daysLate, entry.overdue.total),
    ...loanKeys.overdueLoan(entry.fundId, entry.loanId, entry.daysLate, entry.overdue.total),
    entity: 'WorklistEntry',
    ...entry,
  };
}

/**
 * What a write of `loan` must do to its worklist entry, in the same transaction as the loan (whose
 * version condition makes `before` exactly what was stored): put it while the loan is in arrears
 * (its figures and sort keys follow every change), delete it when the loan leaves arrears, nothing
 * for a loan that neither is nor was in arrears. Unconditional: the loan's condition guards both.
 */
export function worklistActions(tableName: string, loan: Loan, before: Loan | undefined): TransactItem[] {
  const entry = worklistEntryOf(loan);
  if (entry) return [{ Put: { TableName: tableName, Item: worklistItem(entry) } }];
  if (before?.status === 'in_arrears') return [{ Delete: { TableName: tableName, Key: loanKeys.worklistEntry(loan.id) } }];
  return [];
}

export interface WorklistPageOptions {
  readonly sort: WorklistSort;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/**
 * The fund's worklist: one Query of the fund's sparse late-loans partition (gsi1 by days late, gsi2 by
 * amount overdue), highest first, `limit` entries and the store's cursor. The partition holds only
 * the loans in arrears, and no filter is applied, so a page costs the same however many loans the
 * fund has.
 */
export class WorklistRepository {
  constructor(private readonly store: Store) {}

  async page(fundId: string, options: WorklistPageOptions): Promise<Page<WorklistEntry> & { stats: QueryPageStats }> {
    const byDays = options.sort === 'daysLate';
    const page = await queryPage<Record<string, unknown>>(this.store, {
      index: byDays ? 'gsi1' : 'gsi2',
      partition: byDays ? { name: 'gsi1pk', value: loanKeys.lateLoansPartition(fundId) } : { name: 'gsi2pk', value: loanKeys.overdueLoansPartition(fundId) },
      limit: options.limit,
      cursor: options.cursor,
      scanForward: false,
    });
    return {
      items: page.items.map((item) => {
        const { entity: _entity, ...entry } = strip<WorklistEntry & { entity: string }>(item)!;
        return entry;
      }),
      nextCursor: page.nextCursor,
      stats: page.stats,
    };
  }
}

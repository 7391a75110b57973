import { transactWrite, TransactionCancelled, type Store, type TransactItem, TransactionContended } from '@ayni/store';
import { CASH_ACCOUNTS, netByAccount, type Account } from '../accounts.js';
import { loanKeys } from '../keys.js';
import type { JournalEntry } from '../ledger.js';
import type { Loan } from '../model.js';
import { loanPutAction } from './loans.js';

export interface LoanWrite {
  readonly loan: Loan;
  readonly previousVersion: number | 'new';
}

/** Why DynamoDB refused a posting, per action. */
export type PostingRefusal =
  | { readonly kind: 'entry_exists' }
  | { readonly kind: 'cash_short'; readonly account: Account }
  | { readonly kind: 'loan_changed'; readonly loanId: string }
  | { readonly kind: 'marker_exists' }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'other'; readonly code: string };

export class PostingRefused extends Error {
  constructor(readonly refusals: readonly PostingRefusal[], options?: { cause?: unknown }) {
    super(`posting refused: ${refusals.map((r) => r.kind).join(', ')}`, options);
    this.name = 'PostingRefused';
  }

  has(kind: PostingRefusal['kind']): boolean {
    return this.refusals.some((r) => r.kind === kind);
  }
}

export interface Posting {
  readonly entry?: JournalEntry | undefined;
  readonly loans?: readonly LoanWrite[] | undefined;
  /** A marker item that must not exist yet (e.g. "entry X was reversed"). */
  readonly marker?: { readonly key: { pk: string; sk: string }; readonly attributes: Record<string, unknown> } | undefined;
}

/**
 * Writes a journal entry, the balance of every account it touches, and the loans it changes, in one
 * TransactWriteItems:
 * - the entry is immutable: put only if absent (a replayed entry id is detected, not duplicated);
 * - each account is updated once with the entry's net amount (never two actions on one item);
 * - a cash account that is credited carries the condition `balance >= credit`, so no interleaving of
 *   concurrent postings can ever leave fund cash negative;
 * - each loan must still be at the version it was read at.
 */
export async function post(store: Store, posting: Posting, now: string): Promise<void> {
  const table = store.tableName;
  const actions: TransactItem[] = [];
  const meaning: Array<(code: string) => PostingRefusal> = [];
  if (posting.entry) {
    const entry = posting.entry;
    actions.push({
      Put: { TableName: table, Item: { ...loanKeys.entry(entry.fundId, entry.valueDate, entry.entryId), ...entry }, ConditionExpression: 'attribute_not_exists(pk)' },
    });
    meaning.push(() => ({ kind: 'entry_exists' }));
    for (const [account, { debit, credit }] of netByAccount(entry.lines)) {
      const delta = debit - credit;
      if (delta === 0 && debit === 0) continue;
      const guardCash = CASH_ACCOUNTS.includes(account) && delta < 0;
      actions.push({
        Update: {
          TableName: table,
          Key: loanKeys.account(entry.fundId, account),
          UpdateExpression: 'SET updatedAt = :now ADD balance :delta, debits :debit, credits :credit',
          ConditionExpression: guardCash ? 'attribute_exists(pk) AND balance >= :need' : 'attribute_exists(pk)',
          ExpressionAttributeValues: {
            ':now': now,
            ':delta': delta,
            ':debit': debit,
            ':credit': credit,
            ...(guardCash ? { ':need': -delta } : {}),
          },
        },
      });
      meaning.push(() => (guardCash ? { kind: 'cash_short', account } : { kind: 'other', code: `account ${account} missing` }));
    }
  }
  for (const write of posting.loans ?? []) {
    actions.push(loanPutAction(table, write.loan, write.previousVersion));
    meaning.push(() => ({ kind: 'loan_changed', loanId: write.loan.id }));
  }
  if (posting.marker) {
    actions.push({ Put: { TableName: table, Item: { ...posting.marker.key, ...posting.marker.attributes }, ConditionExpression: 'attribute_not_exists(pk)' } });
    meaning.push(() => ({ kind: 'marker_exists' }));
  }
  try {
    await transactWrite(store, actions, { maxAttempts: 3 });
  } catch (error) {
    // Conflicts that outlast the store's retries start the whole posting over from fresh reads.
    if (error instanceof TransactionContended) throw new PostingRefused([{ kind: 'conflict' }], { cause: error });
    if (!(error instanceof TransactionCancelled)) throw error;
    const refusals = error.reasons
      .filter((reason) => reason.code !== 'None')
      .map((reason) =>
        reason.code === 'ConditionalCheckFailed'
          ? meaning[reason.index]!(reason.code)
          : reason.code === 'TransactionConflict'
            ? ({ kind: 'conflict' } as const)
            : ({ kind: 'other', code: reason.code } as const),
      );
    throw new PostingRefused(refusals, { cause: error });
  }
}

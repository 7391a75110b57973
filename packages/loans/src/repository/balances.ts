import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll, transactWrite, TransactionCancelled, type Store, type TransactItem } from '@ayni/store';
import { ACCOUNT_NAMES, CASH_ACCOUNTS, type Account } from '../accounts.js';
import { loanKeys } from '../keys.js';
import type { AccountBalance } from '../ledger.js';

/**
 * Every account balance of a fund lives in ONE item, `FUND#<f>` / `BALANCES` (decision 0008):
 *
 *   accounts: { cash_capital: { balance, debits, credits }, cash_recycled: {…}, … (all 8) }
 *   postings: how many postings moved it; lastEntryId; updatedAt
 *
 * so a single consistent GetItem is a snapshot of the whole book (its trial balance is 0 in every
 * read, whatever is committing), and a posting changes all the accounts it touches with one action.
 */
type StoredAccount = { balance: number; debits: number; credits: number };

export function zeroedBalancesItem(fundId: string, currency: 'PEN', now: string, opening?: ReadonlyMap<Account, StoredAccount>): Record<string, unknown> {
  return {
    ...loanKeys.fundBalances(fundId),
    fundId,
    currency,
    accounts: Object.fromEntries(ACCOUNT_NAMES.map((account) => [account, opening?.get(account) ?? { balance: 0, debits: 0, credits: 0 }])),
    postings: 0,
    updatedAt: now,
  };
}

/** Balances in ACCOUNT_NAMES order from a stored balances item; `undefined` when there is none. */
export function balancesOf(item: Record<string, unknown> | undefined): AccountBalance[] | undefined {
  if (!item) return undefined;
  const accounts = (item.accounts ?? {}) as Record<string, Partial<StoredAccount> | undefined>;
  return ACCOUNT_NAMES.map((account) => {
    const stored = accounts[account];
    return { account, balance: Number(stored?.balance ?? 0), debits: Number(stored?.debits ?? 0), credits: Number(stored?.credits ?? 0) };
  });
}

export async function readBalances(store: Store, fundId: string): Promise<AccountBalance[] | undefined> {
  const { Item } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: loanKeys.fundBalances(fundId), ConsistentRead: true }));
  return balancesOf(Item);
}

/**
 * The one transaction action a posting makes on the balances item: every account the entry
 * touches moves by its net amount; a cash account that is credited carries `balance >= credit`, so
 * no interleaving of postings can take fund cash below zero.
 */
export function balancesUpdateAction(
  tableName: string,
  fundId: string,
  net: ReadonlyMap<Account, { debit: number; credit: number }>,
  entryId: string,
  now: string,
): { action: TransactItem; guarded: Account[] } {
  const names: Record<string, string> = { '#accounts': 'accounts' };
  const values: Record<string, unknown> = { ':now': now, ':entry': entryId, ':one': 1 };
  const sets = ['updatedAt = :now', 'lastEntryId = :entry'];
  const conditions = ['attribute_exists(pk)'];
  const guarded: Account[] = [];
  for (const [i, [account, { debit, credit }]] of [...net.entries()].entries()) {
    if (debit === 0 && credit === 0) continue;
    const path = `#accounts.#a${i}`;
    names[`#a${i}`] = account;
    values[`:delta${i}`] = debit - credit;
    values[`:debit${i}`] = debit;
    values[`:credit${i}`] = credit;
    sets.push(
      `${path}.balance = ${path}.balance + :delta${i}`,
      `${path}.debits = ${path}.debits + :debit${i}`,
      `${path}.credits = ${path}.credits + :credit${i}`,
    );
    if (CASH_ACCOUNTS.includes(account) && debit - credit < 0) {
      values[`:need${i}`] = credit - debit;
      conditions.push(`${path}.balance >= :need${i}`);
      guarded.push(account);
    }
  }
  return {
    action: {
      Update: {
        TableName: tableName,
        Key: loanKeys.fundBalances(fundId),
        UpdateExpression: `SET ${sets.join(', ')} ADD postings :one`,
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    guarded,
  };
}

/**
 * Books opened before decision 0008 kept one item per account (`FUND#<f>` / `ACCOUNT#<account>`).
 * Folds them into the balances item in one transaction that also deletes them, each delete
 * conditional on the values read (so a movement committed by an older writer in between makes the
 * fold start over instead of losing it). `false` when there was nothing to fold.
 */
export async function foldLegacyAccounts(store: Store, fundId: string, now: string): Promise<boolean> {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const keys = ACCOUNT_NAMES.map((account) => ({ ...loanKeys.legacyAccount(fundId, account) }));
    const { items } = await batchGetAll(store, keys, { consistent: true });
    if (items.length === 0) return false;
    const opening = new Map<Account, StoredAccount>();
    for (const item of items) {
      opening.set(item.account as Account, { balance: Number(item.balance ?? 0), debits: Number(item.debits ?? 0), credits: Number(item.credits ?? 0) });
    }
    const actions: TransactItem[] = [
      { Put: { TableName: store.tableName, Item: zeroedBalancesItem(fundId, 'PEN', now, opening), ConditionExpression: 'attribute_not_exists(pk)' } },
      ...[...opening.entries()].map<TransactItem>(([account, stored]) => ({
        Delete: {
          TableName: store.tableName,
          Key: loanKeys.legacyAccount(fundId, account),
          ConditionExpression: 'balance = :b AND debits = :d AND credits = :c',
          ExpressionAttributeValues: { ':b': stored.balance, ':d': stored.debits, ':c': stored.credits },
        },
      })),
    ];
    try {
      await transactWrite(store, actions);
      return true;
    } catch (error) {
      if (!(error instanceof TransactionCancelled)) throw error;
      // Someone else folded them first: done.
      if (error.failedConditions().includes(0)) return true;
    }
  }
  return false;
}

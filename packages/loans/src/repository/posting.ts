import { MAX_TRANSACTION_ACTIONS, transactWrite, TransactionCancelled, type Store, type TransactItem, TransactionContended } from '@ayni/store';
import { netByAccount, type Account } from '../accounts.js';
import { DatedDeltas, entryDeltas, financingDeltas, loanDeltas } from '../aggregates.js';
import { loanKeys } from '../keys.js';
import type { JournalEntry } from '../ledger.js';
import type { Loan } from '../model.js';
import { aggregateWrites, applyPendingAggregates, financingPutAction, readFinancing } from './aggregates.js';
import { balancesUpdateAction, foldLegacyAccounts, readBalances } from './balances.js';
import { loanPutAction } from './loans.js';
import { worklistActions } from './worklist.js';

export interface LoanWrite {
  readonly loan: Loan;
  readonly previousVersion: number | 'new';
  /** The loan as read (undefined for a loan created by this posting): its metric deltas are the difference. */
  readonly before?: Loan | undefined;
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
  constructor(
    readonly refusals: readonly PostingRefusal[],
    options?: { cause?: unknown },
  ) {
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
 * Writes a journal entry, the balances it moves, and the loans it changes, in one TransactWriteItems:
 * - the entry is immutable: put only if absent (a replayed entry id is detected, not duplicated);
 * - the fund's balances item is updated once with the entry's net amount per account (decision 0008:
 *   all balances in one item, so any read of it is a snapshot of the whole book);
 * - a cash account that is credited carries the condition `balance >= credit`, so no interleaving of
 *   concurrent postings can ever leave fund cash negative;
 * - each loan must still be at the version it was read at, and its worklist entry follows it;
 * - the metric buckets move by the entry's and the loans' deltas (decision 0012), and a
 *   disbursement updates its association's financing record if it is still the one read.
 */
export async function post(store: Store, posting: Posting, now: string): Promise<void> {
  const table = store.tableName;
  const actions: TransactItem[] = [];
  const meaning: Array<() => PostingRefusal> = [];
  let balances: { index: number; fundId: string; need: Map<Account, number> } | undefined;
  if (posting.entry) {
    const entry = posting.entry;
    actions.push({
      Put: {
        TableName: table,
        Item: { ...loanKeys.entry(entry.fundId, entry.valueDate, entry.entryId), ...entry },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    });
    meaning.push(() => ({ kind: 'entry_exists' }));
    const net = netByAccount(entry.lines);
    const { action, guarded } = balancesUpdateAction(table, entry.fundId, net, entry.entryId, now);
    balances = {
      index: actions.length,
      fundId: entry.fundId,
      need: new Map(guarded.map((account) => [account, net.get(account)!.credit - net.get(account)!.debit])),
    };
    actions.push(action);
    meaning.push(() => ({ kind: 'other', code: 'balances refused' })); // never used: whyBalancesRefused says why
  }
  for (const write of posting.loans ?? []) {
    actions.push(loanPutAction(table, write.loan, write.previousVersion));
    meaning.push(() => ({ kind: 'loan_changed', loanId: write.loan.id }));
    // The loan's worklist entry follows it in the same transaction (put while in arrears, deleted on leaving).
    for (const action of worklistActions(table, write.loan, write.before)) {
      actions.push(action);
      meaning.push(() => ({ kind: 'other', code: 'worklist refused' })); // carries no condition
    }
  }
  if (posting.marker) {
    actions.push({ Put: { TableName: table, Item: { ...posting.marker.key, ...posting.marker.attributes }, ConditionExpression: 'attribute_not_exists(pk)' } });
    meaning.push(() => ({ kind: 'marker_exists' }));
  }
  const pending = posting.entry ? await addAggregateWrites(store, posting, actions, meaning, now) : [];
  try {
    await transactWrite(store, actions, { maxAttempts: 3 });
  } catch (error) {
    // Conflicts that outlast the store's retries start the whole posting over from fresh reads.
    if (error instanceof TransactionContended) throw new PostingRefused([{ kind: 'conflict' }], { cause: error });
    if (!(error instanceof TransactionCancelled)) throw error;
    const refusals: PostingRefusal[] = [];
    for (const reason of error.reasons.filter((r) => r.code !== 'None')) {
      if (reason.code === 'ConditionalCheckFailed' && balances && reason.index === balances.index) {
        const why = await whyBalancesRefused(store, balances.fundId, balances.need, now);
        if (why === 'folded') return post(store, posting, now);
        refusals.push(why);
      } else if (reason.code === 'ConditionalCheckFailed') refusals.push(meaning[reason.index]!());
      else if (reason.code === 'TransactionConflict') refusals.push({ kind: 'conflict' });
      else refusals.push({ kind: 'other', code: reason.code });
    }
    throw new PostingRefused(refusals, { cause: error });
  }
  if (pending.length > 0) {
    // Best effort: until applied, every read adds them from the pending items (the arrears job sweeps any left).
    await applyPendingAggregates(store, posting.entry!.fundId, pending).catch(() => undefined);
  }
}

/**
 * Adds to the posting's actions its metric deltas: the entry's on its value date, each loan's
 * schedule-dependent ones, and for a disbursement the association's financing record. Returns the
 * pending items written with them (future-dated deltas that did not fit).
 */
async function addAggregateWrites(
  store: Store,
  posting: Posting,
  actions: TransactItem[],
  meaning: Array<() => PostingRefusal>,
  now: string,
): Promise<Record<string, unknown>[]> {
  const entry = posting.entry!;
  const deltas = new DatedDeltas().add(entry.valueDate, entryDeltas(entry));
  for (const write of posting.loans ?? []) deltas.merge(loanDeltas(write.before, write.loan, entry.valueDate));
  const disbursed = entry.kind === 'disbursement' ? posting.loans?.find((w) => w.loan.id === entry.loanId)?.loan : undefined;
  if (disbursed) {
    const record = await readFinancing(store, entry.fundId, disbursed.associationId);
    const added = { date: entry.valueDate, producers: disbursed.producers };
    deltas.merge(financingDeltas(record.financings, added));
    actions.push(
      financingPutAction(store.tableName, entry.fundId, disbursed.associationId, [...record.financings, added], {
        exists: record.exists,
        count: record.financings.length,
      }),
    );
    meaning.push(() => ({ kind: 'conflict' }));
  }
  const writes = aggregateWrites(store.tableName, entry.fundId, entry.entryId, deltas, MAX_TRANSACTION_ACTIONS - actions.length);
  for (const action of writes.actions) {
    actions.push(action);
    meaning.push(() => ({ kind: 'other', code: 'aggregates refused' })); // ADD carries no condition
  }
  for (const { item } of writes.pending) {
    actions.push({ Put: { TableName: store.tableName, Item: item } });
    meaning.push(() => ({ kind: 'other', code: 'pending aggregates refused' }));
  }
  return writes.pending.map((p) => p.item);
}

/**
 * Why the balances item refused a posting: it is missing (a book kept the pre-0008 way, folded now,
 * after which the posting is tried again), or a credited cash account holds less than the entry
 * takes; if neither holds any more when we look, cash moved in between: a conflict, decide again.
 */
async function whyBalancesRefused(store: Store, fundId: string, need: ReadonlyMap<Account, number>, now: string): Promise<PostingRefusal | 'folded'> {
  const current = await readBalances(store, fundId);
  if (!current) return (await foldLegacyAccounts(store, fundId, now)) ? 'folded' : { kind: 'other', code: `fund ${fundId} has no balances` };
  for (const [account, amount] of need) {
    if (current.find((b) => b.account === account)!.balance < amount) return { kind: 'cash_short', account };
  }
  return { kind: 'conflict' };
}

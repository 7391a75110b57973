import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { message } from '@ayni/core';
import {
  batchGetAll,
  batchWriteAll,
  contentionPause,
  STORE_MESSAGES,
  transactWrite,
  TransactionCancelled,
  TransactionContended,
  type Store,
  type TransactItem,
} from '@ayni/store';
import {
  addFigures,
  AGGREGATE_FIGURES,
  bucketsFromDeltas,
  DatedDeltas,
  deltasFromHistory,
  zeroFigures,
  type Bucket,
  type Figures,
  type Financing,
} from '../aggregates.js';
import type { BusinessDate } from '../dates.js';
import { loanKeys } from '../keys.js';
import type { JournalEntry } from '../ledger.js';
import type { Loan } from '../model.js';
import { LedgerRepository } from './ledger.js';
import { LoanRepository } from './loans.js';

/**
 * The metric buckets (decision 0012). A posting ADDs its deltas to the buckets of their dates in its
 * own transaction. ADD commutes, so concurrent postings never fail on a bucket (they only serialise,
 * as they already do on the balances item); a bucket that does not exist yet is created by it.
 */

/** One `ADD` per bucket, of the figures that move. */
export function bucketActions(tableName: string, fundId: string, buckets: Iterable<Bucket>): TransactItem[] {
  const actions: TransactItem[] = [];
  for (const { level, period, figures } of buckets) {
    const moved = AGGREGATE_FIGURES.filter((f) => figures[f] !== 0);
    if (moved.length === 0) continue;
    actions.push({
      Update: {
        TableName: tableName,
        Key: loanKeys.aggregateBucket(fundId, level, period),
        UpdateExpression: `ADD ${moved.map((_, i) => `#f${i} :f${i}`).join(', ')}`,
        ExpressionAttributeNames: Object.fromEntries(moved.map((f, i) => [`#f${i}`, f])),
        ExpressionAttributeValues: Object.fromEntries(moved.map((f, i) => [`:f${i}`, figures[f]])),
      },
    });
  }
  return actions;
}

/** Dates per pending item: 3 buckets each at most, so a chunk and its own delete fit one transaction. */
const DATES_PER_CHUNK = 30;

export interface AggregateWrites {
  /** Bucket updates that go into the posting's own transaction. */
  readonly actions: TransactItem[];
  /** Items holding the future-dated deltas that did not fit (written in the transaction, applied right after). */
  readonly pending: Array<{ key: { pk: string; sk: string }; item: Record<string, unknown> }>;
}

const serialise = (deltas: Array<[BusinessDate, Figures]>) =>
  deltas.map(([date, f]) => [date, Object.fromEntries(AGGREGATE_FIGURES.filter((k) => f[k] !== 0).map((k) => [k, f[k]]))]);

/**
 * Splits a posting's deltas between bucket updates in its transaction (`room` actions at most) and
 * pending items written in the same transaction: a long schedule has one date per installment, more
 * than a transaction holds. Both land atomically and every read adds what is still pending, so a
 * read sees the posting whole or not at all; the posting then applies its pending items.
 */
export function aggregateWrites(tableName: string, fundId: string, entryId: string, deltas: DatedDeltas, room: number): AggregateWrites {
  const dated = deltas.entries();
  const inTransaction = new DatedDeltas();
  let i = 0;
  for (; i < dated.length; i++) {
    const [date, delta] = dated[i]!;
    const trial = new DatedDeltas().merge(inTransaction).add(date, delta);
    // Keep one action for each pending item the dates after this one would need.
    if (bucketsFromDeltas(trial).size + Math.ceil((dated.length - i - 1) / DATES_PER_CHUNK) > room) break;
    inTransaction.add(date, delta);
  }
  const actions = bucketActions(tableName, fundId, bucketsFromDeltas(inTransaction).values());
  const pending: AggregateWrites['pending'] = [];
  const rest = dated.slice(i);
  for (let chunk = 0; chunk * DATES_PER_CHUNK < rest.length; chunk++) {
    const key = loanKeys.pendingAggregates(fundId, entryId, chunk);
    pending.push({ key, item: { ...key, fundId, deltas: serialise(rest.slice(chunk * DATES_PER_CHUNK, (chunk + 1) * DATES_PER_CHUNK)) } });
  }
  if (actions.length + pending.length > room) throw new RangeError(`a posting of fund ${fundId} has more metric deltas than its transaction holds`);
  return { actions, pending };
}

function deltasOf(item: Record<string, unknown>): DatedDeltas {
  const deltas = new DatedDeltas();
  for (const [date, figures] of item.deltas as Array<[BusinessDate, Partial<Figures>]>) deltas.add(date, figures);
  return deltas;
}

/** Every item of the fund partition whose sort key starts with `prefix`, or lies in [from, to]: a consistent Query, page after page. */
async function queryFund(
  store: Store,
  fundId: string,
  sort: { prefix: string } | { from: string; to: string },
  options: { projection?: string; stats?: AggregateReadStats } = {},
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.doc.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'prefix' in sort ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': loanKeys.fundPartition(fundId),
          ...('prefix' in sort ? { ':prefix': sort.prefix } : { ':from': sort.from, ':to': sort.to }),
        },
        ...(options.projection ? { ProjectionExpression: options.projection } : {}),
        ConsistentRead: true,
        ExclusiveStartKey: start,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    count(options.stats, out.ConsumedCapacity?.CapacityUnits);
    items.push(...((out.Items ?? []) as Record<string, unknown>[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

function pendingItems(store: Store, fundId: string, stats?: AggregateReadStats): Promise<Record<string, unknown>[]> {
  return queryFund(store, fundId, { prefix: loanKeys.pendingAggregatesPrefix }, { stats });
}

/**
 * Adds pending deltas to their buckets, each item exactly once: its bucket ADDs and its own
 * conditional delete are one transaction (a second applier's transaction is refused whole).
 * Run right after the posting that wrote them, and by the daily arrears job for any left behind.
 */
export async function applyPendingAggregates(store: Store, fundId: string, items?: readonly Record<string, unknown>[]): Promise<number> {
  let applied = 0;
  for (const item of items ?? (await pendingItems(store, fundId))) {
    const actions = bucketActions(store.tableName, fundId, bucketsFromDeltas(deltasOf(item)).values());
    actions.push({ Delete: { TableName: store.tableName, Key: { pk: item.pk, sk: item.sk }, ConditionExpression: 'attribute_exists(pk)' } });
    // Moves the counter readers check, as a posting moves the balances' `postings`.
    actions.push({
      Update: {
        TableName: store.tableName,
        Key: loanKeys.aggregatesHeader(fundId),
        UpdateExpression: 'ADD applied :one',
        ExpressionAttributeValues: { ':one': 1 },
      },
    });
    try {
      await transactWrite(store, actions);
      applied++;
    } catch (error) {
      if (!(error instanceof TransactionCancelled)) throw error; // applied by someone else meanwhile
    }
  }
  return applied;
}

/** The header written with a new book: its buckets are complete from the first posting. */
export function aggregatesHeaderItem(fundId: string, now: string): Record<string, unknown> {
  return { ...loanKeys.aggregatesHeader(fundId), fundId, backfilledAt: now, postings: 0 };
}

export interface AggregateReadStats {
  calls: number;
  readUnits: number;
}

function count(stats: AggregateReadStats | undefined, units: number | undefined): void {
  if (!stats) return;
  stats.calls++;
  stats.readUnits += units ?? 0;
}

/** The disbursements of an association's loans the fund has recorded, and whether the record exists. */
export async function readFinancing(store: Store, fundId: string, associationId: string): Promise<{ financings: Financing[]; exists: boolean }> {
  const out = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: loanKeys.financedAssociation(fundId, associationId), ConsistentRead: true }),
  );
  return { financings: (out.Item?.financings as Financing[] | undefined) ?? [], exists: out.Item !== undefined };
}

/** Writes the association's financing record if it is still the one read (`previousCount` disbursements, or absent). */
export function financingPutAction(
  tableName: string,
  fundId: string,
  associationId: string,
  financings: readonly Financing[],
  previous: { exists: boolean; count: number },
): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: { ...loanKeys.financedAssociation(fundId, associationId), fundId, associationId, financings, count: financings.length },
      ...(previous.exists
        ? { ConditionExpression: '#count = :n', ExpressionAttributeNames: { '#count': 'count' }, ExpressionAttributeValues: { ':n': previous.count } }
        : { ConditionExpression: 'attribute_not_exists(pk)' }),
    },
  };
}

/** The buckets replayed from the journal and the loans (see deltasFromHistory). */
export function bucketsFromHistory(loans: readonly Loan[], entries: readonly JournalEntry[]): Map<string, Bucket> {
  return bucketsFromDeltas(deltasFromHistory(loans, entries));
}

/** The financing records recomputed from the loans: each disbursed loan (not a restructured successor) per association. */
export function financingsFromLoans(loans: readonly Loan[]): Map<string, Financing[]> {
  const byAssociation = new Map<string, Financing[]>();
  for (const loan of loans) {
    if (!loan.disbursedOn || loan.predecessorId) continue;
    const list = byAssociation.get(loan.associationId) ?? [];
    list.push({ date: loan.disbursedOn, producers: loan.producers });
    byAssociation.set(loan.associationId, list);
  }
  return byAssociation;
}

async function existingAggregateKeys(store: Store, fundId: string): Promise<Array<{ pk: string; sk: string }>> {
  const prefixes = ['AGG#', loanKeys.pendingAggregatesPrefix, 'FINANCED#'];
  const found = await Promise.all(prefixes.map((prefix) => queryFund(store, fundId, { prefix }, { projection: 'pk, sk' })));
  return found.flat() as Array<{ pk: string; sk: string }>;
}

/**
 * Existing data (a book opened before the buckets, or one the reconciliation found wrong): first
 * removes the header, so that reads in the meantime rebuild rather than read half-written buckets;
 * then computes
 * every bucket and financing record from the journal and the loans and writes them whole (absolute
 * values; stale ones deleted), then writes the header under the condition that the book's posting
 * counter is still the one read before. A posting that committed in between moves the counter, so
 * the backfill starts over. Idempotent: running it again writes the same items.
 */
export async function backfillAggregates(store: Store, fundId: string, now: string): Promise<void> {
  const ledger = new LedgerRepository(store);
  const loanRepository = new LoanRepository(store);
  // Rebuilding a fund that has buckets (the reconciliation found a difference): without the header,
  // no read trusts the buckets while they are rewritten item by item (a read rebuilds them first).
  await store.doc.send(new DeleteCommand({ TableName: store.tableName, Key: loanKeys.aggregatesHeader(fundId) }));
  for (let attempt = 1; attempt <= 10; attempt++) {
    const before = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: loanKeys.fundBalances(fundId), ConsistentRead: true }));
    const postings = Number(before.Item?.postings ?? 0);
    const [entries, loans, existing] = await Promise.all([
      ledger.allEntriesUntil(fundId, '9999-12-31'),
      loanRepository.allOfFund(fundId),
      existingAggregateKeys(store, fundId),
    ]);
    const items: Record<string, unknown>[] = [...bucketsFromHistory(loans, entries).values()].map(({ level, period, figures }) => ({
      ...loanKeys.aggregateBucket(fundId, level, period),
      ...figures,
    }));
    for (const [associationId, financings] of financingsFromLoans(loans)) {
      items.push({ ...loanKeys.financedAssociation(fundId, associationId), fundId, associationId, financings, count: financings.length });
    }
    const kept = new Set(items.map((item) => `${item.pk}|${item.sk}`));
    await batchWriteAll(
      store,
      items,
      existing.filter((key) => !kept.has(`${key.pk}|${key.sk}`)),
    );
    const actions: TransactItem[] = [
      {
        ConditionCheck: {
          TableName: store.tableName,
          Key: loanKeys.fundBalances(fundId),
          ConditionExpression: before.Item ? 'postings = :n' : 'attribute_not_exists(pk)',
          ...(before.Item ? { ExpressionAttributeValues: { ':n': postings } } : {}),
        },
      },
      { Put: { TableName: store.tableName, Item: { ...aggregatesHeaderItem(fundId, now), postings, generation: randomUUID() } } },
    ];
    try {
      await transactWrite(store, actions);
      return;
    } catch (error) {
      if (!(error instanceof TransactionCancelled)) throw error;
    }
  }
  throw new Error(`backfill of fund ${fundId} aggregates kept racing postings`);
}

async function sumRange(store: Store, fundId: string, from: string, to: string, stats?: AggregateReadStats): Promise<Figures> {
  const figures = zeroFigures();
  for (const item of await queryFund(store, fundId, { from, to }, { stats })) addFigures(figures, item as Partial<Figures>);
  return figures;
}

/** What moves on every change of the buckets: the balances' posting counter and the header's applied counter. */
async function versions(store: Store, fundId: string, stats?: AggregateReadStats): Promise<{ version: string; header: boolean }> {
  const read = await batchGetAll(store, [{ ...loanKeys.fundBalances(fundId) }, { ...loanKeys.aggregatesHeader(fundId) }], { consistent: true });
  if (stats) {
    stats.calls += read.calls;
    stats.readUnits += read.consumedReadUnits;
  }
  const items = read.items;
  const balances = items.find((i) => i.sk === 'BALANCES');
  const header = items.find((i) => i.sk === 'AGGREGATES');
  // A rebuild removes the header and writes a new one with a new generation: both show here.
  return { version: `${balances?.postings ?? 0}/${header ? `${header.applied ?? 0}/${header.generation ?? ''}` : 'none'}`, header: header !== undefined };
}

async function readBuckets(store: Store, fundId: string, asOf: BusinessDate, stats?: AggregateReadStats): Promise<Figures> {
  const year = asOf.slice(0, 4);
  const month = asOf.slice(0, 7);
  const sk = loanKeys.aggregateSk;
  const [years, months, days, pending] = await Promise.all([
    year > '0000' ? sumRange(store, fundId, sk('Y', '0000'), sk('Y', String(Number(year) - 1).padStart(4, '0')), stats) : zeroFigures(),
    month.endsWith('-01')
      ? zeroFigures()
      : sumRange(store, fundId, sk('M', `${year}-01`), sk('M', `${year}-${String(Number(asOf.slice(5, 7)) - 1).padStart(2, '0')}`), stats),
    sumRange(store, fundId, sk('D', `${month}-01`), sk('D', asOf), stats),
    pendingItems(store, fundId, stats),
  ]);
  const figures = [years, months, days].reduce((total, part) => addFigures(total, part), zeroFigures());
  for (const item of pending) addFigures(figures, deltasOf(item).sumUntil(asOf));
  return figures;
}

const READ_ATTEMPTS = 8;

/**
 * Every metric figure on `asOf`: the years before its year + the months before its month in that
 * year + the days up to it in that month + whatever a posting left pending (four Queries in
 * parallel: ≤ years + 11 + 31 items, and the pending ones, normally none). The Queries are not one
 * snapshot, so they are bracketed by reads of the two counters every change of the buckets moves
 * (one BatchGetItem before, one after): when a posting landed in between, the read starts over.
 * Backfills the fund's buckets first when their header is missing (a book opened before them).
 */
export async function aggregateFiguresAsOf(store: Store, fundId: string, asOf: BusinessDate, now: string, stats?: AggregateReadStats): Promise<Figures> {
  for (let attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
    const before = await versions(store, fundId, stats);
    if (!before.header) {
      await backfillAggregates(store, fundId, now);
      continue;
    }
    const figures = await readBuckets(store, fundId, asOf, stats);
    if ((await versions(store, fundId, stats)).version === before.version) return figures;
    await contentionPause(attempt);
  }
  throw new TransactionContended(message(STORE_MESSAGES, 'store.transaction-contended')); // the fund's metrics kept moving while read
}

/** Writes the header of a book opened with its aggregates (for tests of existing data: deleting it simulates an old book). */
export async function putAggregatesHeader(store: Store, fundId: string, now: string): Promise<void> {
  await store.doc.send(new PutCommand({ TableName: store.tableName, Item: aggregatesHeaderItem(fundId, now) }));
}

export interface BucketDifference {
  /** `D#2026-04-01`, `M#2026-04`, `Y#2026`. */
  readonly bucket: string;
  readonly figure: string;
  readonly stored: number;
  readonly replayed: number;
}

export interface Reconciliation {
  readonly fundId: string;
  readonly buckets: number;
  readonly differences: readonly BucketDifference[];
}

/**
 * The daily reconciliation: replays every bucket from the journal and the loans and compares it,
 * figure by figure, with the stored one (pending deltas counted). Any difference is reported (and
 * alarms); the caller then rebuilds the fund's buckets with the backfill.
 */
export async function reconcileAggregates(store: Store, fundId: string): Promise<Reconciliation> {
  const [entries, loans, stored, pending] = await Promise.all([
    new LedgerRepository(store).allEntriesUntil(fundId, '9999-12-31'),
    new LoanRepository(store).allOfFund(fundId),
    storedBuckets(store, fundId),
    pendingItems(store, fundId),
  ]);
  for (const item of pending) {
    for (const [key, bucket] of bucketsFromDeltas(deltasOf(item))) {
      addFigures(stored.get(key) ?? stored.set(key, zeroFigures()).get(key)!, bucket.figures);
    }
  }
  const replayed = bucketsFromHistory(loans, entries);
  const differences: BucketDifference[] = [];
  for (const key of [...new Set([...stored.keys(), ...replayed.keys()])].sort()) {
    const a = stored.get(key) ?? zeroFigures();
    const b = replayed.get(key)?.figures ?? zeroFigures();
    for (const figure of AGGREGATE_FIGURES) if (a[figure] !== b[figure]) differences.push({ bucket: key, figure, stored: a[figure], replayed: b[figure] });
  }
  return { fundId, buckets: replayed.size, differences };
}

async function storedBuckets(store: Store, fundId: string): Promise<Map<string, Figures>> {
  const buckets = new Map<string, Figures>();
  for (const item of await queryFund(store, fundId, { prefix: 'AGG#' })) {
    buckets.set(String(item.sk).slice('AGG#'.length), addFigures(zeroFigures(), item as Partial<Figures>));
  }
  return buckets;
}

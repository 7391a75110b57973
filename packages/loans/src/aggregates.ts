import { addDays, type BusinessDate } from './dates.js';
import type { JournalEntry } from './ledger.js';
import type { Installment, Loan } from './model.js';

/**
 * Every figure of the fund metrics, kept as running sums per date (decision 0012). Each figure on a
 * day `t` is the sum of the deltas dated up to `t`: a posting adds its deltas to the buckets of their
 * dates (year, month, day), and a read on `asOf` adds the years before, the months before in that
 * year and the days up to `asOf` in that month, at most (years of the fund) + 11 + 31 small items,
 * whatever the number of loans or entries.
 *
 * Most deltas are dated on the posting's value date. Those that depend on the passing of time are
 * dated when they will take effect, given what is known at the posting: an installment's amount
 * counts as due on its due date, money paid before it on that date too, and a loan joins the
 * portfolio at risk 31 days after its oldest unpaid installment fell due, unless a later posting on
 * the loan takes that delta back (postings on one loan never go back in time, so a posting only ever
 * rewrites the loan's future).
 */
export const AGGREGATE_FIGURES = [
  'capital',
  'disbursed',
  'fromCapital',
  'fromRecycled',
  'principalRepaid',
  'interest',
  'writtenOff',
  'recovered',
  'receivable',
  /** Disbursement entries (restructured successors are not disbursed, they take a restructure entry). */
  'disbursements',
  /** Distinct borrower associations with a disbursement. */
  'organisations',
  /** Σ over financed associations of the producers declared on their largest disbursed loan. */
  'producers',
  /** Principal + interest of installments due (waived amounts excluded). */
  'due',
  /** Principal + interest paid on installments due. */
  'collected',
  /** Outstanding principal of loans with an installment more than 30 days past due. */
  'atRisk',
] as const;
export type AggregateFigure = (typeof AGGREGATE_FIGURES)[number];
export type Figures = Record<AggregateFigure, number>;

export const zeroFigures = (): Figures => Object.fromEntries(AGGREGATE_FIGURES.map((f) => [f, 0])) as Figures;

export function addFigures(into: Figures, delta: Partial<Figures>): Figures {
  for (const f of AGGREGATE_FIGURES) into[f] += Number(delta[f] ?? 0);
  return into;
}

export function subtractFigures(a: Figures, b: Figures): Figures {
  const out = zeroFigures();
  for (const f of AGGREGATE_FIGURES) out[f] = a[f] - b[f];
  return out;
}

export const isZero = (delta: Partial<Figures>): boolean => AGGREGATE_FIGURES.every((f) => !delta[f]);

/** Deltas by the date they take effect on. */
export class DatedDeltas {
  readonly byDate = new Map<BusinessDate, Figures>();

  add(date: BusinessDate, delta: Partial<Figures>): this {
    if (isZero(delta)) return this;
    addFigures(this.byDate.get(date) ?? this.byDate.set(date, zeroFigures()).get(date)!, delta);
    return this;
  }

  merge(other: DatedDeltas): this {
    for (const [date, delta] of other.byDate) this.add(date, delta);
    return this;
  }

  /** The dates with a non-zero delta, in order. */
  entries(): Array<[BusinessDate, Figures]> {
    return [...this.byDate.entries()].filter(([, delta]) => !isZero(delta)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Σ of the deltas dated up to `asOf`. */
  sumUntil(asOf: BusinessDate): Figures {
    const total = zeroFigures();
    for (const [date, delta] of this.byDate) if (date <= asOf) addFigures(total, delta);
    return total;
  }
}

/** What one journal entry adds on its value date (the same arithmetic as computeFundFigures). */
export function entryDeltas(entry: JournalEntry): Figures {
  const d = zeroFigures();
  const sum = (account: string, side: 'debit' | 'credit') => entry.lines.filter((l) => l.account === account).reduce((total, l) => total + l[side], 0);
  for (const line of entry.lines) {
    if (line.account === 'loans_receivable' && line.loanId) d.receivable += line.debit - line.credit;
  }
  switch (entry.kind) {
    case 'capital':
      d.capital += sum('cash_capital', 'debit');
      break;
    case 'reversal':
      d.capital -= sum('cash_capital', 'credit');
      break;
    case 'disbursement':
      d.disbursed += sum('loans_receivable', 'debit');
      d.fromCapital += sum('cash_capital', 'credit');
      d.fromRecycled += sum('cash_recycled', 'credit');
      d.disbursements += 1;
      break;
    case 'repayment':
      d.principalRepaid += sum('loans_receivable', 'credit');
      d.interest += sum('interest_income', 'credit');
      break;
    case 'write_off':
      d.writtenOff += sum('write_offs', 'debit');
      break;
    case 'recovery':
      d.recovered += sum('recoveries', 'credit');
      break;
    case 'restructure':
      break;
  }
  return d;
}

const owedOf = (line: Installment) => line.principal + line.interest - line.waivedPrincipal - line.waivedInterest;
const paidOf = (line: Installment) => line.paidPrincipal + line.paidInterest;
const later = (a: BusinessDate, b: BusinessDate) => (a > b ? a : b);

/** A loan's place in the portfolio at risk from now on: its balance, counted from `onset` (none when nothing is owed). */
function riskOf(loan: Loan | undefined): { balance: number; onset: BusinessDate } | undefined {
  if (!loan?.disbursedOn || loan.principalOutstanding <= 0) return undefined;
  const oldestUnpaid = loan.schedule.find((line) => paidOf(line) < owedOf(line));
  if (!oldestUnpaid) return undefined;
  // Late the day after its due date; at risk once more than 30 days late.
  return { balance: loan.principalOutstanding, onset: addDays(oldestUnpaid.dueDate, 31) };
}

/**
 * What a posting on `valueDate` that turns `before` into `after` changes in the schedule-dependent
 * figures (due, collected, at risk), each dated on the day it takes effect. `before` is undefined
 * for a loan that starts its life in this posting (a restructured successor), and counts as nothing
 * before its disbursement.
 */
export function loanDeltas(before: Loan | undefined, after: Loan, valueDate: BusinessDate): DatedDeltas {
  const deltas = new DatedDeltas();
  const previous = before?.disbursedOn ? before : undefined;
  if (after.disbursedOn) {
    const old = new Map((previous?.schedule ?? []).map((line) => [line.n, line]));
    for (const line of after.schedule) {
      const was = old.get(line.n);
      deltas.add(later(line.dueDate, valueDate), {
        due: owedOf(line) - (was ? owedOf(was) : 0),
        collected: paidOf(line) - (was ? paidOf(was) : 0),
      });
    }
  }
  const oldRisk = riskOf(previous);
  if (oldRisk) deltas.add(later(oldRisk.onset, valueDate), { atRisk: -oldRisk.balance });
  const newRisk = riskOf(after);
  if (newRisk) deltas.add(later(newRisk.onset, valueDate), { atRisk: newRisk.balance });
  return deltas;
}

/** One disbursement of an association's loan by the fund, as the association's financing record keeps it. */
export interface Financing {
  readonly date: BusinessDate;
  readonly producers: number;
}

/** An association's contribution on `t`: financed or not, and the producers of its largest loan disbursed by then. */
function contribution(financings: readonly Financing[], t: BusinessDate): { organisations: number; producers: number } {
  let producers = 0;
  let financed = 0;
  for (const f of financings) {
    if (f.date > t) continue;
    financed = 1;
    producers = Math.max(producers, f.producers);
  }
  return { organisations: financed, producers };
}

/**
 * What one more disbursement of an association's loan changes in `organisations` and `producers`:
 * the difference between the association's step functions with and without it, at each date where
 * either steps (the new date and the later dates of its other disbursements).
 */
export function financingDeltas(previous: readonly Financing[], added: Financing): DatedDeltas {
  const deltas = new DatedDeltas();
  const next = [...previous, added];
  const dates = [...new Set([added.date, ...previous.map((f) => f.date).filter((d) => d > added.date)])].sort();
  let before = { organisations: 0, producers: 0 };
  for (const date of dates) {
    const now = contribution(next, date);
    const old = contribution(previous, date);
    const diff = { organisations: now.organisations - old.organisations, producers: now.producers - old.producers };
    deltas.add(date, { organisations: diff.organisations - before.organisations, producers: diff.producers - before.producers });
    before = diff;
  }
  return deltas;
}

export type BucketLevel = 'Y' | 'M' | 'D';

/** The three buckets a date falls in: its year, month and day. */
export function bucketsOf(date: BusinessDate): Array<{ level: BucketLevel; period: string }> {
  return [
    { level: 'Y', period: date.slice(0, 4) },
    { level: 'M', period: date.slice(0, 7) },
    { level: 'D', period: date },
  ];
}

export interface Bucket {
  readonly level: BucketLevel;
  readonly period: string;
  readonly figures: Figures;
}

/** Bucket key (`D#2026-06-01`) → the sum of the deltas falling in it. */
export function bucketsFromDeltas(deltas: DatedDeltas): Map<string, Bucket> {
  const buckets = new Map<string, Bucket>();
  for (const [date, delta] of deltas.entries()) {
    for (const { level, period } of bucketsOf(date)) {
      const key = `${level}#${period}`;
      const bucket = buckets.get(key) ?? { level, period, figures: zeroFigures() };
      addFigures(bucket.figures, delta);
      buckets.set(key, bucket);
    }
  }
  for (const [key, bucket] of buckets) if (isZero(bucket.figures)) buckets.delete(key);
  return buckets;
}

/**
 * Every delta the postings of a fund made, replayed from its journal and its loans (for the backfill
 * of books opened before the buckets and for the daily reconciliation). Per loan, one state per date
 * it moved on (paid amounts from the repayments' allocations, waivers from their dates, the balance
 * from the journal): the deltas of a day's postings telescope into those of the day's last state, so
 * the replay gives what the postings gave. Cost: entries + installments.
 */
export function deltasFromHistory(loans: readonly Loan[], entries: readonly JournalEntry[]): DatedDeltas {
  const deltas = new DatedDeltas();
  const byLoan = new Map<string, JournalEntry[]>();
  for (const entry of entries) {
    deltas.add(entry.valueDate, entryDeltas(entry));
    const touched = new Set([entry.loanId, ...entry.lines.map((l) => l.loanId)].filter((id): id is string => Boolean(id)));
    for (const loanId of touched) byLoan.set(loanId, [...(byLoan.get(loanId) ?? []), entry]);
  }
  const financings = new Map<string, Financing[]>();
  for (const loan of loans) {
    if (loan.disbursedOn && !loan.predecessorId) {
      const previous = financings.get(loan.associationId) ?? [];
      deltas.merge(financingDeltas(previous, { date: loan.disbursedOn, producers: loan.producers }));
      financings.set(loan.associationId, [...previous, { date: loan.disbursedOn, producers: loan.producers }]);
    }
    const moves = byLoan.get(loan.id) ?? [];
    const dates = [...new Set(moves.map((e) => e.valueDate))].sort();
    let before: Loan | undefined;
    for (const date of dates) {
      const after = loanStateOn(loan, moves, date);
      deltas.merge(loanDeltas(before, after, date));
      before = after;
    }
  }
  return deltas;
}

/** The loan as it stood at the end of `date`, rebuilt from its final item and the entries that moved it. */
function loanStateOn(loan: Loan, moves: readonly JournalEntry[], date: BusinessDate): Loan {
  const paid = new Map<number, { principal: number; interest: number }>();
  let balance = 0;
  for (const entry of moves) {
    if (entry.valueDate > date) continue;
    for (const line of entry.lines) if (line.account === 'loans_receivable' && line.loanId === loan.id) balance += line.debit - line.credit;
    if (entry.kind !== 'repayment' || entry.loanId !== loan.id) continue;
    for (const part of entry.allocation ?? []) {
      const p = paid.get(part.n) ?? { principal: 0, interest: 0 };
      paid.set(part.n, { principal: p.principal + part.principal, interest: p.interest + part.interest });
    }
  }
  return {
    ...loan,
    principalOutstanding: balance,
    schedule: loan.schedule.map((line) => {
      const waived = line.waivedOn !== undefined && line.waivedOn <= date;
      return {
        ...line,
        paidPrincipal: paid.get(line.n)?.principal ?? 0,
        paidInterest: paid.get(line.n)?.interest ?? 0,
        waivedPrincipal: waived ? line.waivedPrincipal : 0,
        waivedInterest: waived ? line.waivedInterest : 0,
      };
    }),
  };
}

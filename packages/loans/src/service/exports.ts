import { englishOf, message, minorToDecimal, ValidationFailed, type Lang, type MessageTexts } from '@ayni/core';
import { encodeCursor } from '@ayni/store';
import { unpaid } from '../allocation.js';
import { daysBetween, type BusinessDate } from '../dates.js';
import { loanKeys } from '../keys.js';
import type { JournalEntry } from '../ledger.js';
import { EXPORT_COLUMNS, MESSAGES, WORDS, wordOf } from '../messages.js';
import type { Loan, LoanStatus } from '../model.js';
import type { LoansContext } from './context.js';

/**
 * CSV exports of a fund's ledger and loans (issue 13, item 5). A Lambda answers at most 6 MB, so
 * every export is bounded and paged: the ledger by a value-date range of at most MAX_EXPORT_DAYS and
 * at most `limit` rows (journal lines) a page, the loans at most `limit` rows a page. Each page is
 * one bounded Query (the fund partition's journal between two value dates, or the fund's loans on
 * gsi1) plus one read per distinct association on the page, never a Scan.
 */
export const MAX_EXPORT_DAYS = 366;
export const MAX_EXPORT_ROWS = 1000;
export const DEFAULT_EXPORT_ROWS = 500;

export type CsvRow = ReadonlyArray<string | number | null | undefined>;

export interface CsvPage {
  readonly header: string[];
  readonly rows: CsvRow[];
  readonly nextCursor?: string | undefined;
}

type Column = keyof typeof EXPORT_COLUMNS;

const LEDGER_COLUMNS: readonly Column[] = [
  'valueDate',
  'entryId',
  'kind',
  'memo',
  'donor',
  'account',
  'debit',
  'credit',
  'currency',
  'loanId',
  'associationId',
  'associationName',
];

const LOAN_COLUMNS: readonly Column[] = [
  'loanId',
  'associationId',
  'associationName',
  'status',
  'currency',
  'amountRequested',
  'principal',
  'principalOutstanding',
  'principalRepaid',
  'interestPaid',
  'penaltyPaid',
  'writtenOff',
  'recovered',
  'daysPastDue',
  'disbursedOn',
  'nextDueDate',
  'nextDueAmount',
  'closedOn',
  'createdAt',
];

/** The header row in the reader's language (Quechua readers get the Spanish headers, see EXPORT_COLUMNS). */
function headerOf(columns: readonly Column[], lang: Lang): string[] {
  return columns.map((name) => textIn(EXPORT_COLUMNS[name], lang));
}

const textIn = (texts: MessageTexts, lang: Lang): string => (lang === 'qu' ? (texts.qu ?? texts.es) : texts[lang]);

/** A word (a state, an entry kind) in the reader's language; its English is the code itself. */
function say(words: Parameters<typeof wordOf>[0], code: string, lang: Lang): string {
  return textIn(wordOf(words, code), lang);
}

/** The names of the associations on one page: one read per distinct id (the id itself when the record is gone). */
async function associationNames(ctx: LoansContext, ids: ReadonlyArray<string | undefined>): Promise<Map<string, string>> {
  const distinct = [...new Set(ids.filter((id): id is string => id !== undefined))];
  return new Map(await Promise.all(distinct.map(async (id) => [id, (await ctx.organisations.get(id))?.name ?? id] as const)));
}

function rangeIssue(field: 'to', msg: ReturnType<typeof message>, code: string): ValidationFailed {
  return new ValidationFailed([{ path: `query.${field}`, message: englishOf(msg), msg, code }]);
}

/** Refuses a value-date range that is reversed or longer than MAX_EXPORT_DAYS (both ends included): a 400 naming `to`. */
export function checkExportRange(from: BusinessDate, to: BusinessDate): void {
  if (to < from) throw rangeIssue('to', message(MESSAGES, 'loans.export.range-reversed', { from }), 'range_reversed');
  const days = daysBetween(from, to) + 1;
  if (days > MAX_EXPORT_DAYS) {
    throw rangeIssue('to', message(MESSAGES, 'loans.export.range-too-long', { maxDays: MAX_EXPORT_DAYS, days }), 'range_too_long');
  }
}

export interface LedgerExportOptions {
  readonly from: BusinessDate;
  readonly to: BusinessDate;
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly lang: Lang;
}

/**
 * One page of the ledger export: a row per journal line (date, entry, kind, memo, account, debit,
 * credit, loan, association), entries in value-date order and never split across pages (a page
 * holds at most `limit` lines, or the one entry that starts it). Money is a plain decimal beside the
 * currency.
 */
export async function ledgerExport(ctx: LoansContext, fundId: string, options: LedgerExportOptions): Promise<CsvPage> {
  checkExportRange(options.from, options.to);
  // Every entry has at least two lines, so `limit` entries are always enough to fill `limit` rows.
  const page = await ctx.ledger.listEntries(fundId, { limit: options.limit, cursor: options.cursor, from: options.from, until: options.to });
  const taken: JournalEntry[] = [];
  let lines = 0;
  for (const entry of page.items) {
    if (taken.length > 0 && lines + entry.lines.length > options.limit) break;
    taken.push(entry);
    lines += entry.lines.length;
  }
  const last = taken.at(-1);
  const nextCursor = taken.length < page.items.length && last ? encodeCursor({ ...loanKeys.entry(fundId, last.valueDate, last.entryId) }) : page.nextCursor;
  const names = await associationNames(
    ctx,
    taken.map((entry) => entry.associationId),
  );
  const rows = taken.flatMap((entry) =>
    entry.lines.map(
      (line): CsvRow => [
        entry.valueDate,
        entry.entryId,
        say(WORDS.entryKind, entry.kind, options.lang),
        entry.memo,
        entry.donor,
        line.account,
        minorToDecimal(line.debit, entry.currency),
        minorToDecimal(line.credit, entry.currency),
        entry.currency,
        line.loanId ?? entry.loanId,
        entry.associationId,
        entry.associationId ? names.get(entry.associationId) : undefined,
      ],
    ),
  );
  return { header: headerOf(LEDGER_COLUMNS, options.lang), rows, nextCursor };
}

export interface LoansExportOptions {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly status?: LoanStatus | undefined;
  readonly lang: Lang;
}

/** The first installment with something left to pay: its due date and what is left on it. */
function nextDue(loan: Loan): { dueDate: BusinessDate; amount: number } | undefined {
  if (loan.status !== 'active' && loan.status !== 'in_arrears') return undefined;
  for (const line of loan.schedule) {
    const left = unpaid(line, 'principal') + unpaid(line, 'interest') + unpaid(line, 'penalty');
    if (left > 0) return { dueDate: line.dueDate, amount: left };
  }
  return undefined;
}

/** One page of the loans export: a row per loan or application of the fund (gsi1 order), with its association's name. */
export async function loansExport(ctx: LoansContext, fundId: string, options: LoansExportOptions): Promise<CsvPage> {
  const page = await ctx.loans.listByFund(fundId, { limit: options.limit, cursor: options.cursor, status: options.status });
  const names = await associationNames(
    ctx,
    page.items.map((loan) => loan.associationId),
  );
  const rows = page.items.map((loan): CsvRow => {
    const money = (amount: number) => minorToDecimal(amount, loan.currency);
    const next = nextDue(loan);
    return [
      loan.id,
      loan.associationId,
      names.get(loan.associationId),
      say(WORDS.state, loan.status, options.lang),
      loan.currency,
      money(loan.amountRequested),
      money(loan.principal),
      money(loan.principalOutstanding),
      money(loan.principalRepaid),
      money(loan.interestPaid),
      money(loan.penaltyPaid),
      money(loan.writtenOff),
      money(loan.recovered),
      loan.daysPastDue,
      loan.disbursedOn,
      next?.dueDate,
      next ? money(next.amount) : undefined,
      loan.closedOn,
      loan.createdAt,
    ];
  });
  return { header: headerOf(LOAN_COLUMNS, options.lang), rows, nextCursor: page.nextCursor };
}

import { message, type Currency, type Message } from '@ayni/core';
import { MESSAGES } from '../messages.js';
import type { OpenInvoiceItem } from '../model.js';
import type { OpenInvoices } from '../repository/receivables.js';
import { repositories, today, type OrdersDeps } from './context.js';

/** Ageing buckets by days past the due date: not yet due (or due today), then 1-30, 31-60, 61-90, over 90. */
export const AGEING_BUCKETS = ['current', '1-30', '31-60', '61-90', 'over-90'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

const DAY_MS = 86_400_000;

/** Whole days from `dueDate` to `asOf` (both YYYY-MM-DD), 0 when not yet past due. */
export function daysOverdue(dueDate: string, asOf: string): number {
  return Math.max(0, Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS));
}

export function bucketOf(days: number): AgeingBucket {
  if (days <= 0) return 'current';
  if (days <= 30) return '1-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return 'over-90';
}

export interface AgedInvoice extends OpenInvoiceItem {
  readonly daysOverdue: number;
  readonly bucket: AgeingBucket;
}

export interface CurrencyTotals {
  readonly currency: Currency;
  /** Everything still owed in the currency (integer minor units). */
  readonly open: number;
  readonly overdue: number;
  readonly invoices: number;
  readonly buckets: Record<AgeingBucket, number>;
}

export interface AgeingReport {
  readonly asOf: string;
  /** False when there were more open invoices than a report reads (see MAX_OPEN_INVOICES). */
  readonly complete: boolean;
  /** One per currency (never added across currencies), in currency order. */
  readonly totals: readonly CurrencyTotals[];
  /** Oldest due date first. */
  readonly invoices: readonly AgedInvoice[];
  /** What the totals say, in the reader's language. */
  readonly summary: Message;
}

/** Ages open invoices as of a date: each in its bucket, totals per currency, oldest due first. */
export function ageInvoices(open: OpenInvoices, asOf: string, side: 'receivables' | 'payables'): AgeingReport {
  const invoices = open.items
    .map((invoice) => {
      const days = daysOverdue(invoice.dueDate, asOf);
      return { ...invoice, daysOverdue: days, bucket: bucketOf(days) };
    })
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number) || a.associationId.localeCompare(b.associationId));
  const byCurrency = new Map<Currency, { open: number; overdue: number; invoices: number; buckets: Record<AgeingBucket, number> }>();
  for (const invoice of invoices) {
    let totals = byCurrency.get(invoice.currency);
    if (!totals) {
      totals = { open: 0, overdue: 0, invoices: 0, buckets: Object.fromEntries(AGEING_BUCKETS.map((b) => [b, 0])) as Record<AgeingBucket, number> };
      byCurrency.set(invoice.currency, totals);
    }
    totals.open += invoice.open;
    totals.invoices++;
    totals.buckets[invoice.bucket] += invoice.open;
    if (invoice.bucket !== 'current') totals.overdue += invoice.open;
  }
  const totals = [...byCurrency.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, t]) => ({ currency, ...t }));
  return { asOf, complete: open.complete, totals, invoices, summary: summaryOf(totals, side) };
}

function summaryOf(totals: readonly CurrencyTotals[], side: 'receivables' | 'payables'): Message {
  if (totals.length === 0) return message(MESSAGES, side === 'receivables' ? 'orders.receivables-none' : 'orders.payables-none');
  // The first currency speaks; a report in two currencies lists both in `totals`.
  const [first] = totals;
  return message(MESSAGES, side === 'receivables' ? 'orders.receivables-summary' : 'orders.payables-summary', {
    open: { money: { amount: first!.open, currency: first!.currency } },
    overdue: { money: { amount: first!.overdue, currency: first!.currency } },
  });
}

/** An association's receivables: its buyers' open invoices, aged as of `asOf` (default today). */
export async function receivablesReport(deps: OrdersDeps, associationId: string, asOf?: string): Promise<AgeingReport> {
  return ageInvoices(await repositories(deps).receivables.receivablesOf(associationId), asOf ?? today(deps), 'receivables');
}

/** A buyer's payables: its open invoices from every association, aged as of `asOf` (default today). */
export async function payablesReport(deps: OrdersDeps, buyerId: string, asOf?: string): Promise<AgeingReport> {
  return ageInvoices(await repositories(deps).receivables.payablesOf(buyerId), asOf ?? today(deps), 'payables');
}

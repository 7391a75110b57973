import type { Currency } from '@ayni/core';
import type { SalesTotalItem } from '../model.js';
import { repositories, type OrdersDeps } from './context.js';
import { buyerCards } from './parties.js';

export interface SalesRow {
  month?: string;
  buyerId?: string;
  /** The buyer's name (groupBy buyer), from its organisation record. */
  buyerName?: string;
  currency: Currency;
  /** Net income: delivered minus credited. */
  amount: number;
  lines: number;
  orders: number;
  /** Credit notes issued in the period, and their sum (already taken off `amount`). */
  credited: number;
  creditNotes: number;
}

const counters = (t: SalesTotalItem) => ({
  amount: t.amount,
  lines: t.lines ?? 0,
  orders: t.orders ?? 0,
  credited: t.credited ?? 0,
  creditNotes: t.creditNotes ?? 0,
});

/**
 * Income by month or by buyer over a range of months, read from the totals that each delivery and
 * each credit note adds to atomically (one Query over the range; the cost grows with months × buyers,
 * not with sales). A credit note counts in the month it is issued, as in the sales register. By
 * buyer, each row names its buyer (one BatchGetItem per 100 buyers of the report).
 */
export async function salesReport(deps: OrdersDeps, associationId: string, query: { from: string; to: string; groupBy: 'month' | 'buyer' }) {
  const repos = repositories(deps);
  let rows: SalesRow[];
  if (query.groupBy === 'month') {
    rows = (await repos.sales.monthTotals(associationId, query.from, query.to)).map((t) => ({ month: t.month, currency: t.currency, ...counters(t) }));
  } else {
    const byBuyer = new Map<string, SalesRow>();
    for (const t of await repos.sales.buyerMonthTotals(associationId, query.from, query.to)) {
      const key = `${t.buyerId}|${t.currency}`;
      const row = byBuyer.get(key) ?? { buyerId: t.buyerId!, currency: t.currency, amount: 0, lines: 0, orders: 0, credited: 0, creditNotes: 0 };
      const add = counters(t);
      row.amount += add.amount;
      row.lines += add.lines;
      row.orders += add.orders;
      row.credited += add.credited;
      row.creditNotes += add.creditNotes;
      byBuyer.set(key, row);
    }
    const names = await buyerCards(
      deps,
      [...byBuyer.values()].map((row) => row.buyerId!),
    );
    for (const row of byBuyer.values()) row.buyerName = names.get(row.buyerId!)!.name;
    rows = [...byBuyer.values()].sort((a, b) => b.amount - a.amount || a.buyerId!.localeCompare(b.buyerId!));
  }
  const totals = new Map<Currency, number>();
  for (const row of rows) totals.set(row.currency, (totals.get(row.currency) ?? 0) + row.amount);
  return { associationId, ...query, rows, totals: [...totals].map(([currency, amount]) => ({ currency, amount })) };
}

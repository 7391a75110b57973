import type { Currency } from '@ayni/core';
import { repositories, type OrdersDeps } from './context.js';

export interface SalesRow {
  month?: string;
  buyerId?: string;
  currency: Currency;
  amount: number;
  lines: number;
  orders: number;
}

/**
 * Income by month or by buyer over a range of months, read from the totals that each delivery adds to
 * atomically (one Query over the range; the cost grows with months × buyers, not with sales).
 */
export async function salesReport(deps: OrdersDeps, associationId: string, query: { from: string; to: string; groupBy: 'month' | 'buyer' }) {
  const repos = repositories(deps);
  let rows: SalesRow[];
  if (query.groupBy === 'month') {
    rows = (await repos.sales.monthTotals(associationId, query.from, query.to)).map((t) => ({
      month: t.month,
      currency: t.currency,
      amount: t.amount,
      lines: t.lines,
      orders: t.orders,
    }));
  } else {
    const byBuyer = new Map<string, SalesRow>();
    for (const t of await repos.sales.buyerMonthTotals(associationId, query.from, query.to)) {
      const key = `${t.buyerId}|${t.currency}`;
      const row = byBuyer.get(key) ?? { buyerId: t.buyerId!, currency: t.currency, amount: 0, lines: 0, orders: 0 };
      row.amount += t.amount;
      row.lines += t.lines;
      row.orders += t.orders;
      byBuyer.set(key, row);
    }
    rows = [...byBuyer.values()].sort((a, b) => b.amount - a.amount || a.buyerId!.localeCompare(b.buyerId!));
  }
  const totals = new Map<Currency, number>();
  for (const row of rows) totals.set(row.currency, (totals.get(row.currency) ?? 0) + row.amount);
  return { associationId, ...query, rows, totals: [...totals].map(([currency, amount]) => ({ currency, amount })) };
}

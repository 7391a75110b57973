import { UnprocessableRequest } from '@ayni/core';
import type { BusinessDate } from '../dates.js';
import { computeFundMetrics, type FundMetrics } from '../metrics.js';
import { today, type LoansContext } from './context.js';
import { ensureFundBook } from './funds.js';

/**
 * Metrics are computed on request from two Queries — the fund's journal (value date ≤ asOf) and the
 * fund's loans (gsi1) — rather than from running aggregates: `asOf` may be any past date, which a
 * running total cannot answer, and a fund like FREES has hundreds of entries, not millions.
 */
export async function fundMetrics(ctx: LoansContext, fundId: string, asOf: BusinessDate | undefined): Promise<FundMetrics> {
  const date = asOf ?? today(ctx);
  if (date > today(ctx)) throw new UnprocessableRequest(`asOf ${date} is in the future.`, { extensions: { field: 'asOf' } });
  await ensureFundBook(ctx, fundId);
  const [loans, entries] = await Promise.all([ctx.loans.allOfFund(fundId), ctx.ledger.allEntriesUntil(fundId, date)]);
  return computeFundMetrics(fundId, date, loans, entries);
}

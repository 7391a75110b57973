import { message, UnprocessableRequest } from '@ayni/core';
import type { BusinessDate } from '../dates.js';
import { MESSAGES } from '../messages.js';
import { metricsFromFigures, type FundMetrics } from '../metrics.js';
import { aggregateFiguresAsOf } from '../repository/aggregates.js';
import { nowIso, today, type LoansContext } from './context.js';
import { ensureFundBook } from './funds.js';

/**
 * Metrics on any `asOf` up to today, read from the running sums every posting maintains (decision
 * 0012): the same few calls and read units whatever the number of loans or entries.
 */
export async function fundMetrics(ctx: LoansContext, fundId: string, asOf: BusinessDate | undefined): Promise<FundMetrics> {
  const date = asOf ?? today(ctx);
  if (date > today(ctx)) throw new UnprocessableRequest(message(MESSAGES, 'loans.as-of-in-future', { date }), { extensions: { field: 'asOf' } });
  await ensureFundBook(ctx, fundId);
  return metricsFromFigures(fundId, date, await aggregateFiguresAsOf(ctx.store, fundId, date, nowIso(ctx)));
}

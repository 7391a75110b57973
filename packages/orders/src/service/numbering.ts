import { TransactionContended } from '@ayni/store';
import { message } from '@ayni/core';
import { Contended } from '../errors.js';
import { MESSAGES } from '../messages.js';
import { SeriesMoved } from '../repository/documents.js';
import { CONTENTION_BUDGET_MS, contentionPause, RENUMBER_ON_CONFLICT, type CommitLimits } from '../repository/transact.js';
import { repositories, type OrdersDeps } from './context.js';

export interface NumberingStep<S, T> {
  /** Reads that must be as fresh as the counter (e.g. what an invoice has been credited), made alongside it. */
  readonly read?: () => Promise<S>;
  /**
   * Builds what carries `sequence` and commits it, with `limits`, in one transaction with the counter's
   * advance; throws `SeriesMoved` when the counter (or anything else read in this step) moved before
   * the commit, so that the whole step runs again from fresh reads.
   */
  readonly commit: (sequence: number, state: S, limits: CommitLimits) => Promise<T>;
}

/**
 * Numbers a document from a gapless series (per association and series), under any contention.
 *
 * Why it contends: a gapless series has one counter item, and every document of the series advances
 * it in the transaction that puts the document, conditional on the value it read; of N requests that
 * read the same value one commits and N-1 find the counter moved. They used to retry at once and in
 * lockstep, re-reading everything (the order, both organisations, the counter) and colliding again,
 * at most 4 times for invoices (half of 20 concurrent invoices ended 503) and 5 for credit notes (whose
 * last `SeriesMoved` escaped as a 500); and on DynamoDB a write conflict on the counter was retried as
 * the same transaction, with the number the winner had just taken.
 *
 * What this does: everything that does not depend on the number is prepared once by the caller; an
 * attempt is a consistent read of the counter (and of `read`) and one transaction, so the window in
 * which another request can move the counter is one round trip; a lost attempt (counter moved, or a
 * write conflict, which is not retried as the same transaction) pauses with full jitter, over a
 * window that grows with how long the lost attempt took, and renumbers; attempts go on until
 * `CONTENTION_BUDGET_MS` has passed (well within the Lambda's timeout) and only then is the answer a
 * retryable 503 (`contended`, with Retry-After). A number is used by exactly one document or by none.
 */
export async function withNextNumber<S, T>(deps: OrdersDeps, associationId: string, series: string, step: NumberingStep<S, T>): Promise<T> {
  const repos = repositories(deps);
  const deadline = Date.now() + CONTENTION_BUDGET_MS;
  for (let attempt = 1; ; attempt++) {
    const [last, state] = await Promise.all([repos.documents.lastSequence(associationId, series), step.read ? step.read() : (undefined as S)]);
    const started = performance.now();
    try {
      return await step.commit(last + 1, state, RENUMBER_ON_CONFLICT);
    } catch (error) {
      if (!(error instanceof SeriesMoved || error instanceof TransactionContended)) throw error;
      if (Date.now() >= deadline) {
        throw new Contended(message(MESSAGES, 'orders.series-contended', { series }), { cause: error });
      }
      await contentionPause(attempt, performance.now() - started);
    }
  }
}

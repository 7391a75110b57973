/**
 * Fund metrics at 18 and at 1,000 loans (`npm run bench loans`): the calls, read units and time of
 * `fundMetrics` (what `GET /funds/{f}/metrics` runs), read from the maintained buckets (decision
 * 0012) and identical whatever the size of the fund, side by side with the recomputation from the
 * whole journal and every loan that it replaced (the reference the tests and the reconciliation
 * check the buckets against). Both funds take the same postings, through the same `post` as the
 * services, on the same nine dates, so they have the same buckets.
 */
import { fixedClock } from '@ayni/core';
import { computeFundFigures, fundMetrics, loansContext, metricsFromFigures, post, type JournalEntry, type Loan } from '@ayni/loans';
import { createDynamoClient, createStore, ensureTable, type Store } from '@ayni/store';
import { startDynamoDbLocal } from '../packages/devstack/src/dynamodb.js';
import { LedgerRepository } from '../packages/loans/src/repository/ledger.js';
import { LoanRepository } from '../packages/loans/src/repository/loans.js';
import { buildSchedule, openInstallments } from '../packages/loans/src/schedule.js';

const SIZES = [18, 1_000];
const TODAY = '2026-06-01';
const NOW = `${TODAY}T15:00:00.000Z`;
/** The same nine value dates for every size, so both funds have the same buckets. */
const DATES = ['2026-01-05', '2026-01-20', '2026-02-03', '2026-02-17', '2026-03-02', '2026-03-16', '2026-04-01', '2026-04-15', '2026-05-04'];
const terms = { annualRateBps: 1200, method: 'flat' as const, installments: 4, period: { unit: 'month' as const, every: 1 }, graceInstallments: 0 };

/** Every call through the (shared) document client is counted into `stats`, reset before each measure. */
const stats = { calls: 0, readUnits: 0 };
function counting(): { calls: number; readUnits: number } {
  stats.calls = 0;
  stats.readUnits = 0;
  return stats;
}

function count(store: Store): void {
  store.doc.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity ??= 'TOTAL';
      const out = await next(args);
      const capacity = (out.output as { ConsumedCapacity?: { CapacityUnits?: number } | Array<{ CapacityUnits?: number }> }).ConsumedCapacity;
      stats.calls++;
      for (const c of Array.isArray(capacity) ? capacity : capacity ? [capacity] : []) stats.readUnits += c.CapacityUnits ?? 0;
      return out;
    },
    { step: 'initialize', name: 'benchCount' },
  );
}

async function fill(store: Store, fundId: string, count: number): Promise<void> {
  await new LedgerRepository(store).openBook({
    fundId,
    currency: 'PEN',
    allocationOrder: ['penalty', 'interest', 'principal'],
    penaltyBps: 0,
    penaltyAfterDays: 0,
    openedAt: NOW,
    updatedAt: NOW,
  });
  const capital: JournalEntry = {
    entryId: 'capital-1',
    fundId,
    kind: 'capital',
    valueDate: '2026-01-02',
    postedAt: NOW,
    postedBy: 'bench',
    currency: 'PEN',
    lines: [
      { account: 'cash_capital', debit: count * 10_000, credit: 0 },
      { account: 'donor_capital', debit: 0, credit: count * 10_000 },
    ],
  };
  await post(store, { entry: capital }, NOW);
  for (let i = 0; i < count; i++) {
    const disbursedOn = DATES[i % DATES.length]!;
    const id = `loan-${String(i).padStart(5, '0')}`;
    const loan: Loan = {
      id,
      fundId,
      associationId: `assoc-${i % 40}`,
      currency: 'PEN',
      status: 'active',
      amountRequested: 10_000,
      installmentsRequested: 4,
      purpose: 'Capital de trabajo para la campaña',
      businessPlanSummary: 'Acopio y venta de queso andino',
      producers: 10 + (i % 7),
      recordedBy: 'bench',
      recordedAs: 'fund_officer',
      createdAt: NOW,
      principal: 10_000,
      terms,
      disbursedOn,
      fundedFromCapital: 10_000,
      fundedFromRecycled: 0,
      schedule: openInstallments(buildSchedule(10_000, terms, disbursedOn)),
      principalOutstanding: 10_000,
      principalRepaid: 0,
      interestPaid: 0,
      penaltyPaid: 0,
      writtenOff: 0,
      recovered: 0,
      daysPastDue: 0,
      version: 1,
      updatedAt: NOW,
    };
    const entry: JournalEntry = {
      entryId: `disb-${id}`,
      fundId,
      kind: 'disbursement',
      valueDate: disbursedOn,
      postedAt: NOW,
      postedBy: 'bench',
      currency: 'PEN',
      loanId: id,
      lines: [
        { account: 'loans_receivable', debit: 10_000, credit: 0, loanId: id },
        { account: 'cash_capital', debit: 0, credit: 10_000 },
      ],
    };
    await post(store, { entry, loans: [{ loan, previousVersion: 'new' }] }, NOW);
  }
}

const dynamodb = await startDynamoDbLocal({ port: 0 });
try {
  const client = createDynamoClient({ region: 'us-east-1', endpoint: dynamodb.endpoint });
  const rows: Array<Record<string, string | number>> = [];
  let counted = false;
  for (const size of SIZES) {
    const tableName = `bench-loans-${size}`;
    await ensureTable(client, tableName);
    const store = createStore({ tableName, region: 'us-east-1' }, client);
    if (!counted) count(store); // the document clients share the client's middleware stack
    counted = true;
    const fundId = `fund-${size}`;
    await fill(store, fundId, size);
    const ctx = loansContext({ store, clock: fixedClock(NOW), organisations: undefined as never });
    await fundMetrics(ctx, fundId, TODAY); // warm the client and the book
    const read = counting();
    let started = performance.now();
    const metrics = await fundMetrics(ctx, fundId, TODAY);
    const ms = performance.now() - started;
    const served = { ...read };
    const recompute = counting();
    started = performance.now();
    const [loans, entries] = await Promise.all([new LoanRepository(store).allOfFund(fundId), new LedgerRepository(store).allEntriesUntil(fundId, TODAY)]);
    const reference = metricsFromFigures(fundId, TODAY, computeFundFigures(TODAY, loans, entries));
    const recomputeMs = performance.now() - started;
    if (JSON.stringify(metrics) !== JSON.stringify(reference)) throw new Error(`metrics of ${size} loans differ from the recomputation`);
    rows.push({
      loans: size,
      'metrics calls': served.calls,
      'metrics read units': served.readUnits,
      'metrics ms': Number(ms.toFixed(1)),
      'recompute calls': recompute.calls,
      'recompute read units': recompute.readUnits,
      'recompute ms': Number(recomputeMs.toFixed(1)),
    });
  }
  console.table(rows);
  const [small, large] = rows as [Record<string, number>, Record<string, number>];
  const same = small['metrics calls'] === large['metrics calls'] && small['metrics read units'] === large['metrics read units'];
  console.log(
    `fund metrics at ${SIZES[0]} and ${SIZES[1]} loans: ${same ? 'identical' : 'DIFFERENT'} calls and read units (equal to the recomputation at both sizes)`,
  );
  client.destroy();
  if (!same) process.exitCode = 1;
} finally {
  await dynamodb.stop();
}

import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '@ayni/core';
import {
  addDays,
  aggregateFiguresAsOf,
  applyPendingAggregates,
  backfillAggregates,
  computeFundFigures,
  DatedDeltas,
  disburseLoan,
  loansContext,
  recomputeArrears,
  recordRepayment,
  restructureLoan,
  writeOffLoan,
  type Loan,
  type LoanTerms,
} from '@ayni/loans';
import { OrganisationRepository } from '@ayni/catalog';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LedgerRepository } from '../../packages/loans/src/repository/ledger.js';
import { LoanRepository } from '../../packages/loans/src/repository/loans.js';
import { aggregateWrites } from '../../packages/loans/src/repository/aggregates.js';
import { transactWrite } from '@ayni/store';
import { addCapital, approvedLoan, createLoansTestApi, expectStatus, fundWithStaff, TODAY, type FundActors, type LoansTestApi } from './support.js';

/**
 * The loan-dependent figures (organisations, producers, loans disbursed, collection rate, PAR30) kept
 * as dated deltas by every posting, checked the way a skeptic would: random lives of real loans
 * driven through the services, then every figure on many days compared with a recomputation from the
 * journal and the loans.
 */

let api: LoansTestApi;
const ctx = () => loansContext({ store: api.runtime.store, clock: api.clock, organisations: new OrganisationRepository(api.runtime.store) });
const actor = (fundId: string) => ({ sub: `officer-${fundId}`, org: fundId, roles: ['fund_officer' as const, 'fund_approver' as const] });
const now = `${TODAY}T15:00:00.000Z`;

beforeAll(async () => {
  api = await createLoansTestApi();
});

const TERMS: LoanTerms[] = [
  { annualRateBps: 1200, method: 'flat', installments: 4, period: { unit: 'month', every: 1 }, graceInstallments: 0 },
  { annualRateBps: 1800, method: 'declining', installments: 6, period: { unit: 'month', every: 1 }, graceInstallments: 2 },
  { annualRateBps: 2400, method: 'flat', installments: 5, period: { unit: 'day', every: 14 }, graceInstallments: 0 },
];

type Step =
  | { kind: 'disburse'; loan: number; days: number }
  | { kind: 'repay'; loan: number; days: number; share: number }
  | { kind: 'writeOff'; loan: number; days: number }
  | { kind: 'restructure'; loan: number; days: number; terms: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('disburse' as const), loan: fc.nat(4), days: fc.nat(20) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('repay' as const), loan: fc.nat(4), days: fc.nat(45), share: fc.integer({ min: 1, max: 100 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('writeOff' as const), loan: fc.nat(4), days: fc.nat(60) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restructure' as const), loan: fc.nat(4), days: fc.nat(30), terms: fc.nat(2) }) },
);

/** A client mistake the services refuse (wrong state, overpayment, a value date before the loan's last movement, no cash). */
const refused = (error: unknown) => error instanceof DomainError && error.status < 500;

async function fundWithLoans(
  label: string,
  count: number,
  producers: (i: number) => number,
  associations: number,
): Promise<{ fund: FundActors; loans: Loan[] }> {
  const fund = await fundWithStaff(api, label);
  await addCapital(api, fund, 400_000, '2024-12-01');
  const orgs = await Promise.all(Array.from({ length: associations }, (_, i) => api.org('association', `Asociación ${label} ${i}`)));
  const loans: Loan[] = [];
  for (let i = 0; i < count; i++) loans.push(await approvedLoan(api, fund, orgs[i % associations]!, 10_000 + 2_500 * i, TERMS[i % TERMS.length], producers(i)));
  return { fund, loans };
}

/** Plays the steps on a timeline starting 2025-01-10 (each step `days` after the previous one, never after today). */
async function play(fundId: string, loanIds: string[], steps: Step[]): Promise<string[]> {
  const c = ctx();
  const dates: string[] = [];
  let date = '2025-01-10';
  for (const step of steps) {
    date = addDays(date, step.days);
    if (date > TODAY) date = TODAY;
    dates.push(date);
    const id = loanIds[step.loan % loanIds.length]!;
    try {
      if (step.kind === 'disburse') await disburseLoan(c, actor(fundId), fundId, id, { valueDate: date });
      else if (step.kind === 'writeOff') await writeOffLoan(c, actor(fundId), fundId, id, { reason: 'Irrecuperable', valueDate: date });
      else if (step.kind === 'restructure') {
        const { successor } = await restructureLoan(c, actor(fundId), fundId, id, { terms: TERMS[step.terms]!, reason: 'Helada', valueDate: date });
        loanIds[step.loan % loanIds.length] = successor.id; // later steps act on the successor
      } else {
        const loan = (await new LoanRepository(api.runtime.store).get(id))!;
        const amount = Math.max(1, Math.floor(((loan.principalOutstanding || loan.writtenOff - loan.recovered) * step.share) / 100));
        await recordRepayment(c, actor(fundId), fundId, id, { amount, valueDate: date });
      }
    } catch (error) {
      if (!refused(error)) throw error;
    }
  }
  return dates;
}

async function expectFiguresMatch(fundId: string, extraDates: readonly string[]): Promise<number> {
  const [entries, loans] = await Promise.all([
    new LedgerRepository(api.runtime.store).allEntriesUntil(fundId, '9999-12-31'),
    new LoanRepository(api.runtime.store).allOfFund(fundId),
  ]);
  const dates = new Set<string>(['2024-12-01', '2025-01-09', TODAY, ...extraDates]);
  for (const loan of loans) {
    for (const line of loan.schedule) for (const d of [line.dueDate, addDays(line.dueDate, 30), addDays(line.dueDate, 31)]) if (d <= TODAY) dates.add(d);
  }
  for (const asOf of dates) {
    expect(await aggregateFiguresAsOf(api.runtime.store, fundId, asOf, now), asOf).toEqual(computeFundFigures(asOf, loans, entries));
  }
  return dates.size;
}

describe('fund metric aggregates of real loans', () => {
  it('equal a recomputation from the journal and the loans on every day that matters, over random loan lives', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 4, maxLength: 22 }), fc.array(fc.nat(9), { minLength: 5, maxLength: 5 }), async (steps, producers) => {
        const { fund, loans } = await fundWithLoans('aggregates', 5, (i) => 5 + producers[i]!, 3);
        const dates = await play(
          fund.fundId,
          loans.map((l) => l.id),
          steps,
        );
        checked += await expectFiguresMatch(
          fund.fundId,
          dates.flatMap((d) => [d, addDays(d, -1)]),
        );
      }),
      { numRuns: 8 },
    );
    expect(checked).toBeGreaterThan(100);
  }, 300_000);

  it('keeps the deltas of a long schedule that do not fit one transaction in pending items, counted by every read until applied', async () => {
    const fund = await fundWithStaff(api, 'long schedule');
    await addCapital(api, fund, 400_000, '2024-12-01');
    const association = await api.org('association', 'Asociación de plazo largo');
    // 120 weekly installments: 120 due dates (and as many days, ~28 months, 3 years of buckets) from one disbursement.
    const terms: LoanTerms = { annualRateBps: 1200, method: 'flat', installments: 120, period: { unit: 'day', every: 7 }, graceInstallments: 0 };
    const loan = await approvedLoan(api, fund, association, 120_000, terms, 30);
    await disburseLoan(ctx(), actor(fund.fundId), fund.fundId, loan.id, { valueDate: '2024-12-10' });
    await expectFiguresMatch(fund.fundId, []);
    // The posting applied its pending items right after its transaction; a crash in between leaves them: write one back by hand.
    const store = api.runtime.store;
    const pendingAfterPosting = await store.doc.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        ExpressionAttributeValues: { ':pk': `FUND#${fund.fundId}`, ':p': 'PENDINGAGG#' },
        ConsistentRead: true,
      }),
    );
    expect(pendingAfterPosting.Items).toEqual([]);
    // A repayment in between: its own deltas, then an arrears run sweeps what is pending.
    await recordRepayment(ctx(), actor(fund.fundId), fund.fundId, loan.id, { amount: 5_000, valueDate: '2025-03-01' });
    await expectFiguresMatch(fund.fundId, ['2025-03-01', '2025-02-28']);
    expect(await applyPendingAggregates(store, fund.fundId)).toBe(0);
  }, 120_000);

  it('reads pending items a crash left unapplied exactly like buckets, and applies each exactly once', async () => {
    const fund = await fundWithStaff(api, 'crash after commit');
    await addCapital(api, fund, 1_000, '2025-01-01');
    const store = api.runtime.store;
    const deltas = new DatedDeltas();
    for (let day = 0; day < 240; day++) deltas.add(addDays('2025-02-01', day * 2), { due: 100 + day, collected: day });
    // Room for 12 actions: most dates go to pending items, written (as a posting writes them) but not applied.
    const writes = aggregateWrites(store.tableName, fund.fundId, 'entry-crash', deltas, 12);
    expect(writes.actions.length + writes.pending.length).toBeLessThanOrEqual(12);
    expect(writes.pending.length).toBeGreaterThanOrEqual(8);
    await transactWrite(store, [...writes.actions, ...writes.pending.map(({ item }) => ({ Put: { TableName: store.tableName, Item: item } }))]);
    const expected = (asOf: string) => ({ due: deltas.sumUntil(asOf).due, collected: deltas.sumUntil(asOf).collected });
    const read = async (asOf: string) => {
      const f = await aggregateFiguresAsOf(store, fund.fundId, asOf, now);
      return { due: f.due, collected: f.collected };
    };
    for (const asOf of ['2025-02-01', '2025-03-15', '2025-06-30', '2026-01-01', TODAY]) expect(await read(asOf), asOf).toEqual(expected(asOf));
    // Reads while two appliers move the deltas from pending items to buckets: the total never changes, so every read must see it.
    let applying = true;
    const sampled: Array<{ due: number; collected: number }> = [];
    const reader = Promise.all(
      [TODAY, TODAY].map(async (asOf) => {
        while (applying) sampled.push(await read(asOf));
      }),
    );
    const applied = await Promise.all([applyPendingAggregates(store, fund.fundId), applyPendingAggregates(store, fund.fundId)]);
    applying = false;
    await reader;
    expect(applied[0] + applied[1]).toBe(writes.pending.length);
    expect(sampled.length).toBeGreaterThan(0);
    for (const figures of sampled) expect(figures).toEqual(expected(TODAY));
    expect(await applyPendingAggregates(store, fund.fundId)).toBe(0);
    for (const asOf of ['2025-02-01', '2025-03-15', '2025-06-30', '2026-01-01', TODAY]) expect(await read(asOf), asOf).toEqual(expected(asOf));
  }, 60_000);

  it('counts an association once, with the producers of its largest loan, whatever order its disbursements are dated in', async () => {
    const fund = await fundWithStaff(api, 'financing order');
    await addCapital(api, fund, 400_000, '2024-12-01');
    const association = await api.org('association', 'Asociación de los tres préstamos');
    const small = await approvedLoan(api, fund, association, 10_000, TERMS[0], 8);
    const large = await approvedLoan(api, fund, association, 20_000, TERMS[0], 25);
    const middle = await approvedLoan(api, fund, association, 15_000, TERMS[0], 12);
    // Disbursed in this order, dated out of order: 2025-05-01, 2025-03-01, 2025-04-01.
    await disburseLoan(ctx(), actor(fund.fundId), fund.fundId, small.id, { valueDate: '2025-05-01' });
    await disburseLoan(ctx(), actor(fund.fundId), fund.fundId, large.id, { valueDate: '2025-03-01' });
    await disburseLoan(ctx(), actor(fund.fundId), fund.fundId, middle.id, { valueDate: '2025-04-01' });
    const on = async (asOf: string) => aggregateFiguresAsOf(api.runtime.store, fund.fundId, asOf, now);
    expect(await on('2025-02-28')).toMatchObject({ organisations: 0, producers: 0, disbursements: 0 });
    expect(await on('2025-03-01')).toMatchObject({ organisations: 1, producers: 25, disbursements: 1 });
    expect(await on('2025-04-15')).toMatchObject({ organisations: 1, producers: 25, disbursements: 2 });
    expect(await on('2025-05-01')).toMatchObject({ organisations: 1, producers: 25, disbursements: 3 });
    await expectFiguresMatch(fund.fundId, ['2025-03-31', '2025-04-01', '2025-05-01']);
  }, 60_000);

  it('refuses a write-off or restructuring dated before the loan last moved (422 naming valueDate)', async () => {
    const { fund, loans } = await fundWithLoans('backdating', 1, () => 10, 1);
    await disburseLoan(ctx(), actor(fund.fundId), fund.fundId, loans[0]!.id, { valueDate: '2025-02-01' });
    await recordRepayment(ctx(), actor(fund.fundId), fund.fundId, loans[0]!.id, { amount: 2_000, valueDate: '2025-03-05' });
    for (const path of ['write-off', 'restructuring']) {
      const body = path === 'write-off' ? { reason: 'x', valueDate: '2025-03-01' } : { reason: 'x', valueDate: '2025-03-01', terms: TERMS[0] };
      const problem = await expectStatus(await api.post(`/v1/funds/${fund.fundId}/loans/${loans[0]!.id}/${path}`, fund.approver, body), 422);
      expect(JSON.stringify(problem)).toContain('valueDate');
      expect(problem.detail).toContain('2025-03-05');
    }
  }, 60_000);

  it('reads the same number of items for a fund of 3 loans as for one of 12 (no read grows with the loans)', async () => {
    const stats = async (count: number) => {
      const { fund, loans } = await fundWithLoans(`size ${count}`, count, () => 10, count);
      for (const loan of loans) await disburseLoan(ctx(), actor(fund.fundId), fund.fundId, loan.id, { valueDate: '2025-01-15' });
      const read = { calls: 0, readUnits: 0 };
      await aggregateFiguresAsOf(api.runtime.store, fund.fundId, TODAY, now, read);
      return read.calls;
    };
    expect(await stats(12)).toBe(await stats(3));
  }, 120_000);

  it('is reconciled by the arrears job: a bucket changed behind its back is reported, bucket and figure, and rebuilt from the journal', async () => {
    const { fund, loans } = await fundWithLoans('reconcile', 2, () => 10, 2);
    for (const loan of loans) await disburseLoan(ctx(), actor(fund.fundId), fund.fundId, loan.id, { valueDate: '2026-04-01' });
    const store = api.runtime.store;
    await store.doc.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { pk: `FUND#${fund.fundId}`, sk: 'AGG#D#2026-04-01' },
        UpdateExpression: 'ADD producers :n',
        ExpressionAttributeValues: { ':n': 7 },
      }),
    );
    const report = await recomputeArrears({ store, clock: api.clock, organisations: new OrganisationRepository(store) }, TODAY);
    const mine = report.reconciliations.find((r) => r.fundId === fund.fundId);
    expect(mine?.differences).toEqual([{ bucket: 'D#2026-04-01', figure: 'producers', stored: 27, replayed: 20 }]);
    expect(report.aggregateDifferences).toBeGreaterThanOrEqual(1);
    await expectFiguresMatch(fund.fundId, ['2026-04-01']);
    const again = await recomputeArrears({ store, clock: api.clock, organisations: new OrganisationRepository(store) }, TODAY);
    expect(again.reconciliations.find((r) => r.fundId === fund.fundId)).toBeUndefined();
  }, 120_000);

  it('backfills a book of real loans opened before the buckets to the same figures', async () => {
    const { fund, loans } = await fundWithLoans('backfill', 3, (i) => 4 + i, 2);
    await play(
      fund.fundId,
      loans.map((l) => l.id),
      [
        { kind: 'disburse', loan: 0, days: 0 },
        { kind: 'disburse', loan: 1, days: 10 },
        { kind: 'repay', loan: 0, days: 40, share: 30 },
        { kind: 'restructure', loan: 1, days: 80, terms: 1 },
        { kind: 'disburse', loan: 2, days: 5 },
        { kind: 'writeOff', loan: 2, days: 90 },
        { kind: 'repay', loan: 2, days: 10, share: 50 },
      ],
    );
    const expected = await aggregateFiguresAsOf(api.runtime.store, fund.fundId, TODAY, now);
    await backfillAggregates(api.runtime.store, fund.fundId, now);
    expect(await aggregateFiguresAsOf(api.runtime.store, fund.fundId, TODAY, now)).toEqual(expected);
    await expectFiguresMatch(fund.fundId, []);
  }, 120_000);
});

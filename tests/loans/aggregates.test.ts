import { OrganisationRepository } from '@ayni/catalog';
import { DeleteCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  aggregateFiguresAsOf,
  backfillAggregates,
  computeFundFigures,
  contributeCapital,
  loansContext,
  post,
  type Figures,
  type JournalEntry,
} from '@ayni/loans';
import { LedgerRepository } from '../../packages/loans/src/repository/ledger.js';

import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLoansTestApi, expectStatus, type LoansTestApi } from './support.js';

let api: LoansTestApi;
const now = '2026-06-01T15:00:00.000Z';
const deps = () => ({ store: api.runtime.store, clock: api.clock, organisations: new OrganisationRepository(api.runtime.store) });

beforeAll(async () => {
  api = await createLoansTestApi();
});

async function openFund(): Promise<string> {
  const fundId = await api.org('fund', `Fondo agg ${randomUUID()}`);
  await new LedgerRepository(api.runtime.store).openBook({
    fundId,
    currency: 'PEN',
    allocationOrder: ['penalty', 'interest', 'principal'],
    penaltyBps: 0,
    penaltyAfterDays: 0,
    openedAt: now,
    updatedAt: now,
  });
  return fundId;
}

const JOURNAL_FIGURES = [
  'capital',
  'disbursed',
  'fromCapital',
  'fromRecycled',
  'principalRepaid',
  'interest',
  'writtenOff',
  'recovered',
  'receivable',
] as const;
const journalFigures = (f: Figures) => Object.fromEntries(JOURNAL_FIGURES.map((k) => [k, f[k]]));

/** The journal figures recomputed from the whole journal (entries posted without loans: the loan figures need loans). */
function recomputed(asOf: string, entries: readonly JournalEntry[]): Record<string, number> {
  return journalFigures(computeFundFigures(asOf, [], entries));
}

const aggregated = async (fundId: string, asOf: string) => journalFigures(await aggregateFiguresAsOf(api.runtime.store, fundId, asOf, now));

const dateArb = fc
  .date({ min: new Date('2024-11-01T00:00:00Z'), max: new Date('2026-06-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const amountArb = fc.integer({ min: 1, max: 50_000 });
type Op = { kind: string; valueDate: string; a: number; b: number; loan: number };
const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('capital', 'reversal', 'disbursement', 'repayment', 'write_off', 'recovery', 'restructure'),
  valueDate: dateArb,
  a: amountArb,
  b: fc.integer({ min: 0, max: 5_000 }),
  loan: fc.integer({ min: 0, max: 3 }),
});

function entryOf(fundId: string, op: Op): JournalEntry {
  const loanId = `loan-${op.loan}`;
  const base = { entryId: randomUUID(), fundId, valueDate: op.valueDate, postedAt: now, postedBy: 'test', currency: 'PEN' as const };
  const l = (account: any, debit: number, credit: number, withLoan = false) => ({ account, debit, credit, ...(withLoan ? { loanId } : {}) });
  switch (op.kind) {
    case 'capital':
      return { ...base, kind: 'capital', lines: [l('cash_capital', op.a, 0), l('donor_capital', 0, op.a)] };
    case 'reversal':
      return { ...base, kind: 'reversal', lines: [l('cash_capital', 0, op.a), l('donor_capital', op.a, 0)] };
    case 'disbursement':
      return {
        ...base,
        kind: 'disbursement',
        loanId,
        lines: [l('loans_receivable', op.a + op.b, 0, true), l('cash_capital', 0, op.a), ...(op.b ? [l('cash_recycled', 0, op.b)] : [])],
      };
    case 'repayment':
      return {
        ...base,
        kind: 'repayment',
        loanId,
        lines: [l('cash_recycled', op.a + op.b, 0), l('loans_receivable', 0, op.a, true), ...(op.b ? [l('interest_income', 0, op.b)] : [])],
      };
    case 'write_off':
      return { ...base, kind: 'write_off', loanId, lines: [l('write_offs', op.a, 0), l('loans_receivable', 0, op.a, true)] };
    case 'recovery':
      return { ...base, kind: 'recovery', loanId, lines: [l('cash_recycled', op.a, 0), l('recoveries', 0, op.a)] };
    default:
      return {
        ...base,
        kind: 'restructure',
        loanId: `loan-${(op.loan + 1) % 4}`,
        lines: [{ account: 'loans_receivable', debit: op.a, credit: 0, loanId: `loan-${(op.loan + 1) % 4}` }, l('loans_receivable', 0, op.a, true)],
      };
  }
}

/** Posts what the fund's cash allows (a refused posting is not in the journal either). */
async function postAll(fundId: string, ops: Op[]): Promise<void> {
  for (const op of ops) {
    try {
      await post(api.runtime.store, { entry: entryOf(fundId, op) }, now);
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'PostingRefused') throw error;
    }
  }
}

async function deleteAggregates(fundId: string): Promise<number> {
  const store = api.runtime.store;
  const out = await store.doc.send(
    new QueryCommand({
      TableName: store.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :agg)',
      ExpressionAttributeValues: { ':pk': `FUND#${fundId}`, ':agg': 'AGG' },
      ConsistentRead: true,
    }),
  );
  for (const item of out.Items ?? []) await store.doc.send(new DeleteCommand({ TableName: store.tableName, Key: { pk: item.pk, sk: item.sk } }));
  return out.Items?.length ?? 0;
}

describe('fund metric aggregates', () => {
  it('equal a recomputation of the journal figures on every asOf, over random sequences of raw postings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), fc.array(dateArb, { minLength: 3, maxLength: 6 }), async (ops, dates) => {
        const fundId = await openFund();
        await postAll(fundId, ops);
        const entries = await new LedgerRepository(api.runtime.store).allEntriesUntil(fundId, '9999-12-31');
        for (const asOf of [...dates, '2026-06-01', '2024-10-31', ...ops.map((op) => op.valueDate)]) {
          expect(await aggregated(fundId, asOf), asOf).toEqual(recomputed(asOf, entries));
        }
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it('backfills a fund without aggregates from its journal, idempotently', async () => {
    const fundId = await openFund();
    const ops = fc.sample(opArb, { numRuns: 30, seed: 7 });
    await postAll(fundId, ops);
    const entries = await new LedgerRepository(api.runtime.store).allEntriesUntil(fundId, '9999-12-31');
    expect(await deleteAggregates(fundId)).toBeGreaterThan(1); // header + buckets: now an old book
    for (const asOf of ['2025-06-30', '2026-06-01']) {
      expect(await aggregated(fundId, asOf)).toEqual(recomputed(asOf, entries));
    }
    await backfillAggregates(api.runtime.store, fundId, now);
    await backfillAggregates(api.runtime.store, fundId, now);
    expect(await aggregated(fundId, '2026-06-01')).toEqual(recomputed('2026-06-01', entries));
  }, 60_000);

  it('takes 100 concurrent movements on one fund without failing on the aggregate items', async () => {
    const fundId = await openFund();
    const ctx = loansContext(deps());
    const actor = { sub: 'officer', org: fundId, roles: ['fund_officer' as const] };
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) =>
        contributeCapital(ctx, actor, fundId, { amount: 100 + i, donor: 'GIZ', valueDate: i % 2 ? '2026-05-31' : '2026-06-01' }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const total = Array.from({ length: 100 }, (_, i) => 100 + i).reduce((a, b) => a + b, 0);
    expect((await aggregateFiguresAsOf(api.runtime.store, fundId, '2026-06-01', now)).capital).toBe(total);
    const entries = await new LedgerRepository(api.runtime.store).allEntriesUntil(fundId, '9999-12-31');
    expect(await aggregated(fundId, '2026-05-31')).toEqual(recomputed('2026-05-31', entries));
  }, 240_000);

  it('serves the journal figures of GET /metrics from the aggregate items', async () => {
    const fundId = await openFund();
    await postAll(fundId, [{ kind: 'capital', valueDate: '2026-05-10', a: 5_000, b: 0, loan: 0 }]);
    const store = api.runtime.store;
    // A marker amount only the day bucket carries (the journal still says 5,000); read in its month, from the day buckets.
    await store.doc.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { pk: `FUND#${fundId}`, sk: 'AGG#D#2026-05-10' },
        UpdateExpression: 'ADD capital :one',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
    expect((await aggregateFiguresAsOf(store, fundId, '2026-05-31', now)).capital).toBe(5_001);
    const approver = await api.as(`approver-${fundId}`, ['fund_approver'], fundId);
    const m = await expectStatus(await api.get(`/v1/funds/${fundId}/metrics?asOf=2026-05-31`, approver), 200);
    expect(m.capitalContributed.amount).toBe(5_001);
    const before = await expectStatus(await api.get(`/v1/funds/${fundId}/metrics?asOf=2026-05-09`, approver), 200);
    expect(before.capitalContributed.amount).toBe(0);
  });
});

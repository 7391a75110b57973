import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { OrganisationRepository } from '@ayni/catalog';
import {
  ACCOUNT_NAMES,
  approveApplication,
  disburseLoan,
  evaluateApplication,
  loansContext,
  submitApplication,
  type Account,
  type Actor,
  type FundSummary,
  type LoansContext,
} from '@ayni/loans';
import { batchGetAll } from '@ayni/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { loanKeys } from '../../packages/loans/src/keys.js';
import { addCapital, createLoansTestApi, fundWithStaff, MONTHLY_FLAT_12, type FundActors, type LoansTestApi } from './support.js';

let api: LoansTestApi;
let fund: FundActors;
let ctx: LoansContext;
const ASSOCS: string[] = [];
let active: string[];
let pending: string[];

const INITIAL_CAPITAL = 2_000_000;
const CONTRIBUTION = 5_000;
const LOAN = 20_000;

async function approved(i: number): Promise<string> {
  const officer: Actor = { sub: 'svc-officer', roles: ['fund_officer'], org: fund.fundId };
  const loan = await submitApplication(
    ctx,
    officer,
    {
      fundId: fund.fundId,
      associationId: ASSOCS[i % ASSOCS.length]!,
      amount: LOAN,
      installments: 4,
      purpose: 'Acopio',
      businessPlanSummary: 'Acopio de fibra de alpaca.',
      producers: 10,
    },
    'fund_officer',
  );
  await evaluateApplication(ctx, { sub: 'svc-evaluator', roles: ['fund_officer'], org: fund.fundId }, fund.fundId, loan.id, {
    recommendation: 'approve',
    notes: 'ok',
    terms: MONTHLY_FLAT_12,
  });
  await approveApplication(ctx, { sub: 'svc-approver', roles: ['fund_approver'], org: fund.fundId }, fund.fundId, loan.id);
  return loan.id;
}

beforeAll(async () => {
  api = await createLoansTestApi();
  fund = await fundWithStaff(api, 'fund-snapshot');
  for (let i = 1; i <= 4; i++) ASSOCS.push(await api.org('association', `Asociación ${i}`));
  ctx = loansContext({ store: api.runtime.store, clock: api.clock, organisations: new OrganisationRepository(api.runtime.store) });
  await addCapital(api, fund, INITIAL_CAPITAL, '2026-01-01');
  const officer: Actor = { sub: 'svc-officer', roles: ['fund_officer'], org: fund.fundId };
  active = await Promise.all(Array.from({ length: 20 }, (_, i) => approved(i)));
  for (let i = 0; i < active.length; i += 5) {
    await Promise.all(active.slice(i, i + 5).map((id) => disburseLoan(ctx, officer, fund.fundId, id, { valueDate: '2026-01-10' })));
  }
  pending = await Promise.all(Array.from({ length: 30 }, (_, i) => approved(100 + i)));
}, 120_000);

interface Sample {
  readonly startedAt: number;
  readonly endedAt: number;
  readonly summary: FundSummary;
}

const balanceOf = (summary: FundSummary, account: string) => summary.balances.find((b) => b.account === account)!;
const stateOf = (summary: FundSummary) => summary.balances.map((b) => b.balance).join(',');

/** Every way the balances of one instant of this fund's book must agree with each other. */
function expectConsistent(summary: FundSummary, label: string): void {
  expect(summary.trialBalance, `${label}: trial balance`).toBe(0);
  expect(
    summary.balances.reduce((sum, b) => sum + b.balance, 0),
    `${label}: Σ balances`,
  ).toBe(0);
  for (const b of summary.balances) expect(b.balance, `${label}: ${b.account} = debits − credits`).toBe(b.debits - b.credits);
  const cashCapital = balanceOf(summary, 'cash_capital');
  const cashRecycled = balanceOf(summary, 'cash_recycled');
  const donor = balanceOf(summary, 'donor_capital');
  const receivable = balanceOf(summary, 'loans_receivable');
  const interest = balanceOf(summary, 'interest_income');
  expect(summary.cash, `${label}: cash by origin`).toEqual({
    total: cashCapital.balance + cashRecycled.balance,
    fromCapital: cashCapital.balance,
    recycled: cashRecycled.balance,
  });
  expect(cashCapital.balance, `${label}: cash ≥ 0`).toBeGreaterThanOrEqual(0);
  expect(cashRecycled.balance, `${label}: cash ≥ 0`).toBeGreaterThanOrEqual(0);
  // Capital in = donor capital; every disbursement is paid from capital here; every repayment lands in recycled cash.
  expect(cashCapital.debits, `${label}: capital received = donor capital`).toBe(donor.credits);
  expect((donor.credits - INITIAL_CAPITAL) % CONTRIBUTION, `${label}: whole contributions`).toBe(0);
  expect(cashCapital.credits, `${label}: capital paid out = principal lent`).toBe(receivable.debits);
  expect(receivable.debits % LOAN, `${label}: whole disbursements`).toBe(0);
  expect(cashRecycled.debits, `${label}: repayments = interest + principal`).toBe(interest.credits + receivable.credits);
}

describe('the fund summary during 100 concurrent movements', () => {
  it('reads the book as one snapshot: every read balances, even while movements commit', async () => {
    // Prepare: 40 repayments (recycled cash, interest, receivable), 30 capital contributions (capital cash,
    // donor capital) and 30 disbursements (receivable, capital cash), shuffled; all of them can succeed.
    const movements = [
      ...Array.from(
        { length: 40 },
        (_, i) => () => api.post(`/v1/funds/${fund.fundId}/loans/${active[i % active.length]}/repayments`, fund.officer, { amount: 1_000 }),
      ),
      ...Array.from({ length: 30 }, () => () => api.post(`/v1/funds/${fund.fundId}/capital`, fund.officer, { amount: CONTRIBUTION, donor: 'Codespa' })),
      ...pending.map((id) => () => api.post(`/v1/funds/${fund.fundId}/loans/${id}/disbursement`, fund.officer, {})),
    ].sort(() => Math.random() - 0.5);
    const read = async (): Promise<FundSummary> => {
      const res = await api.get(`/v1/funds/${fund.fundId}`, fund.officer);
      const body = await res.json();
      expect(res.status, JSON.stringify(body)).toBe(200);
      return body;
    };
    const before = await read();

    // Act: start every movement, and sample the summary with five readers until the last one is answered.
    let writing = true;
    const writesStarted = performance.now();
    let writesEnded = Number.POSITIVE_INFINITY;
    const writes = Promise.all(movements.map((send) => send())).finally(() => {
      writesEnded = performance.now();
      writing = false;
    });
    const samples: Sample[] = [];
    const sampler = async () => {
      while (writing) {
        const startedAt = performance.now();
        const summary = await read();
        samples.push({ startedAt, endedAt: performance.now(), summary });
      }
    };
    const [responses] = await Promise.all([writes, ...Array.from({ length: 5 }, sampler)]);
    const after = await read();

    // Assess: every movement committed.
    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(201));
    // The reads really overlapped the writes: taken while movements were in flight, seeing the book move.
    const overlapping = samples.filter((s) => s.startedAt >= writesStarted && s.endedAt <= writesEnded);
    const states = new Set(overlapping.map((s) => stateOf(s.summary)));
    states.delete(stateOf(before));
    states.delete(stateOf(after));
    const torn = samples.filter((s) => s.summary.trialBalance !== 0);
    console.info(
      `fund summary snapshots: ${samples.length} reads, ${overlapping.length} overlapping the writes, ${states.size} intermediate states seen, ` +
        `trial balances ≠ 0: ${torn.length} (${torn.map((s) => s.summary.trialBalance).join(', ') || 'none'})`,
    );
    expect(overlapping.length).toBeGreaterThanOrEqual(20);
    expect(states.size).toBeGreaterThanOrEqual(5);
    // Every sample is one instant of the book.
    for (const [i, s] of samples.entries()) expectConsistent(s.summary, `sample ${i}`);
    expectConsistent(after, 'after');
    expect(balanceOf(after, 'donor_capital').balance).toBe(-(INITIAL_CAPITAL + 30 * CONTRIBUTION));
    expect(balanceOf(after, 'loans_receivable').debits).toBe(50 * LOAN);
    expect(balanceOf(after, 'cash_recycled').balance).toBe(40 * 1_000);
  }, 180_000);
});

describe('a book kept the way it was before decision 0008 (one item per account)', () => {
  /** Writes a book as the earlier code opened and posted it: book, registry and eight account items, no balances item. */
  async function legacyBook(capitalIn: number): Promise<FundActors> {
    const legacy = await fundWithStaff(api, `legacy-${capitalIn}`);
    const { store } = api.runtime;
    const now = '2026-05-01T12:00:00.000Z';
    const book = {
      fundId: legacy.fundId,
      currency: 'PEN',
      allocationOrder: ['penalty', 'interest', 'principal'],
      penaltyBps: 0,
      penaltyAfterDays: 0,
      openedAt: now,
      updatedAt: now,
    };
    const account = (name: Account, debits: number, credits: number) => ({
      Put: {
        TableName: store.tableName,
        Item: { ...loanKeys.legacyAccount(legacy.fundId, name), account: name, balance: debits - credits, debits, credits, currency: 'PEN', updatedAt: now },
      },
    });
    await store.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: store.tableName, Item: { ...loanKeys.fundBook(legacy.fundId), ...book } } },
          { Put: { TableName: store.tableName, Item: { ...loanKeys.fundRegistry(legacy.fundId), fundId: legacy.fundId, openedAt: now } } },
          ...ACCOUNT_NAMES.map((name) =>
            name === 'cash_capital' ? account(name, capitalIn, 0) : name === 'donor_capital' ? account(name, 0, capitalIn) : account(name, 0, 0),
          ),
        ],
      }),
    );
    return legacy;
  }
  const legacyItems = async (fundId: string) =>
    (
      await batchGetAll(
        api.runtime.store,
        ACCOUNT_NAMES.map((name) => ({ ...loanKeys.legacyAccount(fundId, name) })),
        { consistent: true },
      )
    ).items;

  it('is folded into one balances item on first read, with the same balances, and the account items are gone', async () => {
    const legacy = await legacyBook(70_000);
    const summary: FundSummary = await (await api.get(`/v1/funds/${legacy.fundId}`, legacy.officer)).json();
    expect(summary.trialBalance).toBe(0);
    expect(summary.cash).toEqual({ total: 70_000, fromCapital: 70_000, recycled: 0 });
    expect(balanceOf(summary, 'donor_capital')).toMatchObject({ balance: -70_000, debits: 0, credits: 70_000 });
    expect(await legacyItems(legacy.fundId)).toEqual([]);
  });

  it('is folded by the first posting, also when several postings race to it', async () => {
    const legacy = await legacyBook(30_000);
    const results = await Promise.all(
      Array.from({ length: 30 }, () => api.post(`/v1/funds/${legacy.fundId}/capital`, legacy.officer, { amount: 1_000, donor: 'Codespa' })),
    );
    // The postings that lose the race find the book folded by another one: they post again, never a 500.
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(201));
    const summary: FundSummary = await (await api.get(`/v1/funds/${legacy.fundId}`, legacy.officer)).json();
    expectConsistentBook(summary);
    expect(summary.cash.fromCapital).toBe(60_000);
    expect(balanceOf(summary, 'donor_capital').credits).toBe(60_000);
    expect(await legacyItems(legacy.fundId)).toEqual([]);
  });
});

function expectConsistentBook(summary: FundSummary): void {
  expect(summary.trialBalance).toBe(0);
  for (const b of summary.balances) expect(b.balance, b.account).toBe(b.debits - b.credits);
}

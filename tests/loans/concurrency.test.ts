import {
  approveApplication,
  disburseLoan,
  evaluateApplication,
  loansContext,
  submitApplication,
  type Actor,
  type JournalEntry,
  type LoansContext,
} from '@ayni/loans';
import { OrganisationRepository } from '@ayni/catalog';
import { post } from '../../packages/loans/src/repository/posting.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { addCapital, createLoansTestApi, fundWithStaff, MONTHLY_FLAT_12, type FundActors, type LoansTestApi } from './support.js';

let api: LoansTestApi;
let fund: FundActors;
let ctx: LoansContext;
const ASSOCS: string[] = [];
let officer: Actor;
let evaluator: Actor;
let approver: Actor;

async function approved(amount: number, i: number): Promise<string> {
  const loan = await submitApplication(
    ctx,
    officer,
    {
      fundId: fund.fundId,
      associationId: ASSOCS[i % ASSOCS.length]!,
      amount,
      installments: 4,
      purpose: 'Acopio',
      businessPlanSummary: 'Acopio de fibra de alpaca.',
      producers: 10,
    },
    'fund_officer',
  );
  await evaluateApplication(ctx, evaluator, fund.fundId, loan.id, { recommendation: 'approve', notes: 'ok', terms: MONTHLY_FLAT_12 });
  await approveApplication(ctx, approver, fund.fundId, loan.id);
  return loan.id;
}

async function allEntries(): Promise<JournalEntry[]> {
  return ctx.ledger.allEntriesUntil(fund.fundId, '9999-12-31');
}

let active: string[];
let pending: string[];

beforeAll(async () => {
  api = await createLoansTestApi();
  fund = await fundWithStaff(api, 'fund-hot');
  for (let i = 1; i <= 4; i++) ASSOCS.push(await api.org('association', `Asociación ${i}`));
  officer = { sub: 'svc-officer', roles: ['fund_officer'], org: fund.fundId };
  evaluator = { sub: 'svc-evaluator', roles: ['fund_officer'], org: fund.fundId };
  approver = { sub: 'svc-approver', roles: ['fund_approver'], org: fund.fundId };
  ctx = loansContext({ store: api.runtime.store, clock: api.clock, organisations: new OrganisationRepository(api.runtime.store) });
  await addCapital(api, fund, 500_000, '2026-01-01');
  // 20 active loans of S/ 200 (400,000 céntimos of the 500,000 capital), and 50 approved loans of S/ 100 waiting.
  active = await Promise.all(Array.from({ length: 20 }, (_, i) => approved(20_000, i)));
  for (let i = 0; i < active.length; i += 5) {
    await Promise.all(active.slice(i, i + 5).map((id) => disburseLoan(ctx, officer, fund.fundId, id, { valueDate: '2026-01-10' })));
  }
  pending = await Promise.all(Array.from({ length: 50 }, (_, i) => approved(10_000, i)));
}, 60_000);

describe('100 concurrent repayments and disbursements against one fund', () => {
  it('keeps the books balanced, receivables equal to loans outstanding, and cash never negative', async () => {
    // Prepare: 100,000 of capital left; 50 repayments of 2,000 will bring 100,000 back; 50 disbursements ask for 500,000.
    const requests = [
      ...pending.map(
        (id) => () =>
          api
            .post(`/v1/funds/${fund.fundId}/loans/${id}/disbursement`, fund.officer, {})
            .then(async (r) => ({ kind: 'disbursement', res: r, body: await r.json() })),
      ),
      ...Array.from(
        { length: 50 },
        (_, i) => () =>
          api
            .post(`/v1/funds/${fund.fundId}/loans/${active[i % active.length]}/repayments`, fund.officer, { amount: 2_000 })
            .then(async (r) => ({ kind: 'repayment', res: r, body: await r.json() })),
      ),
    ].sort(() => Math.random() - 0.5);

    // Act
    const started = performance.now();
    const results = await Promise.all(requests.map((send) => send()));
    const elapsed = performance.now() - started;

    // Assess: every repayment posted; every disbursement either paid out or refused for lack of funds.
    const repayments = results.filter((r) => r.kind === 'repayment');
    const disbursements = results.filter((r) => r.kind === 'disbursement');
    expect(repayments.map((r) => r.res.status)).toEqual(Array(50).fill(201));
    const paidOut = disbursements.filter((r) => r.res.status === 201);
    const refused = disbursements.filter((r) => r.res.status === 409);
    expect(paidOut.length + refused.length).toBe(50);
    for (const r of refused) expect(r.body.type).toMatch(/\/problems\/insufficient-funds$/);
    // At most (100,000 capital left + 100,000 repaid) / 10,000 can be paid out; the rest had to be refused.
    expect(paidOut.length).toBeLessThanOrEqual(20);
    expect(refused.length).toBeGreaterThanOrEqual(30);

    const balances = await ctx.ledger.balances(fund.fundId);
    const of = (account: string) => balances.find((b) => b.account === account)!.balance;
    expect(balances.reduce((sum, b) => sum + b.balance, 0)).toBe(0);
    expect(of('cash_capital')).toBeGreaterThanOrEqual(0);
    expect(of('cash_recycled')).toBeGreaterThanOrEqual(0);
    expect(of('cash_capital') + of('cash_recycled')).toBe(500_000 - 400_000 + 100_000 - paidOut.length * 10_000);

    // The balances are exactly the sum of the journal: no lost or doubled update under contention.
    const entries = await allEntries();
    for (const { account, balance } of balances) {
      const fromJournal = entries
        .flatMap((e) => e.lines)
        .filter((l) => l.account === account)
        .reduce((s, l) => s + l.debit - l.credit, 0);
      expect(fromJournal, account).toBe(balance);
    }
    expect(entries.filter((e) => e.kind === 'repayment')).toHaveLength(50);
    expect(entries.filter((e) => e.kind === 'disbursement')).toHaveLength(20 + paidOut.length);

    // Loans receivable equals the sum of the loans' outstanding principal, loan by loan.
    const loans = await ctx.loans.allOfFund(fund.fundId);
    expect(loans.reduce((s, l) => s + l.principalOutstanding, 0)).toBe(of('loans_receivable'));
    for (const loan of loans) {
      const fromJournal = entries
        .flatMap((e) => e.lines)
        .filter((l) => l.account === 'loans_receivable' && l.loanId === loan.id)
        .reduce((s, l) => s + l.debit - l.credit, 0);
      expect(fromJournal, loan.id).toBe(loan.principalOutstanding);
    }
    // Each active loan got its repayments allocated once each (2 or 3 × 2,000 per loan).
    for (const [i, id] of active.entries()) {
      const loan = loans.find((l) => l.id === id)!;
      const count = Math.floor(50 / 20) + (i < 50 % 20 ? 1 : 0);
      expect(loan.principalRepaid + loan.interestPaid, id).toBe(count * 2_000);
    }
    console.info(`100 concurrent requests: ${Math.round(elapsed)} ms, ${paidOut.length} disbursed, ${refused.length} refused (409)`);
  }, 120_000); // 100 postings serialised on one fund, each with its metric buckets: seconds on a loaded 2-core machine

  it('refuses in the database itself a posting that would take cash below zero, whatever the caller read', async () => {
    const cash = (await ctx.ledger.balances(fund.fundId)).find((b) => b.account === 'cash_recycled')!.balance;
    const entry: JournalEntry = {
      entryId: 'je_00000000000000000000000000',
      fundId: fund.fundId,
      kind: 'disbursement',
      valueDate: '2026-06-01',
      postedAt: '2026-06-01T15:00:00.000Z',
      postedBy: 'test',
      currency: 'PEN',
      lines: [
        { account: 'loans_receivable', debit: cash + 1, credit: 0 },
        { account: 'cash_recycled', debit: 0, credit: cash + 1 },
      ],
    };
    await expect(post(api.runtime.store, { entry }, entry.postedAt)).rejects.toMatchObject({
      name: 'PostingRefused',
      refusals: [{ kind: 'cash_short', account: 'cash_recycled' }],
    });
    expect((await ctx.ledger.balances(fund.fundId)).find((b) => b.account === 'cash_recycled')!.balance).toBe(cash);
  });
});

describe('100 concurrent capital contributions to one fund', () => {
  it('posts every one of them exactly once: a lost race for the cash item is tried again, never a 500', async () => {
    // Prepare
    const donorFund = await fundWithStaff(api, 'fund-donors');
    await addCapital(api, donorFund, 1_000);

    // Act
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => api.post(`/v1/funds/${donorFund.fundId}/capital`, donorFund.officer, { amount: 100 + i, donor: `Donante ${i}` })),
    );

    // Assess
    const statuses = results.map((r) => r.status);
    expect(
      statuses.filter((s) => s !== 201),
      `statuses: ${[...new Set(statuses)].join(', ')}`,
    ).toEqual([]);
    const expected = 1_000 + Array.from({ length: 100 }, (_, i) => 100 + i).reduce((a, b) => a + b, 0);
    const balances = await ctx.ledger.balances(donorFund.fundId);
    expect(balances.find((b) => b.account === 'cash_capital')).toMatchObject({ balance: expected, debits: expected });
    expect(balances.find((b) => b.account === 'donor_capital')).toMatchObject({ balance: -expected, credits: expected });
    const entries = await ctx.ledger.allEntriesUntil(donorFund.fundId, '9999-12-31');
    expect(entries).toHaveLength(101);
  });
});

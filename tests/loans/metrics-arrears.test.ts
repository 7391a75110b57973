import { OrganisationRepository } from '@ayni/catalog';
import { recomputeArrears, type Loan } from '@ayni/loans';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addCapital,
  approvedLoan,
  createLoansTestApi,
  expectStatus,
  fundWithStaff,
  proposeAndConfirm,
  TODAY,
  type FundActors,
  type LoansTestApi,
} from './support.js';

let api: LoansTestApi;
let fund: FundActors;
const loans: Record<string, Loan> = {};
const assoc: Record<string, string> = {};
const flat = { annualRateBps: 1200, method: 'flat' as const, installments: 4, period: { unit: 'month' as const, every: 1 }, graceInstallments: 0 };
const path = (loan: Loan, action: string) => `/v1/funds/${fund.fundId}/loans/${loan.id}/${action}`;
const deps = () => ({ store: api.runtime.store, clock: api.clock, organisations: new OrganisationRepository(api.runtime.store) });

beforeAll(async () => {
  api = await createLoansTestApi();
  fund = await fundWithStaff(api, 'fund-m');
  for (const name of ['assoc-1', 'assoc-2', 'assoc-3']) assoc[name] = await api.org('association', name);
  await addCapital(api, fund, 300_000, '2026-01-01');
  const disburse = async (name: string, association: string, amount: number, producers: number, valueDate: string) => {
    loans[name] = await approvedLoan(api, fund, assoc[association]!, amount, flat, producers);
    await expectStatus(await api.post(path(loans[name]!, 'disbursement'), fund.officer, { valueDate }), 201);
  };
  const pay = async (name: string, amount: number, valueDate: string) =>
    expectStatus(await api.post(path(loans[name]!, 'repayments'), fund.officer, { amount, valueDate }), 201);
  // loan1: 4 × (30,000 + 1,200) due 10 Feb–10 May, all paid on time
  await disburse('loan1', 'assoc-1', 120_000, 30, '2026-01-10');
  // loan4: 4 × (5,000 + 200) due 15 Feb–15 May, never paid; written off 20 May, 3,000 recovered 25 May
  await disburse('loan4', 'assoc-3', 20_000, 8, '2026-01-15');
  // loan2: 4 × (25,000 + 1,000) due 1 Mar–1 Jun, only the first paid
  await disburse('loan2', 'assoc-2', 100_000, 11, '2026-02-01');
  for (const date of ['2026-02-10', '2026-03-10', '2026-04-10', '2026-05-10']) await pay('loan1', 31_200, date);
  await pay('loan2', 26_000, '2026-03-01');
  // loan3: 4 × (12,500 + 500) from 1 Jun, nothing late yet
  await disburse('loan3', 'assoc-1', 50_000, 25, '2026-05-01');
  await expectStatus(await proposeAndConfirm(api, fund, loans.loan4!.id, 'write-off', { reason: 'Helada', valueDate: '2026-05-20' }), 201);
  await pay('loan4', 3_000, '2026-05-25');
});

describe('fund metrics', () => {
  it('computes the headline figures on a date from the ledger, each with its formula', async () => {
    const m = await expectStatus(await api.get(`/v1/funds/${fund.fundId}/metrics?asOf=${TODAY}`, fund.approver), 200);
    expect(m.organisationsFinanced.count).toBe(3);
    expect(m.producersReached.count).toBe(30 + 11 + 8); // assoc-1 counted once, with its largest loan's producers
    expect(m.totalDisbursed.amount).toBe(290_000);
    expect(m.disbursedFromCapital.amount).toBe(290_000);
    expect(m.outstandingPrincipal.amount).toBe(75_000 + 50_000);
    expect(m.principalRepaid.amount).toBe(120_000 + 25_000);
    expect(m.interestCollected.amount).toBe(4 * 1_200 + 1_000);
    expect(m.writtenOff.amount).toBe(20_000);
    expect(m.recoveredAfterWriteOff.amount).toBe(3_000);
    // (145,000 + 3,000) / 290,000 = 0.51034…
    expect(m.cumulativeRecoveryRate).toMatchObject({ value: '0.5103', numerator: 148_000, denominator: 290_000 });
    // loan2 has an installment unpaid since 1 Apr (61 days): its 75,000 outstanding / 125,000
    expect(m.par30).toMatchObject({ value: '0.6000', numerator: 75_000, denominator: 125_000 });
    // due by 1 Jun: loan1 124,800 + loan2 104,000 + loan3 13,000 + loan4 20,800 = 262,600; collected 124,800 + 26,000
    expect(m.collectionRate).toMatchObject({ value: '0.5743', numerator: 150_800, denominator: 262_600 });
    for (const key of [
      'organisationsFinanced',
      'producersReached',
      'totalDisbursed',
      'outstandingPrincipal',
      'collectionRate',
      'cumulativeRecoveryRate',
      'par30',
      'writtenOff',
    ]) {
      expect(m[key].formula, key).toMatch(/\w{10}/);
    }
  });

  it('answers for a past date with only what had happened by then', async () => {
    const m = await expectStatus(await api.get(`/v1/funds/${fund.fundId}/metrics?asOf=2026-03-31`, fund.officer), 200);
    expect(m.totalDisbursed.amount).toBe(240_000);
    expect(m.outstandingPrincipal.amount).toBe(60_000 + 75_000 + 20_000);
    // loan4 unpaid since 15 Feb (44 days) is the only loan at risk
    expect(m.par30).toMatchObject({ numerator: 20_000, denominator: 155_000, value: '0.1290' });
    expect(m.writtenOff.amount).toBe(0);
  });

  it('refuses a future asOf', async () => {
    expect((await api.get(`/v1/funds/${fund.fundId}/metrics?asOf=2030-01-01`, fund.officer)).status).toBe(422);
    expect((await api.get(`/v1/funds/${fund.fundId}/metrics?asOf=2026-13-01`, fund.officer)).status).toBe(400);
  });
});

describe('the arrears job', () => {
  it('marks late loans in arrears, assesses penalties once, and is idempotent per business date', async () => {
    await expectStatus(
      await api.call('PUT', `/v1/funds/${fund.fundId}/policy`, {
        token: fund.approver,
        body: { allocationOrder: ['penalty', 'interest', 'principal'], penaltyBps: 100, penaltyAfterDays: 5 },
      }),
      200,
    );
    const first = await recomputeArrears(deps(), TODAY);
    expect(first).toMatchObject({ loansChecked: 2, inArrears: 1, par30Loans: 1, penaltiesAssessed: 2 });
    const loan2 = await expectStatus(await api.get(`/v1/funds/${fund.fundId}/loans/${loans.loan2!.id}`, fund.officer), 200);
    expect(loan2).toMatchObject({ status: 'in_arrears', daysPastDue: 61, arrearsAsOf: TODAY });
    // 1% of the 26,000 unpaid on each of the installments of 1 Apr and 1 May
    expect(loan2.schedule.map((l: { penalty: number }) => l.penalty)).toEqual([0, 260, 260, 0]);
    expect((await expectStatus(await api.get(`/v1/funds/${fund.fundId}/loans/${loans.loan3!.id}`, fund.officer), 200)).status).toBe('active');

    const again = await recomputeArrears(deps(), TODAY);
    expect(again).toMatchObject({ loansChecked: 2, loansChanged: 0, inArrears: 1, penaltiesAssessed: 0 });
    const unchanged = await expectStatus(await api.get(`/v1/funds/${fund.fundId}/loans/${loans.loan2!.id}`, fund.officer), 200);
    expect(unchanged.version).toBe(loan2.version);
  });

  it('collects penalties first, and a loan brought up to date goes back to active', async () => {
    // everything due on 1 Jun: penalties 520 + interest 3 × 1,000 + principal 3 × 25,000 … pay what is late (not the 1 Jun installment)
    const { loan, entry } = await expectStatus(await api.post(path(loans.loan2!, 'repayments'), fund.officer, { amount: 520 + 2 * 26_000 + 26_000 }), 201);
    expect(entry.lines).toEqual([
      { account: 'cash_recycled', debit: 78_520, credit: 0 },
      { account: 'penalty_income', debit: 0, credit: 520 },
      { account: 'interest_income', debit: 0, credit: 3_000 },
      { account: 'loans_receivable', debit: 0, credit: 75_000, loanId: loans.loan2!.id },
    ]);
    expect(loan).toMatchObject({ status: 'closed_repaid', daysPastDue: 0 });
    const report = await recomputeArrears(deps(), TODAY);
    expect(report).toMatchObject({ loansChecked: 1, inArrears: 0 });
  });
});

import { createOrganisation, OrganisationRepository } from '@ayni/catalog';
import { fundWorklist, loansContext, recomputeArrears, type Loan } from '@ayni/loans';
import { beforeAll, describe, expect, it } from 'vitest';
import { addCapital, approvedLoan, createLoansTestApi, expectStatus, fundWithStaff, TODAY, type FundActors, type LoansTestApi } from './support.js';

let api: LoansTestApi;
let fund: FundActors;
let other: FundActors;
const loans: Record<string, Loan> = {};
const assoc: Record<string, string> = {};
const flat = { annualRateBps: 1200, method: 'flat' as const, installments: 4, period: { unit: 'month' as const, every: 1 }, graceInstallments: 0 };
const deps = () => ({ store: api.runtime.store, clock: api.clock, organisations: new OrganisationRepository(api.runtime.store) });
const worklistPath = (query = '') => `/v1/funds/${fund.fundId}/worklist${query}`;
const loanPath = (loan: Loan, action: string) => `/v1/funds/${fund.fundId}/loans/${loan.id}/${action}`;

async function association(name: string, contact: { phone?: string; email?: string }): Promise<string> {
  const org = await createOrganisation(
    { store: api.runtime.store, clock: api.clock },
    { kind: 'association', name, country: 'PE', region: 'Cusco', province: 'Quispicanchi', contact },
  );
  return org.id;
}

async function disburse(name: string, association: string, amount: number, valueDate: string): Promise<void> {
  loans[name] = await approvedLoan(api, fund, assoc[association]!, amount, flat);
  await expectStatus(await api.post(loanPath(loans[name]!, 'disbursement'), fund.officer, { valueDate }), 201);
}

const pay = async (name: string, amount: number) => expectStatus(await api.post(loanPath(loans[name]!, 'repayments'), fund.officer, { amount }), 201);
const worklist = async (query = '', token = fund.officer) => expectStatus(await api.get(worklistPath(query), token), 200);
const ids = (page: { items: Array<{ loanId: string }> }) => page.items.map((row) => row.loanId);

beforeAll(async () => {
  api = await createLoansTestApi();
  fund = await fundWithStaff(api, 'worklist');
  other = await fundWithStaff(api, 'otro');
  assoc.quesos = await association('Asociación de Queseros Ausangate', { phone: '+51 984 100 200', email: 'quesos@ausangate.pe' });
  assoc.alpacas = await association('Cooperativa Alpaquera Pitumarca', { phone: '+51 974 221 305' });
  assoc.cafe = await association('Productores de Café Yanatile', { email: 'cafe@yanatile.pe' });
  await addCapital(api, fund, 1_000_000, '2026-01-01');
  await expectStatus(
    await api.call('PUT', `/v1/funds/${fund.fundId}/policy`, {
      token: fund.approver,
      body: { allocationOrder: ['penalty', 'interest', 'principal'], penaltyBps: 100, penaltyAfterDays: 5 },
    }),
    200,
  );
  // A: 4 × (5,000 + 200) due 15 Feb–15 May, nothing paid: 106 days late on 1 Jun, penalties 4 × 52
  await disburse('A', 'quesos', 20_000, '2026-01-15');
  // B: 4 × (25,000 + 1,000) due 1 Apr–1 Jul, nothing paid: 61 days late, penalties 2 × 260; the 1 Jun installment is next
  await disburse('B', 'alpacas', 100_000, '2026-03-01');
  // C: 4 × (10,000 + 400) due 10 May–10 Aug, nothing paid: 22 days late, penalty 104
  await disburse('C', 'cafe', 40_000, '2026-04-10');
  // D: first installment due 15 Jun: not late
  await disburse('D', 'quesos', 30_000, '2026-05-15');
});

describe('the arrears job run summary', () => {
  it('names the loans it changed, with association name and days late and status before and after', async () => {
    const report = await recomputeArrears(deps(), TODAY);
    const byLoan = (id: string) => report.changes.find((c) => c.loanId === id);
    expect(report.changes).toHaveLength(3);
    expect(byLoan(loans.A!.id)).toEqual({
      fundId: fund.fundId,
      loanId: loans.A!.id,
      associationId: assoc.quesos,
      associationName: 'Asociación de Queseros Ausangate',
      previousDaysLate: 0,
      daysLate: 106,
      previousStatus: 'active',
      status: 'in_arrears',
      penaltiesAssessed: 4,
    });
    expect(byLoan(loans.B!.id)).toMatchObject({ associationName: 'Cooperativa Alpaquera Pitumarca', daysLate: 61, status: 'in_arrears' });
    expect(byLoan(loans.C!.id)).toMatchObject({ associationName: 'Productores de Café Yanatile', daysLate: 22, status: 'in_arrears' });
    expect(byLoan(loans.D!.id)).toBeUndefined();

    const run = await loansContext(deps()).ledger.getArrearsRun(fund.fundId, TODAY);
    expect(run?.changesOmitted).toBeUndefined();
    expect(run?.changes?.map((c) => c.loanId).sort()).toEqual([loans.A!.id, loans.B!.id, loans.C!.id].sort());

    // Re-running the same date changes nothing, and says so.
    const again = await recomputeArrears(deps(), TODAY);
    expect(again.changes).toEqual([]);
  });
});

describe("the fund's worklist", () => {
  it('lists the loans in arrears, most days late first, with names, contact and the overdue split to the céntimo', async () => {
    const page = await worklist();
    expect(ids(page)).toEqual([loans.A!.id, loans.B!.id, loans.C!.id]);
    const [a, b, c] = page.items;
    expect(a).toMatchObject({
      loanId: loans.A!.id,
      status: 'in_arrears',
      currency: 'PEN',
      daysLate: 106,
      asOf: TODAY,
      association: {
        id: assoc.quesos,
        name: 'Asociación de Queseros Ausangate',
        contact: { phone: '+51 984 100 200', email: 'quesos@ausangate.pe' },
      },
      overdue: { principal: 20_000, interest: 800, penalties: 208, total: 21_008 },
      nextInstallment: null,
      principalOutstanding: 20_000,
    });
    expect(b).toMatchObject({
      daysLate: 61,
      association: { name: 'Cooperativa Alpaquera Pitumarca', contact: { phone: '+51 974 221 305' } },
      overdue: { principal: 50_000, interest: 2_000, penalties: 520, total: 52_520 },
      nextInstallment: { n: 3, dueDate: '2026-06-01', amount: 26_000 },
    });
    expect(c).toMatchObject({
      daysLate: 22,
      association: { name: 'Productores de Café Yanatile', contact: { email: 'cafe@yanatile.pe' } },
      overdue: { principal: 10_000, interest: 400, penalties: 104, total: 10_504 },
      nextInstallment: { n: 2, dueDate: '2026-06-10', amount: 10_400 },
    });
    expect(b.summary).toBe(
      'Cooperativa Alpaquera Pitumarca: 61 días de atraso; vencido S/ 525.20 (capital S/ 500.00, interés S/ 20.00, moras S/ 5.20). Próxima cuota: S/ 260.00 el 1 de junio de 2026.',
    );
    expect(page.nextCursor).toBeUndefined();
  });

  it('says each row in English when asked', async () => {
    const res = await api.call('GET', worklistPath(), { token: fund.approver, headers: { 'accept-language': 'en' } });
    const page = await expectStatus(res, 200);
    expect(page.items[0].summary).toBe(
      'Asociación de Queseros Ausangate: 106 days late; S/ 210.08 overdue (principal S/ 200.00, interest S/ 8.00, penalties S/ 2.08).',
    );
    expect(page.items[1].summary).toMatch(/ Next installment: S\/ 260\.00 on \w/);
  });

  it('sorts by amount overdue', async () => {
    expect(ids(await worklist('?sort=amountOverdue'))).toEqual([loans.B!.id, loans.A!.id, loans.C!.id]);
  });

  it('pages with the cursor, in both orders, and refuses a cursor of the other order', async () => {
    const first = await worklist('?limit=2');
    expect(ids(first)).toEqual([loans.A!.id, loans.B!.id]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await worklist(`?limit=2&cursor=${first.nextCursor}`);
    expect(ids(second)).toEqual([loans.C!.id]);
    expect(second.nextCursor).toBeUndefined();

    const byAmount = await worklist('?sort=amountOverdue&limit=1');
    expect(ids(byAmount)).toEqual([loans.B!.id]);
    const byAmount2 = await worklist(`?sort=amountOverdue&limit=2&cursor=${byAmount.nextCursor}`);
    expect(ids(byAmount2)).toEqual([loans.A!.id, loans.C!.id]);

    expect((await api.get(worklistPath(`?sort=amountOverdue&cursor=${first.nextCursor}`), fund.officer)).status).toBe(400);
    expect((await api.get(worklistPath('?sort=newest'), fund.officer)).status).toBe(400);
  });

  it("is the fund's own: another fund's staff get 403 and their worklist never shows these loans", async () => {
    expect((await api.get(worklistPath(), other.officer)).status).toBe(403);
    expect((await api.get(worklistPath(), other.approver)).status).toBe(403);
    const association = await api.as('assoc-admin', ['association_admin'], assoc.quesos);
    expect((await api.get(worklistPath(), association)).status).toBe(403);
    const theirs = await expectStatus(await api.get(`/v1/funds/${other.fundId}/worklist`, other.officer), 200);
    expect(theirs.items).toEqual([]);
    // a cursor of this fund's worklist reaches nothing of it through the other fund's route
    const first = await worklist('?limit=1');
    expect((await api.get(`/v1/funds/${other.fundId}/worklist?limit=1&cursor=${first.nextCursor}`, other.officer)).status).toBe(400);
  });

  it('reads one bounded Query per page, costing the same however many loans the fund has', async () => {
    const ctx = loansContext(deps());
    const before = await fundWorklist(ctx, fund.fundId, { sort: 'daysLate', limit: 2 });
    const beforeByAmount = await fundWorklist(ctx, fund.fundId, { sort: 'amountOverdue', limit: 2 });
    // Eight more loans: four late, four on time.
    for (let i = 0; i < 4; i++) await disburse(`late${i}`, 'cafe', 10_000 + i, '2026-04-20');
    for (let i = 0; i < 4; i++) await disburse(`fine${i}`, 'alpacas', 10_000 + i, '2026-05-20');
    await recomputeArrears(deps(), TODAY);
    const after = await fundWorklist(ctx, fund.fundId, { sort: 'daysLate', limit: 2 });
    const afterByAmount = await fundWorklist(ctx, fund.fundId, { sort: 'amountOverdue', limit: 2 });
    expect((await worklist('?limit=100')).items).toHaveLength(7);
    for (const [was, is] of [
      [before, after],
      [beforeByAmount, afterByAmount],
    ] as const) {
      expect(is.stats.calls).toBe(1);
      expect(was.stats.calls).toBe(1);
      expect(is.stats.consumedReadUnits).toBeGreaterThan(0);
      expect(is.stats.consumedReadUnits).toBe(was.stats.consumedReadUnits);
      expect(is.items).toHaveLength(2);
    }
    // the new late loans (12 days late, 2,500 + 100 + 26 overdue) come last in both orders
    const all = await worklist('?limit=100');
    expect(ids(all).slice(0, 3)).toEqual([loans.A!.id, loans.B!.id, loans.C!.id]);
    expect(all.items[3]).toMatchObject({ daysLate: 12 });
  });

  it('follows a payment: days late and amounts move, the order changes, and a loan brought up to date leaves', async () => {
    // A pays 15,000: penalties 208, interest 800, principal 13,992 (15 Feb, 15 Mar fully; 15 Apr 3,992 of 5,000)
    await pay('A', 15_000);
    let page = await worklist('?limit=3');
    expect(page.items[0]).toMatchObject({ loanId: loans.B!.id, daysLate: 61 });
    const a = (await worklist('?limit=100')).items.find((row: { loanId: string }) => row.loanId === loans.A!.id);
    expect(a).toMatchObject({ daysLate: 47, overdue: { principal: 6_008, interest: 0, penalties: 0, total: 6_008 }, lastPaymentOn: TODAY });
    page = await worklist('?sort=amountOverdue&limit=3');
    expect(ids(page)).toEqual([loans.B!.id, loans.C!.id, loans.A!.id]);

    // C pays all that is late: back to active, off the worklist in both orders
    await pay('C', 10_504);
    for (const sort of ['daysLate', 'amountOverdue']) {
      expect(ids(await worklist(`?sort=${sort}&limit=100`))).not.toContain(loans.C!.id);
    }
    // B is repaid in full: off the worklist too
    const { loan } = await pay('B', 520 + 4 * 25_000 + 3 * 1_000);
    expect(loan.status).toBe('closed_repaid');
    expect(ids(await worklist('?limit=100'))).not.toContain(loans.B!.id);
    expect(ids(await worklist('?sort=amountOverdue&limit=100'))).not.toContain(loans.B!.id);
  });

  it("next day's run moves the days late and names what it changed", async () => {
    api.clock.set('2026-06-02T15:00:00.000Z');
    const report = await recomputeArrears(deps(), '2026-06-02');
    const a = report.changes.find((c) => c.loanId === loans.A!.id);
    expect(a).toMatchObject({ previousDaysLate: 47, daysLate: 48, previousStatus: 'in_arrears', status: 'in_arrears' });
    expect(report.changes.find((c) => c.loanId === loans.C!.id)).toBeUndefined();
    const row = (await worklist('?limit=100')).items.find((r: { loanId: string }) => r.loanId === loans.A!.id);
    expect(row).toMatchObject({ daysLate: 48, asOf: '2026-06-02' });
  });
});

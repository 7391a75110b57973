import { OrganisationRepository } from '@ayni/catalog';
import { recomputeArrears, type Loan } from '@ayni/loans';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { WORDS } from '../../packages/loans/src/messages.js';
import {
  addCapital,
  approvedLoan,
  createLoansTestApi,
  TODAY,
  expectStatus,
  fundWithStaff,
  MONTHLY_FLAT_12,
  proposeAndConfirm,
  type FundActors,
  type LoansTestApi,
} from './support.js';

let api: LoansTestApi;
let fund: FundActors;
let ASSOC: string;
let assocAdmin: string;

beforeAll(async () => {
  api = await createLoansTestApi();
  fund = await fundWithStaff(api, 'fund-frees');
  ASSOC = await api.org('association', 'Sumaq Ausangate');
  assocAdmin = await api.as('rosa', ['association_admin'], ASSOC);
  await addCapital(api, fund, 1_000_000, '2026-01-01');
});

const fundPath = (loanId: string, action = '') => `/v1/funds/${fund.fundId}/loans/${loanId}${action ? `/${action}` : ''}`;
const summary = async () => expectStatus(await api.get(`/v1/funds/${fund.fundId}`, fund.officer), 200);
const balance = (s: { balances: { account: string; balance: number }[] }, account: string) => s.balances.find((b) => b.account === account)!.balance;

describe('applying for a loan', () => {
  it('lets an association apply to a fund and a fund officer record an application on its behalf', async () => {
    const own = await expectStatus(
      await api.post(`/v1/orgs/${ASSOC}/loan-applications`, assocAdmin, {
        fundId: fund.fundId,
        amount: 500_000,
        installments: 6,
        purpose: 'Quesería',
        businessPlanSummary: 'Ampliar la producción de queso andino.',
        producers: 30,
      }),
      201,
    );
    expect(own).toMatchObject({ status: 'submitted', associationId: ASSOC, recordedAs: 'association', recordedBy: 'rosa' });
    const recorded = await approvedLoan(api, fund, ASSOC, 100_000);
    expect(recorded).toMatchObject({ status: 'approved', recordedAs: 'fund_officer', principal: 100_000 });
  });

  it('refuses an application for an organisation that is not an association, or to an organisation that is not a fund, naming the field', async () => {
    const hotel = await api.org('buyer', 'Hotel');
    const body = { amount: 1000, installments: 2, purpose: 'Compra', businessPlanSummary: 'Plan de negocio breve.', producers: 3 };
    const notAnAssociation = await expectStatus(await api.post(`/v1/funds/${fund.fundId}/applications`, fund.officer, { associationId: hotel, ...body }), 400);
    expect(notAnAssociation.errors).toEqual([expect.objectContaining({ path: 'associationId' })]);
    await expectStatus(
      await api.post(`/v1/funds/${fund.fundId}/applications`, fund.officer, { associationId: 'org_00000000000000000000NOBODY', ...body }),
      400,
    );
    const notAFund = await expectStatus(await api.post(`/v1/orgs/${ASSOC}/loan-applications`, assocAdmin, { fundId: hotel, ...body }), 400);
    expect(notAFund.errors).toEqual([expect.objectContaining({ path: 'fundId' })]);
  });
});

describe('maker-checker', () => {
  let loan: Loan;
  beforeAll(async () => {
    loan = await expectStatus(
      await api.post(`/v1/funds/${fund.fundId}/applications`, fund.officer, {
        associationId: ASSOC,
        amount: 50_000,
        installments: 4,
        purpose: 'Semillas',
        businessPlanSummary: 'Siembra de maíz chullpi.',
        producers: 11,
      }),
      201,
    );
  });

  it('refuses approval before an evaluation', async () => {
    expect((await api.post(fundPath(loan.id, 'approval'), fund.approver, {})).status).toBe(409);
  });

  it('refuses approval by the person who recorded the application, even holding the approver role', async () => {
    const recorderAsApprover = await api.as(`officer-${fund.fundId}`, ['fund_officer', 'fund_approver'], fund.fundId);
    await expectStatus(await api.post(fundPath(loan.id, 'evaluation'), fund.officer2, { recommendation: 'approve', notes: 'ok', terms: MONTHLY_FLAT_12 }), 200);
    const res = await api.post(fundPath(loan.id, 'approval'), recorderAsApprover, {});
    expect(res.status).toBe(403);
    expect((await res.json()).detail).toBe('Tú registraste esta solicitud: otra persona debe aprobarla (separación de funciones).');
  });

  it('refuses approval by the person who evaluated it', async () => {
    const evaluatorAsApprover = await api.as(`officer2-${fund.fundId}`, ['fund_officer', 'fund_approver'], fund.fundId);
    expect((await api.post(fundPath(loan.id, 'approval'), evaluatorAsApprover, {})).status).toBe(403);
  });

  it('refuses approval by a fund officer without the approver role', async () => {
    const other = await api.as('someone-else', ['fund_officer'], fund.fundId);
    expect((await api.post(fundPath(loan.id, 'approval'), other, {})).status).toBe(403);
  });

  it('accepts approval by a different approver, with the evaluated terms', async () => {
    const approved = await expectStatus(await api.post(fundPath(loan.id, 'approval'), fund.approver, {}), 200);
    expect(approved).toMatchObject({ status: 'approved', principal: 50_000, approval: { by: `approver-${fund.fundId}` }, terms: MONTHLY_FLAT_12 });
  });
});

describe('disbursing and repaying', () => {
  let loan: Loan;
  beforeAll(async () => {
    loan = await approvedLoan(api, fund, ASSOC, 120_000);
  });

  it('disburses from fund cash with a balanced entry and builds the schedule from the value date', async () => {
    const before = await summary();
    const { loan: active, entry } = await expectStatus(await api.post(fundPath(loan.id, 'disbursement'), fund.officer, { valueDate: '2026-01-10' }), 201);
    expect(active).toMatchObject({
      status: 'active',
      disbursedOn: '2026-01-10',
      principalOutstanding: 120_000,
      fundedFromCapital: 120_000,
      fundedFromRecycled: 0,
    });
    expect(active.schedule.map((l: { dueDate: string; principal: number; interest: number }) => [l.dueDate, l.principal, l.interest])).toEqual([
      ['2026-02-10', 30_000, 1_200],
      ['2026-03-10', 30_000, 1_200],
      ['2026-04-10', 30_000, 1_200],
      ['2026-05-10', 30_000, 1_200],
    ]);
    expect(entry.lines).toEqual([
      { account: 'loans_receivable', debit: 120_000, credit: 0, loanId: loan.id },
      { account: 'cash_capital', debit: 0, credit: 120_000 },
    ]);
    const after = await summary();
    expect(balance(after, 'cash_capital')).toBe(balance(before, 'cash_capital') - 120_000);
    expect(after.trialBalance).toBe(0);
  });

  it('allocates a repayment to interest then principal, into recycled cash', async () => {
    const { loan: paid, entry } = await expectStatus(
      await api.post(fundPath(loan.id, 'repayments'), fund.officer, { amount: 31_200, valueDate: '2026-02-10', reference: 'recibo 001' }),
      201,
    );
    expect(entry.lines).toEqual([
      { account: 'cash_recycled', debit: 31_200, credit: 0 },
      { account: 'interest_income', debit: 0, credit: 1_200 },
      { account: 'loans_receivable', debit: 0, credit: 30_000, loanId: loan.id },
    ]);
    expect(paid).toMatchObject({ principalOutstanding: 90_000, principalRepaid: 30_000, interestPaid: 1_200 });
  });

  it('replays a repayment sent again with the same Idempotency-Key and posts it once', async () => {
    const key = randomUUID();
    const body = { amount: 1_000, valueDate: '2026-03-10' };
    const first = await expectStatus(await api.post(fundPath(loan.id, 'repayments'), fund.officer, body, key), 201);
    const again = await api.post(fundPath(loan.id, 'repayments'), fund.officer, body, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json()).entry.entryId).toBe(first.entry.entryId);
    const current = await expectStatus(await api.get(fundPath(loan.id), fund.officer), 200);
    expect(current.interestPaid).toBe(2_200);
  });

  it('refuses an overpayment with 422 naming the most it can take', async () => {
    // due on 2026-06-01 (today): interest 200 + 1200 + 1200 left; principal 90000 → 92600
    const res = await api.post(fundPath(loan.id, 'repayments'), fund.officer, { amount: 92_601 });
    const problem = await expectStatus(res, 422);
    expect(problem).toMatchObject({ type: expect.stringMatching(/\/problems\/overpayment$/), maxPayable: 92_600 });
  });

  it('closes the loan when everything is repaid, and then refuses more payments with 409', async () => {
    const { loan: closed } = await expectStatus(await api.post(fundPath(loan.id, 'repayments'), fund.officer, { amount: 92_600 }), 201);
    expect(closed).toMatchObject({ status: 'closed_repaid', principalOutstanding: 0, closedOn: '2026-06-01' });
    const res = await api.post(fundPath(loan.id, 'repayments'), fund.officer, { amount: 1 });
    expect(await expectStatus(res, 409)).toMatchObject({ type: expect.stringMatching(/\/problems\/illegal-transition$/), currentState: 'closed_repaid' });
  });

  it('refuses a disbursement the fund cash cannot cover with 409 and moves nothing', async () => {
    const before = await summary();
    const big = await approvedLoan(api, fund, ASSOC, before.cash.total + 1);
    const problem = await expectStatus(await api.post(fundPath(big.id, 'disbursement'), fund.officer, {}), 409);
    expect(problem.type).toMatch(/\/problems\/insufficient-funds$/);
    expect((await summary()).balances).toEqual(before.balances);
  });
});

describe('write-off, recovery and restructuring', () => {
  it('writes off the outstanding principal and still accepts recoveries up to it', async () => {
    const loan = await approvedLoan(api, fund, ASSOC, 40_000);
    await expectStatus(await api.post(fundPath(loan.id, 'disbursement'), fund.officer, { valueDate: '2026-01-05' }), 201);
    const { loan: off, entry } = await expectStatus(await proposeAndConfirm(api, fund, loan.id, 'write-off', { reason: 'Helada destruyó la cosecha' }), 201);
    expect(off).toMatchObject({ status: 'written_off', writtenOff: 40_000, principalOutstanding: 0 });
    expect(entry.lines.map((l: { account: string }) => l.account)).toEqual(['write_offs', 'loans_receivable']);
    const { entry: recovery } = await expectStatus(await api.post(fundPath(loan.id, 'repayments'), fund.officer, { amount: 5_000 }), 201);
    expect(recovery.kind).toBe('recovery');
    expect((await api.post(fundPath(loan.id, 'repayments'), fund.officer, { amount: 35_001 })).status).toBe(422);
    expect((await summary()).trialBalance).toBe(0);
  });

  it('restructures a loan into a successor carrying its outstanding principal, without moving cash', async () => {
    const loan = await approvedLoan(api, fund, ASSOC, 60_000);
    await expectStatus(await api.post(fundPath(loan.id, 'disbursement'), fund.officer, { valueDate: '2026-01-05' }), 201);
    const cashBefore = (await summary()).cash.total;
    const result = await expectStatus(
      await proposeAndConfirm(api, fund, loan.id, 'restructuring', { terms: { ...MONTHLY_FLAT_12, installments: 8 }, reason: 'Sequía' }),
      201,
    );
    expect(result.loan).toMatchObject({ status: 'restructured', successorId: result.successor.id, principalOutstanding: 0 });
    expect(result.successor).toMatchObject({ status: 'active', predecessorId: loan.id, principal: 60_000, principalOutstanding: 60_000 });
    expect(result.successor.schedule).toHaveLength(8);
    const after = await summary();
    expect(after.cash.total).toBe(cashBefore);
    expect(after.trialBalance).toBe(0);
  });
});

describe('every illegal transition is refused with 409 naming the current state', () => {
  const terms = MONTHLY_FLAT_12;
  const actions = {
    evaluation: () => ({ token: fund.officer2, body: { recommendation: 'approve', notes: 'x', terms } }),
    approval: () => ({ token: fund.approver, body: {} }),
    rejection: () => ({ token: fund.approver, body: { reason: 'no' } }),
    disbursement: () => ({ token: fund.officer, body: {} }),
    repayments: () => ({ token: fund.officer, body: { amount: 1 } }),
    'write-off': () => ({ token: fund.approver, body: { reason: 'x' } }),
    restructuring: () => ({ token: fund.approver, body: { terms, reason: 'x' } }),
  } as const;
  const allowed: Record<string, readonly string[]> = {
    evaluation: ['submitted'],
    approval: ['submitted'],
    rejection: ['submitted'],
    disbursement: ['approved'],
    repayments: ['active', 'in_arrears', 'written_off'],
    'write-off': ['active', 'in_arrears'],
    restructuring: ['active', 'in_arrears'],
    withdrawal: ['submitted'],
  };
  const loansByState: Record<string, string> = {};

  beforeAll(async () => {
    const application = (amount: number) =>
      api
        .post(`/v1/funds/${fund.fundId}/applications`, fund.officer, {
          associationId: ASSOC,
          amount,
          installments: 4,
          purpose: 'Prueba',
          businessPlanSummary: 'Plan para probar estados.',
          producers: 5,
        })
        .then((r) => r.json());
    loansByState.submitted = (await application(1_000)).id;
    const rejected = (await application(1_000)).id;
    await expectStatus(await api.post(fundPath(rejected, 'rejection'), fund.officer, { reason: 'Sin plan' }), 200);
    loansByState.rejected = rejected;
    const withdrawn = (await application(1_000)).id;
    await expectStatus(await api.post(`/v1/orgs/${ASSOC}/loans/${withdrawn}/withdrawal`, assocAdmin, {}), 200);
    loansByState.withdrawn = withdrawn;
    loansByState.approved = (await approvedLoan(api, fund, ASSOC, 1_000)).id;
    const active = (await approvedLoan(api, fund, ASSOC, 1_000)).id;
    await expectStatus(await api.post(fundPath(active, 'disbursement'), fund.officer, {}), 201);
    loansByState.active = active;
    const closed = (await approvedLoan(api, fund, ASSOC, 1_000)).id;
    await expectStatus(await api.post(fundPath(closed, 'disbursement'), fund.officer, {}), 201);
    await expectStatus(await api.post(fundPath(closed, 'repayments'), fund.officer, { amount: 1_000 }), 201);
    loansByState.closed_repaid = closed;
    const off = (await approvedLoan(api, fund, ASSOC, 1_000)).id;
    await expectStatus(await api.post(fundPath(off, 'disbursement'), fund.officer, {}), 201);
    await expectStatus(await proposeAndConfirm(api, fund, off, 'write-off', { reason: 'x' }), 201);
    loansByState.written_off = off;
    const restructured = (await approvedLoan(api, fund, ASSOC, 1_000)).id;
    await expectStatus(await api.post(fundPath(restructured, 'disbursement'), fund.officer, {}), 201);
    await expectStatus(await proposeAndConfirm(api, fund, restructured, 'restructuring', { terms, reason: 'x' }), 201);
    loansByState.restructured = restructured;
    const late = (await approvedLoan(api, fund, ASSOC, 1_000)).id;
    await expectStatus(await api.post(fundPath(late, 'disbursement'), fund.officer, { valueDate: '2026-01-05' }), 201);
    await recomputeArrears({ store: api.runtime.store, clock: api.clock, organisations: new OrganisationRepository(api.runtime.store) }, TODAY);
    expect((await api.get(fundPath(late), fund.officer).then((r) => r.json())).status).toBe('in_arrears');
    loansByState.in_arrears = late;
  });

  it('covers each action from each state it does not allow', async () => {
    let refusals = 0;
    for (const [state, loanId] of Object.entries(loansByState)) {
      for (const [action, make] of Object.entries(allowed)) {
        if (make.includes(state)) continue;
        const res =
          action === 'withdrawal'
            ? await api.post(`/v1/orgs/${ASSOC}/loans/${loanId}/withdrawal`, assocAdmin, {})
            : await api.post(fundPath(loanId, action), actions[action as keyof typeof actions]().token, actions[action as keyof typeof actions]().body);
        const problem = await res.json();
        expect(res.status, `${action} from ${state}`).toBe(409);
        expect(problem.currentState, `${action} from ${state}`).toBe(state);
        // Said in Spanish (no Accept-Language): the state by its Spanish name.
        expect(problem.detail).toContain(`que está ${WORDS.state[state as keyof typeof WORDS.state].es} `);
        refusals++;
      }
    }
    // 9 states × 8 actions − 12 allowed pairs
    expect(refusals).toBe(9 * 8 - 12);
  });
});

describe('capital contributions and corrections', () => {
  it('reverses a capital contribution with an opposite entry, once', async () => {
    const entry = await expectStatus(await api.post(`/v1/funds/${fund.fundId}/capital`, fund.officer, { amount: 7_000, donor: 'Error de digitación' }), 201);
    const before = await summary();
    const path = `/v1/funds/${fund.fundId}/ledger/${entry.entryId}/reversal`;
    const reversal = await expectStatus(await api.post(path, fund.approver, { valueDate: entry.valueDate, reason: 'monto duplicado' }), 201);
    expect(reversal).toMatchObject({ kind: 'reversal', reverses: entry.entryId });
    expect(reversal.lines).toEqual([
      { account: 'cash_capital', debit: 0, credit: 7_000 },
      { account: 'donor_capital', debit: 7_000, credit: 0 },
    ]);
    expect((await summary()).cash.total).toBe(before.cash.total - 7_000);
    expect((await api.post(path, fund.approver, { valueDate: entry.valueDate, reason: 'otra vez' })).status).toBe(409);
  });

  it('lists the journal in value-date order with a cursor', async () => {
    const first = await expectStatus(await api.get(`/v1/funds/${fund.fundId}/ledger?limit=3`, fund.officer), 200);
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toBeTruthy();
    const dates = first.items.map((e: { valueDate: string }) => e.valueDate);
    expect([...dates].sort()).toEqual(dates);
  });
});

import { OrganisationRepository } from '@ayni/catalog';
import { loansContext, writeOffLoan, type JournalEntry, type Loan } from '@ayni/loans';
import { beforeAll, describe, expect, it } from 'vitest';
import { addCapital, approvedLoan, createLoansTestApi, expectStatus, fundWithStaff, MONTHLY_FLAT_12, type FundActors, type LoansTestApi } from './support.js';

/** Four eyes where money leaves the book: a write-off or restructuring is proposed by one approver and confirmed by another. */

let api: LoansTestApi;
let fund: FundActors;
let ASSOC: string;
const sub = (who: 'approver' | 'approver2') => `${who}-${fund.fundId}`;

beforeAll(async () => {
  api = await createLoansTestApi();
  fund = await fundWithStaff(api, 'cuatro ojos');
  ASSOC = await api.org('association', 'Sumaq Ausangate');
  await addCapital(api, fund, 1_000_000, '2026-01-01');
}, 60_000);

const fundPath = (loanId: string, action = '') => `/v1/funds/${fund.fundId}/loans/${loanId}${action ? `/${action}` : ''}`;
const getLoan = async (loanId: string): Promise<Loan> => expectStatus(await api.get(fundPath(loanId), fund.officer), 200);

async function activeLoan(amount: number): Promise<Loan> {
  const loan = await approvedLoan(api, fund, ASSOC, amount);
  return (await expectStatus(await api.post(fundPath(loan.id, 'disbursement'), fund.officer, { valueDate: '2026-01-05' }), 201)).loan;
}

async function entriesOf(loanId: string): Promise<JournalEntry[]> {
  const all: JournalEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await expectStatus(await api.get(`/v1/funds/${fund.fundId}/ledger?limit=100${cursor ? `&cursor=${cursor}` : ''}`, fund.officer), 200);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all.filter((e) => e.loanId === loanId || e.lines.some((l) => l.loanId === loanId));
}

const RESTRUCTURED_TERMS = { ...MONTHLY_FLAT_12, installments: 8 };

describe('one approver alone cannot move money out of the book', () => {
  for (const [action, body] of [
    ['write-off', { reason: 'Helada destruyó la cosecha' }],
    ['restructuring', { reason: 'Sequía', terms: RESTRUCTURED_TERMS }],
  ] as const) {
    it(`${action}: the proposal is recorded and the loan does not move; the proposer confirming it is a 403 that changes nothing`, async () => {
      const loan = await activeLoan(20_000);
      const entriesBefore = await entriesOf(loan.id);
      const proposed: Loan = await expectStatus(await api.post(fundPath(loan.id, action), fund.approver, body), 202);
      expect(proposed).toMatchObject({
        status: 'active',
        principalOutstanding: 20_000,
        version: loan.version + 1,
        pendingProposal: { kind: action === 'write-off' ? 'write_off' : 'restructure', by: sub('approver'), reason: body.reason },
      });
      if (action === 'restructuring') expect(proposed.pendingProposal?.terms).toEqual(RESTRUCTURED_TERMS);
      expect(await getLoan(loan.id)).toEqual(proposed);

      const problem = await expectStatus(await api.post(`${fundPath(loan.id, `${action}/approval`)}?lang=en`, fund.approver, {}), 403);
      expect(problem.detail).toBe('You proposed this, so another fund approver must confirm it (four eyes).');
      expect(await getLoan(loan.id)).toEqual(proposed);
      expect(await entriesOf(loan.id)).toEqual(entriesBefore);
    });
  }

  it('refuses a second proposal while one is pending (409 naming who proposed)', async () => {
    const loan = await activeLoan(10_000);
    await expectStatus(await api.post(fundPath(loan.id, 'write-off'), fund.approver, { reason: 'Helada' }), 202);
    const problem = await expectStatus(
      await api.post(fundPath(loan.id, 'restructuring'), fund.approver2, { reason: 'Sequía', terms: RESTRUCTURED_TERMS }),
      409,
    );
    expect(problem.type).toMatch(/\/problems\/proposal-pending$/);
    expect(problem.pendingProposal).toEqual({ kind: 'write_off', by: sub('approver') });
    const again = await expectStatus(await api.post(fundPath(loan.id, 'write-off'), fund.approver2, { reason: 'Helada' }), 409);
    expect(again.type).toMatch(/\/problems\/proposal-pending$/);
  });
});

describe('a second approver confirms', () => {
  it('a write-off: exactly the entry a direct write-off posts, and the proposal in the history', async () => {
    const [twin, loan] = [await activeLoan(30_000), await activeLoan(30_000)];
    const ctx = loansContext({ store: api.runtime.store, clock: api.clock, organisations: new OrganisationRepository(api.runtime.store) });
    const confirmer = { sub: sub('approver2'), org: fund.fundId, roles: ['fund_approver' as const] };
    const direct = await writeOffLoan(ctx, confirmer, fund.fundId, twin.id, { reason: 'Helada' });
    const before = await expectStatus(await api.get(`/v1/funds/${fund.fundId}`, fund.officer), 200);

    await expectStatus(await api.post(fundPath(loan.id, 'write-off'), fund.approver, { reason: 'Helada' }), 202);
    const confirmed = await expectStatus(await api.post(fundPath(loan.id, 'write-off/approval'), fund.approver2, { note: 'De acuerdo' }), 201);

    const comparable = (e: JournalEntry, loanId: string) => ({
      ...e,
      entryId: '-',
      postedAt: '-',
      lines: e.lines.map((l) => ({ ...l, loanId: l.loanId === loanId ? 'L' : l.loanId })),
    });
    expect({ ...comparable(confirmed.entry, loan.id), loanId: 'L' }).toEqual({ ...comparable(direct.entry, twin.id), loanId: 'L' });
    expect(confirmed.entry).toMatchObject({ kind: 'write_off', postedBy: sub('approver2'), memo: 'Helada' });
    expect(confirmed.entry.lines).toEqual([
      { account: 'write_offs', debit: 30_000, credit: 0, loanId: loan.id },
      { account: 'loans_receivable', debit: 0, credit: 30_000, loanId: loan.id },
    ]);
    expect(confirmed.loan).toMatchObject({
      status: 'written_off',
      writtenOff: 30_000,
      principalOutstanding: 0,
      writeOff: { by: sub('approver2'), proposedBy: sub('approver'), reason: 'Helada', on: '2026-06-01' },
    });
    expect(confirmed.loan.pendingProposal).toBeUndefined();
    expect(confirmed.loan.proposalHistory).toEqual([
      expect.objectContaining({ kind: 'write_off', by: sub('approver'), outcome: 'confirmed', closedBy: sub('approver2'), closingNote: 'De acuerdo' }),
    ]);
    expect(await getLoan(loan.id)).toEqual(confirmed.loan);
    expect((await entriesOf(loan.id)).filter((e) => e.kind === 'write_off')).toHaveLength(1);
    const after = await expectStatus(await api.get(`/v1/funds/${fund.fundId}`, fund.officer), 200);
    const balance = (s: { balances: Array<{ account: string; balance: number }> }, account: string) =>
      s.balances.find((b) => b.account === account)?.balance ?? 0;
    expect(balance(after, 'write_offs') - balance(before, 'write_offs')).toBe(30_000);
    expect(after.trialBalance).toBe(0);
  });

  it('a restructuring: the successor on the proposed terms, recorded by the proposer and approved by the confirmer', async () => {
    const loan = await activeLoan(40_000);
    await expectStatus(await api.post(fundPath(loan.id, 'restructuring'), fund.approver, { reason: 'Sequía', terms: RESTRUCTURED_TERMS }), 202);
    const result = await expectStatus(await api.post(fundPath(loan.id, 'restructuring/approval'), fund.approver2, {}), 201);
    expect(result.loan).toMatchObject({ status: 'restructured', successorId: result.successor.id, principalOutstanding: 0 });
    expect(result.loan.pendingProposal).toBeUndefined();
    expect(result.loan.proposalHistory).toEqual([expect.objectContaining({ kind: 'restructure', outcome: 'confirmed', closedBy: sub('approver2') })]);
    expect(result.successor).toMatchObject({
      status: 'active',
      predecessorId: loan.id,
      principal: 40_000,
      terms: RESTRUCTURED_TERMS,
      recordedBy: sub('approver'),
      approval: { by: sub('approver2'), reason: 'Sequía' },
    });
    expect(result.successor.pendingProposal).toBeUndefined();
    expect(result.successor.proposalHistory).toBeUndefined();
    expect(result.successor.schedule).toHaveLength(8);
    expect(result.entry).toMatchObject({ kind: 'restructure', postedBy: sub('approver2'), memo: 'Sequía' });
  });

  it("the loan's evaluator cannot confirm, even holding the approver role", async () => {
    const dual = await api.as(`dual-${fund.fundId}`, ['fund_officer', 'fund_approver'], fund.fundId);
    const application: Loan = await expectStatus(
      await api.post(`/v1/funds/${fund.fundId}/applications`, fund.officer, {
        associationId: ASSOC,
        amount: 15_000,
        installments: 4,
        purpose: 'Capital de trabajo',
        businessPlanSummary: 'Compra de leche y cuajo para la campaña de quesos.',
        producers: 10,
      }),
      201,
    );
    await expectStatus(
      await api.post(fundPath(application.id, 'evaluation'), dual, { recommendation: 'approve', notes: 'Viable', terms: MONTHLY_FLAT_12 }),
      200,
    );
    await expectStatus(await api.post(fundPath(application.id, 'approval'), fund.approver, {}), 200);
    await expectStatus(await api.post(fundPath(application.id, 'disbursement'), fund.officer, { valueDate: '2026-01-05' }), 201);
    const proposed = await expectStatus(await api.post(fundPath(application.id, 'write-off'), fund.approver, { reason: 'Helada' }), 202);
    const problem = await expectStatus(await api.post(`${fundPath(application.id, 'write-off/approval')}?lang=en`, dual, {}), 403);
    expect(problem.detail).toBe('You evaluated this loan, so another fund approver must confirm this (four eyes).');
    expect(await getLoan(application.id)).toEqual(proposed);
    expect((await entriesOf(application.id)).filter((e) => e.kind === 'write_off')).toHaveLength(0);
    await expectStatus(await api.post(fundPath(application.id, 'write-off/approval'), fund.approver2, {}), 201);
  });
});

describe('withdrawing a proposal', () => {
  it('by another approver or by the proposer: the loan keeps it in its history and can be proposed again', async () => {
    const loan = await activeLoan(12_000);
    await expectStatus(await api.post(fundPath(loan.id, 'write-off'), fund.approver, { reason: 'Helada' }), 202);
    // The wrong kind of proposal is not there to withdraw.
    const wrongKind = await expectStatus(await api.post(fundPath(loan.id, 'restructuring/withdrawal'), fund.approver2, {}), 409);
    expect(wrongKind.type).toMatch(/\/problems\/no-pending-proposal$/);
    const withdrawn: Loan = await expectStatus(
      await api.post(fundPath(loan.id, 'write-off/withdrawal'), fund.approver2, { reason: 'La asociación retomó los pagos' }),
      200,
    );
    expect(withdrawn.status).toBe('active');
    expect(withdrawn.pendingProposal).toBeUndefined();
    expect(withdrawn.proposalHistory).toEqual([
      expect.objectContaining({
        kind: 'write_off',
        by: sub('approver'),
        outcome: 'withdrawn',
        closedBy: sub('approver2'),
        closingNote: 'La asociación retomó los pagos',
      }),
    ]);
    const nothing = await expectStatus(await api.post(fundPath(loan.id, 'write-off/approval'), fund.approver2, {}), 409);
    expect(nothing.type).toMatch(/\/problems\/no-pending-proposal$/);

    await expectStatus(await api.post(fundPath(loan.id, 'restructuring'), fund.approver2, { reason: 'Sequía', terms: RESTRUCTURED_TERMS }), 202);
    const again: Loan = await expectStatus(await api.post(fundPath(loan.id, 'restructuring/withdrawal'), fund.approver2, {}), 200);
    expect(again.pendingProposal).toBeUndefined();
    expect(again.proposalHistory?.map((p) => [p.kind, p.outcome, p.closedBy])).toEqual([
      ['write_off', 'withdrawn', sub('approver2')],
      ['restructure', 'withdrawn', sub('approver2')],
    ]);
    expect(again).toMatchObject({ status: 'active', principalOutstanding: 12_000 });
    expect((await entriesOf(loan.id)).map((e) => e.kind)).toEqual(['disbursement']);
  });

  it('is for fund approvers only', async () => {
    const loan = await activeLoan(5_000);
    await expectStatus(await api.post(fundPath(loan.id, 'write-off'), fund.approver, { reason: 'Helada' }), 202);
    expect((await api.post(fundPath(loan.id, 'write-off/withdrawal'), fund.officer, {})).status).toBe(403);
    expect((await api.post(fundPath(loan.id, 'write-off/approval'), fund.officer, {})).status).toBe(403);
  });
});

describe('concurrent confirmations', () => {
  it('two confirmations at once post once: one 201, one 409', async () => {
    for (const action of ['write-off', 'restructuring'] as const) {
      const loan = await activeLoan(25_000);
      const body = action === 'write-off' ? { reason: 'Helada' } : { reason: 'Sequía', terms: RESTRUCTURED_TERMS };
      await expectStatus(await api.post(fundPath(loan.id, action), fund.approver, body), 202);
      const third = await api.as(`approver3-${fund.fundId}`, ['fund_approver'], fund.fundId);
      const responses = await Promise.all([
        api.post(fundPath(loan.id, `${action}/approval`), fund.approver2, {}),
        api.post(fundPath(loan.id, `${action}/approval`), third, {}),
      ]);
      expect(responses.map((r) => r.status).sort(), action).toEqual([201, 409]);
      const kind = action === 'write-off' ? 'write_off' : 'restructure';
      expect(
        (await entriesOf(loan.id)).filter((e) => e.kind === kind),
        action,
      ).toHaveLength(1);
      const after = await getLoan(loan.id);
      expect(after.status).toBe(action === 'write-off' ? 'written_off' : 'restructured');
      expect(after.proposalHistory, action).toHaveLength(1);
    }
    expect((await expectStatus(await api.get(`/v1/funds/${fund.fundId}`, fund.officer), 200)).trialBalance).toBe(0);
  }, 60_000);
});

describe('approving against the recommendation', () => {
  it("needs a written reason when the evaluation recommended 'reject', kept on the loan", async () => {
    const application: Loan = await expectStatus(
      await api.post(`/v1/funds/${fund.fundId}/applications`, fund.officer, {
        associationId: ASSOC,
        amount: 9_000,
        installments: 4,
        purpose: 'Galpón de cuyes',
        businessPlanSummary: 'Galpón para 300 cuyes, venta a restaurantes de Urcos.',
        producers: 8,
      }),
      201,
    );
    await expectStatus(
      await api.post(fundPath(application.id, 'evaluation'), fund.officer2, {
        recommendation: 'reject',
        notes: 'Sin compradores firmes',
        terms: MONTHLY_FLAT_12,
      }),
      200,
    );
    for (const body of [{}, { note: 'Aprobado' }, { reason: '   ' }]) {
      const problem = await expectStatus(await api.post(fundPath(application.id, 'approval'), fund.approver, body), 400);
      expect(
        problem.errors.map((e: { path: string }) => e.path),
        JSON.stringify(body),
      ).toContain('reason');
    }
    expect((await getLoan(application.id)).status).toBe('submitted');
    const reason = 'El comité verificó la orden de compra del restaurante Pachapapa: se aprueba pese a la recomendación.';
    const approved: Loan = await expectStatus(await api.post(fundPath(application.id, 'approval'), fund.approver, { reason }), 200);
    expect(approved).toMatchObject({ status: 'approved', approval: { by: sub('approver'), reason, againstRecommendation: true } });
    expect((await getLoan(application.id)).approval).toEqual(approved.approval);
  });

  it("needs no reason when the evaluation recommended 'approve'", async () => {
    const loan = await approvedLoan(api, fund, ASSOC, 3_000);
    expect(loan.status).toBe('approved');
    expect(loan.approval?.againstRecommendation).toBeUndefined();
  });
});

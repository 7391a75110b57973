import { OrganisationRepository } from '@ayni/catalog';
import type { DomainEvent } from '@ayni/core';
import { recomputeArrears, type Loan } from '@ayni/loans';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../packages/loans/src/dates.js';
import { loanKeys } from '../../packages/loans/src/keys.js';
import {
  addCapital,
  approvedLoan,
  createLoansTestApi,
  expectStatus,
  fundWithStaff,
  MONTHLY_FLAT_12,
  proposeAndConfirm,
  TODAY,
  type FundActors,
  type LoansTestApi,
} from '../loans/support.js';
import { expectEvent, mentionsOutbox, outboxEventsAbout, outboxOf, rawItem } from './support.js';

let api: LoansTestApi;
let fund: FundActors;
let ASSOC: string;
let assocAdmin: string;

const PURPOSE = 'Compra de leche y cuajo para la campaña de quesos.';
const LOAN_DATA = ['loanId', 'fundId', 'associationId', 'status', 'currency', 'principal', 'amount', 'outstanding'] as const;

beforeAll(async () => {
  api = await createLoansTestApi();
  fund = await fundWithStaff(api, 'outbox');
  ASSOC = await api.org('association', 'Asociación Sumaq Ausangate');
  assocAdmin = await api.as('rosa', ['association_admin'], ASSOC);
  await addCapital(api, fund, 500_000, '2026-01-01');
});

const fundPath = (loanId: string, action = '') => `/v1/funds/${fund.fundId}/loans/${loanId}${action ? `/${action}` : ''}`;
const loanOutbox = async (loanId: string): Promise<DomainEvent> => outboxOf(await rawItem(api, loanKeys.loan(loanId)));
const rawVersion = async (loanId: string) => (await rawItem(api, loanKeys.loan(loanId)))!.version as number;

/** What no loan event may carry: who acted, the purpose and plan, the association's name. */
const personal = () => [PURPOSE, 'Sumaq Ausangate', 'rosa', `officer-${fund.fundId}`, `approver-${fund.fundId}`, `approver2-${fund.fundId}`];

/** The event of the loan's latest transition: type, seq = the loan's version, both organisations, data. */
function expectLoanEvent(event: DomainEvent, loan: Loan, type: DomainEvent['type'], data: Record<string, unknown>) {
  expectEvent(event, {
    type,
    aggregate: { type: 'loan', id: loan.id, seq: loan.version },
    organisations: [fund.fundId, ASSOC],
    occurredAt: loan.updatedAt,
    allowed: LOAN_DATA,
    required: ['loanId', 'fundId', 'associationId', 'status', 'currency', 'principal', 'amount'],
    data: { loanId: loan.id, fundId: fund.fundId, associationId: ASSOC, status: loan.status, currency: 'PEN', principal: loan.principal, ...data },
    forbidden: personal(),
  });
}

describe('loan events in the outbox', () => {
  it('each transition writes its event on the loan item; evaluation, proposals and the arrears job keep it', async () => {
    // Act and assert, step by step: applied.
    const applied: Loan = await expectStatus(
      await api.post(`/v1/funds/${fund.fundId}/applications`, fund.officer, {
        associationId: ASSOC,
        amount: 40_000,
        installments: 4,
        purpose: 'Capital de trabajo',
        businessPlanSummary: PURPOSE,
        producers: 12,
      }),
      201,
    );
    expect(applied.version).toBe(1);
    const appliedEvent = await loanOutbox(applied.id);
    expectLoanEvent(appliedEvent, applied, 'loan.applied', { amount: 40_000, status: 'submitted', principal: 0 });
    expect(appliedEvent.occurredAt).toBe(`${TODAY}T15:00:00.000Z`);
    expect(appliedEvent.data.outstanding).toBeUndefined();

    // Evaluation: no event of its own, the applied one stays.
    const evaluated: Loan = await expectStatus(
      await api.post(fundPath(applied.id, 'evaluation'), fund.officer2, { recommendation: 'approve', notes: 'Viable', terms: MONTHLY_FLAT_12 }),
      200,
    );
    expect(evaluated.version).toBe(2);
    expect(await loanOutbox(applied.id)).toEqual(appliedEvent);

    const approved: Loan = await expectStatus(await api.post(fundPath(applied.id, 'approval'), fund.approver, {}), 200);
    expectLoanEvent(await loanOutbox(applied.id), approved, 'loan.approved', { status: 'approved', amount: 40_000, principal: 40_000 });

    const disbursement = await expectStatus(await api.post(fundPath(applied.id, 'disbursement'), fund.officer, { valueDate: '2026-01-05' }), 201);
    const disbursedEvent = await loanOutbox(applied.id);
    expectLoanEvent(disbursedEvent, disbursement.loan, 'loan.disbursed', { status: 'active', amount: 40_000, outstanding: 40_000 });
    expect(disbursedEvent.aggregate.seq).toBe(4);

    // The arrears job: falling into arrears is an event, one more day late is not, one more installment overdue is.
    const arrears = (date: string) =>
      recomputeArrears({ store: api.runtime.store, clock: api.clock, organisations: new OrganisationRepository(api.runtime.store) }, date);
    const rawLoan = async () => (await rawItem(api, loanKeys.loan(applied.id))) as unknown as Loan;
    await arrears('2026-02-10');
    const late = await rawLoan();
    expect(late).toMatchObject({ status: 'in_arrears', version: 5 });
    // Nothing is paid yet: what is overdue is the installments' principal, interest and any penalty.
    const overdueFirst = late.schedule[0]!.principal + late.schedule[0]!.interest + late.schedule[0]!.penalty;
    expectLoanEvent(await loanOutbox(applied.id), late, 'loan.in_arrears', { status: 'in_arrears', amount: overdueFirst });
    const inArrearsEvent = await loanOutbox(applied.id);
    await arrears('2026-02-11');
    expect(await rawVersion(applied.id)).toBe(6);
    expect(await loanOutbox(applied.id)).toEqual(inArrearsEvent);
    await arrears('2026-03-10');
    const later = await rawLoan();
    expect(later.version).toBe(7);
    const overdueTwo = later.schedule.slice(0, 2).reduce((sum, line) => sum + line.principal + line.interest + line.penalty, 0);
    expectLoanEvent(await loanOutbox(applied.id), later, 'loan.installment_overdue', { status: 'in_arrears', amount: overdueTwo });
    // Overdue since February, as of today: two more installments overdue.
    await arrears(TODAY);
    expect(await rawVersion(applied.id)).toBe(8);
    expect((await loanOutbox(applied.id)).type).toBe('loan.installment_overdue');
    expect(disbursedEvent.type).toBe('loan.disbursed');

    const repayment = await expectStatus(await api.post(fundPath(applied.id, 'repayments'), fund.officer, { amount: 5_000, reference: 'recibo 001' }), 201);
    expectLoanEvent(await loanOutbox(applied.id), repayment.loan, 'loan.repayment_posted', {
      amount: 5_000,
      outstanding: repayment.loan.principalOutstanding,
    });
    expect(repayment.loan.version).toBe(9);
    const repaidEvent = await loanOutbox(applied.id);

    // A proposal is not a transition; its confirmation is.
    const proposed: Loan = await expectStatus(await api.post(fundPath(applied.id, 'write-off'), fund.approver, { reason: 'Helada destruyó la cosecha' }), 202);
    expect(proposed.version).toBe(10);
    expect(await loanOutbox(applied.id)).toEqual(repaidEvent);
    const writtenOff = await expectStatus(await api.post(fundPath(applied.id, 'write-off/approval'), fund.approver2, {}), 201);
    expectLoanEvent(await loanOutbox(applied.id), writtenOff.loan, 'loan.written_off', {
      status: 'written_off',
      amount: repayment.loan.principalOutstanding,
      outstanding: 0,
    });
    expect(JSON.stringify(await loanOutbox(applied.id))).not.toContain('Helada');

    // A recovery on the written-off loan is a repayment posted.
    const recovery = await expectStatus(await api.post(fundPath(applied.id, 'repayments'), fund.officer, { amount: 1_000 }), 201);
    expectLoanEvent(await loanOutbox(applied.id), recovery.loan, 'loan.repayment_posted', { status: 'written_off', amount: 1_000, outstanding: 0 });

    // Reads never answer the outbox.
    for (const body of [applied, evaluated, approved, disbursement, repayment, proposed, writtenOff, recovery]) expect(mentionsOutbox(body)).toBe(false);
    expect(mentionsOutbox(await expectStatus(await api.get(fundPath(applied.id), fund.officer), 200))).toBe(false);
    expect(mentionsOutbox(await expectStatus(await api.get(`/v1/funds/${fund.fundId}/loans`, fund.officer), 200))).toBe(false);
    expect(mentionsOutbox(await expectStatus(await api.get(`/v1/orgs/${ASSOC}/loans`, assocAdmin), 200))).toBe(false);
    expect(mentionsOutbox(await expectStatus(await api.get(`/v1/orgs/${ASSOC}/loans/${applied.id}`, assocAdmin), 200))).toBe(false);
  });

  it('a rejection is loan.rejected; a withdrawal keeps loan.applied; a refused disbursement leaves loan.approved', async () => {
    // Prepare
    const apply = async () =>
      (await expectStatus(
        await api.post(`/v1/orgs/${ASSOC}/loan-applications`, assocAdmin, {
          fundId: fund.fundId,
          amount: 20_000,
          installments: 4,
          purpose: 'Acopio',
          businessPlanSummary: PURPOSE,
          producers: 8,
        }),
        201,
      )) as Loan;
    const toReject = await apply();
    const toWithdraw = await apply();
    const tooBig = await approvedLoan(api, fund, ASSOC, 10_000_000);

    // Act
    const rejected: Loan = await expectStatus(await api.post(fundPath(toReject.id, 'rejection'), fund.approver, { reason: 'Sin garantías suficientes' }), 200);
    const withdrawn: Loan = await expectStatus(await api.post(`/v1/orgs/${ASSOC}/loans/${toWithdraw.id}/withdrawal`, assocAdmin, { reason: 'Ya no' }), 200);
    const refused = await api.post(fundPath(tooBig.id, 'disbursement'), fund.officer, {});

    // Assert
    expectLoanEvent(await loanOutbox(toReject.id), rejected, 'loan.rejected', { status: 'rejected', amount: 20_000 });
    expect(JSON.stringify(await loanOutbox(toReject.id))).not.toContain('Sin garantías');
    expect(withdrawn.status).toBe('withdrawn');
    expectLoanEvent(await loanOutbox(toWithdraw.id), toWithdraw, 'loan.applied', { status: 'submitted', amount: 20_000 });
    expect(refused.status).toBe(409);
    expectLoanEvent(await loanOutbox(tooBig.id), tooBig, 'loan.approved', { status: 'approved', amount: 10_000_000 });
    expect((await outboxEventsAbout(api, tooBig.id)).map((e) => e.type)).toEqual(['loan.approved']);
    expect(mentionsOutbox(rejected) || mentionsOutbox(withdrawn)).toBe(false);
  });

  it('a restructuring keeps the closed loan’s last event and gives the successor none of its predecessor’s', async () => {
    // Prepare
    const loan = await approvedLoan(api, fund, ASSOC, 30_000);
    const disbursed = await expectStatus(await api.post(fundPath(loan.id, 'disbursement'), fund.officer, { valueDate: '2026-05-01' }), 201);
    const disbursedEvent = await loanOutbox(loan.id);

    // Act
    const result = await expectStatus(
      await proposeAndConfirm(api, fund, loan.id, 'restructuring', { terms: { ...MONTHLY_FLAT_12, installments: 8 }, reason: 'Sequía' }),
      201,
    );

    // Assert
    expectLoanEvent(disbursedEvent, disbursed.loan, 'loan.disbursed', { amount: 30_000, outstanding: 30_000 });
    expect(result.loan.status).toBe('restructured');
    expect(await loanOutbox(loan.id)).toEqual(disbursedEvent);
    expect((await rawItem(api, loanKeys.loan(result.successor.id)))!.outbox).toBeUndefined();
    expect(await outboxEventsAbout(api, result.successor.id)).toEqual([]);
    expect(mentionsOutbox(result)).toBe(false);
  });

  it('an installment coming due is announced once, by the first run within three days of its due date', async () => {
    // Prepare: a loan of its own fund, disbursed in January.
    const dueFund = await fundWithStaff(api, 'due');
    await addCapital(api, dueFund, 100_000, '2026-01-01');
    const loan = await approvedLoan(api, dueFund, ASSOC, 30_000);
    const path = `/v1/funds/${dueFund.fundId}/loans/${loan.id}`;
    const disbursed = await expectStatus(await api.post(`${path}/disbursement`, dueFund.officer, { valueDate: '2026-01-05' }), 201);
    const [first, second] = disbursed.loan.schedule as Loan['schedule'];
    const arrears = (date: string) =>
      recomputeArrears({ store: api.runtime.store, clock: api.clock, organisations: new OrganisationRepository(api.runtime.store) }, date);

    // Act and assert: four days before, nothing; the run two days before (none ran three days before) announces it.
    await arrears(addDays(first!.dueDate, -4));
    expect((await loanOutbox(loan.id)).type).toBe('loan.disbursed');
    await arrears(addDays(first!.dueDate, -2));
    const raw = (await rawItem(api, loanKeys.loan(loan.id))) as unknown as Loan;
    const notice = await loanOutbox(loan.id);
    expectEvent(notice, {
      type: 'loan.installment_due',
      aggregate: { type: 'loan', id: loan.id, seq: raw.version },
      organisations: [dueFund.fundId, ASSOC],
      occurredAt: raw.updatedAt,
      allowed: [...LOAN_DATA, 'installment', 'dueDate'],
      required: ['loanId', 'fundId', 'associationId', 'status', 'currency', 'principal', 'amount', 'installment', 'dueDate'],
      data: {
        loanId: loan.id,
        fundId: dueFund.fundId,
        associationId: ASSOC,
        status: 'active',
        currency: 'PEN',
        principal: 30_000,
        amount: first!.principal + first!.interest,
        installment: 1,
        dueDate: first!.dueDate,
      },
      forbidden: personal(),
    });
    // Later runs in the window, the due date's included, announce nothing more.
    await arrears(addDays(first!.dueDate, -1));
    await arrears(first!.dueDate);
    expect(await loanOutbox(loan.id)).toEqual(notice);

    // Paid on its date; the next installment is announced in its own window.
    await expectStatus(await api.post(`${path}/repayments`, dueFund.officer, { amount: first!.principal + first!.interest, valueDate: first!.dueDate }), 201);
    await arrears(addDays(second!.dueDate, -3));
    expect(await loanOutbox(loan.id)).toMatchObject({
      type: 'loan.installment_due',
      data: { installment: 2, dueDate: second!.dueDate, amount: second!.principal + second!.interest },
    });
    // The job's note of what it announced is not part of the loan as answered.
    expect(JSON.stringify(await expectStatus(await api.get(path, dueFund.officer), 200))).not.toContain('announcedInstallment');
  });
});

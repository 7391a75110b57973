import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { catalogKeys } from '@ayni/catalog';
import type { Loan } from '@ayni/loans';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addCapital, approvedLoan, createLoansTestApi, expectStatus, fundWithStaff, MONTHLY_FLAT_12, type FundActors, type LoansTestApi } from './support.js';

/**
 * Every id a loans route stores names something that exists, of the right kind, active, and either
 * the caller's own organisation or the legitimate other party (the fund applied to, the association
 * that borrows). Named in the body, a bad one is a 400 naming the field; named in the path, a 404.
 * Either way nothing is stored. The platform admin passes every tenant guard, so these calls show
 * the reference checks themselves, not the guard.
 */
let api: LoansTestApi;
let fund: FundActors;
let otherFund: FundActors;
let assoc: string;
let otherAssoc: string;
let buyer: string;
let inactiveAssoc: string;
let inactiveFund: string;
let root: string;
let assocAdmin: string;
let loan: Loan;
let otherFundLoan: Loan;
let capital: { entryId: string; valueDate: string };
const NOBODY = 'org_00000000000000000000NOBODY';
const NO_LOAN = 'loan_00000000000000000000000000';
const NO_ENTRY = 'je_00000000000000000000000000';

/** Marks a catalog organisation inactive, as the catalog stores it. */
async function deactivate(orgId: string): Promise<void> {
  const { store } = api.runtime;
  await store.doc.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: catalogKeys.organisation(orgId),
      UpdateExpression: 'SET active = :no',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':no': false },
    }),
  );
}

beforeAll(async () => {
  api = await createLoansTestApi();
  fund = await fundWithStaff(api, 'fund-refs');
  otherFund = await fundWithStaff(api, 'fund-refs-2');
  assoc = await api.org('association', "Asociación Q'ero");
  otherAssoc = await api.org('association', 'Asociación Pampacancha');
  buyer = await api.org('buyer', 'Hotel Cusco');
  inactiveAssoc = await api.org('association', 'Asociación disuelta');
  inactiveFund = await api.org('fund', 'Fondo cerrado');
  await deactivate(inactiveAssoc);
  await deactivate(inactiveFund);
  root = await api.as('refs-root', ['platform_admin']);
  assocAdmin = await api.as('refs-admin', ['association_admin'], assoc);
  await addCapital(api, fund, 100_000, '2026-01-01');
  await addCapital(api, otherFund, 100_000, '2026-01-01');
  capital = (await expectStatus(await api.get(`/v1/funds/${fund.fundId}/ledger`, fund.officer), 200)).items[0];
  loan = await approvedLoan(api, fund, assoc, 10_000);
  otherFundLoan = await approvedLoan(api, otherFund, otherAssoc, 10_000);
});

const send = (method: string, path: string, token: string, body: unknown) =>
  api.call(method, path, { token, body, headers: { 'idempotency-key': randomUUID() } });

const application = { amount: 5_000, installments: 4, purpose: 'Fibra', businessPlanSummary: 'Compra de fibra de alpaca para tejidos.', producers: 12 };

async function loanIds(path: string): Promise<string[]> {
  return (await expectStatus(await api.get(path, root), 200)).items.map((l: Loan) => l.id);
}

async function expectBadField(res: Response, field: string, what: string): Promise<void> {
  const problem = await res.json();
  expect(res.status, `${what}: ${JSON.stringify(problem)}`).toBe(400);
  expect(problem.type, what).toMatch(/\/validation-failed$/);
  expect(problem.errors, what).toEqual([expect.objectContaining({ path: field })]);
}

async function expectNotFound(res: Response, what: string): Promise<void> {
  const problem = await res.json();
  expect(res.status, `${what}: ${JSON.stringify(problem)}`).toBe(404);
}

describe('an application recorded by a fund officer', () => {
  it('names, in associationId, an existing active association: anything else is a 400 naming associationId, and nothing is stored', async () => {
    const before = await loanIds(`/v1/funds/${fund.fundId}/loans?limit=100`);
    const bad = {
      'no such organisation': NOBODY,
      'a buyer': buyer,
      'another fund': otherFund.fundId,
      'the fund itself': fund.fundId,
      'an inactive association': inactiveAssoc,
    };
    for (const [what, associationId] of Object.entries(bad)) {
      await expectBadField(await api.post(`/v1/funds/${fund.fundId}/applications`, fund.officer, { associationId, ...application }), 'associationId', what);
      expect(await loanIds(`/v1/orgs/${associationId}/loans`), what).toEqual([]);
    }
    expect(await loanIds(`/v1/funds/${fund.fundId}/loans?limit=100`)).toEqual(before);
    // Another association than the officer's own fund's usual borrowers is a legitimate reference.
    await expectStatus(await api.post(`/v1/funds/${fund.fundId}/applications`, fund.officer, { associationId: otherAssoc, ...application }), 201);
  });

  it('is recorded for a fund named in the path that exists, is a fund and is active: otherwise a 404, and no book is opened', async () => {
    for (const [what, fundId] of Object.entries({
      'no such organisation': NOBODY,
      'an association': assoc,
      'a buyer': buyer,
      'an inactive fund': inactiveFund,
    })) {
      await expectNotFound(await send('POST', `/v1/funds/${fundId}/applications`, root, { associationId: assoc, ...application }), what);
      await expectNotFound(await api.get(`/v1/funds/${fundId}`, root), `${what}: no book`);
      expect(await loanIds(`/v1/funds/${fundId}/loans`), what).toEqual([]);
    }
  });
});

describe('an application by an association', () => {
  it('names, in fundId, an existing active fund: anything else is a 400 naming fundId, and nothing is stored', async () => {
    const before = await loanIds(`/v1/orgs/${assoc}/loans?limit=100`);
    const bad = {
      'no such organisation': NOBODY,
      'a buyer': buyer,
      'another association': otherAssoc,
      'the association itself': assoc,
      'an inactive fund': inactiveFund,
    };
    for (const [what, fundId] of Object.entries(bad)) {
      await expectBadField(await api.post(`/v1/orgs/${assoc}/loan-applications`, assocAdmin, { fundId, ...application }), 'fundId', what);
      expect(await loanIds(`/v1/funds/${fundId}/loans`), what).toEqual([]);
    }
    expect(await loanIds(`/v1/orgs/${assoc}/loans?limit=100`)).toEqual(before);
    await expectStatus(await api.post(`/v1/orgs/${assoc}/loan-applications`, assocAdmin, { fundId: otherFund.fundId, ...application }), 201);
  });

  it('is made by an association named in the path that exists, is an association and is active: otherwise a 404', async () => {
    for (const [what, orgId] of Object.entries({
      'no such organisation': NOBODY,
      'a fund': otherFund.fundId,
      'a buyer': buyer,
      'an inactive association': inactiveAssoc,
    })) {
      await expectNotFound(await send('POST', `/v1/orgs/${orgId}/loan-applications`, root, { fundId: fund.fundId, ...application }), what);
      expect(await loanIds(`/v1/orgs/${orgId}/loans`), what).toEqual([]);
    }
    // Also for a token whose organisation claim names a fund, holding the association admin role.
    const confused = await api.as('confused', ['association_admin'], fund.fundId);
    await expectNotFound(
      await send('POST', `/v1/orgs/${fund.fundId}/loan-applications`, confused, { fundId: fund.fundId, ...application }),
      'a fund as applicant',
    );
  });
});

describe('decisions and movements on a loan', () => {
  const actions = () =>
    [
      ['evaluation', { recommendation: 'approve', notes: 'x', terms: MONTHLY_FLAT_12 }],
      ['approval', {}],
      ['rejection', { reason: 'x' }],
      ['disbursement', {}],
      ['repayments', { amount: 1 }],
      ['write-off', { reason: 'x' }],
      ['restructuring', { terms: MONTHLY_FLAT_12, reason: 'x' }],
      ['write-off/approval', {}],
      ['write-off/withdrawal', {}],
      ['restructuring/approval', {}],
      ['restructuring/withdrawal', {}],
    ] as const;

  it("name in the path a loan of the fund in the path: no such loan, another fund's loan or no such fund is a 404 and changes nothing", async () => {
    const otherBefore = await expectStatus(await api.get(`/v1/funds/${otherFund.fundId}/loans/${otherFundLoan.id}`, root), 200);
    for (const [action, body] of actions()) {
      await expectNotFound(await send('POST', `/v1/funds/${fund.fundId}/loans/${NO_LOAN}/${action}`, root, body), `${action}: no such loan`);
      await expectNotFound(await send('POST', `/v1/funds/${fund.fundId}/loans/${otherFundLoan.id}/${action}`, root, body), `${action}: another fund's loan`);
      await expectNotFound(await send('POST', `/v1/funds/${NOBODY}/loans/${loan.id}/${action}`, root, body), `${action}: no such fund`);
      await expectNotFound(await send('POST', `/v1/funds/${assoc}/loans/${loan.id}/${action}`, root, body), `${action}: an association as fund`);
    }
    expect(await expectStatus(await api.get(`/v1/funds/${otherFund.fundId}/loans/${otherFundLoan.id}`, root), 200)).toEqual(otherBefore);
    expect((await expectStatus(await api.get(`/v1/funds/${fund.fundId}/loans/${loan.id}`, root), 200)).status).toBe('approved');
  });

  it('withdrawals name a loan of the association in the path', async () => {
    await expectNotFound(await send('POST', `/v1/orgs/${assoc}/loans/${NO_LOAN}/withdrawal`, root, {}), 'no such loan');
    await expectNotFound(await send('POST', `/v1/orgs/${otherAssoc}/loans/${loan.id}/withdrawal`, root, {}), "another association's loan");
    await expectNotFound(await send('POST', `/v1/orgs/${fund.fundId}/loans/${loan.id}/withdrawal`, root, {}), 'the fund as association');
  });
});

describe('the fund book', () => {
  it('takes capital, policy and reversals only for a fund named in the path that exists and is a fund: otherwise a 404 and no book', async () => {
    for (const [what, fundId] of Object.entries({ 'no such organisation': NOBODY, 'an association': assoc, 'a buyer': buyer })) {
      await expectNotFound(await send('POST', `/v1/funds/${fundId}/capital`, root, { amount: 1, donor: 'x' }), `capital: ${what}`);
      await expectNotFound(
        await send('PUT', `/v1/funds/${fundId}/policy`, root, { allocationOrder: ['penalty', 'interest', 'principal'], penaltyBps: 0, penaltyAfterDays: 0 }),
        `policy: ${what}`,
      );
      await expectNotFound(
        await send('POST', `/v1/funds/${fundId}/ledger/${capital.entryId}/reversal`, root, { valueDate: capital.valueDate, reason: 'x' }),
        `reversal: ${what}`,
      );
      await expectNotFound(await api.get(`/v1/funds/${fundId}`, root), `${what}: no book`);
    }
  });

  it('reverses only an entry of this fund named in the path at its value date: otherwise a 404, and nothing moves', async () => {
    const before = await expectStatus(await api.get(`/v1/funds/${fund.fundId}`, root), 200);
    const reversal = (fundId: string, entryId: string, valueDate: string) =>
      send('POST', `/v1/funds/${fundId}/ledger/${entryId}/reversal`, root, { valueDate, reason: 'error' });
    await expectNotFound(await reversal(fund.fundId, NO_ENTRY, capital.valueDate), 'no such entry');
    await expectNotFound(await reversal(fund.fundId, capital.entryId, '2026-01-02'), 'another value date');
    await expectNotFound(await reversal(otherFund.fundId, capital.entryId, capital.valueDate), "another fund's entry");
    expect(await expectStatus(await api.get(`/v1/funds/${fund.fundId}`, root), 200)).toEqual(before);
    expect((await expectStatus(await api.get(`/v1/funds/${otherFund.fundId}`, root), 200)).cash.total).toBe(100_000);
  });
});

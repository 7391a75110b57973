import type { Loan } from '@ayni/loans';
import { beforeAll, describe, expect, it } from 'vitest';
import { addCapital, approvedLoan, createLoansTestApi, expectStatus, fundWithStaff, MONTHLY_FLAT_12, type FundActors, type LoansTestApi } from './support.js';

let api: LoansTestApi;
let fundA: FundActors;
let fundB: FundActors;
let loanA: Loan;
let loanB: Loan;
let assocA: string;
let assocB: string;
let capitalEntryA: { entryId: string; valueDate: string };
let capitalEntryB: { entryId: string; valueDate: string };
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await createLoansTestApi();
  fundA = await fundWithStaff(api, 'a');
  fundB = await fundWithStaff(api, 'b');
  assocA = await api.org('association', 'Asociación A');
  assocB = await api.org('association', 'Asociación B');
  await addCapital(api, fundA, 100_000);
  await addCapital(api, fundB, 100_000);
  capitalEntryA = (await api.get(`/v1/funds/${fundA.fundId}/ledger`, fundA.officer).then((r) => r.json())).items[0];
  capitalEntryB = (await api.get(`/v1/funds/${fundB.fundId}/ledger`, fundB.officer).then((r) => r.json())).items[0];
  loanA = await approvedLoan(api, fundA, assocA, 10_000);
  loanB = await approvedLoan(api, fundB, assocB, 10_000);
  tokens.fundBStaff = await api.as('b-staff', ['fund_officer', 'fund_approver'], fundB.fundId);
  tokens.assocAAdmin = await api.as('a-admin', ['association_admin', 'association_member'], assocA);
  tokens.assocBAdmin = await api.as('b-admin', ['association_admin', 'association_member'], assocB);
  tokens.buyer = await api.as('chef', ['buyer'], fundA.fundId);
  tokens.root = await api.as('root', ['platform_admin']);
});

const terms = MONTHLY_FLAT_12;
/** Every fund-scoped route, with a valid body, for fund `f`, its loan `l` and its capital entry `e`. */
const fundRoutes = (f: string, l: string, e = capitalEntryA) =>
  [
    ['GET', `/v1/funds/${f}`, undefined],
    ['PUT', `/v1/funds/${f}/policy`, { allocationOrder: ['penalty', 'interest', 'principal'], penaltyBps: 0, penaltyAfterDays: 0 }],
    ['POST', `/v1/funds/${f}/capital`, { amount: 1, donor: 'x' }],
    ['POST', `/v1/funds/${f}/ledger/${e.entryId}/reversal`, { valueDate: e.valueDate, reason: 'x' }],
    ['GET', `/v1/funds/${f}/ledger`, undefined],
    ['GET', `/v1/funds/${f}/metrics`, undefined],
    [
      'POST',
      `/v1/funds/${f}/applications`,
      { associationId: assocB, amount: 1, installments: 1, purpose: 'xxx', businessPlanSummary: 'xxxxxxxxxxxx', producers: 1 },
    ],
    ['GET', `/v1/funds/${f}/loans`, undefined],
    ['GET', `/v1/funds/${f}/loans/${l}`, undefined],
    ['POST', `/v1/funds/${f}/loans/${l}/evaluation`, { recommendation: 'approve', notes: 'x', terms }],
    ['POST', `/v1/funds/${f}/loans/${l}/approval`, {}],
    ['POST', `/v1/funds/${f}/loans/${l}/rejection`, { reason: 'x' }],
    ['POST', `/v1/funds/${f}/loans/${l}/disbursement`, {}],
    ['POST', `/v1/funds/${f}/loans/${l}/repayments`, { amount: 1 }],
    ['POST', `/v1/funds/${f}/loans/${l}/write-off`, { reason: 'x' }],
    ['POST', `/v1/funds/${f}/loans/${l}/restructuring`, { terms, reason: 'x' }],
    ['POST', `/v1/funds/${f}/loans/${l}/write-off/approval`, {}],
    ['POST', `/v1/funds/${f}/loans/${l}/write-off/withdrawal`, {}],
    ['POST', `/v1/funds/${f}/loans/${l}/restructuring/approval`, {}],
    ['POST', `/v1/funds/${f}/loans/${l}/restructuring/withdrawal`, {}],
  ] as const;

const associationRoutes = (o: string, l: string) =>
  [
    [
      'POST',
      `/v1/orgs/${o}/loan-applications`,
      { fundId: fundA.fundId, amount: 1, installments: 1, purpose: 'xxx', businessPlanSummary: 'xxxxxxxxxxxx', producers: 1 },
    ],
    ['GET', `/v1/orgs/${o}/loans`, undefined],
    ['GET', `/v1/orgs/${o}/loans/${l}`, undefined],
    ['POST', `/v1/orgs/${o}/loans/${l}/withdrawal`, {}],
  ] as const;

const call = (method: string, path: string, token: string | undefined, body: unknown) =>
  api.call(method, path, { ...(token ? { token } : {}), ...(body !== undefined ? { body } : {}), headers: { 'idempotency-key': crypto.randomUUID() } });

describe('tenant isolation', () => {
  it("refuses another fund's staff, associations, buyers and anonymous callers on every fund route of fund A", async () => {
    for (const [method, path, body] of fundRoutes(fundA.fundId, loanA.id)) {
      expect((await call(method, path, undefined, body)).status, `${method} ${path} anonymous`).toBe(401);
      for (const who of ['fundBStaff', 'assocAAdmin', 'buyer']) {
        expect((await call(method, path, tokens[who], body)).status, `${method} ${path} as ${who}`).toBe(403);
      }
    }
  });

  it("answers 404 to a fund's own staff naming a loan of another fund, on every loan route", async () => {
    for (const [method, path, body] of fundRoutes(fundB.fundId, loanA.id).filter(([, p]) => p.includes(loanA.id))) {
      const res = await call(method, path, tokens.fundBStaff, body);
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect((await api.get(`/v1/funds/${fundA.fundId}/loans/${loanA.id}`, fundA.officer)).status).toBe(200);
  });

  it("refuses other associations and fund staff on every route of association A, and 404s another association's loan", async () => {
    for (const [method, path, body] of associationRoutes(assocA, loanA.id)) {
      expect((await call(method, path, undefined, body)).status, `${method} ${path} anonymous`).toBe(401);
      for (const who of ['assocBAdmin', 'fundBStaff']) {
        expect((await call(method, path, tokens[who], body)).status, `${method} ${path} as ${who}`).toBe(403);
      }
    }
    for (const [method, path, body] of associationRoutes(assocB, loanA.id).filter(([, p]) => p.includes(loanA.id))) {
      expect((await call(method, path, tokens.assocBAdmin, body)).status, `${method} ${path}`).toBe(404);
    }
  });

  it("lists only the caller's own loans", async () => {
    const fundBList = await expectStatus(await api.get(`/v1/funds/${fundB.fundId}/loans`, fundB.officer), 200);
    expect(fundBList.items.map((l: Loan) => l.id)).toEqual([loanB.id]);
    const assocAList = await expectStatus(await api.get(`/v1/orgs/${assocA}/loans`, tokens.assocAAdmin!), 200);
    expect(assocAList.items.map((l: Loan) => l.id)).toEqual([loanA.id]);
    const member = await api.as('a-member', ['association_member'], assocA);
    expect((await expectStatus(await api.get(`/v1/orgs/${assocA}/loans/${loanA.id}`, member), 200)).id).toBe(loanA.id);
  });

  it("keeps each fund's money separate", async () => {
    await expectStatus(await api.post(`/v1/funds/${fundA.fundId}/loans/${loanA.id}/disbursement`, fundA.officer, {}), 201);
    expect((await expectStatus(await api.get(`/v1/funds/${fundB.fundId}`, fundB.officer), 200)).cash.total).toBe(100_000);
    expect((await expectStatus(await api.get(`/v1/funds/${fundA.fundId}`, fundA.officer), 200)).cash.total).toBe(90_000);
  });

  it('lets a platform admin through every fund route', async () => {
    for (const [method, path, body] of fundRoutes(fundB.fundId, loanB.id, capitalEntryB)) {
      const status = (await call(method, path, tokens.root, body)).status;
      expect([401, 403, 404], `${method} ${path} → ${status}`).not.toContain(status);
    }
  });
});

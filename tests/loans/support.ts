import type { Role } from '@ayni/auth';
import { createOrganisation } from '@ayni/catalog';
import { fixedClock } from '@ayni/core';
import { loansDomain, type Loan, type LoanTerms } from '@ayni/loans';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';

/** Business "today" of the loans tests. */
export const TODAY = '2026-06-01';

export interface LoansTestApi extends TestApi {
  readonly clock: ReturnType<typeof fixedClock>;
  /** Creates a catalog organisation (what the loans domain looks organisations up in) and returns its generated id. */
  org(kind: 'association' | 'fund' | 'buyer', name?: string): Promise<string>;
  as(sub: string, roles: Role[], org?: string): Promise<string>;
  post(path: string, token: string, body: unknown, key?: string): Promise<Response>;
  get(path: string, token: string): Promise<Response>;
}

export async function createLoansTestApi(): Promise<LoansTestApi> {
  const clock = fixedClock(`${TODAY}T15:00:00.000Z`);
  // The loans files drive 100 concurrent movements into one fund on a shared 2-core machine, where
  // DynamoDB Local can take seconds to answer one call: they test the fund's rules, not the
  // production limits toward the database, so they give it room (the SDK's 4 attempts of before).
  const api = await createTestApi([loansDomain], { clock, env: { DYNAMODB_TIMEOUT_MS: '15000', DYNAMODB_MAX_ATTEMPTS: '4' } });
  return {
    ...api,
    clock,
    org: async (kind, name = `Organización ${kind}`) =>
      (await createOrganisation({ store: api.runtime.store, clock }, { kind, name, country: 'PE', region: 'Cusco', province: 'Quispicanchi' })).id,
    as: (sub, roles, org) => api.token({ sub, roles, ...(org ? { org } : {}) }),
    post: (path, token, body, key = randomUUID()) => api.call('POST', path, { token, body, headers: { 'idempotency-key': key } }),
    get: (path, token) => api.call('GET', path, { token }),
  };
}

export const MONTHLY_FLAT_12: LoanTerms = {
  annualRateBps: 1200,
  method: 'flat',
  installments: 4,
  period: { unit: 'month', every: 1 },
  graceInstallments: 0,
};

export interface FundActors {
  readonly fundId: string;
  readonly officer: string;
  readonly officer2: string;
  readonly approver: string;
  /** A second fund approver: confirms what `approver` proposes (four eyes). */
  readonly approver2: string;
}

/** A catalog fund organisation (named after `label`) with an officer, a second officer and two approvers. */
export async function fundWithStaff(api: LoansTestApi, label: string): Promise<FundActors> {
  const fundId = await api.org('fund', `Fondo ${label}`);
  return {
    fundId,
    officer: await api.as(`officer-${fundId}`, ['fund_officer'], fundId),
    officer2: await api.as(`officer2-${fundId}`, ['fund_officer'], fundId),
    approver: await api.as(`approver-${fundId}`, ['fund_approver'], fundId),
    approver2: await api.as(`approver2-${fundId}`, ['fund_approver'], fundId),
  };
}

export async function expectStatus(res: Response, status: number): Promise<any> {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body;
}

/** Capital, an application recorded by the officer, evaluated by the second officer, approved. */
export async function approvedLoan(
  api: LoansTestApi,
  fund: FundActors,
  associationId: string,
  amount: number,
  terms: LoanTerms = MONTHLY_FLAT_12,
  producers = 10,
): Promise<Loan> {
  const loan: Loan = await expectStatus(
    await api.post(`/v1/funds/${fund.fundId}/applications`, fund.officer, {
      associationId,
      amount,
      installments: terms.installments,
      purpose: 'Capital de trabajo',
      businessPlanSummary: 'Compra de leche y cuajo para la campaña de quesos.',
      producers,
    }),
    201,
  );
  await expectStatus(
    await api.post(`/v1/funds/${fund.fundId}/loans/${loan.id}/evaluation`, fund.officer2, { recommendation: 'approve', notes: 'Viable', terms }),
    200,
  );
  return expectStatus(await api.post(`/v1/funds/${fund.fundId}/loans/${loan.id}/approval`, fund.approver, {}), 200);
}

export async function addCapital(api: LoansTestApi, fund: FundActors, amount: number, valueDate?: string): Promise<void> {
  await expectStatus(await api.post(`/v1/funds/${fund.fundId}/capital`, fund.officer, { amount, donor: 'Codespa', ...(valueDate ? { valueDate } : {}) }), 201);
}

/**
 * A write-off or restructuring with four eyes, through the routes: `fund.approver` proposes (202),
 * `fund.approver2` confirms (the response of the confirmation: 201 with the posting when it went through).
 */
export async function proposeAndConfirm(
  api: LoansTestApi,
  fund: FundActors,
  loanId: string,
  action: 'write-off' | 'restructuring',
  body: unknown,
): Promise<Response> {
  const path = `/v1/funds/${fund.fundId}/loans/${loanId}/${action}`;
  const proposed = await api.post(path, fund.approver, body);
  if (proposed.status !== 202) return proposed;
  return api.post(`${path}/approval`, fund.approver2, {});
}

import type { Loan } from '@ayni/loans';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addCapital,
  approvedLoan,
  createLoansTestApi,
  expectStatus,
  fundWithStaff,
  MONTHLY_FLAT_12,
  proposeAndConfirm,
  type FundActors,
  type LoansTestApi,
} from './support.js';

/**
 * Whatever a client sends to a loans route is answered with a 4xx naming what was wrong, never a
 * 5xx: malformed dates, amounts that are negative, fractional or beyond what JSON numbers hold
 * exactly, ids of the wrong shape, bodies that are not objects, query parameters out of range.
 */
let api: LoansTestApi;
let fund: FundActors;
let assoc: string;
let assocAdmin: string;
let approved: Loan;
let active: Loan;
let capital: { entryId: string; valueDate: string };

beforeAll(async () => {
  api = await createLoansTestApi();
  fund = await fundWithStaff(api, 'fund-inputs');
  assoc = await api.org('association', 'Asociación de prueba');
  assocAdmin = await api.as('inputs-admin', ['association_admin'], assoc);
  await addCapital(api, fund, 1_000_000, '2026-01-01');
  capital = (await expectStatus(await api.get(`/v1/funds/${fund.fundId}/ledger`, fund.officer), 200)).items[0];
  approved = await approvedLoan(api, fund, assoc, 10_000);
  active = await approvedLoan(api, fund, assoc, 20_000);
  await expectStatus(await api.post(`/v1/funds/${fund.fundId}/loans/${active.id}/disbursement`, fund.officer, { valueDate: '2026-01-10' }), 201);
});

const send = (method: string, path: string, token: string, body?: unknown, raw?: string) =>
  api.call(method, path, {
    token,
    headers: { 'idempotency-key': randomUUID(), ...(raw !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(raw !== undefined ? { body: raw } : body !== undefined ? { body } : {}),
  });

/** A JSON text with `amount` spelled exactly as given (numbers JSON can write but JavaScript cannot hold). */
const withRawAmount = (body: Record<string, unknown>, amount: string) => JSON.stringify({ ...body, amount: 0 }).replace('"amount":0', `"amount":${amount}`);

const BAD_DATES: unknown[] = [
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '20260101',
  '2026-1-1',
  '0000-01-01',
  '0099-12-31',
  '2026-06-01T00:00:00Z',
  '',
  ' 2026-01-01',
  20260101,
  null,
  true,
  ['2026-01-01'],
  { y: 2026 },
];
const BAD_AMOUNTS: unknown[] = [
  0,
  -1,
  -0.5,
  1.5,
  0.01,
  1e11 + 1,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  1e21,
  '100',
  null,
  true,
  [100],
  { amount: 1 },
];
const RAW_AMOUNTS = ['9007199254740993', '1e400', '-1e400', '123456789012345678901234567890', '1e-400'];

describe('client input on the loans routes', () => {
  it('malformed or impossible dates are a 400 naming the date field, on every route that takes one', async () => {
    const routes: Array<[string, string, string, Record<string, unknown>, string]> = [
      ['POST', `/v1/funds/${fund.fundId}/capital`, fund.officer, { amount: 1, donor: 'x' }, 'valueDate'],
      ['POST', `/v1/funds/${fund.fundId}/loans/${approved.id}/disbursement`, fund.officer, {}, 'valueDate'],
      ['POST', `/v1/funds/${fund.fundId}/loans/${active.id}/repayments`, fund.officer, { amount: 1 }, 'valueDate'],
      ['POST', `/v1/funds/${fund.fundId}/loans/${active.id}/write-off`, fund.approver, { reason: 'x' }, 'valueDate'],
      ['POST', `/v1/funds/${fund.fundId}/loans/${active.id}/restructuring`, fund.approver, { terms: MONTHLY_FLAT_12, reason: 'x' }, 'valueDate'],
      ['POST', `/v1/funds/${fund.fundId}/ledger/${capital.entryId}/reversal`, fund.approver, { reason: 'x' }, 'valueDate'],
    ];
    for (const [method, path, token, body, field] of routes) {
      for (const date of BAD_DATES) {
        const res = await send(method, path, token, { ...body, [field]: date });
        const problem = await res.json();
        expect(res.status, `${path} ${field}=${JSON.stringify(date)}`).toBe(400);
        expect(
          problem.errors.map((e: { path: string }) => e.path),
          `${path} ${field}=${JSON.stringify(date)}`,
        ).toContain(field);
      }
    }
    for (const date of BAD_DATES.filter((d) => typeof d === 'string')) {
      const res = await api.get(`/v1/funds/${fund.fundId}/metrics?asOf=${encodeURIComponent(date as string)}`, fund.officer);
      expect(res.status, `metrics asOf=${date}`).toBe(400);
      expect((await res.json()).errors[0].path).toBe('query.asOf');
    }
  });

  it('amounts that are not a positive whole number of céntimos up to S/ 1,000 millones are a 400 naming amount', async () => {
    const routes: Array<[string, string, Record<string, unknown>]> = [
      [`/v1/funds/${fund.fundId}/capital`, fund.officer, { donor: 'x' }],
      [`/v1/funds/${fund.fundId}/loans/${active.id}/repayments`, fund.officer, {}],
      [
        `/v1/funds/${fund.fundId}/applications`,
        fund.officer,
        { associationId: assoc, installments: 1, purpose: 'xxx', businessPlanSummary: 'xxxxxxxxxxxx', producers: 1 },
      ],
      [
        `/v1/orgs/${assoc}/loan-applications`,
        assocAdmin,
        { fundId: fund.fundId, installments: 1, purpose: 'xxx', businessPlanSummary: 'xxxxxxxxxxxx', producers: 1 },
      ],
    ];
    for (const [path, token, body] of routes) {
      for (const amount of BAD_AMOUNTS) {
        const res = await send('POST', path, token, { ...body, amount });
        expect(res.status, `${path} amount=${JSON.stringify(amount)}`).toBe(400);
        expect((await res.json()).errors.map((e: { path: string }) => e.path)).toContain('amount');
      }
      for (const amount of RAW_AMOUNTS) {
        const res = await send('POST', path, token, undefined, withRawAmount(body, amount));
        expect(res.status, `${path} amount=${amount}`).toBe(400);
      }
    }
    for (const amount of BAD_AMOUNTS) {
      const res = await send('POST', `/v1/funds/${fund.fundId}/loans/${approved.id}/evaluation`, fund.officer2, {
        recommendation: 'approve',
        notes: 'x',
        terms: MONTHLY_FLAT_12,
        amount,
      });
      expect(res.status, `evaluation amount=${JSON.stringify(amount)}`).toBe(400);
    }
    // Nothing moved.
    const summary = await expectStatus(await api.get(`/v1/funds/${fund.fundId}`, fund.officer), 200);
    expect(summary.cash.total).toBe(1_000_000 - 20_000);
  });

  it('terms at the edges are accepted or refused with a 4xx, never a 5xx', async () => {
    const edges = [
      { annualRateBps: 10_000, method: 'flat', installments: 120, period: { unit: 'month', every: 365 }, graceInstallments: 119 },
      { annualRateBps: 10_000, method: 'declining', installments: 120, period: { unit: 'month', every: 365 }, graceInstallments: 0 },
      { annualRateBps: 10_000, method: 'declining', installments: 120, period: { unit: 'day', every: 365 }, graceInstallments: 60 },
      { annualRateBps: 0, method: 'declining', installments: 120, period: { unit: 'day', every: 1 } },
      { annualRateBps: 10_001, method: 'flat', installments: 1 },
      { annualRateBps: 1200, method: 'flat', installments: 0 },
      { annualRateBps: 1200, method: 'flat', installments: 4, graceInstallments: 4 },
      { annualRateBps: 1200, method: 'balloon', installments: 4 },
      { annualRateBps: 1.5, method: 'flat', installments: 4 },
      { annualRateBps: 1200, method: 'flat', installments: 4, period: { unit: 'year', every: 1 } },
      { annualRateBps: 1200, method: 'flat', installments: 4, period: { unit: 'month', every: 0 } },
    ];
    for (const terms of edges) {
      const loan = await approvedLoanOrRefusal(terms);
      expect(loan.status, JSON.stringify(terms)).toBeLessThan(500);
      if (loan.status !== 200) continue;
      // A big loan on extreme terms is disbursed, repaid and restructured without a 5xx.
      const disbursed = await send('POST', `/v1/funds/${fund.fundId}/loans/${loan.id}/disbursement`, fund.officer, {});
      expect(disbursed.status, JSON.stringify(terms)).toBe(201);
      const repaid = await send('POST', `/v1/funds/${fund.fundId}/loans/${loan.id}/repayments`, fund.officer, { amount: 1 });
      expect(repaid.status, JSON.stringify(terms)).toBe(201);
      const restructured = await proposeAndConfirm(api, fund, loan.id, 'restructuring', { terms, reason: 'x' });
      expect(restructured.status, JSON.stringify(terms)).toBe(201);
    }
    expect((await expectStatus(await api.get(`/v1/funds/${fund.fundId}`, fund.officer), 200)).trialBalance).toBe(0);
    expect((await api.get(`/v1/funds/${fund.fundId}/metrics`, fund.officer)).status).toBe(200);
  });

  it('bodies that are not JSON objects, and ids of the wrong shape, are a 4xx', async () => {
    const paths = [
      `/v1/funds/${fund.fundId}/capital`,
      `/v1/funds/${fund.fundId}/applications`,
      `/v1/funds/${fund.fundId}/loans/${approved.id}/evaluation`,
      `/v1/funds/${fund.fundId}/loans/${active.id}/repayments`,
      `/v1/funds/${fund.fundId}/ledger/${capital.entryId}/reversal`,
    ];
    const token = await api.as('inputs-root', ['platform_admin']);
    for (const path of paths) {
      for (const raw of ['', 'null', '[]', '"text"', '42', '{', '{"amount":}', '{"a":1}{"b":2}']) {
        const res = await send('POST', path, token, undefined, raw);
        expect(res.status, `${path} ${raw}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${path} ${raw}`).toBeLessThan(500);
      }
    }
    const badIds = [
      `/v1/funds/org_x/capital`,
      `/v1/funds/${fund.fundId}/loans/loan_01jd3z9q4x8v6t2m1n0p5r7s9w/repayments`,
      `/v1/funds/${fund.fundId}/loans/${active.id}x/repayments`,
      `/v1/funds/${fund.fundId}/ledger/je_short/reversal`,
      `/v1/orgs/${assoc.toLowerCase()}/loan-applications`,
    ];
    for (const path of badIds) {
      const res = await send('POST', path, token, { amount: 1, donor: 'x', reason: 'x', valueDate: '2026-01-01' });
      expect(res.status, path).toBe(400);
      expect((await res.json()).errors[0].path, path).toMatch(/^path\./);
    }
  });

  it('query parameters out of range are a 400 naming them', async () => {
    const cases: Array<[string, string]> = [
      [`/v1/funds/${fund.fundId}/ledger?limit=0`, 'query.limit'],
      [`/v1/funds/${fund.fundId}/ledger?limit=101`, 'query.limit'],
      [`/v1/funds/${fund.fundId}/ledger?limit=1.5`, 'query.limit'],
      [`/v1/funds/${fund.fundId}/ledger?limit=abc`, 'query.limit'],
      [`/v1/funds/${fund.fundId}/ledger?cursor=***`, 'query.cursor'],
      [`/v1/funds/${fund.fundId}/loans?status=paid`, 'query.status'],
      [`/v1/orgs/${assoc}/loans?limit=-1`, 'query.limit'],
      [`/v1/funds/${fund.fundId}/metrics?asOf=yesterday`, 'query.asOf'],
    ];
    for (const [path, field] of cases) {
      const res = await api.get(path, path.includes('/orgs/') ? assocAdmin : fund.officer);
      expect(res.status, path).toBe(400);
      expect(
        (await res.json()).errors.map((e: { path: string }) => e.path),
        path,
      ).toContain(field);
    }
    // A cursor of another listing (the fund's loans) on the ledger is refused, not passed to DynamoDB.
    await approvedLoan(api, fund, assoc, 1_000);
    const loansPage = await expectStatus(await api.get(`/v1/funds/${fund.fundId}/loans?limit=1`, fund.officer), 200);
    const res = await api.get(`/v1/funds/${fund.fundId}/ledger?cursor=${loansPage.nextCursor}`, fund.officer);
    expect(res.status).toBe(400);
  });
});

/** Records, evaluates (with `terms`) and approves a S/ 1,000 million loan; the evaluation's status when it is refused. */
async function approvedLoanOrRefusal(terms: unknown): Promise<{ status: number; id: string }> {
  await addCapital(api, fund, 100_000_000_00);
  const loan = await expectStatus(
    await api.post(`/v1/funds/${fund.fundId}/applications`, fund.officer, {
      associationId: assoc,
      amount: 100_000_000_00,
      installments: 120,
      purpose: 'Planta',
      businessPlanSummary: 'Planta de procesamiento.',
      producers: 100_000,
    }),
    201,
  );
  const evaluation = await send('POST', `/v1/funds/${fund.fundId}/loans/${loan.id}/evaluation`, fund.officer2, {
    recommendation: 'approve',
    notes: 'x',
    terms,
  });
  if (evaluation.status !== 200) return { status: evaluation.status, id: loan.id };
  const approval = await send('POST', `/v1/funds/${fund.fundId}/loans/${loan.id}/approval`, fund.approver, {});
  return { status: approval.status, id: loan.id };
}

import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIELD_TEXTS, MESSAGES, WORDS } from '../../packages/loans/src/messages.js';
import { expectCompleteCatalog } from '../support/messages.js';
import { addCapital, approvedLoan, createLoansTestApi, expectStatus, fundWithStaff, proposeAndConfirm, type FundActors, type LoansTestApi } from './support.js';

let api: LoansTestApi;
let fund: FundActors;
let ASSOC: string;

beforeAll(async () => {
  api = await createLoansTestApi();
  fund = await fundWithStaff(api, 'messages');
  ASSOC = await api.org('association', 'Sumaq Ausangate');
  await addCapital(api, fund, 100_000, '2026-01-01');
});

const fundPath = (loanId: string, action: string) => `/v1/funds/${fund.fundId}/loans/${loanId}/${action}`;

/** The same POST said three ways: Spanish by default, Quechua by Accept-Language, English by `?lang=`. */
async function inThreeLanguages(path: string, token: string, body: unknown) {
  const responses = [
    await api.post(path, token, body),
    await api.call('POST', path, { token, body, headers: { 'idempotency-key': randomUUID(), 'accept-language': 'qu' } }),
    await api.post(`${path}?lang=en`, token, body),
  ];
  return Promise.all(responses.map(async (res) => ({ status: res.status, language: res.headers.get('content-language'), problem: await res.json() })));
}

function expectSaid(said: Awaited<ReturnType<typeof inThreeLanguages>>, status: number, code: string, details: readonly [string, string, string]) {
  expect(said.map((s) => s.status)).toEqual([status, status, status]);
  expect(said.map((s) => s.problem.code)).toEqual([code, code, code]);
  expect(said.map((s) => s.language)).toEqual(['es', 'qu', 'en']);
  expect(new Set(said.map((s) => s.problem.detail)).size).toBe(3);
  expect(said.map((s) => s.problem.detail)).toEqual(details);
}

// One retry: twice in about ten full runs under load (2026-12-01), reading one of these problem
// responses failed with undici's "Body is unusable: Body has already been read" before any assertion
// ran; the cause is not found yet (see the closing note of that day). Every assertion still holds on
// the retry, so a behaviour that breaks still fails.
describe('loans errors in the reader’s language', { retry: 1 }, () => {
  let big: string;

  it('says a disbursement the fund cannot cover in money a person reads', async () => {
    big = (await approvedLoan(api, fund, ASSOC, 120_000)).id;
    const said = await inThreeLanguages(fundPath(big, 'disbursement'), fund.officer, {});
    expectSaid(said, 409, 'insufficient-funds', [
      'El fondo tiene S/ 1,000.00 en caja; se necesitan S/ 1,200.00.',
      'Fondopi S/ 1,000.00 qullqilla kachkan; S/ 1,200.00 qullqim munakun.',
      'The fund holds S/ 1,000.00 in cash; S/ 1,200.00 is needed.',
    ]);
    expect(said[0]!.problem).toMatchObject({ needed: 120_000, available: 100_000 });
  });

  it('says an overpayment, and an action the loan’s state does not allow, with the state named in each language', async () => {
    const loan = (await approvedLoan(api, fund, ASSOC, 50_000)).id;
    await expectStatus(await api.post(fundPath(loan, 'disbursement'), fund.officer, {}), 201);
    await expectStatus(await proposeAndConfirm(api, fund, loan, 'write-off', { reason: 'Helada' }), 201);

    expectSaid(await inThreeLanguages(fundPath(loan, 'repayments'), fund.officer, { amount: 60_000 }), 422, 'overpayment', [
      'Pagas S/ 600.00, pero lo máximo que se puede pagar hoy es S/ 500.00.',
      'S/ 600.00 payllanki; kunanqa S/ 500.00-llatam payllayta atikun.',
      'A payment of S/ 600.00 exceeds the S/ 500.00 payable on this loan today; overpayments are refused.',
    ]);

    const said = await inThreeLanguages(fundPath(loan, 'disbursement'), fund.officer, {});
    expectSaid(said, 409, 'illegal-transition', [
      'No se puede desembolsar un préstamo que está castigado (solo se permite desde: aprobado).',
      'Manukuyqa pampachasqa kachkan: «qullqi quy» manam atikunchu (chaskisqa kaqllapim atikun).',
      'Cannot disburse a loan that is written_off (allowed from: approved).',
    ]);
    for (const { problem } of said) expect(problem).toMatchObject({ currentState: 'written_off', allowedFrom: ['approved'] });
  });

  it('says the field messages the loans schemas write', async () => {
    const said = await inThreeLanguages(fundPath(big, 'repayments'), fund.officer, { amount: 0 });
    expect(said.map((s) => s.status)).toEqual([400, 400, 400]);
    expect(said.map((s) => s.problem.errors.find((e: { path: string }) => e.path === 'amount')?.message)).toEqual([
      'debe ser al menos 1 céntimo',
      'aschallanpas 1 céntimo kanan',
      'must be at least 1 minor unit',
    ]);
  });
});

describe('the loans catalogs', () => {
  it('are written in Spanish, Quechua and English, with the same parameters', () => {
    const entries = [MESSAGES, FIELD_TEXTS, ...Object.values(WORDS)].reduce((n, catalog) => n + Object.keys(catalog).length, 0);
    expect(entries).toBeGreaterThan(40);
    expectCompleteCatalog(MESSAGES, 'loans.');
    expectCompleteCatalog(FIELD_TEXTS, 'loans.');
    for (const words of Object.values(WORDS)) expectCompleteCatalog(words);
  });
});

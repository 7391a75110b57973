import { requirePrincipal } from '@ayni/auth';
import { createRouter, csvDocument, csvResponse, withOperationIds, type AppEnv, type Runtime } from '@ayni/http';
import { message, renderMessage, type Locale } from '@ayni/core';
import type { Context } from 'hono';
import { loanView } from './events.js';
import { MESSAGES } from './messages.js';
import type { Loan } from './model.js';
import type { OrganisationLookup } from './organisations.js';
import * as r from './routes/definitions.js';
import {
  approveApplication,
  evaluateApplication,
  listAssociationLoans,
  listFundLoans,
  loanOfAssociation,
  loanOfFund,
  rejectApplication,
  submitApplication,
  withdrawApplication,
} from './service/applications.js';
import { loansContext, type Actor } from './service/context.js';
import { disburseLoan } from './service/disbursement.js';
import { ledgerExport, loansExport } from './service/exports.js';
import { contributeCapital, getFundSummary, listLedger, reverseCapital, setPolicy } from './service/funds.js';
import { confirmRestructuring, confirmWriteOff, proposeRestructuring, proposeWriteOff, withdrawProposal } from './service/lifecycle.js';
import { fundMetrics } from './service/metrics.js';
import { recordRepayment } from './service/repayments.js';
import { fundWorklist, type WorklistRow } from './service/worklist.js';

// Each route's operationId is its name in definitions.ts (createApplication, recordRepayment, ...).
withOperationIds(r);

const actor = (c: Context<AppEnv>): Actor => requirePrincipal(c);

/** A worklist row as answered: the next installment always present (null when none), and the row said for a person. */
function worklistRowView(row: WorklistRow, locale: Locale) {
  const money = (amount: number) => ({ money: { amount, currency: row.currency } });
  const said = renderMessage(
    message(MESSAGES, 'loans.worklist.summary', {
      association: row.association.name,
      days: row.daysLate,
      overdue: money(row.overdue.total),
      principal: money(row.overdue.principal),
      interest: money(row.overdue.interest),
      penalties: money(row.overdue.penalties),
    }),
    locale,
  );
  const next = row.nextInstallment;
  const nextSaid = next
    ? ` ${renderMessage(message(MESSAGES, 'loans.worklist.next-installment', { amount: money(next.amount), dueDate: { date: next.dueDate } }), locale)}`
    : '';
  const { associationId: _associationId, status: _status, ...rest } = row;
  return { ...rest, status: 'in_arrears' as const, nextInstallment: next ?? null, summary: said + nextSaid };
}

/** A page of loans as answered (`loanView`). */
const pageView = <P extends { items: Loan[] }>(page: P) => ({ ...page, items: page.items.map(loanView) });

/** A posting as answered: its loan as `loanView` says it. */
const postingView = <P extends { loan: Loan }>(posting: P) => ({ ...posting, loan: loanView(posting.loan) });

/** The loans router: validate, authorize (declared per route), call the service, shape the response. */
export function createLoansRouter(runtime: Runtime, organisations: OrganisationLookup) {
  const ctx = loansContext({ store: runtime.store, clock: runtime.clock, organisations });
  const router = createRouter();

  router.openapi(r.getFund, async (c) => c.json(await getFundSummary(ctx, c.req.valid('param').fundId), 200));

  router.openapi(r.putPolicy, async (c) => c.json(await setPolicy(ctx, c.req.valid('param').fundId, c.req.valid('json')), 200));

  router.openapi(r.postCapital, async (c) => c.json(await contributeCapital(ctx, actor(c), c.req.valid('param').fundId, c.req.valid('json')), 201));

  router.openapi(r.postReversal, async (c) => {
    const { fundId, entryId } = c.req.valid('param');
    const { valueDate, reason } = c.req.valid('json');
    return c.json(await reverseCapital(ctx, actor(c), fundId, { entryId, valueDate }, reason), 201);
  });

  router.openapi(r.listLedgerRoute, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    return c.json(await listLedger(ctx, c.req.valid('param').fundId, { limit, cursor }), 200);
  });

  router.openapi(r.exportLedgerCsv, async (c) => {
    const { fundId } = c.req.valid('param');
    const { from, to, limit, cursor } = c.req.valid('query');
    const page = await ledgerExport(ctx, fundId, { from, to, limit, cursor, lang: c.get('locale').lang });
    return csvResponse(c, `ledger-${fundId}-${from}-${to}.csv`, csvDocument(page.header, page.rows), page.nextCursor);
  });

  router.openapi(r.exportLoansCsv, async (c) => {
    const { fundId } = c.req.valid('param');
    const page = await loansExport(ctx, fundId, { ...c.req.valid('query'), lang: c.get('locale').lang });
    return csvResponse(c, `loans-${fundId}.csv`, csvDocument(page.header, page.rows), page.nextCursor);
  });

  router.openapi(r.getMetrics, async (c) => c.json(await fundMetrics(ctx, c.req.valid('param').fundId, c.req.valid('query').asOf), 200));

  router.openapi(r.postOfficerApplication, async (c) => {
    const { fundId } = c.req.valid('param');
    return c.json(loanView(await submitApplication(ctx, actor(c), { fundId, ...c.req.valid('json') }, 'fund_officer')), 201);
  });

  router.openapi(r.listFundLoansRoute, async (c) => c.json(pageView(await listFundLoans(ctx, c.req.valid('param').fundId, c.req.valid('query'))), 200));

  router.openapi(r.getWorklist, async (c) => {
    const { items, nextCursor } = await fundWorklist(ctx, c.req.valid('param').fundId, c.req.valid('query'));
    const locale = c.get('locale');
    return c.json({ items: items.map((row) => worklistRowView(row, locale)), ...(nextCursor ? { nextCursor } : {}) }, 200);
  });

  router.openapi(r.getFundLoan, async (c) => {
    const { fundId, loanId } = c.req.valid('param');
    return c.json(loanView(await loanOfFund(ctx, fundId, loanId)), 200);
  });

  router.openapi(r.postEvaluation, async (c) => {
    const { fundId, loanId } = c.req.valid('param');
    return c.json(loanView(await evaluateApplication(ctx, actor(c), fundId, loanId, c.req.valid('json'))), 200);
  });

  router.openapi(r.postApproval, async (c) => {
    const { fundId, loanId } = c.req.valid('param');
    return c.json(loanView(await approveApplication(ctx, actor(c), fundId, loanId, c.req.valid('json'))), 200);
  });

  router.openapi(r.postRejection, async (c) => {
    const { fundId, loanId } = c.req.valid('param');
    return c.json(loanView(await rejectApplication(ctx, actor(c), fundId, loanId, c.req.valid('json').reason)), 200);
  });

  router.openapi(r.postDisbursement, async (c) => {
    const { fundId, loanId } = c.req.valid('param');
    return c.json(postingView(await disburseLoan(ctx, actor(c), fundId, loanId, c.req.valid('json'))), 201);
  });

  router.openapi(r.postRepayment, async (c) => {
    const { fundId, loanId } = c.req.valid('param');
    return c.json(postingView(await recordRepayment(ctx, actor(c), fundId, loanId, c.req.valid('json'))), 201);
  });

  router.openapi(r.postWriteOff, async (c) => {
    const { fundId, loanId } = c.req.valid('param');
    return c.json(loanView(await proposeWriteOff(ctx, actor(c), fundId, loanId, c.req.valid('json'))), 202);
  });

  router.openapi(r.postWriteOffApproval, async (c) => {
    const { fundId, loanId } = c.req.valid('param');
    return c.json(postingView(await confirmWriteOff(ctx, actor(c), fundId, loanId, c.req.valid('json'))), 201);
  });

  router.openapi(r.postWriteOffWithdrawal, async (c) => {
    const { fundId, loanId } = c.req.valid('param');
    return c.json(loanView(await withdrawProposal(ctx, actor(c), fundId, loanId, 'write_off', c.req.valid('json').reason)), 200);
  });

  router.openapi(r.postRestructure, async (c) => {
    const { fundId, loanId } = c.req.valid('param');
    return c.json(loanView(await proposeRestructuring(ctx, actor(c), fundId, loanId, c.req.valid('json'))), 202);
  });

  router.openapi(r.postRestructureApproval, async (c) => {
    const { fundId, loanId } = c.req.valid('param');
    const { successor, ...posting } = await confirmRestructuring(ctx, actor(c), fundId, loanId, c.req.valid('json'));
    return c.json({ ...postingView(posting), successor: loanView(successor) }, 201);
  });

  router.openapi(r.postRestructureWithdrawal, async (c) => {
    const { fundId, loanId } = c.req.valid('param');
    return c.json(loanView(await withdrawProposal(ctx, actor(c), fundId, loanId, 'restructure', c.req.valid('json').reason)), 200);
  });

  router.openapi(r.postAssociationApplication, async (c) => {
    const { orgId } = c.req.valid('param');
    const { fundId, ...rest } = c.req.valid('json');
    return c.json(loanView(await submitApplication(ctx, actor(c), { fundId, associationId: orgId, ...rest }, 'association')), 201);
  });

  router.openapi(r.listAssociationLoansRoute, async (c) =>
    c.json(pageView(await listAssociationLoans(ctx, c.req.valid('param').orgId, c.req.valid('query'))), 200),
  );

  router.openapi(r.getAssociationLoan, async (c) => {
    const { orgId, loanId } = c.req.valid('param');
    return c.json(loanView(await loanOfAssociation(ctx, orgId, loanId)), 200);
  });

  router.openapi(r.postWithdrawal, async (c) => {
    const { orgId, loanId } = c.req.valid('param');
    return c.json(loanView(await withdrawApplication(ctx, actor(c), orgId, loanId, c.req.valid('json').reason)), 200);
  });

  return router;
}

import { allow } from '@ayni/auth';
import { defineRoute, jsonBody, jsonContent, problemResponses } from '@ayni/http';
import {
  approveBody,
  associationApplicationBody,
  capitalBody,
  confirmBody,
  disburseBody,
  entryPageSchema,
  entryParams,
  entrySchema,
  evaluationBody,
  fundLoanParams,
  fundParams,
  fundSummarySchema,
  ledgerExportQuery,
  loanListQuery,
  loanPageSchema,
  loanSchema,
  loansExportQuery,
  metricsQuery,
  metricsSchema,
  officerApplicationBody,
  orgLoanParams,
  orgParams,
  policyBody,
  policySchema,
  postingResultSchema,
  reasonBody,
  repaymentBody,
  restructureBody,
  restructureResultSchema,
  reversalBody,
  withdrawBody,
  withdrawProposalBody,
  worklistPageSchema,
  worklistQuery,
  writeOffBody,
} from '../schemas.js';
import { pageQuerySchema } from '@ayni/http';
import { z } from '@hono/zod-openapi';

const tags = ['FREES fund'];
const FUND_STAFF = allow(['fund_officer', 'fund_approver', 'platform_admin'], { orgParam: 'fundId' });
const OFFICER = allow(['fund_officer', 'platform_admin'], { orgParam: 'fundId' });
const APPROVER = allow(['fund_approver', 'platform_admin'], { orgParam: 'fundId' });
const ASSOCIATION = allow(['association_admin', 'association_member', 'platform_admin'], { orgParam: 'orgId' });
const ASSOCIATION_ADMIN = allow(['association_admin', 'platform_admin'], { orgParam: 'orgId' });

export const getFund = defineRoute({
  method: 'get',
  path: '/funds/{fundId}',
  tags,
  access: FUND_STAFF,
  summary: 'Fund book: balances, trial balance, cash by origin, policy',
  request: { params: fundParams },
  responses: { 200: jsonContent(fundSummarySchema, 'The fund'), ...problemResponses(400, 401, 403, 404) },
});

export const putPolicy = defineRoute({
  method: 'put',
  path: '/funds/{fundId}/policy',
  tags,
  access: APPROVER,
  summary: 'Set payment allocation order and penalty policy',
  request: { params: fundParams, body: jsonBody(policyBody) },
  responses: { 200: jsonContent(policySchema, 'The updated book'), ...problemResponses(400, 401, 403, 404) },
});

export const postCapital = defineRoute({
  method: 'post',
  path: '/funds/{fundId}/capital',
  tags,
  access: OFFICER,
  idempotency: 'required',
  summary: 'Record a donor capital contribution (Dr cash / Cr donor capital)',
  request: { params: fundParams, body: jsonBody(capitalBody) },
  responses: { 201: jsonContent(entrySchema, 'The journal entry'), ...problemResponses(400, 401, 403, 404, 422) },
});

export const postReversal = defineRoute({
  method: 'post',
  path: '/funds/{fundId}/ledger/{entryId}/reversal',
  tags,
  access: APPROVER,
  idempotency: 'required',
  summary: 'Reverse a capital contribution recorded by mistake (a new, opposite entry)',
  request: { params: entryParams, body: jsonBody(reversalBody) },
  responses: { 201: jsonContent(entrySchema, 'The reversing entry'), ...problemResponses(400, 401, 403, 404, 409, 422) },
});

export const listLedgerRoute = defineRoute({
  method: 'get',
  path: '/funds/{fundId}/ledger',
  tags,
  access: FUND_STAFF,
  summary: 'Journal entries in value-date order',
  request: { params: fundParams, query: pageQuerySchema },
  responses: { 200: jsonContent(entryPageSchema, 'One page of entries'), ...problemResponses(400, 401, 403, 404) },
});

/** A page of a CSV export: the document, its download name, and where the next page is. */
function csvExportResponse(description: string) {
  const text = { type: 'string' as const };
  return {
    description,
    content: {
      'text/csv': {
        schema: z.string().openapi({
          description:
            'RFC 4180 CSV: UTF-8 with a byte-order mark, CRLF line ends, a header row (Spanish by default, English with `?lang=en`); money as plain decimals beside a currency column',
        }),
      },
    },
    headers: {
      'Content-Disposition': { description: 'attachment; filename="…" (the download name)', schema: text },
      Link: { description: 'The next page, `<…>; rel="next"` (RFC 8288); absent on the last page', schema: text },
      'X-Next-Cursor': { description: 'The cursor of the next page; absent on the last page', schema: text },
    },
  };
}

export const exportLedgerCsv = defineRoute({
  method: 'get',
  path: '/funds/{fundId}/exports/ledger.csv',
  tags,
  access: FUND_STAFF,
  summary: 'The journal as CSV for spreadsheets: a row per line (date, entry, kind, memo, account, debit, credit, loan, association), between two value dates',
  description:
    'Bounded: `from` and `to` (value dates, both included) are required and span at most 366 days; a page holds at most `limit` rows and never splits an entry. Same access as `GET /funds/{fundId}/ledger`.',
  request: { params: fundParams, query: ledgerExportQuery },
  responses: { 200: csvExportResponse('One page of the journal, as CSV'), ...problemResponses(400, 401, 403) },
});

export const exportLoansCsv = defineRoute({
  method: 'get',
  path: '/funds/{fundId}/exports/loans.csv',
  tags,
  access: FUND_STAFF,
  summary:
    "The fund's loans and applications as CSV for spreadsheets: association, status, principal, outstanding, repaid, interest and penalties paid, written off, days past due, dates",
  description: 'Bounded: at most `limit` loans a page, the next page in the `Link` header. Same access as `GET /funds/{fundId}/loans`.',
  request: { params: fundParams, query: loansExportQuery },
  responses: { 200: csvExportResponse('One page of the loans, as CSV'), ...problemResponses(400, 401, 403) },
});

export const getMetrics = defineRoute({
  method: 'get',
  path: '/funds/{fundId}/metrics',
  tags,
  access: FUND_STAFF,
  summary: 'Headline figures computed from the ledger, each with its formula',
  request: { params: fundParams, query: metricsQuery },
  responses: { 200: jsonContent(metricsSchema, 'The metrics on asOf'), ...problemResponses(400, 401, 403, 404, 422) },
});

export const postOfficerApplication = defineRoute({
  method: 'post',
  path: '/funds/{fundId}/applications',
  tags,
  access: OFFICER,
  idempotency: 'required',
  summary: 'Record a loan application on behalf of an association',
  request: { params: fundParams, body: jsonBody(officerApplicationBody) },
  responses: { 201: jsonContent(loanSchema, 'The application (a loan in status submitted)'), ...problemResponses(400, 401, 403, 404, 422) },
});

export const listFundLoansRoute = defineRoute({
  method: 'get',
  path: '/funds/{fundId}/loans',
  tags,
  access: FUND_STAFF,
  summary: "The fund's loans and applications",
  request: { params: fundParams, query: loanListQuery },
  responses: { 200: jsonContent(loanPageSchema, 'One page of loans'), ...problemResponses(400, 401, 403) },
});

export const getWorklist = defineRoute({
  method: 'get',
  path: '/funds/{fundId}/worklist',
  tags,
  access: FUND_STAFF,
  summary:
    "Who is late: the fund's loans in arrears with the association's name and contact, days late, what is overdue (principal, interest, penalties) and the next installment; most days late or most overdue first",
  request: { params: fundParams, query: worklistQuery },
  responses: { 200: jsonContent(worklistPageSchema, 'One page of the worklist'), ...problemResponses(400, 401, 403) },
});

export const getFundLoan = defineRoute({
  method: 'get',
  path: '/funds/{fundId}/loans/{loanId}',
  tags,
  access: FUND_STAFF,
  summary: 'A loan with its schedule',
  request: { params: fundLoanParams },
  responses: { 200: jsonContent(loanSchema, 'The loan'), ...problemResponses(400, 401, 403, 404) },
});

const transition = <B extends Parameters<typeof jsonBody>[0]>(action: string, access: typeof OFFICER, body: B, summary: string) =>
  ({
    method: 'post',
    path: `/funds/{fundId}/loans/{loanId}/${action}`,
    tags,
    access,
    summary,
    request: { params: fundLoanParams, body: jsonBody(body) },
  }) as const;

export const postEvaluation = defineRoute({
  ...transition('evaluation', OFFICER, evaluationBody, 'Evaluate an application: recommendation and proposed terms'),
  responses: { 200: jsonContent(loanSchema, 'The evaluated application'), ...problemResponses(400, 401, 403, 404, 409) },
});

export const postApproval = defineRoute({
  ...transition(
    'approval',
    APPROVER,
    approveBody,
    "Approve an evaluated application (maker-checker: not by whoever recorded or evaluated it; against a 'reject' recommendation only with a written `reason`)",
  ),
  responses: { 200: jsonContent(loanSchema, 'The approved loan'), ...problemResponses(400, 401, 403, 404, 409) },
});

export const postRejection = defineRoute({
  ...transition('rejection', allow(['fund_officer', 'fund_approver', 'platform_admin'], { orgParam: 'fundId' }), reasonBody, 'Reject an application'),
  responses: { 200: jsonContent(loanSchema, 'The rejected application'), ...problemResponses(400, 401, 403, 404, 409) },
});

export const postDisbursement = defineRoute({
  ...transition('disbursement', OFFICER, disburseBody, 'Disburse an approved loan from the fund cash (refused if the fund cannot cover it)'),
  idempotency: 'required',
  responses: { 201: jsonContent(postingResultSchema, 'The active loan and its entry'), ...problemResponses(400, 401, 403, 404, 409, 422) },
});

export const postRepayment = defineRoute({
  ...transition('repayments', OFFICER, repaymentBody, 'Record a repayment (or a recovery on a written-off loan)'),
  idempotency: 'required',
  responses: { 201: jsonContent(postingResultSchema, 'The loan after the payment and the entry'), ...problemResponses(400, 401, 403, 404, 409, 422) },
});

// Four eyes where money leaves the book: one fund approver proposes a write-off or restructuring
// (the loan records the proposal and does not move), a different one, who is neither the proposer
// nor the loan's evaluator, confirms it and the entry is posted; the proposal can be withdrawn.

export const postWriteOff = defineRoute({
  ...transition('write-off', APPROVER, writeOffBody, 'Propose writing off the outstanding principal (a second fund approver confirms it)'),
  idempotency: 'required',
  responses: {
    202: jsonContent(loanSchema, 'The loan, unchanged but for its pendingProposal'),
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

export const postWriteOffApproval = defineRoute({
  ...transition(
    'write-off/approval',
    APPROVER,
    confirmBody,
    "Confirm the pending write-off (four eyes: not by its proposer nor the loan's evaluator); posts Dr write_offs / Cr loans_receivable",
  ),
  idempotency: 'required',
  responses: { 201: jsonContent(postingResultSchema, 'The written-off loan and its entry'), ...problemResponses(400, 401, 403, 404, 409, 422) },
});

export const postWriteOffWithdrawal = defineRoute({
  ...transition('write-off/withdrawal', APPROVER, withdrawProposalBody, 'Withdraw the pending write-off proposal (its proposer or another fund approver)'),
  responses: { 200: jsonContent(loanSchema, 'The loan without a pending proposal'), ...problemResponses(400, 401, 403, 404, 409) },
});

export const postRestructure = defineRoute({
  ...transition(
    'restructuring',
    APPROVER,
    restructureBody,
    'Propose replacing the loan by a successor carrying its outstanding principal on new terms (a second fund approver confirms it)',
  ),
  idempotency: 'required',
  responses: {
    202: jsonContent(loanSchema, 'The loan, unchanged but for its pendingProposal'),
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

export const postRestructureApproval = defineRoute({
  ...transition(
    'restructuring/approval',
    APPROVER,
    confirmBody,
    "Confirm the pending restructuring (four eyes: not by its proposer nor the loan's evaluator); opens the successor loan",
  ),
  idempotency: 'required',
  responses: { 201: jsonContent(restructureResultSchema, 'Both loans and the entry'), ...problemResponses(400, 401, 403, 404, 409, 422) },
});

export const postRestructureWithdrawal = defineRoute({
  ...transition(
    'restructuring/withdrawal',
    APPROVER,
    withdrawProposalBody,
    'Withdraw the pending restructuring proposal (its proposer or another fund approver)',
  ),
  responses: { 200: jsonContent(loanSchema, 'The loan without a pending proposal'), ...problemResponses(400, 401, 403, 404, 409) },
});

export const postAssociationApplication = defineRoute({
  method: 'post',
  path: '/orgs/{orgId}/loan-applications',
  tags,
  access: ASSOCIATION_ADMIN,
  idempotency: 'required',
  summary: 'Apply for a loan to a fund',
  request: { params: orgParams, body: jsonBody(associationApplicationBody) },
  responses: { 201: jsonContent(loanSchema, 'The application'), ...problemResponses(400, 401, 403, 404, 422) },
});

export const listAssociationLoansRoute = defineRoute({
  method: 'get',
  path: '/orgs/{orgId}/loans',
  tags,
  access: ASSOCIATION,
  summary: "The association's loans and applications",
  request: { params: orgParams, query: loanListQuery },
  responses: { 200: jsonContent(loanPageSchema, 'One page of loans'), ...problemResponses(400, 401, 403) },
});

export const getAssociationLoan = defineRoute({
  method: 'get',
  path: '/orgs/{orgId}/loans/{loanId}',
  tags,
  access: ASSOCIATION,
  summary: "One of the association's loans with its schedule",
  request: { params: orgLoanParams },
  responses: { 200: jsonContent(loanSchema, 'The loan'), ...problemResponses(400, 401, 403, 404) },
});

export const postWithdrawal = defineRoute({
  method: 'post',
  path: '/orgs/{orgId}/loans/{loanId}/withdrawal',
  tags,
  access: ASSOCIATION_ADMIN,
  summary: 'Withdraw a submitted application',
  request: { params: orgLoanParams, body: jsonBody(withdrawBody) },
  responses: { 200: jsonContent(loanSchema, 'The withdrawn application'), ...problemResponses(400, 401, 403, 404, 409) },
});

import { nonNegativeMinorUnitsSchema } from '@ayni/core';
import { calendarDateSchema, pageQuerySchema, pageSchema, timestampSchema } from '@ayni/http';
import { z } from '@hono/zod-openapi';
import { ACCOUNT_NAMES } from './accounts.js';
import { COMPONENTS } from './allocation.js';
import { isBusinessDate } from './dates.js';
import { ENTRY_KINDS } from './ledger.js';
import { FIELD_TEXTS } from './messages.js';
import { LOAN_STATUSES } from './model.js';
import { WORKLIST_SORTS } from './worklist.js';

export { orgIdSchema } from '@ayni/http';
import { orgIdSchema } from '@ayni/http';
export const loanIdSchema = z
  .string()
  .regex(/^loan_[0-9A-HJKMNP-TV-Z]{26}$/, FIELD_TEXTS['loans.field.loan-id'].en)
  .openapi({ example: 'loan_01JD3Z9Q4X8V6T2M1N0P5R7S9W' });
export const entryIdSchema = z.string().regex(/^je_[0-9A-HJKMNP-TV-Z]{26}$/, FIELD_TEXTS['loans.field.entry-id'].en);
export const dateSchema = z
  .string()
  .refine(isBusinessDate, { message: FIELD_TEXTS['loans.field.calendar-date'].en })
  .openapi({ example: '2026-03-15', format: 'date' });

const positiveMinor = nonNegativeMinorUnitsSchema.min(1, { error: FIELD_TEXTS['loans.field.min-one-minor-unit'].en }).max(1_000_000_000_00);
const amountField = positiveMinor.openapi({ description: 'Amount in PEN céntimos (integer minor units)', example: 1_500_000 });

/** Ids used by the request examples: the FREES fund and two associations it lends to. */
const EXAMPLE_FUND_ID = 'org_01JD40A7FR3ESK2M9QW6T8V5XB';
const EXAMPLE_SUMAQ_AUSANGATE_ID = 'org_01JD3Z9Q4X8V6T2M1N0P5R7S9W';
const EXAMPLE_HUAROQ_SARA_ID = 'org_01JD41H8Q2SARA5M7N3P9V6T4W';
/** Twelve monthly installments at 12 % a year, the first two interest only. */
const EXAMPLE_TERMS = { annualRateBps: 1200, method: 'flat', installments: 12, period: { unit: 'month', every: 1 }, graceInstallments: 2 } as const;

export const fundParams = z.object({ fundId: orgIdSchema });
export const fundLoanParams = z.object({ fundId: orgIdSchema, loanId: loanIdSchema });
export const orgParams = z.object({ orgId: orgIdSchema });
export const orgLoanParams = z.object({ orgId: orgIdSchema, loanId: loanIdSchema });
export const entryParams = z.object({ fundId: orgIdSchema, entryId: entryIdSchema });

export const termsSchema = z
  .object({
    annualRateBps: z.int().min(0).max(10_000).openapi({ description: 'Nominal annual rate in basis points (1200 = 12%)', example: 1200 }),
    method: z.enum(['flat', 'declining']).openapi({ description: 'flat: interest on the original principal; declining: equal installments on the balance' }),
    installments: z.int().min(1).max(120),
    period: z
      .object({ unit: z.enum(['month', 'day']), every: z.int().min(1).max(365) })
      .default({ unit: 'month', every: 1 })
      .openapi({ description: 'Installments every N months (monthly by default) or every N days' }),
    graceInstallments: z.int().min(0).max(119).default(0).openapi({ description: 'First installments carrying interest only' }),
  })
  .refine((t) => t.graceInstallments < t.installments, { message: FIELD_TEXTS['loans.field.grace-leaves-amortising'].en, path: ['graceInstallments'] })
  .openapi('LoanTerms');

const applicationFields = {
  amount: amountField,
  installments: z.int().min(1).max(120).openapi({ description: 'Term requested, in installments' }),
  purpose: z.string().trim().min(3).max(500),
  businessPlanSummary: z.string().trim().min(10).max(5000),
  producers: z.int().min(1).max(100_000).openapi({ description: 'Producers (member families) who benefit' }),
};

export const associationApplicationBody = z.object({ fundId: orgIdSchema, ...applicationFields }).openapi('LoanApplicationByAssociation', {
  example: {
    fundId: EXAMPLE_FUND_ID,
    amount: 1_200_000,
    installments: 12,
    purpose: 'Tina de cuajado y prensa para queso andino',
    businessPlanSummary:
      'Con una tina de cuajado de 500 litros y una prensa neumática pasamos de 40 a 70 kg de queso tipo paria por semana. Tres restaurantes de Cusco ya compran 45 kg semanales a S/ 32 el kilo; la cuota se paga con la venta de 12 kg por semana.',
    producers: 30,
  },
});
export const officerApplicationBody = z.object({ associationId: orgIdSchema, ...applicationFields }).openapi('LoanApplicationByOfficer', {
  example: {
    associationId: EXAMPLE_HUAROQ_SARA_ID,
    amount: 800_000,
    installments: 10,
    purpose: 'Semilla certificada de maíz chullpi para la campaña grande',
    businessPlanSummary:
      'Once agricultores de Huaro siembran 4 hectáreas de maíz chullpi con semilla certificada. República del Pisco compra 300 kg por mes a S/ 12 el kilo; la cosecha de mayo cubre las cuotas desde el cuarto mes.',
    producers: 11,
  },
});

export const evaluationBody = z
  .object({
    recommendation: z.enum(['approve', 'reject']),
    notes: z.string().trim().min(1).max(5000),
    amount: positiveMinor.optional().openapi({ description: 'Amount proposed (defaults to the amount requested)' }),
    terms: termsSchema,
  })
  .openapi('LoanEvaluation', {
    example: {
      recommendation: 'approve',
      notes:
        'Visita a Ocongate el 12 de noviembre: la quesera funciona, las ventas a restaurantes están respaldadas por órdenes de compra. Se propone S/ 10 000 con dos meses de gracia hasta que llegue la prensa.',
      amount: 1_000_000,
      terms: EXAMPLE_TERMS,
    },
  });
export const approveBody = z
  .object({
    note: z.string().max(2000).optional(),
    reason: z.string().max(2000).optional().openapi({
      description: "Why the application is approved; required when the evaluation recommended 'reject' (kept as the approval's reason)",
    }),
  })
  .openapi({ example: { note: 'Aprobado en el comité de crédito del 18 de noviembre de 2026 (acta N.° 14).' } });
export const reasonBody = z.object({ reason: z.string().trim().min(1).max(2000) }).openapi({
  example: { reason: 'El plan de negocio no muestra compradores para el volumen previsto; puede volver a postular después de la feria de Ocongate.' },
});
export const withdrawBody = z
  .object({ reason: z.string().max(2000).optional() })
  .openapi({ example: { reason: 'La municipalidad de Ocongate nos donó la prensa: ya no necesitamos el préstamo.' } });
export const disburseBody = z
  .object({ valueDate: dateSchema.optional().openapi({ description: 'The day the money left the fund (today by default, never in the future)' }) })
  .openapi({ example: { valueDate: '2026-11-16' } });
export const repaymentBody = z
  .object({ amount: amountField, valueDate: dateSchema.optional(), reference: z.string().max(200).optional() })
  .openapi('Repayment', { example: { amount: 112_000, valueDate: '2026-11-16', reference: 'Depósito Caja Cusco, operación 004512387' } });
export const writeOffBody = z.object({ reason: z.string().trim().min(1).max(2000), valueDate: dateSchema.optional() }).openapi({
  example: { reason: 'La helada de julio mató el 80 % del hato; el comité de crédito declara incobrable el saldo.', valueDate: '2026-11-16' },
});
export const restructureBody = z.object({ terms: termsSchema, reason: z.string().trim().min(1).max(2000), valueDate: dateSchema.optional() }).openapi({
  example: {
    terms: { annualRateBps: 1000, method: 'declining', installments: 18, period: { unit: 'month', every: 1 }, graceInstallments: 3 },
    reason: 'La granizada de octubre destruyó la mitad del maíz; se amplía el plazo a 18 cuotas con tres meses de gracia.',
    valueDate: '2026-11-16',
  },
});
export const confirmBody = z
  .object({ note: z.string().max(2000).optional().openapi({ description: "The confirming approver's note, kept in the loan's proposal history" }) })
  .openapi({ example: { note: 'Revisado con el acta N.° 15 del comité de crédito: de acuerdo.' } });
export const withdrawProposalBody = z
  .object({ reason: z.string().max(2000).optional() })
  .openapi({ example: { reason: 'La asociación vendió su cosecha de diciembre y retomó los pagos.' } });
export const capitalBody = z
  .object({ amount: amountField, donor: z.string().trim().min(1).max(200), valueDate: dateSchema.optional(), memo: z.string().max(500).optional() })
  .openapi('CapitalContribution', {
    example: { amount: 3_000_000, donor: 'Fundación Codespa — tramo 2', valueDate: '2026-11-02', memo: 'Transferencia BCP del 2 de noviembre de 2026' },
  });
export const reversalBody = z
  .object({
    valueDate: dateSchema.openapi({
      description: "The original entry's value date (with the entry id, it finds the entry); the reversal itself is dated today",
    }),
    reason: z.string().trim().min(1).max(2000),
  })
  .openapi({ example: { valueDate: '2026-11-02', reason: 'Aporte registrado dos veces: el tramo 2 ya estaba en el libro.' } });
export const policyBody = z
  .object({
    allocationOrder: z
      .array(z.enum(COMPONENTS))
      .length(3)
      .refine((order) => new Set(order).size === 3, { message: FIELD_TEXTS['loans.field.allocation-order-once-each'].en }),
    penaltyBps: z.int().min(0).max(5000),
    penaltyAfterDays: z.int().min(0).max(365),
  })
  .openapi('FundPolicy', { example: { allocationOrder: ['penalty', 'interest', 'principal'], penaltyBps: 200, penaltyAfterDays: 5 } });

export const loanListQuery = pageQuerySchema.extend({ status: z.enum(LOAN_STATUSES).optional() });
export const metricsQuery = z.object({ asOf: dateSchema.optional() });

const installmentSchema = z.object({
  n: z.int(),
  dueDate: calendarDateSchema,
  principal: z.int(),
  interest: z.int(),
  penalty: z.int(),
  paidPrincipal: z.int(),
  paidInterest: z.int(),
  paidPenalty: z.int(),
  waivedPrincipal: z.int(),
  waivedInterest: z.int(),
  waivedOn: calendarDateSchema.optional(),
  penaltyAssessedOn: calendarDateSchema.optional(),
});
const decisionSchema = z.object({ by: z.string(), at: timestampSchema, reason: z.string().optional() });
const proposalFields = {
  kind: z.enum(['write_off', 'restructure']),
  by: z.string().openapi({ description: 'The fund approver who proposed it' }),
  at: timestampSchema,
  reason: z.string(),
  valueDate: calendarDateSchema.optional().openapi({ description: 'The value date asked for (the confirmation day when absent)' }),
  terms: z.any().optional().openapi({ description: "The successor's terms (a LoanTerms object), for a restructuring" }),
};
const proposalSchema = z
  .object(proposalFields)
  .openapi('LoanProposal', { description: 'A write-off or restructuring waiting for a second fund approver (neither the proposer nor the evaluator)' });
const closedProposalSchema = z.object({
  ...proposalFields,
  outcome: z.enum(['confirmed', 'withdrawn']),
  closedBy: z.string(),
  closedAt: timestampSchema,
  closingNote: z.string().optional(),
});

export const loanSchema = z
  .object({
    id: z.string(),
    fundId: z.string(),
    associationId: z.string(),
    currency: z.literal('PEN'),
    status: z.enum(LOAN_STATUSES),
    amountRequested: z.int(),
    installmentsRequested: z.int(),
    purpose: z.string(),
    businessPlanSummary: z.string(),
    producers: z.int(),
    recordedBy: z.string(),
    recordedAs: z.enum(['association', 'fund_officer']),
    createdAt: timestampSchema,
    evaluation: z
      .object({
        by: z.string(),
        at: timestampSchema,
        recommendation: z.enum(['approve', 'reject']),
        notes: z.string(),
        amount: z.int(),
        terms: z.any().openapi({ description: 'The proposed terms: a LoanTerms object' }),
      })
      .optional(),
    approval: decisionSchema
      .extend({
        againstRecommendation: z.boolean().optional().openapi({ description: "Approved although the evaluation recommended 'reject' (reason required)" }),
      })
      .optional(),
    rejection: decisionSchema.optional(),
    withdrawal: decisionSchema.optional(),
    principal: z.int(),
    terms: z.any().optional().openapi({ description: 'The approved terms (a LoanTerms object); absent before approval' }),
    disbursedOn: calendarDateSchema.optional(),
    fundedFromCapital: z.int().openapi({ description: 'Part of the principal lent out of original donor capital' }),
    fundedFromRecycled: z.int().openapi({ description: 'Part of the principal lent out of recycled repayments' }),
    schedule: z.array(installmentSchema),
    principalOutstanding: z.int(),
    principalRepaid: z.int(),
    interestPaid: z.int(),
    penaltyPaid: z.int(),
    writtenOff: z.int(),
    recovered: z.int(),
    daysPastDue: z.int(),
    arrearsAsOf: calendarDateSchema.optional().openapi({ description: 'The day daysPastDue was last computed for' }),
    lastPaymentOn: calendarDateSchema.optional(),
    closedOn: calendarDateSchema.optional(),
    writeOff: decisionSchema
      .extend({
        on: calendarDateSchema.openapi({ description: 'Value date of the write-off' }),
        proposedBy: z.string().optional().openapi({ description: 'The approver who proposed it (`by` confirmed it)' }),
      })
      .optional(),
    pendingProposal: proposalSchema.optional(),
    proposalHistory: z.array(closedProposalSchema).optional().openapi({ description: 'Proposals confirmed or withdrawn, oldest first' }),
    predecessorId: z.string().optional(),
    successorId: z.string().optional(),
    version: z.int(),
    updatedAt: timestampSchema,
  })
  .openapi('Loan');
export const loanPageSchema = pageSchema(loanSchema, 'LoanPage');

export const entrySchema = z
  .object({
    entryId: z.string(),
    fundId: z.string(),
    kind: z.enum(ENTRY_KINDS),
    valueDate: calendarDateSchema.openapi({ description: 'The business day the money moved' }),
    postedAt: timestampSchema,
    postedBy: z.string(),
    currency: z.literal('PEN'),
    lines: z.array(z.object({ account: z.enum(ACCOUNT_NAMES as [string, ...string[]]), debit: z.int(), credit: z.int(), loanId: z.string().optional() })),
    loanId: z.string().optional(),
    associationId: z.string().optional(),
    donor: z.string().optional(),
    memo: z.string().optional(),
    allocation: z.array(z.object({ n: z.int(), penalty: z.int(), interest: z.int(), principal: z.int() })).optional(),
    reverses: z.string().optional(),
  })
  .openapi('JournalEntry');
export const entryPageSchema = pageSchema(entrySchema, 'JournalEntryPage');

export const postingResultSchema = z.object({ loan: loanSchema, entry: entrySchema }).openapi('LoanPosting');
export const restructureResultSchema = z.object({ loan: loanSchema, successor: loanSchema, entry: entrySchema }).openapi('Restructuring');

const bookSchema = z.object({
  fundId: z.string(),
  currency: z.literal('PEN'),
  allocationOrder: z.array(z.enum(COMPONENTS)),
  penaltyBps: z.int(),
  penaltyAfterDays: z.int(),
  openedAt: timestampSchema,
  updatedAt: timestampSchema,
});
export const fundSummarySchema = z
  .object({
    book: bookSchema,
    balances: z.array(z.object({ account: z.string(), balance: z.int(), debits: z.int(), credits: z.int() })),
    trialBalance: z.int().openapi({ description: 'Σ of debit-positive balances; 0 when the books balance' }),
    cash: z.object({ total: z.int(), fromCapital: z.int(), recycled: z.int() }),
  })
  .openapi('FundSummary');
export const policySchema = bookSchema.openapi('FundBook');

const amountMetric = z.object({ amount: z.int(), currency: z.literal('PEN'), formula: z.string() });
const countMetric = z.object({ count: z.int(), formula: z.string() });
const rateMetric = z.object({ value: z.string().nullable(), numerator: z.int(), denominator: z.int(), formula: z.string() });
export const metricsSchema = z
  .object({
    fundId: z.string(),
    asOf: calendarDateSchema,
    currency: z.literal('PEN'),
    organisationsFinanced: countMetric,
    producersReached: countMetric,
    loansDisbursed: countMetric,
    capitalContributed: amountMetric,
    totalDisbursed: amountMetric,
    disbursedFromCapital: amountMetric,
    disbursedFromRecycled: amountMetric,
    outstandingPrincipal: amountMetric,
    principalRepaid: amountMetric,
    interestCollected: amountMetric,
    collectionRate: rateMetric,
    cumulativeRecoveryRate: rateMetric,
    par30: rateMetric,
    writtenOff: amountMetric,
    recoveredAfterWriteOff: amountMetric,
  })
  .openapi('FundMetrics');

export const worklistQuery = pageQuerySchema.extend({
  sort: z
    .enum(WORKLIST_SORTS)
    .default('daysLate')
    .openapi({ description: 'daysLate: most days late first (then most overdue); amountOverdue: most overdue first (then most days late)' }),
});

const minor = (description: string) => z.int().openapi({ description: `${description}, in minor units of \`currency\`` });
export const worklistRowSchema = z
  .object({
    loanId: z.string(),
    fundId: z.string(),
    status: z.literal('in_arrears'),
    association: z.object({
      id: z.string(),
      name: z.string(),
      contact: z.object({ phone: z.string().optional(), email: z.string().optional(), whatsapp: z.boolean().optional() }),
    }),
    currency: z.literal('PEN'),
    daysLate: z.int().openapi({ description: 'Days since the oldest unpaid installment fell due, as of `asOf`' }),
    asOf: calendarDateSchema.openapi({ description: 'The business day the figures are as of (the last arrears run or payment)' }),
    overdue: z.object({
      principal: minor('Principal of installments past due'),
      interest: minor('Interest of installments past due'),
      penalties: minor('Penalties assessed and unpaid'),
      total: minor('principal + interest + penalties'),
    }),
    nextInstallment: z
      .object({ n: z.int(), dueDate: calendarDateSchema, amount: minor('What is left to pay on it') })
      .nullable()
      .openapi({ description: 'The first installment due on or after `asOf` with something to pay; null when all have fallen due' }),
    principalOutstanding: minor('Principal not yet repaid'),
    lastPaymentOn: calendarDateSchema.optional(),
    summary: z.string().openapi({ description: 'The row said for a person, in the negotiated language' }),
  })
  .openapi('WorklistRow');
export const worklistPageSchema = pageSchema(worklistRowSchema, 'WorklistPage');

/** Rows per page of a CSV export (a Lambda response is capped at 6 MB; 1000 rows stay far below it). */
const exportLimit = z.coerce
  .number()
  .int()
  .min(1)
  .max(1000)
  .default(500)
  .openapi({ description: 'Rows per page, at most 1000 (500 by default); the next page is in the `Link` header' });
const exportCursor = z
  .string()
  .min(1)
  .max(2048)
  .optional()
  .openapi({ description: 'Opaque cursor from the previous page (its `X-Next-Cursor` header, or the `Link` rel="next" URL)' });

export const ledgerExportQuery = z.object({
  from: dateSchema.openapi({ description: 'First value date exported (included)', example: '2026-01-01' }),
  to: dateSchema.openapi({ description: 'Last value date exported (included); at most 366 days after `from`, counting both', example: '2026-12-31' }),
  cursor: exportCursor,
  limit: exportLimit,
});

export const loansExportQuery = z.object({ cursor: exportCursor, limit: exportLimit, status: z.enum(LOAN_STATUSES).optional() });

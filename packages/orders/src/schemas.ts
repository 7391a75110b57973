import { quantityInSchema, quantityOutSchema } from '@ayni/catalog';
import { CURRENCIES, UNITS } from '@ayni/core';
import { z } from '@hono/zod-openapi';
import { ORDER_ACTIONS, ORDER_STATUSES, PAYMENT_TERMS, PRICE_RULES, SHORT_STOCK_POLICIES } from './model.js';

// Built with the OpenAPI-aware zod so they carry documentation; same rules as @ayni/core's.
const currencySchema = z.enum(CURRENCIES);
const unitSchema = z.enum(UNITS);
const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month YYYY-MM' });
const minor = (what: string) =>
  z.int({ error: 'must be an integer number of minor units (céntimos)' }).min(1, { error: 'must be positive' }).max(1_000_000_000).openapi({ description: what });
const trimmed = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);

export const orderIdSchema = z.string().regex(/^ord_[0-9A-Z]{26}$/, { error: 'must be an order id (ord_...)' });
export { lotIdSchema, orgIdSchema, productIdSchema } from '@ayni/http';
import { orgIdSchema, pageQuerySchema, productIdSchema } from '@ayni/http';
export const standingIdSchema = z.string().regex(/^sto_[0-9A-Z]{26}$/, { error: 'must be a standing order id (sto_...)' });
export const documentNumberSchema = z.string().regex(/^(F001|NC01)-\d{8}$/, { error: 'must be a document number like F001-00000001' });

export const paymentTermsSchema = z.enum(PAYMENT_TERMS).openapi({ description: 'prepaid, on delivery, or net 7/15/30 days after the invoice' });
export const orderStatusSchema = z.enum(ORDER_STATUSES);
export const orderActionSchema = z.enum(ORDER_ACTIONS);

const deliverySchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('pickup') }).strict(),
    z.object({ kind: z.literal('delivery'), address: trimmed(300) }).strict(),
  ])
  .openapi('Delivery');

// Agreements

const tierSchema = z.object({ minQuantity: quantityInSchema, price: minor('Unit price from this quantity on') }).strict();
export const createAgreementSchema = z
  .object({
    buyerId: orgIdSchema,
    currency: currencySchema,
    validFrom: isoDate,
    validTo: isoDate.optional(),
    paymentTerms: paymentTermsSchema,
    prices: z
      .array(
        z
          .object({
            productId: productIdSchema,
            price: minor('Agreed unit price'),
            tiers: z.array(tierSchema).max(10).default([]),
          })
          .strict(),
      )
      .min(1)
      .max(50),
    notes: trimmed(1000).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.validTo && value.validTo < value.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'must not be before validFrom' });
    const seen = new Set<string>();
    value.prices.forEach((price, i) => {
      if (seen.has(price.productId)) ctx.addIssue({ code: 'custom', path: ['prices', i, 'productId'], message: 'appears twice' });
      seen.add(price.productId);
      const minimums = new Set<number>();
      price.tiers.forEach((tier, j) => {
        if (tier.minQuantity <= 0) ctx.addIssue({ code: 'custom', path: ['prices', i, 'tiers', j, 'minQuantity'], message: 'must be positive' });
        if (minimums.has(tier.minQuantity)) ctx.addIssue({ code: 'custom', path: ['prices', i, 'tiers', j, 'minQuantity'], message: 'appears twice' });
        minimums.add(tier.minQuantity);
      });
    });
  })
  .openapi('CreateAgreement');
export type CreateAgreementInput = z.infer<typeof createAgreementSchema>;

export const agreementSchema = z
  .object({
    id: z.string(),
    associationId: z.string(),
    buyerId: z.string(),
    currency: currencySchema,
    validFrom: z.string(),
    validTo: z.string().optional(),
    paymentTerms: paymentTermsSchema,
    prices: z.array(
      z.object({ productId: z.string(), price: z.int(), tiers: z.array(z.object({ minQuantity: quantityOutSchema, price: z.int() })) }),
    ),
    notes: z.string().optional(),
    createdAt: z.string(),
  })
  .openapi('Agreement');

export const priceQuoteQuerySchema = z.object({
  buyerId: orgIdSchema.optional().openapi({ description: 'The buyer to quote for; buyers may omit it (their own organisation)' }),
  productId: productIdSchema,
  quantity: quantityInSchema.optional().openapi({ type: 'string', example: '10', description: 'Line quantity (tiers depend on it); default the minimum order' }),
  date: isoDate.optional().openapi({ description: 'Date the agreement must be valid on; default today' }),
});

export const priceQuoteSchema = z
  .object({
    associationId: z.string(),
    buyerId: z.string(),
    productId: z.string(),
    quantity: quantityOutSchema,
    unit: unitSchema,
    currency: currencySchema,
    unitPrice: z.int(),
    lineTotal: z.int().openapi({ description: 'unitPrice × quantity, rounded half-up to the minor unit' }),
    rule: z.enum(PRICE_RULES).openapi({ description: 'Which rule won: agreement tier, agreement price, or catalog price' }),
    agreementId: z.string().optional(),
    tierMinQuantity: quantityOutSchema.optional(),
    catalogPrice: z.int(),
    explanation: z.string(),
  })
  .openapi('PriceQuote');

// Orders

export const placeOrderSchema = z
  .object({
    associationId: orgIdSchema,
    lines: z
      .array(z.object({ productId: productIdSchema, quantity: quantityInSchema }).strict())
      .min(1)
      .max(40),
    requestedDeliveryDate: isoDate,
    delivery: deliverySchema,
    notes: trimmed(1000).optional(),
  })
  .strict()
  .openapi('PlaceOrder');
export type PlaceOrderInput = z.infer<typeof placeOrderSchema>;

export const transitionBodySchema = z
  .object({
    reason: trimmed(500).optional(),
    /** confirm: per-line accepted quantities (lines not named are accepted in full). */
    lines: z
      .array(z.object({ line: z.int().min(1), accepted: quantityInSchema }).strict())
      .max(40)
      .optional(),
    reference: trimmed(120).optional().openapi({ description: 'pay: payment reference (bank operation, receipt)' }),
  })
  .strict()
  .openapi('OrderTransition');
export type TransitionBody = z.infer<typeof transitionBodySchema>;

const lineSchema = z.object({
  line: z.int(),
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  unit: unitSchema,
  quantity: quantityOutSchema.openapi({ description: 'Ordered' }),
  accepted: quantityOutSchema.optional().openapi({ description: 'Accepted by the association' }),
  requested: quantityOutSchema.optional().openapi({ description: 'Standing orders: what the template asked for' }),
  unitPrice: z.int(),
  priceRule: z.enum(PRICE_RULES),
  tierMinQuantity: quantityOutSchema.optional(),
  lineTotal: z.int(),
  lots: z.array(z.object({ lotId: z.string(), quantity: quantityOutSchema, productionDate: z.string() })).optional(),
});

export const orderSchema = z
  .object({
    id: z.string(),
    associationId: z.string(),
    buyerId: z.string(),
    status: orderStatusSchema,
    currency: currencySchema,
    lines: z.array(lineSchema),
    total: z.int().openapi({ description: 'Sum of the line totals, minor units' }),
    requestedDeliveryDate: z.string(),
    delivery: deliverySchema,
    notes: z.string().optional(),
    paymentTerms: paymentTermsSchema,
    agreementId: z.string().optional(),
    placedAt: z.string(),
    confirmBy: z.string(),
    standing: z
      .object({
        templateId: z.string(),
        deliveryDate: z.string(),
        policy: z.enum(SHORT_STOCK_POLICIES),
        shortShipped: z.array(z.object({ productId: z.string(), requested: quantityOutSchema, placed: quantityOutSchema })),
      })
      .optional(),
    invoiceNumber: z.string().optional(),
    version: z.int(),
    updatedAt: z.string(),
  })
  .openapi('Order');

export const orderEventSchema = z
  .object({
    seq: z.int(),
    type: z.string(),
    from: orderStatusSchema.optional(),
    to: orderStatusSchema,
    actor: z.string(),
    party: z.enum(['buyer', 'association', 'system']),
    at: z.string(),
    reason: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('OrderEvent');

const dateRange = <F extends string, T extends string>(from: F, to: T) => (q: Partial<Record<F | T, string>>, ctx: z.RefinementCtx) => {
  const start = q[from];
  const end = q[to];
  if (start && end && end < start) ctx.addIssue({ code: 'custom', path: [to], message: `must not be before ${from}` });
};

export const associationOrdersQuerySchema = pageQuerySchema
  .extend({
    status: orderStatusSchema.optional().openapi({ description: 'Only orders in this status' }),
    deliveryFrom: isoDate.optional().openapi({ description: 'Only orders whose requested delivery date is on or after this date (UTC calendar date)' }),
    deliveryTo: isoDate.optional().openapi({ description: 'Only orders whose requested delivery date is on or before this date; one day: the same date as deliveryFrom' }),
  })
  .superRefine(dateRange('deliveryFrom', 'deliveryTo'));
export type AssociationOrdersFilter = Pick<z.infer<typeof associationOrdersQuerySchema>, 'status' | 'deliveryFrom' | 'deliveryTo'>;

export const buyerOrdersQuerySchema = pageQuerySchema
  .extend({
    status: orderStatusSchema.optional().openapi({ description: 'Only orders in this status' }),
    placedFrom: isoDate.optional().openapi({ description: 'Only orders placed on or after this date (UTC calendar date)' }),
    placedTo: isoDate.optional().openapi({ description: 'Only orders placed on or before this date; one day: the same date as placedFrom' }),
  })
  .superRefine(dateRange('placedFrom', 'placedTo'));
export type BuyerOrdersFilter = Pick<z.infer<typeof buyerOrdersQuerySchema>, 'status' | 'placedFrom' | 'placedTo'>;

// Documents (invoices, credit notes)

export const documentSchema = z
  .object({
    kind: z.enum(['invoice', 'credit_note']),
    number: z.string(),
    series: z.string(),
    sequence: z.int(),
    orderId: z.string(),
    seller: z.object({ id: z.string(), name: z.string(), taxId: z.string().optional(), region: z.string().optional() }),
    buyer: z.object({ id: z.string(), name: z.string(), taxId: z.string().optional(), region: z.string().optional() }),
    currency: currencySchema,
    lines: z.array(
      z.object({
        description: z.string(),
        productId: z.string().optional(),
        quantity: quantityOutSchema.optional(),
        unit: unitSchema.optional(),
        unitPrice: z.int().optional(),
        amount: z.int(),
      }),
    ),
    total: z.int(),
    issuedAt: z.string(),
    issueDate: z.string(),
    dueDate: z.string(),
    paymentTerms: paymentTermsSchema,
    corrects: z.string().optional(),
    reason: z.string().optional(),
  })
  .openapi('InvoiceDocument');

export const createCreditNoteSchema = z
  .object({
    reason: trimmed(500),
    amount: minor('Amount credited; default what remains to credit on the invoice').optional(),
  })
  .strict()
  .openapi('CreateCreditNote');

// Sales

export const salesQuerySchema = z
  .object({
    from: month,
    to: month,
    groupBy: z.enum(['month', 'buyer']).default('month'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], error: 'must not be before from' });

export const salesReportSchema = z
  .object({
    associationId: z.string(),
    from: z.string(),
    to: z.string(),
    groupBy: z.enum(['month', 'buyer']),
    rows: z.array(
      z.object({
        month: z.string().optional(),
        buyerId: z.string().optional(),
        currency: currencySchema,
        amount: z.int().openapi({ description: 'Net income, minor units: delivered minus credit notes issued in the period' }),
        lines: z.int().openapi({ description: 'Delivered lines' }),
        orders: z.int().openapi({ description: 'Delivered orders' }),
        credited: z.int().openapi({ description: 'Sum of the credit notes issued in the period (already taken off amount)' }),
        creditNotes: z.int().openapi({ description: 'How many credit notes were issued in the period' }),
      }),
    ),
    totals: z.array(z.object({ currency: currencySchema, amount: z.int().openapi({ description: 'Net income' }) })),
  })
  .openapi('SalesReport');

export const shipmentSchema = z
  .object({
    lotId: z.string(),
    orderId: z.string(),
    line: z.int(),
    buyerId: z.string(),
    productId: z.string(),
    quantity: quantityOutSchema,
    unit: unitSchema,
    date: z.string(),
  })
  .openapi('LotShipment');

// Standing orders

export const createStandingOrderSchema = z
  .object({
    associationId: orgIdSchema,
    frequency: z.enum(['weekly', 'fortnightly']),
    startDate: isoDate.openapi({ description: 'First delivery date; its weekday is the delivery weekday' }),
    lines: z.array(z.object({ productId: productIdSchema, quantity: quantityInSchema }).strict()).min(1).max(40),
    delivery: deliverySchema,
    notes: trimmed(1000).optional(),
    policy: z.enum(SHORT_STOCK_POLICIES).openapi({ description: 'When stock is short: ship what there is, or skip that delivery' }),
  })
  .strict()
  .openapi('CreateStandingOrder');
export type CreateStandingOrderInput = z.infer<typeof createStandingOrderSchema>;

export const skipDateSchema = z.object({ date: isoDate }).strict().openapi('SkipDelivery');

export const standingOrderSchema = z
  .object({
    id: z.string(),
    buyerId: z.string(),
    associationId: z.string(),
    frequency: z.enum(['weekly', 'fortnightly']),
    weekday: z.int().openapi({ description: 'ISO weekday: 1 Monday … 7 Sunday' }),
    startDate: z.string(),
    lines: z.array(z.object({ productId: z.string(), quantity: quantityOutSchema })),
    delivery: deliverySchema,
    notes: z.string().optional(),
    policy: z.enum(SHORT_STOCK_POLICIES),
    active: z.boolean(),
    skipDates: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('StandingOrder');

export const standingRunSchema = z
  .object({
    templateId: z.string(),
    deliveryDate: z.string(),
    outcome: z.enum(['placed', 'short_shipped', 'skipped_stock', 'skipped_by_buyer', 'failed']),
    orderId: z.string().optional(),
    detail: z.string().optional(),
    at: z.string(),
  })
  .openapi('StandingOrderRun');

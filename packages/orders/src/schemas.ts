import { quantityInSchema, quantityOutSchema } from '@ayni/catalog';
import { CURRENCIES, message, UNITS } from '@ayni/core';
import { z } from '@hono/zod-openapi';
import { FIELD_TEXTS, MESSAGES } from './messages.js';
import { AGREEMENT_CHANGE_KINDS, ORDER_ACTIONS, ORDER_STATUSES, PAYMENT_TERMS, PRICE_RULES, SHORT_STOCK_POLICIES } from './model.js';

// Built with the OpenAPI-aware zod so they carry documentation; same rules as @ayni/core's.
const currencySchema = z.enum(CURRENCIES);
const unitSchema = z.enum(UNITS);
const isoDate = z.iso.date({ error: FIELD_TEXTS['orders.schema.date'].en });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: FIELD_TEXTS['orders.schema.month'].en });
const minor = (what: string) =>
  z
    .int({ error: FIELD_TEXTS['orders.schema.minor-units'].en })
    .min(1, { error: FIELD_TEXTS['orders.schema.positive'].en })
    .max(1_000_000_000)
    .openapi({ description: what });
const trimmed = (max: number) => z.string().trim().min(1, { error: FIELD_TEXTS['orders.schema.not-empty'].en }).max(max);

export const orderIdSchema = z.string().regex(/^ord_[0-9A-Z]{26}$/, { error: FIELD_TEXTS['orders.schema.order-id'].en });
export { lotIdSchema, orgIdSchema, productIdSchema } from '@ayni/http';
import { calendarDateSchema, orgIdSchema, pageQuerySchema, productIdSchema, timestampSchema } from '@ayni/http';
export const standingIdSchema = z.string().regex(/^sto_[0-9A-Z]{26}$/, { error: FIELD_TEXTS['orders.schema.standing-id'].en });
/** Ids and names the request examples share: Sumaq Ausangate (Ocongate) selling cheese to República del Pisco (Cusco). */
const EXAMPLE = {
  association: 'org_01JD3Z9Q4X8V6T2M1N0P5R7S9W',
  buyer: 'org_01JD41C8M3P6R9T2V5X8Z1B4D7',
  quesoFresco: 'prd_01JD3Z9Q4X8V6T2M1N0P5R7S9W',
  quesoMadurado: 'prd_01JD3ZA2B5C8D1E4F7G0H3J6K9',
} as const;

export const documentNumberSchema = z.string().regex(/^(F001|NC01)-\d{8}$/, { error: FIELD_TEXTS['orders.schema.document-number'].en });

export const paymentTermsSchema = z.enum(PAYMENT_TERMS).openapi({ description: 'prepaid, on delivery, or net 7/15/30 days after the invoice' });
export const orderStatusSchema = z.enum(ORDER_STATUSES);
export const orderActionSchema = z.enum(ORDER_ACTIONS);

const deliverySchema = z
  .discriminatedUnion('kind', [z.object({ kind: z.literal('pickup') }).strict(), z.object({ kind: z.literal('delivery'), address: trimmed(300) }).strict()])
  .openapi('Delivery');

// Agreements

const tierSchema = z.object({ minQuantity: quantityInSchema, price: minor('Unit price from this quantity on') }).strict();
const agreementPriceSchema = z
  .object({
    productId: productIdSchema,
    price: minor('Agreed unit price'),
    tiers: z.array(tierSchema).max(10).default([]),
  })
  .strict();

/** Tier minimums positive and distinct per product (shared by signing and amending). */
function checkTiers(prices: ReadonlyArray<{ tiers: ReadonlyArray<{ minQuantity: number }> }>, ctx: z.RefinementCtx): void {
  prices.forEach((price, i) => {
    const minimums = new Set<number>();
    price.tiers.forEach((tier, j) => {
      if (tier.minQuantity <= 0)
        ctx.addIssue({ code: 'custom', path: ['prices', i, 'tiers', j, 'minQuantity'], message: FIELD_TEXTS['orders.schema.positive'].en });
      if (minimums.has(tier.minQuantity))
        ctx.addIssue({ code: 'custom', path: ['prices', i, 'tiers', j, 'minQuantity'], message: FIELD_TEXTS['orders.schema.appears-twice'].en });
      minimums.add(tier.minQuantity);
    });
  });
}

export const agreementIdSchema = z.string().regex(/^agr_[0-9A-Z]{26}$/, { error: FIELD_TEXTS['orders.schema.agreement-id'].en });
export const createAgreementSchema = z
  .object({
    buyerId: orgIdSchema,
    currency: currencySchema,
    validFrom: isoDate,
    validTo: isoDate.optional(),
    paymentTerms: paymentTermsSchema,
    prices: z.array(agreementPriceSchema).min(1).max(50),
    notes: trimmed(1000).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.validTo && value.validTo < value.validFrom)
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: FIELD_TEXTS['orders.schema.valid-to-before-from'].en });
    const seen = new Set<string>();
    value.prices.forEach((price, i) => {
      if (seen.has(price.productId)) ctx.addIssue({ code: 'custom', path: ['prices', i, 'productId'], message: FIELD_TEXTS['orders.schema.appears-twice'].en });
      seen.add(price.productId);
    });
    checkTiers(value.prices, ctx);
  })
  .openapi('CreateAgreement', {
    example: {
      buyerId: EXAMPLE.buyer,
      currency: 'PEN',
      validFrom: '2026-11-24',
      validTo: '2027-05-31',
      paymentTerms: 'net_15',
      prices: [
        { productId: EXAMPLE.quesoFresco, price: 2800, tiers: [{ minQuantity: '20', price: 2600 }] },
        { productId: EXAMPLE.quesoMadurado, price: 4200, tiers: [] },
      ],
      notes: 'Queso andino fresco a S/ 28.00 el kg, S/ 26.00 desde 20 kg por pedido; entregas los martes en la cocina del restaurante.',
    },
  });
export type CreateAgreementInput = z.infer<typeof createAgreementSchema>;

export const changeAgreementSchema = z
  .object({
    prices: z
      .array(agreementPriceSchema)
      .max(50)
      .optional()
      .openapi({ description: 'Products whose price (and tiers) to add or replace; products not named keep theirs' }),
    remove: z
      .array(productIdSchema)
      .max(50)
      .optional()
      .openapi({ description: 'Products whose agreed price to remove (they fall back to an older agreement or the catalog)' }),
    validTo: isoDate.nullable().optional().openapi({ description: 'New last day of validity (extend or shorten; not before today); null: open-ended' }),
    reason: trimmed(500).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.prices?.length && !value.remove?.length && value.validTo === undefined)
      ctx.addIssue({ code: 'custom', path: [], message: FIELD_TEXTS['orders.schema.agreement-no-change'].en });
    const seen = new Set<string>();
    value.prices?.forEach((price, i) => {
      if (seen.has(price.productId)) ctx.addIssue({ code: 'custom', path: ['prices', i, 'productId'], message: FIELD_TEXTS['orders.schema.appears-twice'].en });
      seen.add(price.productId);
    });
    value.remove?.forEach((productId, i) => {
      if (seen.has(productId)) ctx.addIssue({ code: 'custom', path: ['remove', i], message: FIELD_TEXTS['orders.schema.appears-twice'].en });
      seen.add(productId);
    });
    if (value.prices) checkTiers(value.prices, ctx);
  })
  .openapi('ChangeAgreement', {
    example: {
      prices: [{ productId: EXAMPLE.quesoFresco, price: 2700, tiers: [{ minQuantity: '20', price: 2500 }] }],
      remove: [EXAMPLE.quesoMadurado],
      validTo: '2027-08-31',
      reason: 'Nueva campaña de quesos: precio del fresco rebajado, el madurado se vende a precio de catálogo.',
    },
  });
export type ChangeAgreementInput = z.infer<typeof changeAgreementSchema>;

export const endAgreementSchema = z
  .object({ reason: trimmed(500).optional() })
  .strict()
  .openapi('EndAgreement', { example: { reason: 'El restaurante cierra por temporada baja.' } });

const ENTITY_TAGS = /^\s*(\*|(?:W\/)?"[\x21\x23-\x7e]*"(?:\s*,\s*(?:W\/)?"[\x21\x23-\x7e]*")*)\s*$/;
/** The optional `If-Match` request header of the agreement changes (as the catalog's edits). */
export const ifMatchHeaders = z.object({
  'if-match': z.string().max(1000).regex(ENTITY_TAGS, { error: FIELD_TEXTS['orders.schema.if-match'].en }).optional().openapi({
    description:
      'Optional. The ETag you read (e.g. `"3"`): the change applies only if the agreement is still at that version, else 412. Without it the change applies to the current version.',
    example: '"3"',
  }),
});

export const agreementsQuerySchema = pageQuerySchema.extend({
  expiringWithinDays: z.coerce.number().int().min(0).max(366).optional().openapi({
    description:
      'Only agreements in force today whose last day is within this many days (0: ending today). Filters each page as read: a page may hold fewer items than `limit`; follow `nextCursor`.',
  }),
});

const agreementChangeSchema = z
  .object({
    kind: z.enum(AGREEMENT_CHANGE_KINDS),
    productId: z.string().optional(),
    oldPrice: z.int().optional(),
    newPrice: z.int().optional(),
    oldTiers: z.array(z.object({ minQuantity: quantityOutSchema, price: z.int() })).optional(),
    newTiers: z.array(z.object({ minQuantity: quantityOutSchema, price: z.int() })).optional(),
    oldValidTo: calendarDateSchema.optional(),
    newValidTo: calendarDateSchema.optional(),
  })
  .openapi('AgreementChange', {
    description: 'One thing a change altered: a product’s price (absent old: added; absent new: removed), or validTo (absent: open-ended)',
  });

export const agreementHistoryEntrySchema = z
  .object({
    seq: z.int().openapi({ description: 'The agreement version this entry produced' }),
    type: z.enum(['signed', 'amended', 'ended']),
    changes: z.array(agreementChangeSchema),
    actor: z.string(),
    at: timestampSchema,
    reason: z.string().optional(),
  })
  .openapi('AgreementHistoryEntry');

export const agreementSchema = z
  .object({
    id: z.string(),
    associationId: z.string(),
    buyerId: z.string(),
    currency: currencySchema,
    validFrom: calendarDateSchema.openapi({ description: 'First day the agreed prices apply' }),
    validTo: calendarDateSchema.optional().openapi({ description: 'Last day the agreed prices apply; absent: open-ended' }),
    paymentTerms: paymentTermsSchema,
    prices: z.array(z.object({ productId: z.string(), price: z.int(), tiers: z.array(z.object({ minQuantity: quantityOutSchema, price: z.int() })) })),
    notes: z.string().optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema.optional(),
    version: z.int().openapi({ description: 'Also the ETag (`"3"`); 0 for agreements signed before versions' }),
    status: z.enum(['upcoming', 'in_force', 'ended']).openapi({ description: 'On today’s date' }),
    expiresInDays: z.int().optional().openapi({ description: 'Days from today to the last day of validity (0: ends today); absent when open-ended or ended' }),
  })
  .openapi('Agreement');

export const agreementDetailSchema = z
  .object({
    agreement: agreementSchema,
    history: z.object({ items: z.array(agreementHistoryEntrySchema), nextCursor: z.string().optional() }).openapi({ description: 'Newest first, one page' }),
  })
  .openapi('AgreementDetail');

export const agreementChangeResultSchema = z
  .object({ agreement: agreementSchema, changes: z.array(agreementChangeSchema) })
  .openapi('AgreementChangeResult', { description: 'The agreement after the change and what changed (empty: nothing differed, nothing was written)' });

export const priceQuoteQuerySchema = z.object({
  buyerId: orgIdSchema.optional().openapi({ description: 'The buyer to quote for; buyers may omit it (their own organisation)' }),
  productId: productIdSchema,
  quantity: quantityInSchema
    .optional()
    .openapi({ type: 'string', example: '10', description: 'Line quantity (tiers depend on it); default the minimum order' }),
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
  .openapi('PlaceOrder', {
    example: {
      associationId: EXAMPLE.association,
      lines: [
        { productId: EXAMPLE.quesoFresco, quantity: '12.5' },
        { productId: EXAMPLE.quesoMadurado, quantity: '4' },
      ],
      requestedDeliveryDate: '2026-11-24',
      delivery: { kind: 'delivery', address: 'República del Pisco, calle Plateros, centro del Cusco (puerta de servicio)' },
      notes: 'Entregar antes de las 10:00 y preguntar por la cocina; el queso fresco en moldes de 1 kg.',
    },
  });
export type PlaceOrderInput = z.infer<typeof placeOrderSchema>;

export const transitionBodySchema = z
  .object({
    reason: trimmed(500).optional().openapi({ description: 'Why: required when the association rejects or cancels; kept in the order’s timeline' }),
    /** confirm: per-line accepted quantities (lines not named are accepted in full). */
    lines: z
      .array(z.object({ line: z.int().min(1), accepted: quantityInSchema }).strict())
      .max(40)
      .optional()
      .openapi({ description: 'confirm only: per-line accepted quantities (lines not named are accepted in full; 0 declines a line)' }),
    reference: trimmed(120).optional().openapi({ description: 'pay: payment reference (bank operation, receipt)' }),
  })
  .strict()
  .openapi('OrderTransition');
export type TransitionBody = z.infer<typeof transitionBodySchema>;

/** Request examples of POST /orders/{orderId}/{action}, one per kind of body (the media type's `examples`). */
export const transitionBodyExamples = {
  confirmPartially: {
    summary: 'confirm, partially: 8 of the 12.5 kg ordered on line 1; line 2 is accepted in full',
    value: { lines: [{ line: 1, accepted: '8' }], reason: 'Esta semana solo tenemos 8 kg de queso andino fresco; el queso madurado va completo.' },
  },
  reject: {
    summary: 'reject (or cancel, by the association): the reason is required',
    value: { reason: 'No llegamos a la fecha pedida: la leche de esta semana ya está comprometida.' },
  },
  pay: { summary: 'pay: the payment reference', value: { reference: 'BCP operación 00451237' } },
} satisfies Record<string, { summary: string; value: z.input<typeof transitionBodySchema> }>;

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
  lots: z.array(z.object({ lotId: z.string(), quantity: quantityOutSchema, productionDate: calendarDateSchema })).optional(),
});

export const buyerCardSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    contact: z.object({ email: z.string().optional(), phone: z.string().optional(), whatsapp: z.boolean().optional() }).optional(),
  })
  .openapi('BuyerCard');

export const orderSchema = z
  .object({
    id: z.string(),
    associationId: z.string(),
    buyerId: z.string(),
    status: orderStatusSchema,
    currency: currencySchema,
    lines: z.array(lineSchema),
    total: z.int().openapi({ description: 'Sum of the line totals, minor units' }),
    requestedDeliveryDate: calendarDateSchema,
    delivery: deliverySchema,
    notes: z.string().optional(),
    paymentTerms: paymentTermsSchema,
    agreementId: z.string().optional(),
    placedAt: timestampSchema,
    confirmBy: timestampSchema.openapi({ description: 'A placed order not confirmed by then expires and releases its stock' }),
    standing: z
      .object({
        templateId: z.string(),
        deliveryDate: calendarDateSchema,
        policy: z.enum(SHORT_STOCK_POLICIES),
        shortShipped: z.array(z.object({ productId: z.string(), requested: quantityOutSchema, placed: quantityOutSchema })),
      })
      .optional(),
    invoiceNumber: z.string().optional(),
    buyer: buyerCardSchema
      .optional()
      .openapi({ description: 'When the association (or platform staff) reads the order: the buyer’s name and contact, as in its profile today' }),
    version: z.int(),
    updatedAt: timestampSchema,
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
    at: timestampSchema,
    reason: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('OrderEvent');

const dateRange =
  <F extends string, T extends string>(from: F, to: T) =>
  (q: Partial<Record<F | T, string>>, ctx: z.RefinementCtx) => {
    const start = q[from];
    const end = q[to];
    if (start && end && end < start)
      ctx.addIssue({
        code: 'custom',
        path: [to],
        message: `must not be before ${from}`,
        params: { msg: message(MESSAGES, 'orders.field.not-before', { from }) },
      });
  };

export const associationOrdersQuerySchema = pageQuerySchema
  .extend({
    status: orderStatusSchema.optional().openapi({ description: 'Only orders in this status' }),
    deliveryFrom: isoDate.optional().openapi({ description: 'Only orders whose requested delivery date is on or after this date (UTC calendar date)' }),
    deliveryTo: isoDate
      .optional()
      .openapi({ description: 'Only orders whose requested delivery date is on or before this date; one day: the same date as deliveryFrom' }),
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

const partySchema = z.object({
  id: z.string(),
  name: z.string(),
  taxId: z.object({ scheme: z.enum(['RUC', 'NIT']), number: z.string() }).optional(),
  region: z.string().optional(),
  country: z.enum(['PE', 'BO']).optional(),
});

const lineTaxSchema = z.object({
  treatment: z.enum(['taxed', 'exonerated', 'unaffected']),
  rateBps: z.int(),
  base: z.int().openapi({ description: 'Taxable base of the line (valor de venta), minor units' }),
  tax: z.int(),
  total: z.int(),
  reason: z.string().optional().openapi({ description: 'The legal basis of an exemption' }),
});

export const documentSchema = z
  .object({
    kind: z.enum(['invoice', 'credit_note']),
    number: z.string(),
    series: z.string(),
    sequence: z.int(),
    orderId: z.string(),
    seller: partySchema,
    buyer: partySchema,
    currency: currencySchema,
    lines: z.array(
      z.object({
        description: z.string(),
        productId: z.string().optional(),
        quantity: quantityOutSchema.optional(),
        unit: unitSchema.optional(),
        unitPrice: z.int().optional(),
        amount: z.int().openapi({ description: 'The line at the seller’s stated prices (tax included or not, as `taxes.pricesIncludeTax` says), minor units' }),
        tax: lineTaxSchema.optional(),
      }),
    ),
    total: z.int().openapi({ description: 'What the buyer pays, tax included, minor units: the sum of the lines’ `tax.total`' }),
    taxes: z
      .object({
        name: z.enum(['IGV', 'IVA']),
        rateBps: z.int().openapi({ description: 'The general rate in basis points (1800 = 18%)' }),
        pricesIncludeTax: z.boolean(),
        rounding: z
          .literal('per-line-half-up')
          .openapi({ description: 'Each line’s base and tax are rounded half up to the minor unit; totals are their sums' }),
        taxed: z.int().openapi({ description: 'Taxable base (operaciones gravadas), minor units' }),
        exonerated: z.int().openapi({ description: 'Exonerated sales (operaciones exoneradas), minor units' }),
        unaffected: z.int().openapi({ description: 'Unaffected sales (operaciones inafectas), minor units' }),
        tax: z.int().openapi({ description: 'The tax (IGV, IVA), minor units' }),
        total: z.int(),
      })
      .optional()
      .openapi({ description: 'Invoices issued since fiscal data exists; absent on credit notes (they state the amount credited)' }),
    issuedAt: timestampSchema,
    issueDate: calendarDateSchema,
    dueDate: calendarDateSchema,
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
  .openapi('CreateCreditNote', {
    example: { reason: 'Llegaron 2 kg de queso andino fresco con la cadena de frío rota; se devolvieron.', amount: 5600 },
  });

// Sales

export const salesQuerySchema = z
  .object({
    from: month,
    to: month,
    groupBy: z.enum(['month', 'buyer']).default('month'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], error: FIELD_TEXTS['orders.schema.to-before-from'].en });

export const salesReportSchema = z
  .object({
    associationId: z.string(),
    from: z.string().openapi({ description: 'First month of the range, YYYY-MM', example: '2026-09' }),
    to: z.string().openapi({ description: 'Last month of the range, YYYY-MM', example: '2026-11' }),
    groupBy: z.enum(['month', 'buyer']),
    rows: z.array(
      z.object({
        month: z.string().optional().openapi({ description: 'The month, YYYY-MM', example: '2026-11' }),
        buyerId: z.string().optional(),
        buyerName: z.string().optional().openapi({ description: 'groupBy buyer: the buyer’s name' }),
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
    date: calendarDateSchema.openapi({ description: 'Day of dispatch (UTC)' }),
  })
  .openapi('LotShipment');

// Standing orders

export const createStandingOrderSchema = z
  .object({
    associationId: orgIdSchema,
    frequency: z.enum(['weekly', 'fortnightly']),
    startDate: isoDate.openapi({ description: 'First delivery date; its weekday is the delivery weekday' }),
    lines: z
      .array(z.object({ productId: productIdSchema, quantity: quantityInSchema }).strict())
      .min(1)
      .max(40),
    delivery: deliverySchema,
    notes: trimmed(1000).optional(),
    policy: z.enum(SHORT_STOCK_POLICIES).openapi({ description: 'When stock is short: ship what there is, or skip that delivery' }),
  })
  .strict()
  .openapi('CreateStandingOrder', {
    example: {
      associationId: EXAMPLE.association,
      frequency: 'weekly',
      startDate: '2026-11-24',
      lines: [{ productId: EXAMPLE.quesoFresco, quantity: '10' }],
      delivery: { kind: 'delivery', address: 'República del Pisco, calle Plateros, centro del Cusco (puerta de servicio)' },
      notes: 'Cada martes para el menú de la semana; avisar por WhatsApp si no hay queso fresco.',
      policy: 'short_ship',
    },
  });
export type CreateStandingOrderInput = z.infer<typeof createStandingOrderSchema>;

export const skipDateSchema = z.object({ date: isoDate }).strict().openapi('SkipDelivery');

/** Request examples of POST /buyers/{buyerId}/standing-orders/{standingOrderId}/{change}. */
export const standingChangeExamples = {
  skip: { summary: 'skip: no delivery on Tuesday 8 December 2026 (a delivery date of the weekly template)', value: { date: '2026-12-08' } },
  pauseOrResume: { summary: 'pause or resume: no body needed (an empty object is accepted)', value: {} },
} satisfies Record<string, { summary: string; value: Partial<z.input<typeof skipDateSchema>> }>;

export const standingOrderSchema = z
  .object({
    id: z.string(),
    buyerId: z.string(),
    associationId: z.string(),
    frequency: z.enum(['weekly', 'fortnightly']),
    weekday: z.int().openapi({ description: 'ISO weekday: 1 Monday … 7 Sunday' }),
    startDate: calendarDateSchema.openapi({ description: 'First delivery date' }),
    lines: z.array(z.object({ productId: z.string(), quantity: quantityOutSchema })),
    delivery: deliverySchema,
    notes: z.string().optional(),
    policy: z.enum(SHORT_STOCK_POLICIES),
    active: z.boolean(),
    skipDates: z.array(calendarDateSchema).openapi({ description: 'Delivery dates the buyer skipped' }),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .openapi('StandingOrder');

export const standingRunSchema = z
  .object({
    templateId: z.string(),
    deliveryDate: calendarDateSchema,
    outcome: z.enum(['placed', 'short_shipped', 'skipped_stock', 'skipped_by_buyer', 'failed']),
    orderId: z.string().optional(),
    detail: z.string().optional(),
    at: timestampSchema,
  })
  .openapi('StandingOrderRun');

// The association's day: what to prepare, its buyers' standing orders

const MAX_RANGE_DAYS = 31;
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export const preparationQuerySchema = z
  .object({
    date: isoDate.optional().openapi({ description: 'One delivery date (or give from/to)' }),
    from: isoDate.optional().openapi({ description: 'First delivery date of a range (inclusive)' }),
    to: isoDate.optional().openapi({ description: `Last delivery date of a range (inclusive; default from); at most ${MAX_RANGE_DAYS} days in all` }),
  })
  .superRefine((q, ctx) => {
    if (q.date && (q.from || q.to)) ctx.addIssue({ code: 'custom', path: ['date'], message: FIELD_TEXTS['orders.schema.date-or-range'].en });
    if (!q.date && !q.from) ctx.addIssue({ code: 'custom', path: ['date'], message: FIELD_TEXTS['orders.schema.date-or-range'].en });
    if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: FIELD_TEXTS['orders.schema.to-before-from'].en });
    if (q.from && q.to && daysBetween(q.from, q.to) >= MAX_RANGE_DAYS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: FIELD_TEXTS['orders.schema.range-too-long'].en });
  });
/** The delivery dates a preparation query names (one date, or from/to; to defaults to from). */
export const preparationRange = (q: z.infer<typeof preparationQuerySchema>) => ({ from: (q.date ?? q.from)!, to: (q.date ?? q.to ?? q.from)! });

export const preparationSchema = z
  .object({
    associationId: z.string(),
    from: calendarDateSchema,
    to: calendarDateSchema,
    orderCount: z.int().openapi({ description: 'Orders to prepare in the range: placed (awaiting confirmation) and confirmed' }),
    complete: z.boolean().openapi({ description: 'False when the range held more orders or lots than one list reads: then `note` says so' }),
    note: z.string().optional(),
    products: z.array(
      z.object({
        productId: z.string(),
        sku: z.string(),
        name: z.string().openapi({ description: 'In the reader’s language when the product has it' }),
        unit: unitSchema,
        totalQuantity: quantityOutSchema.openapi({ description: 'To deliver: accepted quantities of confirmed orders plus ordered ones of placed orders' }),
        confirmed: quantityOutSchema,
        awaitingConfirmation: quantityOutSchema,
        onHand: quantityOutSchema.openapi({ description: 'In the product’s lots, not yet shipped (what these orders reserved included)' }),
        stock: quantityOutSchema.openapi({ description: 'Sellable beyond every open order' }),
        short: quantityOutSchema.openapi({ description: 'How much the lots on hand fall short of the total; "0": enough' }),
        orders: z.array(
          z.object({
            orderId: z.string(),
            status: orderStatusSchema,
            requestedDeliveryDate: calendarDateSchema,
            buyerId: z.string(),
            buyerName: z.string(),
            quantity: quantityOutSchema,
          }),
        ),
      }),
    ),
  })
  .openapi('Preparation');

export const associationStandingQuerySchema = pageQuerySchema.extend({
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_RANGE_DAYS)
    .default(7)
    .openapi({ description: `How many days ahead (today included) to list each template's next deliveries; at most ${MAX_RANGE_DAYS}` }),
});

export const associationStandingPageSchema = z
  .object({
    from: calendarDateSchema,
    to: calendarDateSchema,
    items: z.array(
      z.object({
        standingOrder: standingOrderSchema,
        buyer: buyerCardSchema,
        lines: z.array(z.object({ productId: z.string(), name: z.string(), unit: unitSchema.optional(), quantity: quantityOutSchema })),
        nextDeliveries: z
          .array(z.object({ date: calendarDateSchema, skipped: z.boolean() }))
          .openapi({ description: 'Delivery dates from `from` to `to` (none while paused); skipped: the buyer skipped it' }),
      }),
    ),
    nextCursor: z.string().optional(),
  })
  .openapi('AssociationStandingOrderPage');

// The buyer's day: re-order

export const reorderSchema = z
  .object({
    requestedDeliveryDate: isoDate
      .optional()
      .openapi({ description: 'Default: today plus the longest lead time of the products ordered again (at least 1 day)' }),
    delivery: deliverySchema.optional().openapi({ description: 'Default: the past order’s' }),
    notes: trimmed(1000).optional().openapi({ description: 'Default: the past order’s' }),
  })
  .strict()
  .openapi('Reorder', { example: { requestedDeliveryDate: '2026-12-01' } });
export type ReorderInput = z.infer<typeof reorderSchema>;

export const reorderResultSchema = z
  .object({
    order: orderSchema,
    reorderOf: z.string(),
    changes: z.array(
      z.object({
        kind: z.enum(['price_changed', 'raised_to_minimum', 'rounded_to_multiple', 'reduced_to_stock', 'withdrawn', 'out_of_stock']),
        productId: z.string(),
        name: z.string(),
        from: z.union([z.int(), quantityOutSchema]).optional().openapi({ description: 'price_changed: unit price, minor units; quantity kinds: the quantity' }),
        to: z.union([z.int(), quantityOutSchema]).optional(),
        message: z.string().openapi({ description: 'What changed, in the reader’s language' }),
      }),
    ),
  })
  .openapi('ReorderResult', { description: 'The new order and what differs from the past one (empty: the same lines at the same prices)' });

// What buyers owe associations: open invoices, aged

const AGEING_BUCKET_NAMES = ['current', '1-30', '31-60', '61-90', 'over-90'] as const;

export const ageingQuerySchema = z.object({
  asOf: isoDate
    .optional()
    .openapi({ description: 'The day to age today’s open invoices at, e.g. the end of the month (default: today, UTC); an invoice due later is current' }),
});

export const agedInvoiceSchema = z
  .object({
    number: z.string(),
    associationId: z.string(),
    associationName: z.string(),
    buyerId: z.string(),
    buyerName: z.string(),
    orderId: z.string(),
    currency: z.enum(CURRENCIES),
    total: z.int().openapi({ description: 'The invoice’s total (integer minor units)' }),
    credited: z.int().openapi({ description: 'What credit notes took off it' }),
    open: z.int().openapi({ description: 'What is still owed of it' }),
    issueDate: calendarDateSchema,
    dueDate: calendarDateSchema,
    daysOverdue: z.int().min(0).openapi({ description: 'Days past the due date on `asOf` (0: not yet due, or due that day)' }),
    bucket: z.enum(AGEING_BUCKET_NAMES),
  })
  .openapi('AgedInvoice');

export const ageingReportSchema = z
  .object({
    asOf: calendarDateSchema,
    complete: z.boolean().openapi({ description: 'False when there were more than 2,000 open invoices: the report covers the first 2,000' }),
    totals: z.array(
      z.object({
        currency: z.enum(CURRENCIES),
        open: z.int().openapi({ description: 'All that is owed in the currency (never added across currencies)' }),
        overdue: z.int().openapi({ description: 'The part of it past due' }),
        invoices: z.int(),
        buckets: z.object(Object.fromEntries(AGEING_BUCKET_NAMES.map((name) => [name, z.int()])) as Record<(typeof AGEING_BUCKET_NAMES)[number], z.ZodInt>),
      }),
    ),
    invoices: z.array(agedInvoiceSchema).openapi({ description: 'Oldest due date first' }),
    summary: z.string().openapi({ description: 'What the totals say, in the reader’s language' }),
  })
  .openapi('AgeingReport');

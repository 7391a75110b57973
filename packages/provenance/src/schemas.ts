import { calendarDateSchema, lotIdSchema, memberIdSchema, orgIdSchema, timestampSchema } from '@ayni/http';
import { z } from '@hono/zod-openapi';

/**
 * Provenance events, modelled on GS1 EPCIS 2.0: what (lots and quantities), when (eventTime, the
 * moment it happened, captured possibly late), where (read point / business location), why
 * (business step, disposition) and who (the association and its members). Recorded time and
 * anchored time are set by the system, never by the client.
 */
export const EVENT_TYPES = ['harvest', 'collection', 'transformation', 'quality_check', 'certification', 'packing', 'shipping'] as const;
export const eventTypeSchema = z.enum(EVENT_TYPES).openapi({
  description: 'harvest/collection (milk, fleece, cacao), transformation (input lots → this lot), quality_check, certification, packing, shipping (to a buyer)',
});
export type EventType = z.infer<typeof eventTypeSchema>;

/** EPCIS 2.0 / CBV business step of each event type. */
export const BIZ_STEP: Record<EventType, string> = {
  harvest: 'commissioning',
  collection: 'receiving',
  transformation: 'commissioning',
  quality_check: 'inspecting',
  certification: 'inspecting',
  packing: 'packing',
  shipping: 'shipping',
};

const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);
const lotId = lotIdSchema;
const eventId = z.string().regex(/^pev_[0-9A-Z]{26}$/, { error: 'must be a provenance event id (pev_...)' });
/** Quantities stay decimal strings in the hashed record: no float ever enters a hash. */
export const decimalString = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^\d{1,9}(\.\d{1,3})?$/, { error: 'must be a non-negative decimal with at most 3 decimals' }))
  .openapi({ type: 'string', example: '120.5' });
const unit = z.enum(['kg', 'unit', 'dozen', 'litre', 'metre']);
const isoDateTime = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with a time zone' });

export const quantitySchema = z.object({ quantity: decimalString, unit });

export const whereSchema = z
  .object({
    place: text(200).openapi({ description: 'Where it happened, e.g. "Centro de acopio de Pinchimuro"' }),
    community: text(120).optional(),
    district: text(120).optional(),
    region: text(120).optional(),
    geo: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
  })
  .strict();

export const createEventSchema = z
  .object({
    type: eventTypeSchema,
    eventTime: isoDateTime.openapi({ description: 'When it happened (may be days before it is recorded)', example: '2026-11-02T06:30:00-05:00' }),
    what: z
      .object({
        quantity: decimalString.optional(),
        unit: unit.optional(),
        description: text(500).optional(),
        inputs: z
          .array(z.object({ lotId, quantity: decimalString, unit }).strict())
          .min(1)
          .max(50)
          .optional()
          .openapi({ description: 'transformation: the input lots and how much of each went into this lot' }),
      })
      .strict()
      .default({}),
    where: whereSchema,
    who: z
      .object({
        memberIds: z.array(memberIdSchema).max(200).optional(),
        role: text(80).optional().openapi({ description: 'e.g. "acopiadora", "quesero", "inspector SENASA"' }),
      })
      .strict()
      .default({}),
    why: z
      .object({
        disposition: z.enum(['active', 'in_progress', 'conformant', 'non_conformant', 'in_transit', 'sellable']).optional(),
        note: text(1000).optional(),
      })
      .strict()
      .default({}),
    quality: z
      .object({
        check: text(120),
        result: z.enum(['pass', 'fail']),
        measurements: z.record(z.string().max(60), z.string().max(60)).optional(),
        inspector: text(120).optional(),
      })
      .strict()
      .optional(),
    certification: z
      .object({ name: text(120), issuer: text(120), certificateId: text(80).optional(), validUntil: z.iso.date().optional() })
      .strict()
      .optional(),
    shipment: z
      .object({
        buyerId: orgIdSchema.optional(),
        buyerName: text(200),
        orderId: z.string().min(1).max(60).optional(),
        destination: text(200).optional(),
        quantity: decimalString,
        unit,
      })
      .strict()
      .optional(),
    corrects: eventId.optional().openapi({ description: 'The event this one corrects (events are append-only)' }),
  })
  .strict()
  .superRefine((event, ctx) => {
    const need = (field: string, when: boolean) => {
      if (when) ctx.addIssue({ code: 'custom', path: [field], message: `is required for a ${event.type} event` });
    };
    need('what.inputs', event.type === 'transformation' && !event.what.inputs);
    need('quality', event.type === 'quality_check' && !event.quality);
    need('certification', event.type === 'certification' && !event.certification);
    need('shipment', event.type === 'shipping' && !event.shipment);
    if (event.type !== 'transformation' && event.what.inputs) {
      ctx.addIssue({ code: 'custom', path: ['what', 'inputs'], message: 'only transformation events have input lots' });
    }
    if ((event.what.quantity === undefined) !== (event.what.unit === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['what', 'unit'], message: 'quantity and unit go together' });
    }
  })
  .openapi('CreateProvenanceEvent');
export type CreateEventInput = z.infer<typeof createEventSchema>;

/**
 * The record that is hashed and anchored: exactly what the public sees. Member ids are opaque;
 * who typed it in is kept outside the record (audit field), only their role is in it.
 */
export const eventRecordSchema = z
  .object({
    id: z.string(),
    lotId: z.string(),
    orgId: z.string(),
    type: eventTypeSchema,
    bizStep: z.string(),
    eventTime: timestampSchema.openapi({ description: 'When it happened, in UTC; the offset it was sent with is `eventTimeZoneOffset`' }),
    eventTimeZoneOffset: z.string().openapi({ description: 'The UTC offset of the event time as it was sent', example: '-05:00' }),
    recordedAt: timestampSchema.openapi({ description: 'When the platform recorded it (set by the system)' }),
    recordedByRole: z.string(),
    what: z.record(z.string(), z.unknown()),
    where: z.record(z.string(), z.unknown()),
    who: z.record(z.string(), z.unknown()),
    why: z.record(z.string(), z.unknown()),
    quality: z.record(z.string(), z.unknown()).optional(),
    certification: z.record(z.string(), z.unknown()).optional(),
    shipment: z.record(z.string(), z.unknown()).optional(),
    corrects: z.string().optional(),
  })
  .openapi('ProvenanceRecord');
export type EventRecord = z.infer<typeof eventRecordSchema>;

export const ANCHOR_STATUSES = ['pending', 'included', 'finalized'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

export const eventViewSchema = z
  .object({
    record: eventRecordSchema,
    recordHash: z.string(),
    status: z.enum(ANCHOR_STATUSES),
    batchId: z.string().optional(),
    anchoredAt: timestampSchema.optional().openapi({ description: 'Time of the block that included the batch' }),
  })
  .openapi('ProvenanceEvent');

export const anchorSchema = z
  .object({
    chainId: z.int(),
    chainName: z.string(),
    contract: z.string(),
    anchorer: z.string(),
    batchId: z.string(),
    seq: z.int(),
    root: z.string(),
    count: z.int(),
    txHash: z.string(),
    blockNumber: z.int(),
    blockTime: timestampSchema.optional().openapi({ description: 'Time of the block that included the batch' }),
    gasUsed: z.string().optional(),
    status: z.enum(['included', 'finalized']),
    explorerUrl: z.string().optional(),
  })
  .openapi('Anchor');
export type AnchorView = z.infer<typeof anchorSchema>;

export const bundleEventSchema = z
  .object({
    record: eventRecordSchema,
    canonical: z.string().openapi({ description: 'RFC 8785 serialisation of `record`, the exact bytes hashed' }),
    salt: z.string(),
    recordHash: z.string().openapi({ description: 'keccak256(salt ‖ utf8(canonical)) as committed when recorded' }),
    leaf: z.string().openapi({ description: 'StandardMerkleTree leaf of recordHash' }),
    proof: z.array(z.string()),
    status: z.enum(ANCHOR_STATUSES),
    matches: z.boolean().openapi({ description: 'Recomputed now by the server: the stored record still hashes to recordHash and the proof reaches the root' }),
    anchor: anchorSchema.optional(),
  })
  .openapi('ProofBundleEvent');

export const proofBundleSchema = z
  .object({
    format: z.literal('ayni-proof-bundle/1'),
    hashScheme: z.string(),
    lot: z.record(z.string(), z.unknown()),
    product: z.record(z.string(), z.unknown()),
    association: z.record(z.string(), z.unknown()),
    events: z.array(bundleEventSchema),
    verified: z.boolean().openapi({ description: 'Every event matches and is anchored' }),
    generatedAt: timestampSchema,
  })
  .openapi('ProofBundle');
export type ProofBundle = z.infer<typeof proofBundleSchema>;
export type BundleEvent = z.infer<typeof bundleEventSchema>;

/** A lineage tree node; `children` are nodes of the same shape (documented loosely: the OpenAPI generator cannot follow recursion). */
export const lineageNodeSchema = z
  .object({
    lotId: z.string(),
    viaEventId: z.string().optional().openapi({ description: 'The transformation event linking this lot to its parent' }),
    quantity: z.string().optional(),
    unit: z.string().optional(),
    children: z.array(z.record(z.string(), z.unknown())).openapi({ description: 'LineageNode items' }),
  })
  .openapi('LineageNode');
export interface LineageNode {
  lotId: string;
  viaEventId?: string | undefined;
  quantity?: string | undefined;
  unit?: string | undefined;
  children: LineageNode[];
}

export const recipientSchema = z
  .object({
    lotId: z.string(),
    source: z.enum(['shipping_event', 'order_shipment']),
    buyerId: z.string().optional(),
    buyerName: z.string().optional(),
    orderId: z.string().optional(),
    quantity: z.string().optional(),
    unit: z.string().optional(),
    date: calendarDateSchema.optional().openapi({
      description: 'The calendar day it was shipped: the order line’s dispatch day, or the shipping event’s day where it was recorded (its own time zone)',
    }),
    shippedAt: timestampSchema.optional().openapi({ description: 'shipping_event only: the event’s instant (its `eventTime`, UTC)' }),
  })
  .openapi('LotRecipient');
export type Recipient = z.infer<typeof recipientSchema>;

export const lineageSchema = z
  .object({
    lotId: z.string(),
    upstream: lineageNodeSchema,
    downstream: lineageNodeSchema,
    recipients: z.array(recipientSchema).openapi({ description: 'Who received this lot or any lot made from it (recall)' }),
  })
  .openapi('Lineage');

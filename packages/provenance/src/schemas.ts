import { calendarDateSchema, lotIdSchema, memberIdSchema, orgIdSchema, timestampSchema } from '@ayni/http';
import { englishOf, message } from '@ayni/core';
import { z } from '@hono/zod-openapi';
import { FIELD_TEXTS, MESSAGES } from './messages.js';

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

const text = (max: number) => z.string().trim().min(1, { error: FIELD_TEXTS['provenance.field.not-empty'].en }).max(max);
const lotId = lotIdSchema;
const eventId = z.string().regex(/^pev_[0-9A-Z]{26}$/, { error: FIELD_TEXTS['provenance.field.event-id'].en });
/** Quantities stay decimal strings in the hashed record: no float ever enters a hash. */
export const decimalString = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .pipe(z.string().regex(/^\d{1,9}(\.\d{1,3})?$/, { error: FIELD_TEXTS['provenance.field.decimal'].en }))
  .openapi({ type: 'string', example: '120.5' });
const unit = z.enum(['kg', 'unit', 'dozen', 'litre', 'metre']);
const isoDateTime = z.iso.datetime({ offset: true, error: FIELD_TEXTS['provenance.field.date-time'].en });

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
    final: z.literal(true).optional().openapi({
      description:
        'Seals the lot: this is its last event (the lot is sold out, dispatched or used up). Nothing can be recorded on the lot after it, and a verifier can then say its story is complete.',
    }),
  })
  .strict()
  .superRefine((event, ctx) => {
    const need = (field: string, when: boolean) => {
      if (!when) return;
      const msg = message(MESSAGES, 'provenance.required-for-type', { type: event.type });
      ctx.addIssue({ code: 'custom', path: [field], message: englishOf(msg), params: { msg } });
    };
    need('what.inputs', event.type === 'transformation' && !event.what.inputs);
    need('quality', event.type === 'quality_check' && !event.quality);
    need('certification', event.type === 'certification' && !event.certification);
    need('shipment', event.type === 'shipping' && !event.shipment);
    if (event.type !== 'transformation' && event.what.inputs) {
      ctx.addIssue({ code: 'custom', path: ['what', 'inputs'], message: FIELD_TEXTS['provenance.field.inputs-only-transformation'].en });
    }
    if ((event.what.quantity === undefined) !== (event.what.unit === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['what', 'unit'], message: FIELD_TEXTS['provenance.field.quantity-with-unit'].en });
    }
  })
  .openapi('CreateProvenanceEvent');
export type CreateEventInput = z.infer<typeof createEventSchema>;

/**
 * The record that is hashed and anchored: exactly what the public sees. Member ids are opaque;
 * who typed it in is kept outside the record (audit field), only their role is in it.
 */
export const EVENT_FORMAT = 'ayni-event/2';
const hash32 = z.string().regex(/^0x[0-9a-f]{64}$/);

export const eventRecordSchema = z
  .object({
    format: z.literal(EVENT_FORMAT).optional().openapi({ description: 'Absent on records of format 1 (before the chain of events), which keep verifying' }),
    seq: z.int().min(1).optional().openapi({ description: 'Position of the event in its lot’s chain: 1, 2, 3, … (format 2)' }),
    prev: hash32.nullable().optional().openapi({
      description: 'recordHash of the lot’s event `seq - 1`; null for the first (format 2). It makes an omitted, reordered or inserted event detectable',
    }),
    final: z.literal(true).optional().openapi({ description: 'The lot’s last event: its chain is sealed' }),
    subject: z.record(z.string(), z.unknown()).optional().openapi({
      description:
        'Format 2: what the public page says about the lot, its product and its association when the event was recorded (lot code, dates, communities, number of producers; product name and GTIN; association name, region and the hash of its story), hashed and anchored with the event',
    }),
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

export const BUNDLE_FORMAT = 'ayni-proof-bundle/2';

export const completenessSchema = z
  .object({
    upTo: z.int().min(0).openapi({ description: 'The chain is complete and anchored up to this event (seq); 0 when none is anchored yet' }),
    of: z.int().min(0).openapi({ description: 'Events in the lot’s chain as this server knows it' }),
    anchoredAt: timestampSchema.optional().openapi({ description: 'Time of the block that anchored event `upTo`' }),
    sealed: z.boolean().openapi({ description: 'The chain ends with a final event that is anchored: nothing was or can be added after it' }),
    legacy: z
      .int()
      .min(0)
      .openapi({ description: 'Events of format 1, recorded before the chain existed: each verifies, but their omission could not be detected' }),
  })
  .openapi('ProvenanceCompleteness');

export const MASTER_DATA_FIELDS = [
  'lot.code',
  'lot.productionDate',
  'lot.expiryDate',
  'lot.communities',
  'lot.producerCount',
  'product.name',
  'product.gtin',
  'association.name',
  'association.region',
  'association.storyHash',
] as const;

export const masterDataSchema = z
  .object({
    asOfEvent: z.int().nullable().openapi({
      description: 'The anchored event whose `subject` the current facts were compared with (the latest that verifies); null when none is anchored',
    }),
    anchoredAt: timestampSchema.optional(),
    verified: z.array(z.enum(MASTER_DATA_FIELDS)).openapi({ description: 'Facts shown today that are exactly as anchored' }),
    changed: z.array(z.enum(MASTER_DATA_FIELDS)).openapi({ description: 'Facts edited since they were anchored: the page marks them not verified' }),
    unverified: z.array(z.enum(MASTER_DATA_FIELDS)).openapi({ description: 'Facts with no anchored record yet' }),
  })
  .openapi('ProvenanceMasterData');

export const trustSchema = z
  .object({
    chainId: z.int(),
    chainName: z.string(),
    contract: z.string().openapi({ description: 'The AyniAnchor contract; compare it with the committed deployments registry' }),
    registryUrl: z.string().optional().openapi({ description: 'Where the committed deployments registry lists this contract' }),
  })
  .openapi('ProvenanceTrust');

export const proofBundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    hashScheme: z.string(),
    subject: z
      .object({ lotId: z.string(), orgId: z.string() })
      .openapi({ description: 'Every event of the bundle is of this lot and organisation (committed in each record)' }),
    chain: z
      .object({
        length: z.int().min(0),
        head: hash32.nullable().openapi({ description: 'recordHash of the last event of the chain' }),
        sealed: z.boolean(),
      })
      .openapi({ description: 'The lot’s chain of events as this server holds it' }),
    verdict: z.enum(['verified', 'mismatch', 'pending']).openapi({
      description: 'The server’s own check: mismatch when any record no longer matches its hash or the chain is broken; pending while events await anchoring',
    }),
    completeness: completenessSchema,
    masterData: masterDataSchema,
    trust: trustSchema.optional(),
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

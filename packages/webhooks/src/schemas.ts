import { DOMAIN_EVENT_TYPES } from '@ayni/core';
import { orgIdSchema, pageQuerySchema, pageSchema, prefixedIdSchema, timestampSchema } from '@ayni/http';
import { z } from '@hono/zod-openapi';
import { MAX_ROTATION_GRACE_HOURS } from './model.js';
import { FIELD_TEXTS } from './messages.js';

/** The event types an endpoint may subscribe to (`webhook.ping` is sent on request only). */
export const SUBSCRIBABLE_EVENT_TYPES = DOMAIN_EVENT_TYPES.filter((type) => type !== 'webhook.ping') as Exclude<
  (typeof DOMAIN_EVENT_TYPES)[number],
  'webhook.ping'
>[];

export const eventTypeSchema = z.enum(SUBSCRIBABLE_EVENT_TYPES as [string, ...string[]]).openapi('WebhookEventType');
export const endpointIdSchema = prefixedIdSchema('whe', 'a webhook endpoint id');
export const eventIdSchema = z
  .string()
  .regex(/^evt_[0-9A-Z]{26}$/, { error: 'must be an event id (evt_...)' })
  .openapi({ example: 'evt_01JD3Z9Q4X8V6T2M1N0P5R7S9W' });

const urlSchema = z
  .url({ protocol: /^https?$/, error: FIELD_TEXTS['webhooks.field.https'].en })
  .max(2048)
  .openapi({
    description: 'Where events are POSTed: public `https://` (locally, `http://` on a loopback address)',
    example: 'https://compras.hotel-cusco.example/ayni/events',
  });
const eventTypesSchema = z
  .array(eventTypeSchema)
  .min(1)
  .max(SUBSCRIBABLE_EVENT_TYPES.length)
  .refine((types) => new Set(types).size === types.length, FIELD_TEXTS['webhooks.field.event-types-unique'].en)
  .openapi({ description: 'The event types to receive', example: ['order.placed', 'order.confirmed', 'order.delivered'] });
const descriptionSchema = z.string().trim().min(1).max(200).openapi({ example: 'Compras del hotel' });

export const orgParams = z.object({ orgId: orgIdSchema.openapi({ param: { name: 'orgId', in: 'path' } }) });
export const endpointParams = orgParams.extend({ endpointId: endpointIdSchema.openapi({ param: { name: 'endpointId', in: 'path' } }) });
export const deliveryParams = endpointParams.extend({ eventId: eventIdSchema.openapi({ param: { name: 'eventId', in: 'path' } }) });

export const endpointBody = z
  .strictObject({ url: urlSchema, eventTypes: eventTypesSchema, description: descriptionSchema.optional() })
  .openapi('WebhookEndpointInput', {
    example: {
      url: 'https://compras.hotel-cusco.example/ayni/events',
      eventTypes: ['order.confirmed', 'order.delivered', 'invoice.issued'],
      description: 'Compras del hotel',
    },
  });

export const endpointPatchBody = z
  .strictObject({
    url: urlSchema.optional(),
    eventTypes: eventTypesSchema.optional(),
    description: descriptionSchema.nullable().optional(),
    enabled: z.boolean().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one of url, eventTypes, description, enabled')
  .openapi('WebhookEndpointPatch', { example: { enabled: true } });

export const rotateBody = z
  .strictObject({
    graceHours: z
      .int()
      .min(0)
      .max(MAX_ROTATION_GRACE_HOURS)
      .default(24)
      .openapi({ description: 'Hours the previous secret keeps signing beside the new one (0: stops now)' }),
  })
  .openapi('WebhookSecretRotation', { example: { graceHours: 24 } });

export const emptyBody = z.strictObject({}).openapi('Empty', { example: {} });

export const endpointSchema = z
  .object({
    id: endpointIdSchema,
    orgId: orgIdSchema,
    url: z.string(),
    description: z.string().optional(),
    eventTypes: z.array(eventTypeSchema),
    enabled: z.boolean(),
    disabledReason: z
      .enum(['manual', 'failing'])
      .optional()
      .openapi({ description: '`failing`: Ayni disabled it after 20 failed attempts in a row over at least 24 hours' }),
    disabledAt: timestampSchema.optional(),
    previousSecretExpiresAt: timestampSchema.optional().openapi({ description: 'While a rotation’s grace lasts, deliveries are signed with both secrets' }),
    consecutiveFailures: z.int(),
    failingSince: timestampSchema.optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    version: z.int(),
  })
  .openapi('WebhookEndpoint');

export const endpointWithSecretSchema = endpointSchema
  .extend({
    secret: z.string().openapi({
      description: 'The signing secret (`whsec_` + base64), shown only now: keep it to verify `webhook-signature` (Standard Webhooks)',
      example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    }),
  })
  .openapi('WebhookEndpointWithSecret');

export const endpointListSchema = z.object({ items: z.array(endpointSchema) }).openapi('WebhookEndpointList');

export const attemptSchema = z
  .object({
    attempt: z.int(),
    at: timestampSchema,
    ok: z.boolean(),
    status: z.int().optional().openapi({ description: 'The HTTP status the receiver answered' }),
    error: z
      .string()
      .optional()
      .openapi({ description: 'Why the attempt failed: http-status, timeout, connect-timeout, dns, forbidden-address, redirect, ...' }),
    latencyMs: z.int(),
    excerpt: z.string().openapi({ description: 'The first 1 KiB of what the receiver answered' }),
  })
  .openapi('WebhookAttempt');

export const deliverySchema = z
  .object({
    eventId: eventIdSchema,
    eventType: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.int(),
    nextAttemptAt: timestampSchema.optional(),
    lastAttemptAt: timestampSchema.optional(),
    lastStatus: z.int().optional(),
    lastError: z.string().optional(),
    deliveredAt: timestampSchema.optional(),
    failedAt: timestampSchema.optional(),
    createdAt: timestampSchema,
  })
  .openapi('WebhookDelivery');

export const deliveryDetailSchema = deliverySchema
  .extend({ payload: z.record(z.string(), z.unknown()).openapi({ description: 'The body as sent' }), attemptLog: z.array(attemptSchema) })
  .openapi('WebhookDeliveryDetail');

export const deliveryPageSchema = pageSchema(deliverySchema, 'WebhookDeliveryPage');

export const replayBody = z
  .strictObject({
    from: timestampSchema.openapi({ description: 'Replay the deliveries of events that happened at or after this instant' }),
    to: timestampSchema.optional().openapi({ description: '… and before this one (default: now)' }),
    cursor: pageQuerySchema.shape.cursor.openapi({ description: 'From the previous answer’s `nextCursor`, with the same range' }),
  })
  .openapi('WebhookReplay', { example: { from: '2026-11-20T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' } });

export const replayResultSchema = z
  .object({
    queued: z.int().openapi({ description: 'Deliveries sent again, each with a new round of attempts' }),
    inProgress: z.int().openapi({ description: 'Deliveries still being tried, left as they are' }),
    from: timestampSchema,
    to: timestampSchema,
    nextCursor: z.string().optional().openapi({ description: 'More deliveries in the range: call again with it (absent when the range is done)' }),
  })
  .openapi('WebhookReplayResult');
export const deliveriesQuery = pageQuerySchema;

export const pingResultSchema = z
  .object({ eventId: eventIdSchema, ok: z.boolean(), status: z.int().optional(), error: z.string().optional(), latencyMs: z.int(), excerpt: z.string() })
  .openapi('WebhookPingResult');

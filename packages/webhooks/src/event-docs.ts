import { DOMAIN_EVENT_TYPES, EVENT_SCHEMA_VERSION, type DomainEventType } from '@ayni/core';
import { calendarDateSchema, jsonBody, timestampSchema } from '@ayni/http';
import { z } from '@hono/zod-openapi';

/**
 * The payload of each event type (`data`), version EVENT_SCHEMA_VERSION, as the OpenAPI document's
 * `webhooks` show it. They say what the domains write (packages/*\/src/events.ts); a test compares
 * what the pipeline delivers with these schemas, so the two cannot drift apart.
 */
const money = z.int().openapi({ description: 'Integer minor units (céntimos) of `currency`' });

const orderData = z
  .strictObject({
    orderId: z.string(),
    status: z.string(),
    previousStatus: z.string().optional(),
    associationId: z.string(),
    buyerId: z.string(),
    requestedDeliveryDate: calendarDateSchema,
    currency: z.string(),
    total: money,
    reason: z.string().optional(),
    invoiceNumber: z.string().optional(),
    party: z.enum(['buyer', 'association', 'system']),
  })
  .openapi('OrderEventData');

const documentData = z
  .strictObject({
    number: z.string(),
    orderId: z.string().optional(),
    associationId: z.string(),
    buyerId: z.string(),
    issueDate: calendarDateSchema,
    dueDate: calendarDateSchema.optional(),
    currency: z.string(),
    total: money,
    invoiceNumber: z.string().optional().openapi({ description: 'The invoice (for a credit note: the invoice it corrects)' }),
  })
  .openapi('DocumentEventData');

const lotData = z
  .strictObject({
    lotId: z.string(),
    lotCode: z.string(),
    productId: z.string(),
    organisationId: z.string(),
    quantity: z.string().openapi({ description: 'Decimal, in `unit`' }),
    unit: z.string(),
    productionDate: calendarDateSchema,
  })
  .openapi('LotCreatedEventData');

const provenanceData = z
  .strictObject({
    lotId: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    bizStep: z.string().optional(),
    eventTime: timestampSchema,
    recordedAt: timestampSchema,
  })
  .openapi('ProvenanceEventData');

const anchoringData = z
  .strictObject({
    lotId: z.string(),
    batchId: z.string(),
    fromSeq: z.int().min(0).openapi({ description: 'The first of the lot’s events the batch holds (its place in the lot’s chain)' }),
    toSeq: z.int().min(0).openapi({ description: 'The last of them (also `aggregate.seq`)' }),
    events: z.int().min(1).openapi({ description: 'How many of the lot’s events the batch holds' }),
    chainId: z.int(),
    contract: z.string(),
    txHash: z.string(),
    blockNumber: z.int().min(0),
    anchoredAt: timestampSchema.openapi({ description: 'The anchoring block’s time' }),
    finalizedAt: timestampSchema.optional().openapi({ description: '`lot.events_finalized`: when the block was seen final' }),
  })
  .openapi('LotAnchoringEventData');

const loanData = z
  .strictObject({
    loanId: z.string(),
    fundId: z.string(),
    associationId: z.string(),
    status: z.string(),
    currency: z.string(),
    principal: money,
    amount: money.openapi({
      description:
        'What the transition moved (applied for, approved, disbursed, repaid, written off), what is overdue (`loan.in_arrears`, `loan.installment_overdue`), or what the installment asks (`loan.installment_due`)',
    }),
    outstanding: money.optional().openapi({ description: 'Principal still owed, after a disbursement, repayment or write-off' }),
    installment: z.int().min(1).optional().openapi({ description: '`loan.installment_due`: the installment’s number' }),
    dueDate: calendarDateSchema.optional().openapi({ description: '`loan.installment_due`: when it is due' }),
  })
  .openapi('LoanEventData');

const pingData = z.strictObject({ endpointId: z.string(), url: z.string() }).openapi('PingEventData');

/** The `data` schema of an event type. */
export function eventDataSchema(type: DomainEventType): z.ZodType {
  if (type.startsWith('order.')) return orderData;
  if (type === 'invoice.issued' || type === 'credit_note.issued') return documentData;
  if (type === 'lot.created') return lotData;
  if (type === 'provenance.event_recorded') return provenanceData;
  if (type === 'lot.events_anchored' || type === 'lot.events_finalized') return anchoringData;
  if (type.startsWith('loan.')) return loanData;
  return pingData;
}

/** The whole body of an event of `type` as a receiver gets it. */
export function webhookPayloadSchema(type: DomainEventType) {
  return z.strictObject({
    id: z
      .string()
      .regex(/^evt_[0-9A-Z]{26}$/)
      .openapi({ description: 'The event id, also in `webhook-id`: deduplicate by it' }),
    type: z.literal(type),
    timestamp: timestampSchema.openapi({ description: 'When the change happened' }),
    version: z.literal(EVENT_SCHEMA_VERSION),
    aggregate: z
      .strictObject({ type: z.enum(['order', 'invoice', 'credit-note', 'lot', 'loan', 'endpoint']), id: z.string(), seq: z.int().min(0) })
      .openapi({ description: 'What the event is about; order an aggregate’s events by `seq`' }),
    data: eventDataSchema(type),
  });
}

type Registry = {
  registerWebhook(webhook: Record<string, unknown>): void;
  registerComponent(type: 'securitySchemes', name: string, component: Record<string, unknown>): unknown;
};

/** The security scheme of every delivery: the receiver checks the Standard Webhooks signature. */
export const WEBHOOK_SIGNATURE_SCHEME = 'webhookSignature';

/** Registers every event type under the OpenAPI document's `webhooks`. */
export function documentWebhooks(registry: Registry): void {
  registry.registerComponent('securitySchemes', WEBHOOK_SIGNATURE_SCHEME, {
    type: 'apiKey',
    in: 'header',
    name: 'webhook-signature',
    description:
      'Standard Webhooks: `v1,` + base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint’s secret (the bytes after `whsec_`, base64-decoded); several space-separated during a secret rotation.',
  });
  for (const type of DOMAIN_EVENT_TYPES) {
    registry.registerWebhook({
      method: 'post',
      path: type,
      tags: ['Webhooks'],
      operationId: `webhook_${type.replace(/\./g, '_')}`,
      summary: `${type}: sent to the endpoints subscribed to it`,
      description:
        'Signed per Standard Webhooks: verify `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` with the endpoint secret) and refuse a `webhook-timestamp` more than 5 minutes away. Answer any 2xx within 10 s; anything else is retried with backoff (8 attempts over about 15 hours).',
      security: [{ [WEBHOOK_SIGNATURE_SCHEME]: [] }],
      request: { body: jsonBody(webhookPayloadSchema(type)) },
      responses: { 200: { description: 'Any 2xx acknowledges the delivery' } },
    });
  }
}

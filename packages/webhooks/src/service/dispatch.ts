import { DOMAIN_EVENT_TYPES, OUTBOX_ATTRIBUTE, type DomainEvent } from '@ayni/core';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { DELIVERY_RETENTION_DAYS, type DeliveryItem, type DeliveryJob, type EndpointItem } from '../model.js';
import { expiresAt, nowIso, repositoryOf, type WebhooksDeps } from './context.js';

/**
 * A record of the table's stream, as both the Lambda event (`DynamoDBRecord`) and the Streams API
 * (`GetRecords`) give it: only what the dispatcher reads.
 */
export interface StreamRecordLike {
  readonly eventID?: string | undefined;
  readonly eventName?: string | undefined;
  readonly dynamodb?:
    | {
        readonly NewImage?: Record<string, unknown> | undefined;
        readonly OldImage?: Record<string, unknown> | undefined;
        readonly SequenceNumber?: string | undefined;
      }
    | undefined;
}

const KNOWN_TYPES = new Set<string>(DOMAIN_EVENT_TYPES);

function outboxOf(image: Record<string, unknown> | undefined): DomainEvent | undefined {
  const attribute = image?.[OUTBOX_ATTRIBUTE] as AttributeValue | undefined;
  if (!attribute || !('M' in attribute) || !attribute.M) return undefined;
  const event = unmarshall(attribute.M as Record<string, AttributeValue>) as DomainEvent;
  if (typeof event.id !== 'string' || !KNOWN_TYPES.has(event.type) || !Array.isArray(event.organisations)) return undefined;
  return event;
}

/**
 * The domain events a batch of stream records carries: a record whose new image has an outbox event
 * that its old image did not have (a lot's stock update keeps its `lot.created`, and is no event).
 */
export function eventsOfRecords(records: readonly StreamRecordLike[]): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (const record of records) {
    if (record.eventName !== 'INSERT' && record.eventName !== 'MODIFY') continue;
    const event = outboxOf(record.dynamodb?.NewImage);
    if (!event) continue;
    if (outboxOf(record.dynamodb?.OldImage)?.id === event.id) continue;
    events.push(event);
  }
  return events;
}

function subscribed(endpoint: EndpointItem, event: DomainEvent): boolean {
  return endpoint.enabled && endpoint.eventTypes.includes(event.type);
}

/** A new delivery of an event to an endpoint, due now. */
export function newDelivery(endpoint: EndpointItem, event: DomainEvent, now: string): DeliveryItem {
  return {
    entity: 'WebhookDelivery',
    endpointId: endpoint.id,
    orgId: endpoint.orgId,
    eventId: event.id,
    eventType: event.type,
    event,
    status: 'pending',
    attempts: 0,
    roundAttempts: 0,
    roundStartedAt: now,
    nextAttemptAt: now,
    createdAt: now,
    expiresAt: expiresAt(now, DELIVERY_RETENTION_DAYS),
  };
}

/**
 * Turns events into deliveries: for each organisation an event concerns, its enabled endpoints that
 * subscribe to the type (one bounded Query per organisation and batch) get a delivery item (written
 * once: a record seen again finds it) and a job in the queue. A delivery that exists but was never
 * attempted is queued again, so a crash between the two writes loses nothing; the delivery item's
 * lease keeps a duplicate job from sending twice.
 */
export async function dispatchEvents(deps: WebhooksDeps, events: readonly DomainEvent[]): Promise<{ deliveries: number }> {
  const repo = repositoryOf(deps);
  const endpointsOf = new Map<string, Promise<EndpointItem[]>>();
  const jobs: { job: DeliveryJob; delaySeconds: number }[] = [];
  for (const event of events) {
    for (const orgId of event.organisations) {
      if (!endpointsOf.has(orgId)) endpointsOf.set(orgId, repo.listEndpoints(orgId));
      const endpoints = (await endpointsOf.get(orgId)!).filter((endpoint) => subscribed(endpoint, event));
      for (const endpoint of endpoints) {
        const written = await repo.putDeliveryIfAbsent(newDelivery(endpoint, event, nowIso(deps)));
        if (written.created || (written.existing.status === 'pending' && written.existing.attempts === 0)) {
          jobs.push({ job: { endpointId: endpoint.id, orgId, eventId: event.id }, delaySeconds: 0 });
        }
      }
    }
  }
  if (jobs.length > 0) await deps.queue.enqueue(jobs);
  return { deliveries: jobs.length };
}

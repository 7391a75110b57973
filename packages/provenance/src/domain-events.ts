import { domainEvent, type DomainEvent } from '@ayni/core';
import type { EventItem } from './model.js';
import { BIZ_STEP, type EventType } from './schemas.js';

/**
 * Provenance's outbox (decision 0016): each recorded event item carries its
 * `provenance.event_recorded` under `outbox`, put in the event's own transaction. The attribute is
 * beside the record, never in it: `recordJson` (what is hashed and anchored) is frozen before.
 * The payload names the lot and the event, never members.
 */
export function eventRecordedEvent(event: EventItem): DomainEvent {
  return domainEvent({
    type: 'provenance.event_recorded',
    occurredAt: event.recordedAt,
    organisations: [event.orgId],
    // The event's place in the lot's chain (from 1; the lot's own `lot.created` is seq 0).
    aggregate: { type: 'lot', id: event.lotId, seq: event.seq! },
    data: {
      lotId: event.lotId,
      eventId: event.id,
      eventType: event.type,
      bizStep: BIZ_STEP[event.type as EventType],
      eventTime: event.eventTime,
      recordedAt: event.recordedAt,
    },
  });
}

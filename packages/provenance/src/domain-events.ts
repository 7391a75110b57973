import { domainEvent, type DomainEvent } from '@ayni/core';
import type { EventItem, LotAnchoringItem } from './model.js';
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

export type LotAnchoringEventType = 'lot.events_anchored' | 'lot.events_finalized';

/**
 * A lot's anchoring notice: its events `fromSeq`..`toSeq` are in an anchored batch
 * (`lot.events_anchored`), or that batch's block is final (`lot.events_finalized`). One per lot and
 * batch, never per batch: a receiver hears about its own lots only. The seq is the last event
 * covered (the notice comes after it); the type and batch tell the notice's id apart from that
 * event's. The instant is the anchoring block's time, or when the batch was seen final.
 */
export function lotAnchoringEvent(type: LotAnchoringEventType, record: LotAnchoringItem): DomainEvent {
  const finalized = type === 'lot.events_finalized';
  return domainEvent({
    type,
    occurredAt: finalized ? record.finalizedAt! : record.anchoredAt,
    organisations: [record.orgId],
    aggregate: { type: 'lot', id: record.lotId, seq: record.toSeq },
    kind: `${type}#${record.batchId}`,
    data: {
      lotId: record.lotId,
      batchId: record.batchId,
      fromSeq: record.fromSeq,
      toSeq: record.toSeq,
      events: record.events,
      chainId: record.chainId,
      contract: record.contract,
      txHash: record.txHash,
      blockNumber: record.blockNumber,
      anchoredAt: record.anchoredAt,
      finalizedAt: finalized ? record.finalizedAt : undefined,
    },
  });
}

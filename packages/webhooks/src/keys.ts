import { ulid } from '@ayni/core';
import { compose } from '@ayni/store';

/** The sort key every event id at or after `ms` sorts at or after (event ids start with their ULID time). */
const deliveriesFrom = (ms: number) => compose('DELIVERY', `evt_${ulid(ms).slice(0, 10)}`);

/**
 * Every key the webhooks domain writes (docs/data-model.md, "Webhooks"). An organisation's endpoints
 * live in its partition (at most MAX_ENDPOINTS_PER_ORGANISATION, counted by a counter item there), so
 * the dispatcher finds an event's receivers with one bounded Query per organisation. Each endpoint
 * owns a partition holding its deliveries (one per event, by event id, which sorts by time) and the
 * attempts of each delivery; both expire after DELIVERY_RETENTION_DAYS.
 */
export const webhooksKeys = {
  endpoint: (orgId: string, endpointId: string) => ({ pk: compose('ORG', orgId), sk: compose('WEBHOOK', endpointId) }),
  endpointsOf: (orgId: string) => compose('ORG', orgId),
  endpointPrefix: compose('WEBHOOK', ''),
  endpointCounter: (orgId: string) => ({ pk: compose('ORG', orgId), sk: 'WEBHOOKS' }),

  delivery: (endpointId: string, eventId: string) => ({ pk: compose('WEBHOOK', endpointId), sk: compose('DELIVERY', eventId) }),
  deliveriesOf: (endpointId: string) => compose('WEBHOOK', endpointId),
  deliveryPrefix: compose('DELIVERY', ''),
  /**
   * The deliveries of events that happened at or after `fromMs` and before `toMs`, for an inclusive
   * BETWEEN: an event id at exactly `toMs` is its time part and more, so it sorts after the bound.
   */
  deliveriesBetween: (fromMs: number, toMs: number) => ({ from: deliveriesFrom(fromMs), to: deliveriesFrom(toMs) }),
  attempt: (endpointId: string, eventId: string, attempt: number) => ({
    pk: compose('WEBHOOK', endpointId),
    sk: compose('ATTEMPT', eventId, String(attempt).padStart(3, '0')),
  }),
  attemptsPrefix: (eventId: string) => compose('ATTEMPT', eventId, ''),

  /** The local delivery queue (stands in for SQS on one machine): jobs by the time they are due. */
  localQueue: (queue: 'deliveries' | 'dead-letters') => compose('QUEUE', 'WEBHOOKS', queue),
  localJob: (queue: 'deliveries' | 'dead-letters', dueAt: string, endpointId: string, eventId: string) => ({
    pk: compose('QUEUE', 'WEBHOOKS', queue),
    sk: compose(dueAt, endpointId, eventId),
  }),
};

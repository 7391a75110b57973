import { createHash } from 'node:crypto';
import { ulid } from './ids.js';

/**
 * Domain events: the transactional outbox.
 *
 * A state change that others care about carries its event on an item written in the same
 * `TransactWriteItems` as the change, under the attribute `OUTBOX_ATTRIBUTE`: the aggregate's own
 * immutable history item where it has one (an order's `EVENT#` items, a provenance event, an invoice),
 * otherwise the aggregate's item itself (a lot when it is created, a loan at each transition). The
 * table's stream carries every write; the webhooks dispatcher keeps the records whose new image has an
 * outbox event that the old image did not have. So an event exists if and only if its change was
 * committed, and costs no item of its own (decision 0016).
 */
export const OUTBOX_ATTRIBUTE = 'outbox';

/** What an event is about: receivers order an aggregate's events by `seq`. */
export type AggregateType = 'order' | 'invoice' | 'credit-note' | 'lot' | 'loan' | 'endpoint';

/** Every event type Ayni emits, in the order the documentation lists them. */
export const DOMAIN_EVENT_TYPES = [
  'order.placed',
  'order.confirmed',
  'order.partially_confirmed',
  'order.rejected',
  'order.cancelled',
  'order.expired',
  'order.dispatched',
  'order.delivered',
  'order.invoiced',
  'order.paid',
  'invoice.issued',
  'credit_note.issued',
  'lot.created',
  'provenance.event_recorded',
  'lot.events_anchored',
  'lot.events_finalized',
  'loan.applied',
  'loan.approved',
  'loan.rejected',
  'loan.disbursed',
  'loan.repayment_posted',
  'loan.installment_due',
  'loan.installment_overdue',
  'loan.in_arrears',
  'loan.written_off',
  'webhook.ping',
] as const;
export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

/** Version of the payload schemas; a breaking change to any `data` shape makes a new version. */
export const EVENT_SCHEMA_VERSION = 1;

export interface DomainEvent {
  /**
   * Stable and deterministic: `evt_`, the ULID time part of `occurredAt` (so ids sort by time), and a
   * digest of the aggregate and its sequence number. A replay of the same change has the same id.
   */
  readonly id: string;
  readonly type: DomainEventType;
  readonly version: number;
  /** When the change happened (the injected clock of the writer). */
  readonly occurredAt: string;
  /** The organisations the event concerns: only their endpoints receive it. */
  readonly organisations: readonly string[];
  readonly aggregate: { readonly type: AggregateType; readonly id: string; readonly seq: number };
  /** The type's payload: ids, states, amounts; nothing a receiving organisation could not read through the API. */
  readonly data: Readonly<Record<string, unknown>>;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The deterministic id of an aggregate's `seq`-th event, which happened at `occurredAt`. `kind`
 * tells apart events that share a seq: a lot's anchoring notices carry the seq of the last event
 * they cover, and are told apart from that event (and from each other) by their type.
 */
export function domainEventId(aggregate: DomainEvent['aggregate'], occurredAt: string, kind?: string): string {
  const ms = Date.parse(occurredAt);
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`not an instant: ${occurredAt}`);
  const key = `${aggregate.type}\u0000${aggregate.id}\u0000${aggregate.seq}${kind === undefined ? '' : `\u0000${kind}`}`;
  const digest = createHash('sha256').update(key).digest();
  let tail = '';
  for (const byte of digest.subarray(0, 16)) tail += CROCKFORD[byte % 32];
  return `evt_${ulid(ms).slice(0, 10)}${tail}`;
}

/** An event ready to be written under `OUTBOX_ATTRIBUTE` of an item of the change's transaction. */
export function domainEvent(input: {
  type: DomainEventType;
  occurredAt: string;
  organisations: readonly (string | undefined)[];
  aggregate: DomainEvent['aggregate'];
  data: Record<string, unknown>;
  /** Tells apart events of one aggregate that share a seq (see `domainEventId`). */
  kind?: string;
}): DomainEvent {
  const organisations = [...new Set(input.organisations.filter((org): org is string => typeof org === 'string' && org.length > 0))];
  return {
    id: domainEventId(input.aggregate, input.occurredAt, input.kind),
    type: input.type,
    version: EVENT_SCHEMA_VERSION,
    occurredAt: input.occurredAt,
    organisations,
    aggregate: input.aggregate,
    // DynamoDB's document client refuses `undefined` values inside maps.
    data: JSON.parse(JSON.stringify(input.data)) as Record<string, unknown>,
  };
}

/** The attribute to spread into an item: `{ ...item, ...outbox(event) }`. */
export function outbox(event: DomainEvent): { [OUTBOX_ATTRIBUTE]: DomainEvent } {
  return { [OUTBOX_ATTRIBUTE]: event };
}

import { compose, sortableNumber } from '@ayni/store';

/**
 * The keys of the EPCIS query (`GET /v1/epcis/events`). An association's EPCIS events are in two
 * indexes, both sorted by event time: gsi2 holds all of them, gsi3 one partition per business step.
 * Three kinds of items carry these keys: provenance events (written by `appendEvent`, see
 * `epcisIndexAttributes`), the orders package's shipments (`shipping`) and receipts (`receiving`);
 * orders builds the same strings with its own key builders (`ordersKeys.epcis*`), a test checks
 * that they agree.
 *
 * These belong in keys.ts beside the other provenance keys; they live here while that file is
 * being changed by another hand.
 */
export const epcisKeys = {
  /** gsi2pk: every EPCIS event of an organisation. */
  ofOrganisation: (orgId: string) => compose('EPCIS', 'ORG', orgId),
  /** gsi3pk: an organisation's EPCIS events of one business step (a CBV bare word). */
  ofOrganisationStep: (orgId: string, bizStep: string) => compose('EPCIS', 'ORG', orgId, 'STEP', bizStep),
  /** gsi2sk and gsi3sk of a provenance event: its event time (UTC, ms), then what makes it unique. */
  eventSort: (eventTime: string, lotId: string, eventId: string) => compose(eventTime, lotId, 'EVENT', eventId),
  shipmentSort: (shippedAt: string, lotId: string, orderId: string, line: number) => compose(shippedAt, lotId, 'SHIPMENT', orderId, sortableNumber(line, 3)),
  receiptSort: (receivedAt: string, orderId: string) => compose(receivedAt, 'ORDER', orderId, 'RECEIPT'),
  /**
   * The sort-key range of events at or after `from` and before `to` (instants as `toISOString()`
   * writes them, the form every sort key starts with): a sort key of an event at exactly `to` is
   * `to#…`, which sorts after `to`, so the inclusive BETWEEN excludes it.
   */
  timeRange: (from?: string, to?: string) => ({ from: from ?? '0', to: to ?? '~' }),
  /** The orders package's receipt of an order (its delivery). */
  receipt: (orderId: string) => ({ pk: compose('ORDER', orderId), sk: 'RECEIPT' }),
  /**
   * In a lot's partition, the range holding everything an EPCIS query of the lot reads: its events
   * (`EVENT#`), the transformations it went into (`OUTPUT#`) and its shipments (`SHIPMENT#`); the
   * lot item and the input edges in between are skipped.
   */
  lotRange: { from: 'EVENT#', to: 'SHIPMENT#~' },
};

import { compose, sortableNumber } from '@ayni/store';

/**
 * Every key provenance writes. Events, lineage edges and shipments live in the lot's own partition
 * (`LOT#<lotId>`, shared with the catalog's lot item), so a lot's whole story is one Query.
 */
export const provenanceKeys = {
  event: (lotId: string, eventId: string) => ({ pk: compose('LOT', lotId), sk: compose('EVENT', eventId) }),
  eventPrefix: 'EVENT#',
  /** The head of the lot's chain of events (format 2): its length, last record hash, sealed or not. */
  chainHead: (lotId: string) => ({ pk: compose('LOT', lotId), sk: 'CHAIN_HEAD' }),
  /** In the output lot's partition: one edge per input lot of a transformation. */
  inputEdge: (outputLotId: string, inputLotId: string, eventId: string) => ({
    pk: compose('LOT', outputLotId),
    sk: compose('INPUT', inputLotId, eventId),
  }),
  inputPrefix: 'INPUT#',
  /** In each input lot's partition: the lot it went into. */
  outputEdge: (inputLotId: string, outputLotId: string, eventId: string) => ({
    pk: compose('LOT', inputLotId),
    sk: compose('OUTPUT', outputLotId, eventId),
  }),
  outputPrefix: 'OUTPUT#',
  /** Written by the orders package when it dispatches: `SHIPMENT#<orderId>#<line>`. */
  shipmentPrefix: 'SHIPMENT#',
  lotPartition: (lotId: string) => compose('LOT', lotId),

  /** gsi1, sparse: events not yet claimed by a batch, oldest first. */
  pendingIndex: () => ({ gsi1pk: 'PENDING_ANCHOR' }),
  pendingSort: (recordedAt: string, eventId: string) => compose(recordedAt, eventId),

  batch: (batchId: string) => ({ pk: compose('ANCHOR_BATCH', batchId), sk: 'BATCH' }),
  /**
   * A chunk of a batch's membership (batches of up to 10,000 events): in the batch's own partition,
   * so one consistent Query returns its whole membership.
   */
  batchMembers: (batchId: string, index: number) => ({ pk: compose('ANCHOR_BATCH', batchId), sk: compose('MEMBERS', sortableNumber(index, 4)) }),
  batchMembersPrefix: 'MEMBERS#',
  /** What a batch anchored of one lot, in the batch's partition (the lot's anchoring events ride on it). */
  lotAnchoring: (batchId: string, lotId: string) => ({ pk: compose('ANCHOR_BATCH', batchId), sk: compose('LOT', lotId) }),
  lotAnchoringPrefix: 'LOT#',
  /** gsi1, sparse: batches claimed but not yet finalized, by anchorer sequence. */
  openBatchesIndex: () => ({ gsi1pk: 'ANCHOR_OPEN' }),
  openBatchSort: (anchorer: string, seq: number) => compose(anchorer.toLowerCase(), sortableNumber(seq)),
  /** Next batch number of an anchorer on a contract. */
  sequence: (chainId: number, contract: string, anchorer: string) => ({
    pk: compose('ANCHOR_SEQ', chainId, contract.toLowerCase(), anchorer.toLowerCase()),
    sk: 'SEQ',
  }),
  // GS1 Digital Link pointers (GTIN, lot code) → lot are the catalog's: `catalogKeys.digitalLink`, written with the lot.
  /** One anchoring run at a time. */
  lease: () => ({ pk: 'ANCHOR_LEASE', sk: 'JOB' }),
};

/**
 * The keys of the EPCIS query (`GET /v1/epcis/events`). An association's EPCIS events are in two
 * indexes, both sorted by event time: gsi2 holds all of them, gsi3 one partition per business step.
 * Three kinds of items carry these keys: provenance events (written by `appendEvent`, see
 * `epcisIndexAttributes`), the orders package's shipments (`shipping`) and receipts (`receiving`);
 * orders builds the same strings with its own key builders (`ordersKeys.epcis*`), a test checks
 * that they agree.
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

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

/** The items provenance stores: events, lineage edges, anchoring batches. */
/** An event as stored. `recordJson` is the RFC 8785 text of the record: exactly the hashed bytes. */
export interface EventItem {
  entity: 'ProvenanceEvent';
  id: string;
  lotId: string;
  orgId: string;
  type: string;
  eventTime: string;
  recordedAt: string;
  /** Audit only (not hashed, never public): the `sub` of whoever recorded it. */
  recordedBy: string;
  recordJson: string;
  salt: string;
  /** keccak256(salt ‖ recordJson), committed when recorded. */
  recordHash: string;
  /** Position in the lot's chain (format 2 records); absent on format 1. */
  seq?: number;
  /** Set when a batch claims the event (it then leaves the pending index). */
  batchId?: string;
  /** Set once the batch is on chain. */
  proof?: string[];
  status: 'pending' | 'claimed' | 'included';
}

/**
 * The head of a lot's chain of events. It moves by a conditional write in the same transaction as
 * the event it points at, so two writers on one lot cannot both append event N: one of them
 * re-reads the head and becomes N + 1.
 */
export interface ChainHeadItem {
  entity: 'EventChainHead';
  lotId: string;
  seq: number;
  /** recordHash of event `seq`. */
  head: string;
  headEventId: string;
  /** Event `seq` was final: nothing more may be appended. */
  sealed: boolean;
}

export interface EdgeItem {
  entity: 'LotInput' | 'LotOutput';
  eventId: string;
  /** The other lot: the input (INPUT edge) or the output (OUTPUT edge). */
  lotId: string;
  quantity: string;
  unit: string;
  eventTime: string;
}

export interface EventRef {
  readonly lotId: string;
  readonly eventId: string;
}

export type BatchStatus = 'claimed' | 'sent' | 'included' | 'finalized';

export interface BatchItem {
  entity: 'AnchorBatch';
  batchId: string;
  chainId: number;
  contract: string;
  anchorer: string;
  seq: number;
  root: string;
  count: number;
  /**
   * How many member chunk items (`ANCHOR_BATCH#<batchId>` / `MEMBERS#<n>`, written in the claim's
   * transaction) list the batch's events: a batch of up to 10,000 events does not fit one item.
   */
  chunks?: number;
  /** Batches claimed before member chunks (≤ 1,000 events) list theirs here: `lotId/eventId`, in the order of `recordHashes`. */
  refs?: string[];
  recordHashes?: string[];
  status: BatchStatus;
  claimedAt: string;
  /** Chain head when claimed: where a search for the batch's log starts. */
  claimedAtBlock: number;
  txHash?: string;
  txNonce?: number;
  sentAt?: string;
  blockNumber?: number;
  blockHash?: string;
  blockTime?: string;
  gasUsed?: string;
  finalizedAt?: string;
  attempts: number;
}

/**
 * What one anchored batch did for one lot (`ANCHOR_BATCH#<batchId>` / `LOT#<lotId>`): the lot's
 * events it covers, from its chain place `fromSeq` to `toSeq`, and where it was anchored. Written
 * when the batch is included, carrying `lot.events_anchored` under `outbox`; updated once when the
 * batch is final, carrying `lot.events_finalized`. It exists for those two events, and expires.
 */
export interface LotAnchoringItem {
  entity: 'LotAnchoring';
  batchId: string;
  lotId: string;
  orgId: string;
  fromSeq: number;
  toSeq: number;
  events: number;
  chainId: number;
  contract: string;
  txHash: string;
  blockNumber: number;
  /** The anchoring block's time (else when the job saw the receipt): the anchored event's instant. */
  anchoredAt: string;
  finalizedAt?: string;
  /** Epoch seconds: DynamoDB's TTL removes the item LOT_ANCHORING_RETENTION_DAYS after anchoring. */
  expiresAt: number;
}

/** How long a lot's anchoring record is kept: longer than any batch takes to become final. */
export const LOT_ANCHORING_RETENTION_DAYS = 30;

export const refOf = (ref: EventRef) => `${ref.lotId}/${ref.eventId}`;
export function parseRef(text: string): EventRef {
  const [lotId, eventId] = text.split('/');
  return { lotId: lotId!, eventId: eventId! };
}

/** The only code that speaks DynamoDB for provenance. */

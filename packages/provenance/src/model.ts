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
  /** Set when a batch claims the event (it then leaves the pending index). */
  batchId?: string;
  /** Set once the batch is on chain. */
  proof?: string[];
  status: 'pending' | 'claimed' | 'included';
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
  /** `lotId/eventId` of every event in the batch, in the order of `recordHashes`. */
  refs: string[];
  recordHashes: string[];
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

export const refOf = (ref: EventRef) => `${ref.lotId}/${ref.eventId}`;
export function parseRef(text: string): EventRef {
  const [lotId, eventId] = text.split('/');
  return { lotId: lotId!, eventId: eventId! };
}

/** The only code that speaks DynamoDB for provenance. */

/**
 * The shapes the verifier reads and reports; docs/provenance-verification.md is their
 * specification. The JavaScript sources refer to these through JSDoc (`// @ts-check`), and
 * index.d.ts re-exports them for TypeScript callers.
 */

/** Where a bundle says an entry was anchored: a claim, checked against the trust root and the chain. */
export interface BundleAnchor {
  chainId: number;
  contract: string;
  batchId: string;
  root: string;
  txHash: string;
  blockNumber: number;
  /** The anchorer's batch number, as in the `Anchored` log (checked when present). */
  seq?: number;
  /** The address the server says sent the transaction (checked when present). */
  anchorer?: string;
  [key: string]: unknown;
}

/** One anchored record of a bundle: an event (in `events`) or master data (in `facts`). */
export interface BundleEntry {
  record: unknown;
  /** RFC 8785 serialisation of `record`: the exact text that was hashed. */
  canonical: string;
  /** 32 bytes, 0x hex. */
  salt: string;
  recordHash?: string;
  leaf?: string;
  proof: string[];
  status?: string;
  anchor?: BundleAnchor | null;
  [key: string]: unknown;
}

/** The server's claim about the lot's chain of events (bundle format 2). */
export interface ChainClaim {
  length: number;
  head: string | null;
  sealed: boolean;
}

export interface Subject {
  lotId: string;
  orgId: string;
}

export interface Bundle {
  format?: string;
  hashScheme?: string;
  subject?: Subject;
  chain?: ChainClaim;
  lot?: Record<string, unknown>;
  association?: Record<string, unknown>;
  events: BundleEntry[];
  facts?: BundleEntry[];
  [key: string]: unknown;
}

/** An anchorer pinned by the trust root. */
export interface AnchorerPin {
  address: string;
  authorisedInTx?: string;
  authorisedAtBlock?: number;
}

/** One entry of an `ayni-deployments/1` registry. */
export interface Deployment {
  chainId: number;
  network?: string;
  contract: string;
  deploymentTx?: string;
  deploymentBlock?: number;
  owner?: string;
  anchorers?: AnchorerPin[];
}

export interface Registry {
  format: 'ayni-deployments/1';
  deployments: Deployment[];
  [key: string]: unknown;
}

/** A deployment the user trusts, normalised (lowercase addresses). */
export interface TrustedDeployment {
  /** null: the chain of the RPC the user gave (a bare `--contract`). */
  chainId: number | null;
  network?: string;
  contract: string;
  deploymentTx?: string;
  deploymentBlock?: number;
  owner?: string;
  /** First block read for `AnchorerSet` logs. */
  fromBlock: number;
  /** null: not pinned (authorisation is read from the contract's logs only). */
  anchorers: AnchorerPin[] | null;
}

/** What the verifier trusts: never taken from the bundle or from Ayni's server. */
export interface TrustRoot {
  /** Where it came from, for the report (a file path, or "command line"). */
  source: string;
  deployments: TrustedDeployment[];
}

export interface TrustRootOptions {
  /** Path of an `ayni-deployments/1` registry; default: the registry committed with the verifier. */
  deploymentsFile?: string;
  contract?: string;
  chainId?: number;
  anchorers?: string[];
  fromBlock?: number;
}

export type Finality = 'finalized' | 'confirmed' | 'not final';

/**
 * verified: every check passed, on chain. verified-offline: every check that needs no RPC passed
 * (the anchoring transaction was not read). pending: not anchored yet. failed: a check failed.
 */
export type VerdictStatus = 'verified' | 'verified-offline' | 'pending' | 'failed';

export interface AnchorFindings {
  chainId: number;
  contract: string;
  txHash: string;
  blockNumber: number;
  blockTime?: string;
  sender?: string;
  finality?: Finality;
}

export interface Verdict {
  kind: 'event' | 'fact';
  /** Position in the bundle's `events` or `facts` list. */
  index: number;
  id: string;
  type: string;
  /** Position in the lot's chain (format-2 events), else null. */
  seq: number | null;
  final: boolean;
  chained: boolean;
  ok: boolean;
  status: VerdictStatus;
  /** Recomputed from the canonical text and salt; null when it could not be computed. */
  recordHash: string | null;
  anchor?: AnchorFindings;
  problems: string[];
  notes: string[];
}

export interface Completeness {
  /** Format-2 (chained) events in the bundle. */
  chained: number;
  /** Format-1 (unchained) events in the bundle. */
  legacy: number;
  /** The bundle's claim (format 2), as given. */
  claimed: ChainClaim | null;
  /** Highest seq among the chained events (0 if none). */
  lastSeq: number;
  /** K: events 1..K are present, intact, linked, and event K is anchored (and verified). */
  verifiedUpTo: number;
  /** The last event is final, and every event up to it is verified through event K = last. */
  sealed: boolean;
  /** Same as sealed: only a sealed lot is known to be complete. */
  complete: boolean;
  /** Block time of event K's anchor (null offline or when K = 0). */
  anchoredAt: string | null;
  /** Chained events after K that are not anchored yet. */
  notYetAnchored: number;
  /** Chained events after K that failed. */
  notVerified: number;
  problems: string[];
  statement: string;
}

export interface TrustRootReport {
  source: string;
  deployments: TrustedDeployment[];
  problems: string[];
}

export interface VerifyReport {
  ok: boolean;
  mode: 'rpc' | 'offline';
  bundleFormat: string;
  subject: Subject | null;
  /** The RPC's chain (null offline). */
  chainId: number | null;
  trustRoot: TrustRootReport;
  events: Verdict[];
  facts: Verdict[];
  completeness: Completeness;
  /** Problems of the bundle as a whole (subject, chain claim, hash scheme). */
  problems: string[];
  counts: { verified: number; failed: number; pending: number; facts: { verified: number; failed: number; pending: number } };
}

export interface VerifyOptions {
  trustRoot: TrustRoot;
  /** Required unless `offline`. */
  rpcUrl?: string;
  offline?: boolean;
  /** With an RPC: the chain it must serve. Offline: restricts the trust root to this chain. */
  chainId?: number;
  /** Confirmations that count as final when the node has no `finalized` block tag (default 12). */
  confirmations?: number;
  /** Fail events whose block is not final yet. */
  requireFinality?: boolean;
  /** Fail events that are not anchored yet (by default they are reported as pending). */
  requireAnchored?: boolean;
  /** Blocks per eth_getLogs call (default 10,000). */
  logChunk?: number;
  /** Longest wait for one RPC answer, in ms (default 15,000). */
  timeoutMs?: number;
  /** The lot the user expects (e.g. from the label): the bundle must be about it. */
  expectedLotId?: string;
}

export type VerifyBundle = (bundle: unknown, options: VerifyOptions) => Promise<VerifyReport>;
export type RecordHash = (canonical: string, salt: string) => string;
export type StandardLeaf = (recordHash: string) => string;
export type ParseRegistry = (value: unknown, source?: string) => Registry;
export type LoadTrustRoot = (options?: TrustRootOptions) => Promise<TrustRoot>;
export type Main = (argv: readonly string[], out?: (line: string) => void, err?: (line: string) => void) => Promise<number>;

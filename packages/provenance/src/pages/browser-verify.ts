/**
 * What the public page's script checks, in the visitor's browser, without taking the server's word
 * for it: each record is the RFC 8785 form of what the page shows, hashes with its salt to the
 * committed hash, belongs to this lot and organisation, follows the one before it in the lot's
 * chain, and proves into a Merkle root; then a public RPC of the chain (not Ayni) is asked whether
 * the pinned contract emitted `Anchored(root, batchId, seq)` in the block and transaction the
 * bundle names. Bundled with @noble/hashes into the page by scripts/build-page-script.mjs; no DOM
 * here (browser-main.ts applies the outcome), so Node tests run the same functions.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalize } from './jcs.js';

/** One event as the page embeds it for its script. */
export interface PageEvent {
  readonly record: Record<string, unknown>;
  readonly canonical: string;
  readonly salt: string;
  readonly recordHash: string;
  readonly proof: readonly string[];
  readonly anchor: PageAnchor | null;
}

export interface PageAnchor {
  readonly chainId: number;
  readonly contract: string;
  readonly root: string;
  readonly batchId: string;
  readonly txHash: string;
  readonly blockNumber: number;
}

/** Texts the script may show, already in the page's language. */
export interface PageText {
  readonly checking: string;
  readonly checkedByBrowser: string;
  readonly checkedByAyni: string;
  readonly noRpc: string;
  readonly unreachable: string;
  readonly foundByBrowser: string;
  readonly headlineMismatch: string;
  readonly titleMismatch: string;
  readonly eventOk: string;
  readonly eventBad: string;
}

/** The JSON the page embeds (`<script type="application/json" id="page-data">`). */
export interface PageData {
  readonly verdict: 'verified' | 'mismatch' | 'pending';
  readonly subject: { readonly lotId: string; readonly orgId: string };
  /** The lot's chain of events as the server holds it (bundle format 2); null before. */
  readonly chain: { readonly length: number; readonly head: string | null } | null;
  /** The contract the page pins (`trust` of the bundle, else the anchors' own). */
  readonly trust: { readonly chainId: number; readonly contract: string } | null;
  /** Public RPC endpoints of that chain (CHAIN_PUBLIC_RPC_URLS); the CSP allows exactly these. */
  readonly rpcUrls: readonly string[];
  readonly events: readonly PageEvent[];
  readonly text: PageText;
}

export const EVENT_FORMAT_2 = 'ayni-event/2';

const hex = (bytes: Uint8Array): string => `0x${bytesToHex(bytes)}`;
const bytesOf = (value: string): Uint8Array => hexToBytes(value.startsWith('0x') || value.startsWith('0X') ? value.slice(2) : value);

export function keccak256Hex(bytes: Uint8Array): string {
  return hex(keccak_256(bytes));
}

/** keccak256(salt ‖ utf8(canonical)): the hash committed when the event was recorded. */
export function recordHash(canonical: string, salt: string): string {
  return hex(keccak_256(concatBytes(bytesOf(salt), utf8ToBytes(canonical))));
}

/** OpenZeppelin StandardMerkleTree leaf of a bytes32 value: keccak256(keccak256(abi.encode(value))). */
export function standardLeaf(hash: string): string {
  return hex(keccak_256(keccak_256(bytesOf(hash))));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The sorted-pair hash of OpenZeppelin's MerkleProof. */
export function hashPair(a: string, b: string): string {
  const x = bytesOf(a);
  const y = bytesOf(b);
  return hex(keccak_256(compareBytes(x, y) <= 0 ? concatBytes(x, y) : concatBytes(y, x)));
}

export function processProof(leaf: string, proof: readonly string[]): string {
  return proof.reduce(hashPair, leaf.toLowerCase());
}

/** topic0 of `event Anchored(bytes32 indexed root, bytes32 indexed batchId, uint64 seq)`. */
export const ANCHORED_TOPIC = keccak256Hex(utf8ToBytes('Anchored(bytes32,bytes32,uint64)'));

export type EventProblem = 'canonical' | 'hash' | 'subject' | 'proof' | 'contract' | 'chain';

const same = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();

/** Everything about one event that needs no network; returns the recomputed hash and what failed. */
export function checkEvent(event: PageEvent, data: Pick<PageData, 'subject' | 'trust'>): { hash: string | null; problems: EventProblem[] } {
  const problems: EventProblem[] = [];
  let canonical: string | null;
  try {
    canonical = canonicalize(event.record);
  } catch {
    canonical = null;
  }
  if (canonical !== event.canonical) problems.push('canonical');
  let hash: string | null;
  try {
    hash = recordHash(event.canonical, event.salt);
  } catch {
    hash = null;
  }
  if (!hash || !same(hash, event.recordHash)) problems.push('hash');
  if (event.record.lotId !== data.subject.lotId || event.record.orgId !== data.subject.orgId) problems.push('subject');
  const anchor = event.anchor;
  if (anchor) {
    let root: string | null;
    try {
      root = hash ? processProof(standardLeaf(hash), event.proof) : null;
    } catch {
      root = null;
    }
    if (!root || !same(root, anchor.root)) problems.push('proof');
    if (data.trust && (!same(anchor.contract, data.trust.contract) || anchor.chainId !== data.trust.chainId)) problems.push('contract');
  }
  return { hash, problems };
}

/**
 * The lot's chain of format-2 events: seq 1, 2, 3, … each with `prev` equal to the hash (as
 * recomputed here) of the one before, nothing after a final event, and the last one the head the
 * server states. Returns the indices (into `events`) of the events where the chain breaks and
 * whether its end disagrees with the stated head; an omitted, inserted or reordered event shows.
 */
export function checkEventChain(
  events: readonly PageEvent[],
  hashes: readonly (string | null)[],
  head: PageData['chain'],
): { broken: number[]; headMismatch: boolean } {
  const chained = events
    .map((event, index) => ({ record: event.record, index }))
    .filter((e) => e.record.format === EVENT_FORMAT_2)
    .sort((a, b) => Number(a.record.seq) - Number(b.record.seq));
  const broken: number[] = [];
  let expected = 1;
  let prev: string | null = null;
  let final = false;
  for (const { record, index } of chained) {
    const linked = record.prev === null || record.prev === undefined ? prev === null : same(record.prev, prev);
    if (final || record.seq !== expected || !linked) broken.push(index);
    prev = hashes[index] ?? null;
    final = record.final === true;
    expected = Number(record.seq) + 1;
  }
  const headMismatch = !!head && (expected - 1 !== head.length || (head.head === null ? prev !== null : !same(head.head, prev)));
  return { broken, headMismatch };
}

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** One JSON-RPC call with a deadline; any failure (network, HTTP, RPC error) throws. */
export async function rpcCall(fetchFn: Fetch, url: string, method: string, params: unknown[], timeoutMs: number): Promise<unknown> {
  const response = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`${method}: HTTP ${response.status}`);
  const reply = (await response.json()) as { result?: unknown; error?: { message?: string } };
  if (reply.error || !('result' in reply)) throw new Error(`${method}: ${reply.error?.message ?? 'no result'}`);
  return reply.result;
}

export interface AnchorClaim {
  readonly contract: string;
  readonly root: string;
  readonly batchId: string;
  readonly txHash: string;
  readonly blockNumber: number;
}

interface RpcLog {
  address?: string;
  topics?: string[];
  blockNumber?: string;
  transactionHash?: string;
  removed?: boolean;
}

/** The log the claim says exists: emitted by the contract, with this root and batch id, in that block and transaction. */
export function logMatches(log: RpcLog, claim: AnchorClaim): boolean {
  const topics = log.topics ?? [];
  return (
    log.removed !== true &&
    same(log.address, claim.contract) &&
    same(topics[0], ANCHORED_TOPIC) &&
    same(topics[1], claim.root) &&
    same(topics[2], claim.batchId) &&
    typeof log.blockNumber === 'string' &&
    Number(BigInt(log.blockNumber)) === claim.blockNumber &&
    same(log.transactionHash, claim.txHash)
  );
}

export type ChainAnswer = 'found' | 'missing' | 'unreachable';

/**
 * Asks the public RPCs, in order, for each claimed `Anchored` log (`eth_getLogs` at exactly its
 * block, filtered by contract and by the indexed root and batch id). An RPC of another chain, one
 * that fails, or one whose head is below the block (lagging) is passed over; a claim no RPC could
 * answer is `unreachable`, never `found`.
 */
export async function checkAnchors(
  fetchFn: Fetch,
  rpcUrls: readonly string[],
  chainId: number,
  claims: readonly AnchorClaim[],
  timeoutMs = 8000,
): Promise<{ answers: ChainAnswer[]; rpcUrl?: string }> {
  const answers: ChainAnswer[] = claims.map(() => 'unreachable');
  let answeredBy: string | undefined;
  for (const url of rpcUrls) {
    if (answers.every((a) => a !== 'unreachable')) break;
    try {
      const id = await rpcCall(fetchFn, url, 'eth_chainId', [], timeoutMs);
      if (typeof id !== 'string' || Number(BigInt(id)) !== chainId) continue;
      const head = await rpcCall(fetchFn, url, 'eth_blockNumber', [], timeoutMs);
      if (typeof head !== 'string') continue;
      for (const [i, claim] of claims.entries()) {
        // A node that has not reached the block yet cannot tell; another one may.
        if (answers[i] !== 'unreachable' || claim.blockNumber > Number(BigInt(head))) continue;
        const block = `0x${claim.blockNumber.toString(16)}`;
        const logs = await rpcCall(
          fetchFn,
          url,
          'eth_getLogs',
          [{ address: claim.contract, topics: [ANCHORED_TOPIC, claim.root, claim.batchId], fromBlock: block, toBlock: block }],
          timeoutMs,
        );
        if (!Array.isArray(logs)) throw new Error('eth_getLogs: not a list');
        answers[i] = logs.some((log: RpcLog) => logMatches(log, claim)) ? 'found' : 'missing';
        answeredBy ??= url;
      }
    } catch {
      // This endpoint is down, slow or refuses us: the next one may answer the rest.
    }
  }
  return answeredBy ? { answers, rpcUrl: answeredBy } : { answers };
}

/** What the browser concluded, for the page and for tests. */
export interface PageOutcome {
  /** browser: every anchored event was found on chain by the browser; ayni: the chain could not be asked. */
  readonly state: 'browser' | 'ayni' | 'mismatch' | 'pending';
  readonly reason?: 'no-rpc' | 'unreachable';
  /** Per event: ok (on chain, checked here), local (hashes fine, chain not asked or not anchored), bad. */
  readonly events: readonly ('ok' | 'local' | 'bad')[];
  readonly rpcUrl?: string;
}

export async function verifyPage(data: PageData, fetchFn: Fetch, timeoutMs?: number): Promise<PageOutcome> {
  const local = data.events.map((event) => checkEvent(event, data));
  const chain = checkEventChain(
    data.events,
    local.map((l) => l.hash),
    data.chain,
  );
  const bad = new Set<number>(chain.broken);
  local.forEach((l, i) => {
    if (l.problems.length > 0) bad.add(i);
  });

  const chainId = data.trust?.chainId ?? data.events.find((e) => e.anchor)?.anchor?.chainId;
  const claims = new Map<string, { claim: AnchorClaim; events: number[] }>();
  data.events.forEach((event, i) => {
    if (!event.anchor || bad.has(i)) return;
    const claim: AnchorClaim = {
      contract: data.trust?.contract ?? event.anchor.contract,
      root: event.anchor.root.toLowerCase(),
      batchId: event.anchor.batchId.toLowerCase(),
      txHash: event.anchor.txHash.toLowerCase(),
      blockNumber: event.anchor.blockNumber,
    };
    const key = `${claim.contract}|${claim.root}|${claim.batchId}|${claim.txHash}|${claim.blockNumber}`;
    const entry = claims.get(key) ?? { claim, events: [] };
    entry.events.push(i);
    claims.set(key, entry);
  });

  const groups = [...claims.values()];
  const urls = chainId === undefined ? [] : data.rpcUrls;
  const asked =
    groups.length > 0 && urls.length > 0
      ? await checkAnchors(
          fetchFn,
          urls,
          chainId!,
          groups.map((g) => g.claim),
          timeoutMs,
        )
      : undefined;
  const onChain = new Set<number>();
  groups.forEach((group, g) => {
    const answer = asked?.answers[g] ?? 'unreachable';
    for (const i of group.events) {
      if (answer === 'found') onChain.add(i);
      if (answer === 'missing') bad.add(i);
    }
  });

  const events = data.events.map((_, i) => (bad.has(i) ? 'bad' : onChain.has(i) ? 'ok' : 'local'));
  const anchored = data.events.some((e) => e.anchor);
  const rpc = asked?.rpcUrl ? { rpcUrl: asked.rpcUrl } : {};
  if (bad.size > 0 || chain.headMismatch) return { state: 'mismatch', events, ...rpc };
  if (!anchored) return { state: 'pending', events };
  if (groups.every((_, g) => asked?.answers[g] === 'found')) return { state: 'browser', events, ...rpc };
  return { state: 'ayni', reason: urls.length === 0 ? 'no-rpc' : 'unreachable', events, ...rpc };
}

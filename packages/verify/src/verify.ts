/**
 * Independent verification of an Ayni proof bundle. This file deliberately imports nothing from
 * the Ayni server packages: it re-implements the hashing scheme from its documentation and trusts
 * only the bundle's bytes and the chain reached through the RPC the user chose.
 */
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import canonicalize from 'canonicalize';
import { AbiCoder, Contract, FetchRequest, Interface, JsonRpcProvider, concat, getBytes, keccak256, toUtf8Bytes, type TransactionReceipt } from 'ethers';

const ABI = ['event Anchored(bytes32 indexed root, bytes32 indexed batchId, uint64 seq)', 'function isAnchorer(address account) view returns (bool)'];
const anchorInterface = new Interface(ABI);
const ANCHORED_TOPIC = anchorInterface.getEvent('Anchored')!.topicHash;

export interface BundleAnchor {
  chainId: number;
  contract: string;
  batchId: string;
  root: string;
  txHash: string;
  blockNumber: number;
}

export interface BundleEvent {
  record: unknown;
  canonical: string;
  salt: string;
  recordHash?: string;
  leaf?: string;
  proof: string[];
  status?: string;
  anchor?: BundleAnchor;
}

export interface Bundle {
  format?: string;
  events: BundleEvent[];
}

export interface EventVerdict {
  id: string;
  type: string;
  ok: boolean;
  status: 'verified' | 'failed' | 'pending';
  finality?: 'finalized' | 'confirmed' | 'not final';
  blockNumber?: number;
  problems: string[];
}

export interface VerifyOptions {
  rpcUrl: string;
  /** Confirmations that count as final when the node has no `finalized` block tag. */
  confirmations?: number;
  /** Fail events whose block is not yet final. */
  requireFinality?: boolean;
}

/** keccak256(salt ‖ utf8(canonical)): the record hash. */
export function recordHash(canonical: string, salt: string): string {
  return keccak256(concat([getBytes(salt), toUtf8Bytes(canonical)]));
}

/** OpenZeppelin StandardMerkleTree leaf of a `bytes32` value. */
export function standardLeaf(hash: string): string {
  return keccak256(keccak256(AbiCoder.defaultAbiCoder().encode(['bytes32'], [hash])));
}

interface TxFacts {
  receipt: TransactionReceipt | null;
  anchorerOk: boolean | null;
  finality: 'finalized' | 'confirmed' | 'not final';
  chainId: number;
}

export async function verifyBundle(bundle: Bundle, options: VerifyOptions): Promise<EventVerdict[]> {
  if (!bundle || !Array.isArray(bundle.events)) throw new Error('not an Ayni proof bundle (no events)');
  // Bounded: 15 s per RPC answer, so a dead endpoint is a failure, not a hang.
  const request = new FetchRequest(options.rpcUrl);
  request.timeout = 15_000;
  const provider = new JsonRpcProvider(request, undefined, { staticNetwork: true, cacheTimeout: -1 });
  const chainId = Number((await provider.getNetwork()).chainId);
  const txCache = new Map<string, Promise<TxFacts>>();
  const confirmations = options.confirmations ?? 12;

  const finalizedNumber = async (): Promise<number | null> => {
    try {
      const block = await provider.getBlock('finalized');
      return block ? block.number : null;
    } catch {
      return null;
    }
  };

  const txFacts = (anchor: BundleAnchor): Promise<TxFacts> => {
    const key = anchor.txHash.toLowerCase();
    let facts = txCache.get(key);
    if (!facts) {
      facts = (async () => {
        const receipt = await provider.getTransactionReceipt(anchor.txHash);
        if (!receipt) return { receipt, anchorerOk: null, finality: 'not final' as const, chainId };
        const contract = new Contract(anchor.contract, ABI, provider);
        const anchorerOk = (await contract.getFunction('isAnchorer').staticCall(receipt.from, { blockTag: receipt.blockNumber })) as boolean;
        const finalized = await finalizedNumber();
        const head = await provider.getBlockNumber();
        const finality =
          finalized !== null && receipt.blockNumber <= finalized
            ? ('finalized' as const)
            : head - receipt.blockNumber + 1 >= confirmations
              ? ('confirmed' as const)
              : ('not final' as const);
        return { receipt, anchorerOk, finality, chainId };
      })();
      txCache.set(key, facts);
    }
    return facts;
  };

  const verdicts: EventVerdict[] = [];
  for (const event of bundle.events) {
    const record = (event.record ?? {}) as { id?: string; type?: string };
    const verdict: EventVerdict = { id: record.id ?? '?', type: record.type ?? '?', ok: false, status: 'failed', problems: [] };
    verdicts.push(verdict);
    const problems = verdict.problems;

    if (canonicalize(event.record) !== event.canonical) problems.push('the record does not serialise (RFC 8785) to the canonical text that was hashed');
    let hash: string;
    try {
      hash = recordHash(event.canonical, event.salt);
    } catch (error) {
      problems.push(`cannot hash the record: ${(error as Error).message}`);
      continue;
    }
    if (event.recordHash && event.recordHash.toLowerCase() !== hash.toLowerCase()) {
      problems.push('the record (with its salt) does not hash to the committed record hash: it was changed');
    }
    if (event.leaf && event.leaf.toLowerCase() !== standardLeaf(hash).toLowerCase()) problems.push('leaf mismatch');
    const anchor = event.anchor;
    if (!anchor) {
      verdict.status = problems.length ? 'failed' : 'pending';
      if (!problems.length) problems.push('not anchored yet');
      continue;
    }
    verdict.blockNumber = anchor.blockNumber;
    let proofOk = false;
    try {
      proofOk = StandardMerkleTree.verify(anchor.root, ['bytes32'], [hash], event.proof);
    } catch {
      proofOk = false;
    }
    if (!proofOk) problems.push('the Merkle proof of the recomputed leaf does not reach the anchored root');

    if (anchor.chainId !== chainId) {
      problems.push(`the bundle says chain ${anchor.chainId}, the RPC serves chain ${chainId}`);
    } else {
      const facts = await txFacts(anchor);
      const receipt = facts.receipt;
      if (!receipt) problems.push(`transaction ${anchor.txHash} not found on this chain`);
      else {
        if (receipt.status !== 1) problems.push('the anchoring transaction reverted');
        if (receipt.blockNumber !== anchor.blockNumber) problems.push(`mined in block ${receipt.blockNumber}, not ${anchor.blockNumber}`);
        const logs = receipt.logs.filter(
          (log) =>
            log.address.toLowerCase() === anchor.contract.toLowerCase() &&
            log.topics[0] === ANCHORED_TOPIC &&
            log.topics[1]?.toLowerCase() === anchor.root.toLowerCase() &&
            log.topics[2]?.toLowerCase() === anchor.batchId.toLowerCase(),
        );
        if (logs.length === 0) problems.push('no Anchored(root, batchId) log of the contract in that transaction');
        if (facts.anchorerOk !== true) problems.push(`the sender ${receipt.from} was not an authorised anchorer at that block`);
        verdict.finality = facts.finality;
        if (options.requireFinality && facts.finality === 'not final') problems.push('the block is not final yet');
      }
    }
    verdict.ok = problems.length === 0;
    verdict.status = verdict.ok ? 'verified' : 'failed';
  }
  provider.destroy();
  return verdicts;
}

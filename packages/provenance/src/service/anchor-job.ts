import { anchorContract, decodeAnchoredLogs, decodeAnchorRevert, findAnchoredLogs, type AnchoredEvent } from '@ayni/chain';
import type { Clock } from '@ayni/core';
import type { Store } from '@ayni/store';
import type { Provider, Signer, TransactionReceipt, TransactionResponse } from 'ethers';
import { randomUUID } from 'node:crypto';
import { batchIdOf, buildBatchTree, type BuiltBatch } from './merkle.js';
import { inParallel, LeaseLost, type BatchMembers, type IncludedEvent, type PendingEvent } from '../repository/batches.js';
import { LOT_ANCHORING_RETENTION_DAYS, type LotAnchoringItem } from '../model.js';
import { parseRef, ProvenanceRepository, refOf, type BatchItem } from '../repository/index.js';

export interface AnchorChain {
  readonly provider: Provider;
  /** The anchorer: a local key (ethers Wallet) or the KMS signer; connected to `provider`. */
  readonly signer: Signer;
  readonly chainId: number;
  readonly contract: string;
}

export interface AnchorJobOptions {
  /**
   * Most events in one batch (one transaction), default 10,000: a batch is cut from what is pending
   * when the job runs, so the cap only binds on a backlog, where it decides the gas (≈ 3 gas per
   * record at 10,000, ≈ 30 at 1,000). The batch's members are chunked across items (batches.ts).
   */
  readonly maxBatchSize?: number;
  /** Most new batches per run. */
  readonly maxBatchesPerRun?: number;
  /** Confirmations that count as final where the node has no `finalized` block tag. */
  readonly confirmations?: number;
  /** `tag`: use the `finalized` block tag, falling back to confirmations; `confirmations`: only them. */
  readonly finality?: 'tag' | 'confirmations';
  /** How long one run waits for a receipt before leaving the batch for the next run. */
  readonly receiptTimeoutMs?: number;
  /** Block window of one eth_getLogs call (public RPCs cap it). */
  readonly logChunk?: number;
  /** How long a run holds the job lease. */
  readonly leaseMs?: number;
}

export interface AnchorJobHooks {
  /** Called once a batch is claimed in DynamoDB, before anything is sent (fault tests). */
  readonly afterClaim?: (batch: BatchItem) => void | Promise<void>;
  /** Called right after a transaction is broadcast, before anything is recorded (fault tests). */
  readonly afterBroadcast?: (batch: BatchItem, txHash: string) => void | Promise<void>;
}

export interface AnchorJobLogger {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

export interface AnchorJobDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly chain: AnchorChain;
  readonly options?: AnchorJobOptions;
  readonly hooks?: AnchorJobHooks;
  readonly logger?: AnchorJobLogger;
}

export interface AnchorRunSummary {
  readonly ok: boolean;
  readonly skipped?: 'busy';
  /** Batches that reached `included` in this run. */
  readonly included: Array<{ batchId: string; seq: number; count: number; txHash: string; blockNumber: number; gasUsed?: string }>;
  readonly finalized: string[];
  /** Batches left open (claimed or sent) for the next run. */
  readonly open: string[];
  readonly error?: string;
}

/** Mined (or final): batches after it may be sent. */
const isAnchored = (batch: BatchItem) => batch.status === 'included' || batch.status === 'finalized';

const silent: AnchorJobLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Default and most events per batch (ANCHOR_MAX_BATCH_SIZE). */
export const MAX_BATCH_SIZE = 10_000;

/** Conditional event writes (inclusion: batch id and proof) in flight at once. */
const EVENT_WRITES_IN_FLIGHT = 16;

/**
 * The anchoring job: finishes the batches earlier runs left open, then batches pending events
 * (oldest first), anchors each batch with one transaction, records its proofs, and advances
 * anchored batches to `finalized`.
 *
 * Crash safety: a batch (its exact event set in member chunks, root, batch number) is claimed in
 * DynamoDB before anything is sent, in one transaction that also checks the run still holds the
 * lease. A later run that finds it open first looks for its `Anchored` log (eth_getLogs on the
 * indexed batch id), and only resends when there is none: the contract ignores a batch number
 * already anchored, so even a resend racing a late original anchors the batch once.
 *
 * Each event is written once, when its batch is on chain (batch id, proof, out of the pending
 * index). Until then it stays pending, so no event is ever in two batches because no batch is
 * claimed while an earlier one is not included: a run first advances the open batches and the
 * last batch claimed (named by the counter, read consistently, in case the open-batches index lags)
 * and stops if one is still not included. Batch numbers are anchored in order anyway, and one
 * signer's transactions in nonce order, so a batch claimed behind a stuck one could not be mined
 * before it either.
 */
export async function anchorPendingEvents(deps: AnchorJobDeps): Promise<AnchorRunSummary> {
  const log = deps.logger ?? silent;
  const repo = new ProvenanceRepository(deps.store);
  const owner = randomUUID();
  const leaseMs = deps.options?.leaseMs ?? 5 * 60_000;
  if (!(await repo.acquireLease(owner, deps.clock.now().getTime(), leaseMs))) {
    return { ok: true, skipped: 'busy', included: [], finalized: [], open: [] };
  }
  const job = new AnchorRun(deps, repo, log, owner);
  try {
    await job.run();
    return { ok: true, ...job.summary() };
  } catch (error) {
    log.error('anchoring run stopped; open batches and pending events are retried next run', { error: (error as Error).message });
    return { ok: false, ...job.summary(), error: (error as Error).message };
  } finally {
    await repo.releaseLease(owner);
  }
}

class AnchorRun {
  private readonly included: AnchorRunSummary['included'] = [];
  private readonly finalized: string[] = [];
  private readonly open = new Set<string>();
  /** Batches this run has advanced (so the counter's last batch needs no second look). */
  private readonly handled = new Set<string>();
  private readonly members = new Map<string, BatchMembers>();
  private readonly trees = new Map<string, BuiltBatch>();
  private readonly options: Required<AnchorJobOptions>;
  private anchorer = '';

  constructor(
    private readonly deps: AnchorJobDeps,
    private readonly repo: ProvenanceRepository,
    private readonly log: AnchorJobLogger,
    private readonly owner: string,
  ) {
    this.options = {
      maxBatchSize: MAX_BATCH_SIZE,
      maxBatchesPerRun: 10,
      confirmations: 3,
      finality: 'tag',
      receiptTimeoutMs: 60_000,
      logChunk: 10_000,
      leaseMs: 5 * 60_000,
      ...deps.options,
    };
  }

  summary() {
    return { included: this.included, finalized: this.finalized, open: [...this.open] };
  }

  private get chain(): AnchorChain {
    return this.deps.chain;
  }

  async run(): Promise<void> {
    this.anchorer = (await this.chain.signer.getAddress()).toLowerCase();
    const mine = (b: BatchItem) =>
      b.chainId === this.chain.chainId && b.contract.toLowerCase() === this.chain.contract.toLowerCase() && b.anchorer === this.anchorer;
    const openBatches = (await this.repo.listOpenBatches()).filter(mine).sort((a, b) => a.seq - b.seq);
    for (const batch of openBatches) await this.advance(batch);
    if (!openBatches.every(isAnchored)) return;

    for (let made = 0; made < this.options.maxBatchesPerRun; made++) {
      await this.renewLease();
      const sequence = await this.sequence();
      if (!(await this.settleLastClaimed(sequence.lastBatchId))) break;
      const listed = await this.repo.listPending(this.options.maxBatchSize);
      if (listed.length === 0) break;
      // The index is eventually consistent: re-read each event (strongly) and keep only those no
      // batch holds yet, so an event just included can never be put into a second batch.
      const free = await this.repo.unclaimed(listed.map((e) => ({ lotId: e.lotId, eventId: e.id })));
      const pending = listed.filter((e) => free.has(refOf({ lotId: e.lotId, eventId: e.id })));
      if (pending.length === 0) break;
      const batch = await this.claim(pending, sequence.next);
      await this.advance(batch);
      if (!isAnchored(batch)) break;
    }
  }

  /** Extends the lease before work that may take a while; stops the run if another run has it. */
  private async renewLease(): Promise<void> {
    if (!(await this.repo.acquireLease(this.owner, this.deps.clock.now().getTime(), this.options.leaseMs))) throw new LeaseLost();
  }

  /** The anchorer's counter, started at the contract's `nextSeq` the first time. */
  private async sequence() {
    const { chainId, contract, provider } = this.chain;
    const found = await this.repo.getSequence(chainId, contract, this.anchorer);
    if (found) return found;
    const onChain = Number(await anchorContract(contract, provider).nextSeq(this.anchorer));
    await this.repo.initSequence(chainId, contract, this.anchorer, onChain);
    return (await this.repo.getSequence(chainId, contract, this.anchorer))!;
  }

  /**
   * The batch that took the last batch number may be missing from the open-batches index (it is
   * eventually consistent): advance it before listing pending events, since its events are still
   * pending until it is included. False when it is still not included.
   */
  private async settleLastClaimed(lastBatchId: string | undefined): Promise<boolean> {
    if (!lastBatchId || this.handled.has(lastBatchId)) return true;
    const last = await this.repo.getBatch(lastBatchId);
    if (!last || last.status === 'finalized') return true;
    await this.advance(last);
    return isAnchored(last);
  }

  /** Claims a batch for these events: batch item, member chunks and batch number at once. */
  private async claim(events: readonly PendingEvent[], next: number): Promise<BatchItem> {
    const { chainId, contract, provider } = this.chain;
    const recordHashes = events.map((e) => e.recordHash);
    const refs = events.map((e) => refOf({ lotId: e.lotId, eventId: e.id }));
    const tree = buildBatchTree(recordHashes);
    const batch: BatchItem = {
      entity: 'AnchorBatch',
      batchId: batchIdOf(chainId, contract, recordHashes),
      chainId,
      contract,
      anchorer: this.anchorer,
      seq: next,
      root: tree.root,
      count: events.length,
      status: 'claimed',
      claimedAt: this.deps.clock.now().toISOString(),
      claimedAtBlock: await provider.getBlockNumber(),
      attempts: 0,
    };
    const outcome = await this.repo.claimBatch(batch, { refs, recordHashes }, this.owner);
    if (outcome === 'exists') {
      // The same event set was claimed before (a crash right after the claim): continue that one.
      const existing = await this.repo.getBatch(batch.batchId);
      if (!existing) throw new Error(`batch ${batch.batchId} vanished`);
      return existing;
    }
    this.members.set(batch.batchId, { refs, recordHashes });
    this.trees.set(batch.batchId, tree);
    this.log.info('batch claimed', { batchId: batch.batchId, seq: batch.seq, count: batch.count, chunks: batch.chunks });
    await this.deps.hooks?.afterClaim?.(batch);
    return batch;
  }

  /** The batch's events, from its member chunks (read once a run). */
  private async membersOf(batch: BatchItem): Promise<BatchMembers> {
    let members = this.members.get(batch.batchId);
    if (!members) {
      members = await this.repo.getBatchMembers(batch);
      this.members.set(batch.batchId, members);
    }
    return members;
  }

  /** Moves one batch as far as it can go in this run. */
  private async advance(batch: BatchItem): Promise<void> {
    this.handled.add(batch.batchId);
    this.open.add(batch.batchId);
    await this.renewLease();
    if (batch.status === 'claimed') {
      const found = await this.findLog(batch);
      if (found) await this.recordInclusion(batch, found);
      else await this.send(batch);
    } else if (batch.status === 'sent') {
      await this.followSent(batch);
    }
    if (batch.status === 'included') await this.checkFinality(batch);
    if (batch.status === 'included' || batch.status === 'finalized') this.open.delete(batch.batchId);
  }

  private async findLog(batch: BatchItem): Promise<AnchoredEvent | undefined> {
    const logs = await findAnchoredLogs(this.chain.provider, this.chain.contract, {
      batchId: batch.batchId,
      root: batch.root,
      fromBlock: batch.claimedAtBlock,
      chunk: this.options.logChunk,
    });
    return logs[0];
  }

  private async send(batch: BatchItem): Promise<void> {
    const contract = anchorContract(this.chain.contract, this.chain.signer);
    let response: TransactionResponse;
    try {
      response = await contract.anchor(batch.root, batch.batchId, batch.seq, batch.count);
    } catch (error) {
      const revert = decodeAnchorRevert(error);
      this.log.error('anchor transaction not accepted', { batchId: batch.batchId, revert: revert?.name, error: (error as Error).message });
      throw error;
    }
    await this.deps.hooks?.afterBroadcast?.(batch, response.hash);
    Object.assign(batch, {
      status: 'sent',
      txHash: response.hash,
      txNonce: response.nonce,
      sentAt: this.deps.clock.now().toISOString(),
      attempts: batch.attempts + 1,
    });
    await this.repo.updateBatch(batch.batchId, {
      status: 'sent',
      txHash: batch.txHash,
      txNonce: batch.txNonce,
      sentAt: batch.sentAt,
      attempts: batch.attempts,
    });
    this.log.info('anchor transaction sent', { batchId: batch.batchId, txHash: response.hash, nonce: response.nonce });
    await this.followSent(batch);
  }

  /** A sent batch: mined (record it), still pending (wait or leave), or dropped/replaced (resend). */
  private async followSent(batch: BatchItem): Promise<void> {
    const provider = this.chain.provider;
    let receipt: TransactionReceipt | null = await provider.getTransactionReceipt(batch.txHash!);
    if (!receipt) {
      const inPool = await provider.getTransaction(batch.txHash!);
      const nonceUsed = (await provider.getTransactionCount(this.anchorer, 'latest')) > (batch.txNonce ?? Number.MAX_SAFE_INTEGER);
      if (inPool && !nonceUsed) {
        try {
          receipt = await provider.waitForTransaction(batch.txHash!, 1, this.options.receiptTimeoutMs);
        } catch {
          receipt = null;
        }
        if (!receipt) {
          this.log.warn('anchor transaction still pending; next run follows it', { batchId: batch.batchId, txHash: batch.txHash });
          return;
        }
      } else {
        // Dropped from the pool, or its nonce was used by another transaction (replaced).
        const found = await this.findLog(batch);
        if (found) return this.recordInclusion(batch, found);
        this.log.warn('anchor transaction dropped or replaced; resending', { batchId: batch.batchId, txHash: batch.txHash });
        Object.assign(batch, { status: 'claimed' });
        await this.repo.updateBatch(batch.batchId, { status: 'claimed', txHash: undefined, txNonce: undefined });
        return this.send(batch);
      }
    }
    if (receipt.status !== 1) {
      this.log.error('anchor transaction reverted; the batch will be resent', { batchId: batch.batchId, txHash: receipt.hash });
      Object.assign(batch, { status: 'claimed' });
      await this.repo.updateBatch(batch.batchId, { status: 'claimed', txHash: undefined, txNonce: undefined });
      return;
    }
    const fresh = decodeAnchoredLogs(receipt.logs, this.chain.contract).find((e) => e.batchId === batch.batchId);
    // No event: the contract had this batch number already (an earlier send of ours was mined).
    const anchored = fresh ?? (await this.findLog(batch));
    if (!anchored) throw new Error(`batch ${batch.batchId}: mined without an Anchored log and none found`);
    await this.recordInclusion(batch, anchored);
  }

  /**
   * Records each event's inclusion (batch, proof, out of the pending index) first, then the batch's:
   * a crash in between only repeats work.
   */
  private async recordInclusion(batch: BatchItem, anchored: AnchoredEvent): Promise<void> {
    if (anchored.root.toLowerCase() !== batch.root.toLowerCase()) {
      throw new Error(`batch ${batch.batchId}: anchored root ${anchored.root} differs from the claimed ${batch.root}`);
    }
    const provider = this.chain.provider;
    const [receipt, block] = await Promise.all([provider.getTransactionReceipt(anchored.transactionHash), provider.getBlock(anchored.blockNumber)]);
    const members = await this.membersOf(batch);
    const tree = this.trees.get(batch.batchId) ?? buildBatchTree(members.recordHashes);
    if (tree.root !== batch.root) throw new Error(`batch ${batch.batchId}: rebuilt root differs`);
    const included: IncludedEvent[] = [];
    await inParallel(
      members.refs.map((ref, i) => ({ ref, proof: tree.proofs[i]! })),
      EVENT_WRITES_IN_FLIGHT,
      async ({ ref, proof }) => {
        included.push(await this.repo.markIncluded(parseRef(ref), batch.batchId, proof));
      },
    );
    const changes: Partial<BatchItem> = {
      status: 'included',
      txHash: anchored.transactionHash,
      blockNumber: anchored.blockNumber,
      blockHash: receipt?.blockHash ?? block?.hash ?? undefined,
      blockTime: block ? new Date(block.timestamp * 1000).toISOString() : undefined,
      gasUsed: receipt ? receipt.gasUsed.toString() : undefined,
    };
    // Each lot's `lot.events_anchored`, before the batch is recorded as included: a crash in
    // between writes them again, with the same ids (the block's time, not the clock's).
    const anchoring = lotAnchorings(included, {
      batchId: batch.batchId,
      chainId: batch.chainId,
      contract: batch.contract,
      txHash: anchored.transactionHash,
      blockNumber: anchored.blockNumber,
      anchoredAt: changes.blockTime ?? this.deps.clock.now().toISOString(),
    });
    await inParallel(anchoring, EVENT_WRITES_IN_FLIGHT, (record) => this.repo.putLotAnchoring(record));
    Object.assign(batch, changes);
    await this.repo.updateBatch(batch.batchId, changes);
    this.included.push({
      batchId: batch.batchId,
      seq: batch.seq,
      count: batch.count,
      txHash: anchored.transactionHash,
      blockNumber: anchored.blockNumber,
      gasUsed: changes.gasUsed,
    });
    this.log.info('batch included', { batchId: batch.batchId, txHash: anchored.transactionHash, block: anchored.blockNumber, gasUsed: changes.gasUsed });
  }

  private async finalizedBlock(): Promise<number> {
    const provider = this.chain.provider;
    if (this.options.finality === 'tag') {
      try {
        const block = await provider.getBlock('finalized');
        if (block) return block.number;
      } catch {
        // no `finalized` tag on this node: fall back to confirmations
      }
    }
    return (await provider.getBlockNumber()) - this.options.confirmations + 1;
  }

  private async checkFinality(batch: BatchItem): Promise<void> {
    const receipt = await this.chain.provider.getTransactionReceipt(batch.txHash!);
    if (!receipt || (batch.blockHash && receipt.blockHash !== batch.blockHash)) {
      // Reorganised away: back to claimed; the next run looks for the log again or resends.
      this.log.warn('anchored block no longer canonical; batch reopened', { batchId: batch.batchId });
      Object.assign(batch, { status: 'claimed' });
      await this.repo.updateBatch(batch.batchId, { status: 'claimed', txHash: undefined, blockNumber: undefined, blockHash: undefined });
      this.open.add(batch.batchId);
      return;
    }
    if (receipt.blockNumber <= (await this.finalizedBlock())) {
      const finalizedAt = this.deps.clock.now().toISOString();
      // Each lot's `lot.events_finalized` first (once per lot: a rerun keeps those written).
      await this.repo.finalizeLotAnchorings(batch.batchId, finalizedAt);
      Object.assign(batch, { status: 'finalized', finalizedAt });
      await this.repo.updateBatch(batch.batchId, { status: 'finalized', finalizedAt });
      this.finalized.push(batch.batchId);
    }
  }
}

/**
 * What a batch anchored of each lot it holds: the lot's chain places it covers (format 1 events
 * have none, and count only in `events`), one record per lot.
 */
export function lotAnchorings(
  included: readonly IncludedEvent[],
  anchor: Pick<LotAnchoringItem, 'batchId' | 'chainId' | 'contract' | 'txHash' | 'blockNumber' | 'anchoredAt'>,
): LotAnchoringItem[] {
  const lots = new Map<string, LotAnchoringItem>();
  const expiresAt = Math.floor(Date.parse(anchor.anchoredAt) / 1000) + LOT_ANCHORING_RETENTION_DAYS * 86_400;
  for (const event of included) {
    const seq = event.seq ?? 0;
    const record = lots.get(event.lotId);
    if (!record) {
      lots.set(event.lotId, { entity: 'LotAnchoring', ...anchor, lotId: event.lotId, orgId: event.orgId, fromSeq: seq, toSeq: seq, events: 1, expiresAt });
      continue;
    }
    record.events++;
    record.fromSeq = Math.min(record.fromSeq, seq);
    record.toSeq = Math.max(record.toSeq, seq);
  }
  return [...lots.values()];
}

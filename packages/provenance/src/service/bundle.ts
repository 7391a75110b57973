import { catalog, productView, publicLotView, publicOrganisationView } from '@ayni/catalog';
import { chainName, explorerTxUrl } from './chains.js';
import { canonicalJson, HASH_SCHEME, leafOf, recordHashOf } from './hashing.js';
import { verifyProof } from './merkle.js';
import { ProvenanceRepository, type BatchItem, type EventItem } from '../repository/index.js';
import { BUNDLE_FORMAT, EVENT_FORMAT, type AnchorStatus, type AnchorView, type BundleEvent, type EventRecord, type ProofBundle } from '../schemas.js';
import { chainHead, listEvents, requireLot, type ProvenanceDeps } from './events.js';
import { masterDataCheck, subjectFacts } from './master-data.js';

export function anchorView(batch: BatchItem): AnchorView | undefined {
  if ((batch.status !== 'included' && batch.status !== 'finalized') || !batch.txHash || batch.blockNumber === undefined) return undefined;
  const explorerUrl = explorerTxUrl(batch.chainId, batch.txHash);
  return {
    chainId: batch.chainId,
    chainName: chainName(batch.chainId),
    contract: batch.contract,
    anchorer: batch.anchorer,
    batchId: batch.batchId,
    seq: batch.seq,
    root: batch.root,
    count: batch.count,
    txHash: batch.txHash,
    blockNumber: batch.blockNumber,
    ...(batch.blockTime ? { blockTime: batch.blockTime } : {}),
    ...(batch.gasUsed ? { gasUsed: batch.gasUsed } : {}),
    status: batch.status,
    ...(explorerUrl ? { explorerUrl } : {}),
  };
}

/**
 * One event of a bundle, re-checked now: the stored record is parsed and canonicalised again,
 * hashed with its salt, compared with the hash committed when it was recorded, and its proof is
 * checked against the anchored root. A record edited in the database no longer matches.
 */
export function bundleEvent(event: EventItem, batch: BatchItem | undefined): BundleEvent {
  let record: EventRecord;
  let canonical: string;
  try {
    record = JSON.parse(event.recordJson) as EventRecord;
    canonical = canonicalJson(record);
  } catch {
    record = { id: event.id, lotId: event.lotId, orgId: event.orgId } as EventRecord;
    canonical = event.recordJson;
  }
  const recomputed = recordHashOf(canonical, event.salt);
  const anchor = batch ? anchorView(batch) : undefined;
  const anchored = !!anchor && !!event.proof;
  const matches = recomputed === event.recordHash && (!anchored || verifyProof(anchor.root, recomputed, event.proof!));
  const status: AnchorStatus = anchored ? anchor.status : 'pending';
  return {
    record,
    canonical,
    salt: event.salt,
    recordHash: event.recordHash,
    leaf: leafOf(event.recordHash),
    proof: anchored ? event.proof! : [],
    status,
    matches,
    ...(anchored ? { anchor } : {}),
  };
}

/**
 * The server's own check of a lot's chain (the verifier repeats it without trusting us): every
 * event is of this lot and organisation; format-2 events run 1, 2, 3, … with each `prev` equal to
 * the record hash of the one before; nothing follows a final event; the last one is the head.
 */
export function chainProblems(
  subject: { lotId: string; orgId: string },
  events: readonly BundleEvent[],
  head: { length: number; head: string | null },
): string[] {
  const problems: string[] = [];
  let expected = 1;
  let prev: string | null = null;
  let final = false;
  for (const event of events) {
    const record = event.record;
    if (record.lotId !== subject.lotId || record.orgId !== subject.orgId) problems.push(`event ${record.id} is not of lot ${subject.lotId}`);
    if (record.format !== EVENT_FORMAT) continue;
    if (final) problems.push(`event ${record.seq} follows the final event`);
    if (record.seq !== expected) problems.push(`event ${expected} is missing or out of place (found ${record.seq})`);
    if ((record.prev ?? null) !== prev) problems.push(`event ${record.seq} does not follow event ${expected - 1}`);
    prev = event.recordHash;
    final = record.final === true;
    expected = (record.seq ?? expected) + 1;
  }
  if (expected - 1 !== head.length || prev !== head.head) problems.push(`the chain ends at event ${expected - 1}, its head is event ${head.length}`);
  return problems;
}

/** The proof bundle of a lot: everything needed to verify its events with any RPC, and nothing private. */
export async function proofBundle(deps: ProvenanceDeps, lotId: string): Promise<ProofBundle> {
  const lot = await requireLot(deps, lotId);
  const [product, association, events, head] = await Promise.all([
    catalog.getProduct(deps, lot.orgId, lot.productId, { includeInactive: true }),
    catalog.requireOrganisation(deps, lot.orgId),
    listEvents(deps, lot.id),
    chainHead(deps, lot.id),
  ]);
  const batches = await new ProvenanceRepository(deps.store).getBatches(events.flatMap((e) => (e.batchId ? [e.batchId] : [])));
  const items = events.map((event) => bundleEvent(event, event.batchId ? batches.get(event.batchId) : undefined));
  const subject = { lotId: lot.id, orgId: lot.orgId };
  const chain = { length: head?.seq ?? 0, head: head?.head ?? null, sealed: head?.sealed ?? false };
  const broken = chainProblems(subject, items, chain);
  const chained = items.filter((e) => e.record.format === EVENT_FORMAT);
  // Anchoring event k commits to events 1..k through the prev links: the chain is complete up to
  // the last anchored event that still matches, as long as every event before it matches too.
  let upTo = 0;
  let anchoredAt: string | undefined;
  if (broken.length === 0) {
    chained.forEach((event, i) => {
      if (event.anchor && event.matches && chained.slice(0, i).every((e) => e.matches)) {
        upTo = event.record.seq!;
        anchoredAt = event.anchor.blockTime;
      }
    });
  }
  const last = chained.at(-1);
  const mismatch = broken.length > 0 || items.some((e) => !e.matches);
  const anchors = items.flatMap((e) => (e.anchor ? [e.anchor] : []));
  const trustAnchor = anchors.at(-1);
  return {
    format: BUNDLE_FORMAT,
    hashScheme: HASH_SCHEME,
    subject,
    chain,
    verdict: mismatch ? 'mismatch' : items.length === 0 || items.some((e) => e.status === 'pending') ? 'pending' : 'verified',
    masterData: masterDataCheck(subjectFacts(lot, product, association), items),
    completeness: {
      upTo,
      of: chain.length,
      ...(anchoredAt ? { anchoredAt } : {}),
      sealed: !!last && last.record.final === true && upTo === last.record.seq,
      legacy: items.length - chained.length,
    },
    ...(trustAnchor
      ? {
          trust: {
            chainId: trustAnchor.chainId,
            chainName: trustAnchor.chainName,
            contract: trustAnchor.contract,
            ...(deps.registryUrl ? { registryUrl: deps.registryUrl } : {}),
          },
        }
      : {}),
    lot: publicLotView(lot) as Record<string, unknown>,
    product: productView(product) as Record<string, unknown>,
    association: publicOrganisationView(association) as Record<string, unknown>,
    events: items,
    verified: !mismatch && items.length > 0 && items.every((e) => e.status !== 'pending'),
    generatedAt: deps.clock.now().toISOString(),
  };
}

import { catalog, productView, publicLotView, publicOrganisationView } from '@ayni/catalog';
import { chainName, explorerTxUrl } from './chains.js';
import { canonicalJson, HASH_SCHEME, leafOf, recordHashOf } from './hashing.js';
import { verifyProof } from './merkle.js';
import { ProvenanceRepository, type BatchItem, type EventItem } from '../repository/index.js';
import type { AnchorStatus, AnchorView, BundleEvent, EventRecord, ProofBundle } from '../schemas.js';
import { listEvents, requireLot, type ProvenanceDeps } from './events.js';

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

/** The proof bundle of a lot: everything needed to verify its events with any RPC, and nothing private. */
export async function proofBundle(deps: ProvenanceDeps, lotId: string): Promise<ProofBundle> {
  const lot = await requireLot(deps, lotId);
  const [product, association, events] = await Promise.all([
    catalog.getProduct(deps, lot.orgId, lot.productId, { includeInactive: true }),
    catalog.requireOrganisation(deps, lot.orgId),
    listEvents(deps, lot.id),
  ]);
  const batches = await new ProvenanceRepository(deps.store).getBatches(events.flatMap((e) => (e.batchId ? [e.batchId] : [])));
  const items = events.map((event) => bundleEvent(event, event.batchId ? batches.get(event.batchId) : undefined));
  return {
    format: 'ayni-proof-bundle/1',
    hashScheme: HASH_SCHEME,
    lot: publicLotView(lot) as Record<string, unknown>,
    product: productView(product) as Record<string, unknown>,
    association: publicOrganisationView(association) as Record<string, unknown>,
    events: items,
    verified: items.length > 0 && items.every((e) => e.matches && e.status !== 'pending'),
    generatedAt: deps.clock.now().toISOString(),
  };
}

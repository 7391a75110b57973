import type { DomainModule } from '@ayni/http';
import { createProvenancePagesRouter, createProvenanceRouter } from './routes/index.js';
import type { PageRouteDeps } from './routes/page.js';

export { anchorPendingEvents, type AnchorChain, type AnchorJobDeps, type AnchorJobOptions, type AnchorRunSummary } from './service/anchor-job.js';
export { anchorView, bundleEvent, proofBundle } from './service/bundle.js';
export { chainName, explorerTxUrl, KNOWN_CHAINS } from './service/chains.js';
export { epcisDocument } from './service/epcis.js';
export { backfillEpcisIndexes, type BackfillSummary } from './service/epcis-index.js';
export { chunkMembers, LeaseLost } from './repository/batches.js';
export { canonicalJson, HASH_SCHEME, leafOf, newSalt, recordHashOf } from './service/hashing.js';
export { pickLanguage } from './pages/i18n.js';
export { batchIdOf, buildBatchTree, standardTreeRoot, verifyProof } from './service/merkle.js';
export { provenanceKeys } from './keys.js';
export { ProvenanceRepository, type BatchItem, type EventItem } from './repository/index.js';
export { provenancePageRoutes, provenanceRoutes } from './routes/index.js';
export * from './schemas.js';
export { lineage, listEvents, listEventsPage, recordEvent, type ProvenanceDeps } from './service/events.js';
export { eventViews } from './views.js';

/**
 * Provenance events, proof bundles, QR codes and EPCIS under /v1, and the public page (`/p/{lotId}`)
 * with GS1 Digital Link resolution (`/01/{gtin}/10/{lotCode}`) at the root.
 */
export const provenanceDomain: DomainModule = {
  name: 'provenance',
  createRouter: (runtime) =>
    createProvenanceRouter({
      store: runtime.store,
      clock: runtime.clock,
      publicBaseUrl: runtime.config.PUBLIC_BASE_URL,
      registryUrl: runtime.config.ANCHOR_REGISTRY_URL,
    }),
  createRootRouter: (runtime) => {
    const deps: PageRouteDeps = {
      store: runtime.store,
      clock: runtime.clock,
      publicBaseUrl: runtime.config.PUBLIC_BASE_URL,
      publicRpcUrls: runtime.config.CHAIN_PUBLIC_RPC_URLS,
      registryUrl: runtime.config.ANCHOR_REGISTRY_URL,
    };
    return createProvenancePagesRouter(deps);
  },
};

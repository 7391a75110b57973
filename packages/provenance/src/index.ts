import type { DomainModule } from '@ayni/api';
import { createProvenancePagesRouter, createProvenanceRouter } from './routes.js';

export { anchorPendingEvents, type AnchorChain, type AnchorJobDeps, type AnchorJobOptions, type AnchorRunSummary } from './anchor-job.js';
export { anchorView, bundleEvent, proofBundle } from './bundle.js';
export { chainName, explorerTxUrl, KNOWN_CHAINS } from './chains.js';
export { epcisDocument } from './epcis.js';
export { canonicalJson, HASH_SCHEME, leafOf, newSalt, recordHashOf } from './hashing.js';
export { pickLanguage } from './i18n.js';
export { batchIdOf, buildBatchTree, standardTreeRoot, verifyProof } from './merkle.js';
export { provenanceKeys } from './keys.js';
export { ProvenanceRepository, type BatchItem, type EventItem } from './repository.js';
export { provenancePageRoutes, provenanceRoutes } from './routes.js';
export * from './schemas.js';
export { lineage, listEvents, listEventsPage, recordEvent, type ProvenanceDeps } from './service.js';
export { eventViews } from './views.js';

/**
 * Provenance events, proof bundles, QR codes and EPCIS under /v1, and the public page (`/p/{lotId}`)
 * with GS1 Digital Link resolution (`/01/{gtin}/10/{lotCode}`) at the root.
 */
export const provenanceDomain: DomainModule = {
  name: 'provenance',
  createRouter: (runtime) => createProvenanceRouter({ store: runtime.store, clock: runtime.clock, publicBaseUrl: runtime.config.PUBLIC_BASE_URL }),
  createRootRouter: (runtime) => createProvenancePagesRouter({ store: runtime.store, clock: runtime.clock, publicBaseUrl: runtime.config.PUBLIC_BASE_URL }),
};

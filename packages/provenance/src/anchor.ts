/** Entry points of the anchoring job (scheduled Lambda, local interval, one-off command). */
export {
  anchorPendingEvents,
  type AnchorChain,
  type AnchorJobDeps,
  type AnchorJobHooks,
  type AnchorJobLogger,
  type AnchorJobOptions,
  type AnchorRunSummary,
} from './service/anchor-job.js';
export { anchorChainFromConfig, anchorJobOptionsFromConfig } from './service/anchor-config.js';
export { startAnchoringInterval } from './service/anchor-interval.js';
export { anchoringHealth, anchoringEmfRecord, type AnchoringHealth } from './service/anchor-metrics.js';

import { anchorPendingEvents, type AnchorJobDeps, type AnchorRunSummary } from './anchor-job.js';

/**
 * Local stand-in for the scheduled Lambda: runs the job every `intervalMs` (never two at once).
 * Returns a stop function that waits for a run in progress.
 */
export function startAnchoringInterval(deps: AnchorJobDeps, intervalMs = 15_000, onRun?: (summary: AnchorRunSummary) => void): () => Promise<void> {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = anchorPendingEvents(deps)
      .then((summary) => onRun?.(summary))
      .catch((error: unknown) => deps.logger?.error('anchoring run failed', { error: (error as Error).message }))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

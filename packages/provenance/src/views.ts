import { anchorView } from './service/bundle.js';
import { ProvenanceRepository, type EventItem } from './repository/index.js';
import { recordOf, type ProvenanceDeps } from './service/events.js';

/** Events as the API lists them: the record, its hash and its anchoring status (one batch read for their batches). */
export async function eventViews(deps: ProvenanceDeps, events: readonly EventItem[]) {
  const batches = await new ProvenanceRepository(deps.store).getBatches(events.flatMap((e) => (e.batchId ? [e.batchId] : [])));
  return events.map((event) => {
    const batch = event.batchId && event.proof ? batches.get(event.batchId) : undefined;
    const anchor = batch ? anchorView(batch) : undefined;
    return {
      record: recordOf(event),
      recordHash: event.recordHash,
      status: anchor ? anchor.status : ('pending' as const),
      ...(event.batchId ? { batchId: event.batchId } : {}),
      ...(anchor?.blockTime ? { anchoredAt: anchor.blockTime } : {}),
    };
  });
}

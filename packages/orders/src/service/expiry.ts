import { IllegalTransition } from '../errors.js';
import { nowIso, repositories, systemActor, type OrdersDeps } from './context.js';
import { transition } from './transitions.js';

export interface ExpiryResult {
  readonly expired: string[];
  /** Due orders that had moved on meanwhile (confirmed, cancelled, expired by an earlier run). */
  readonly skipped: string[];
}

/**
 * Expires placed orders whose confirmation deadline has passed and releases their stock. Goes round
 * the associations (the catalog's index of organisations by kind) and reads each one's placed orders
 * (a key range of its orders index, filtered by deadline: Queries, never a Scan); each expiry is a
 * transition conditional on the order still being placed, so running twice, or alongside a
 * confirmation, is safe. The job's cost grows with the associations and their placed orders only.
 */
export async function expireOrders(deps: OrdersDeps): Promise<ExpiryResult> {
  const repos = repositories(deps);
  const at = nowIso(deps);
  const expired: string[] = [];
  const skipped: string[] = [];
  let associations: string | undefined;
  do {
    const round = await repos.orders.listAssociationIds(100, associations);
    for (const associationId of round.items) {
      let cursor: string | undefined;
      do {
        const page = await repos.orders.listPlacedDue(associationId, at, 100, cursor);
        for (const due of page.items) {
          try {
            await transition(deps, due.id, 'expire', { reason: 'not confirmed in time' }, systemActor('order-expiry'));
            expired.push(due.id);
          } catch (error) {
            if (!(error instanceof IllegalTransition)) throw error;
            skipped.push(due.id);
          }
        }
        cursor = page.nextCursor;
      } while (cursor);
    }
    associations = round.nextCursor;
  } while (associations);
  return { expired, skipped };
}

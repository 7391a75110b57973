import { IllegalTransition } from '../errors.js';
import { nowIso, repositories, systemActor, type OrdersDeps } from './context.js';
import { transition } from './transitions.js';

export interface ExpiryResult {
  readonly expired: string[];
  /** Due orders that had moved on meanwhile (confirmed, cancelled, expired by an earlier run). */
  readonly skipped: string[];
}

/**
 * Expires placed orders whose confirmation deadline has passed and releases their stock. Reads the
 * sparse index of placed orders by deadline (a Query, never a Scan); each expiry is a transition
 * conditional on the order still being placed, so running twice, or alongside a confirmation, is safe.
 */
export async function expireOrders(deps: OrdersDeps): Promise<ExpiryResult> {
  const repos = repositories(deps);
  const at = nowIso(deps);
  const expired: string[] = [];
  const skipped: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await repos.orders.listPlacedDue(at, 100, cursor);
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
  return { expired, skipped };
}

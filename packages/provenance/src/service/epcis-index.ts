import { catalog } from '@ayni/catalog';
import { EpcisRepository } from '../repository/epcis.js';
import type { EventItem } from '../repository/index.js';
import { BIZ_STEP, type EventType } from '../schemas.js';
import { epcisKeys } from '../keys.js';
import type { ProvenanceDeps } from './events.js';

const KNOWN_STEPS = new Set(Object.values(BIZ_STEP));

/** The CBV business step of a stored event: its record's, else its type's. */
export function bizStepOfEvent(event: Pick<EventItem, 'recordJson' | 'type'>): string {
  try {
    const step = (JSON.parse(event.recordJson) as { bizStep?: unknown }).bizStep;
    if (typeof step === 'string' && KNOWN_STEPS.has(step)) return step;
  } catch {
    // an unreadable record still gets its type's step
  }
  return BIZ_STEP[event.type as EventType] ?? 'other';
}

/**
 * The index attributes an event item needs to be found by the EPCIS query: gsi2 (the organisation's
 * events by event time) and gsi3 (the same, per business step). gsi1 stays the anchoring queue's.
 * `appendEvent` spreads these into the event item it puts; events stored before are given them by
 * `backfillEpcisIndex`.
 */
export function epcisIndexAttributes(event: EventItem): Record<string, string> {
  const sort = epcisKeys.eventSort(event.eventTime, event.lotId, event.id);
  return {
    gsi2pk: epcisKeys.ofOrganisation(event.orgId),
    gsi2sk: sort,
    gsi3pk: epcisKeys.ofOrganisationStep(event.orgId, bizStepOfEvent(event)),
    gsi3sk: sort,
  };
}

/** The index attributes of a shipment written before shipments carried them (same keys as `ordersKeys`). */
export function shipmentIndexAttributes(shipment: Record<string, unknown>): Record<string, string> | undefined {
  const { lotId, orderId, line, associationId } = shipment;
  if (typeof lotId !== 'string' || typeof orderId !== 'string' || typeof line !== 'number' || typeof associationId !== 'string') return undefined;
  const at = typeof shipment.shippedAt === 'string' ? shipment.shippedAt : `${String(shipment.date)}T00:00:00.000Z`;
  if (Number.isNaN(Date.parse(at))) return undefined;
  const sort = epcisKeys.shipmentSort(at, lotId, orderId, line);
  return { gsi2pk: epcisKeys.ofOrganisation(associationId), gsi2sk: sort, gsi3pk: epcisKeys.ofOrganisationStep(associationId, 'shipping'), gsi3sk: sort };
}

export interface BackfillSummary {
  readonly lots: number;
  readonly events: number;
  readonly shipments: number;
}

/**
 * Gives the events and shipments of one lot that lack them their EPCIS index attributes
 * (idempotent: items that have them are left alone). A job, not a request path: it reads the lot's
 * whole partition range.
 */
export async function backfillEpcisIndex(deps: ProvenanceDeps, lotId: string): Promise<BackfillSummary> {
  const repo = new EpcisRepository(deps.store);
  let events = 0;
  let shipments = 0;
  for (const item of await repo.itemsWithoutIndex(lotId)) {
    const key = { pk: String(item.pk), sk: String(item.sk) };
    if (item.entity === 'ProvenanceEvent') {
      await repo.setIndexAttributes(key, epcisIndexAttributes(item as unknown as EventItem));
      events++;
    } else if (String(item.sk).startsWith('SHIPMENT#')) {
      const attributes = shipmentIndexAttributes(item);
      if (!attributes) continue;
      await repo.setIndexAttributes(key, attributes);
      shipments++;
    }
  }
  return { lots: 1, events, shipments };
}

/** `backfillEpcisIndex` for every lot of an organisation, a page of lots at a time (C12). */
export async function backfillEpcisIndexOfOrganisation(deps: ProvenanceDeps, orgId: string): Promise<BackfillSummary> {
  let total = { lots: 0, events: 0, shipments: 0 };
  let cursor: string | undefined;
  do {
    const page = await catalog.listLots(deps, orgId, { limit: 100, cursor });
    for (const lot of page.items) {
      const done = await backfillEpcisIndex(deps, lot.id);
      total = { lots: total.lots + 1, events: total.events + done.events, shipments: total.shipments + done.shipments };
    }
    cursor = page.nextCursor;
  } while (cursor);
  return total;
}

/**
 * `backfillEpcisIndexOfOrganisation` for every association (C2), a page at a time: run once against
 * a table written before the EPCIS indexes (the demo seed's shipments, events recorded before
 * `appendEvent` wrote the attributes). Idempotent.
 */
export async function backfillEpcisIndexes(deps: ProvenanceDeps): Promise<BackfillSummary> {
  let total = { lots: 0, events: 0, shipments: 0 };
  let cursor: string | undefined;
  do {
    const page = await catalog.listAssociations(deps, 100, cursor);
    for (const association of page.items) {
      const done = await backfillEpcisIndexOfOrganisation(deps, association.id);
      total = { lots: total.lots + done.lots, events: total.events + done.events, shipments: total.shipments + done.shipments };
    }
    cursor = page.nextCursor;
  } while (cursor);
  return total;
}

import { catalog, catalogKeys, type LotItem } from '@ayni/catalog';
import { newId, ValidationFailed, type Clock } from '@ayni/core';
import type { Store } from '@ayni/store';
import { canonicalJson, newSalt, recordHashOf } from './hashing.js';
import { ProvenanceRepository, type EdgeItem, type EventItem } from './repository.js';
import { BIZ_STEP, type CreateEventInput, type EventRecord, type LineageNode, type Recipient } from './schemas.js';

export interface ProvenanceDeps {
  readonly store: Store;
  readonly clock: Clock;
}

const repo = (deps: ProvenanceDeps) => new ProvenanceRepository(deps.store);

/** How far in the future an event time may be (clock skew of phones in the field). */
const FUTURE_TOLERANCE_MS = 10 * 60 * 1000;

/** The offset the event time was given in (`-05:00` for Peru), kept for EPCIS. */
export function timeZoneOffsetOf(isoDateTime: string): string {
  const match = /([+-]\d\d:\d\d)$/.exec(isoDateTime);
  return match ? match[1]! : '+00:00';
}

function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Records an event on a lot of the organisation. The record is frozen here: canonicalised, salted
 * and hashed once, and never rewritten (a correction is a new event whose `corrects` names the old).
 */
export async function recordEvent(
  deps: ProvenanceDeps,
  orgId: string,
  lotId: string,
  input: CreateEventInput,
  actor: { sub: string; role: string },
): Promise<EventItem> {
  const lot = await catalog.getOwnLot(deps, orgId, lotId);
  const now = deps.clock.now();
  if (Date.parse(input.eventTime) > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new ValidationFailed([{ path: 'eventTime', message: 'must not be in the future' }]);
  }
  const issues: Array<{ path: string; message: string }> = [];
  const inputs = input.what.inputs ?? [];
  await Promise.all(
    inputs.map(async (edge, i) => {
      if (edge.lotId === lotId) return issues.push({ path: `what.inputs.${i}.lotId`, message: 'a lot cannot be its own input' });
      const inputLot = await catalog.getLot(deps, edge.lotId).catch(() => undefined);
      if (!inputLot) issues.push({ path: `what.inputs.${i}.lotId`, message: 'is not a known lot' });
      else if (inputLot.orgId !== orgId) issues.push({ path: `what.inputs.${i}.lotId`, message: 'is not a lot of this organisation' });
      return undefined;
    }),
  );
  if (input.corrects && !(await repo(deps).getEvent(lotId, input.corrects))) {
    issues.push({ path: 'corrects', message: 'is not an event of this lot' });
  }
  if (issues.length > 0) throw new ValidationFailed(issues);

  const id = newId('pev', now.getTime());
  const recordedAt = now.toISOString();
  const record: EventRecord = dropUndefined({
    id,
    lotId,
    orgId,
    type: input.type,
    bizStep: BIZ_STEP[input.type],
    eventTime: new Date(input.eventTime).toISOString(),
    eventTimeZoneOffset: timeZoneOffsetOf(input.eventTime),
    recordedAt,
    recordedByRole: actor.role,
    what: input.what,
    where: input.where,
    who: input.who,
    why: input.why,
    quality: input.quality,
    certification: input.certification,
    shipment: input.shipment,
    corrects: input.corrects,
  });
  const recordJson = canonicalJson(record);
  const salt = newSalt();
  const event: EventItem = {
    entity: 'ProvenanceEvent',
    id,
    lotId,
    orgId,
    type: input.type,
    eventTime: record.eventTime,
    recordedAt,
    recordedBy: actor.sub,
    recordJson,
    salt,
    recordHash: recordHashOf(recordJson, salt),
    status: 'pending',
  };
  const edges = inputs.map((edge) => ({ input: edge.lotId, output: lotId, quantity: edge.quantity, unit: edge.unit }));
  await repo(deps).appendEvent(event, edges, catalogKeys.lot(lot.id));
  return event;
}

export function recordOf(event: EventItem): EventRecord {
  return JSON.parse(event.recordJson) as EventRecord;
}

/** A lot's events in the order they happened (event time, then recording). */
export async function listEvents(deps: ProvenanceDeps, lotId: string): Promise<EventItem[]> {
  const events = await repo(deps).listEvents(lotId);
  return events.sort((a, b) => a.eventTime.localeCompare(b.eventTime) || a.recordedAt.localeCompare(b.recordedAt));
}

/** The lot (any organisation's): 404 when there is none. */
export function requireLot(deps: ProvenanceDeps, lotId: string): Promise<LotItem> {
  return catalog.getLot(deps, lotId);
}

const MAX_LINEAGE_LOTS = 200;

/** Walks lineage edges (inputs upstream, outputs downstream), one Query per lot, never a Scan. */
async function walk(deps: ProvenanceDeps, lotId: string, direction: 'up' | 'down', seen: Set<string>, via?: EdgeItem): Promise<LineageNode> {
  seen.add(lotId);
  const node: LineageNode = { lotId, viaEventId: via?.eventId, quantity: via?.quantity, unit: via?.unit, children: [] };
  const edges = direction === 'up' ? await repo(deps).listInputs(lotId) : await repo(deps).listOutputs(lotId);
  for (const edge of edges) {
    if (seen.has(edge.lotId) || seen.size >= MAX_LINEAGE_LOTS) continue;
    node.children.push(await walk(deps, edge.lotId, direction, seen, edge));
  }
  return node;
}

function lotsOf(node: LineageNode): string[] {
  return [node.lotId, ...node.children.flatMap(lotsOf)];
}

/**
 * A lot's lineage: upstream tree through transformations, downstream tree, and every recipient of
 * this lot or of a lot made from it (shipping events, and the orders package's shipment items).
 */
export async function lineage(deps: ProvenanceDeps, lotId: string) {
  await requireLot(deps, lotId);
  const upstream = await walk(deps, lotId, 'up', new Set());
  const downstream = await walk(deps, lotId, 'down', new Set());
  const recipients: Recipient[] = [];
  for (const id of lotsOf(downstream)) {
    const [events, shipments] = await Promise.all([repo(deps).listEvents(id), repo(deps).listShipments(id)]);
    for (const event of events.filter((e) => e.type === 'shipping')) {
      const shipment = recordOf(event).shipment as Record<string, string> | undefined;
      recipients.push({
        lotId: id,
        source: 'shipping_event',
        buyerId: shipment?.buyerId,
        buyerName: shipment?.buyerName,
        orderId: shipment?.orderId,
        quantity: shipment?.quantity,
        unit: shipment?.unit,
        date: event.eventTime,
      });
    }
    for (const item of shipments) {
      const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
      recipients.push({
        lotId: id,
        source: 'order_shipment',
        buyerId: str(item.buyerId),
        buyerName: str(item.buyerName),
        orderId: str(item.orderId),
        quantity: str(item.quantity),
        unit: str(item.unit),
        date: str(item.date ?? item.shippedAt ?? item.createdAt),
      });
    }
  }
  return { lotId, upstream, downstream, recipients };
}

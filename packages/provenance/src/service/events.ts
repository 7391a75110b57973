import { catalog, catalogKeys, type LotItem } from '@ayni/catalog';
import { Conflict, englishOf, formatQuantity, message, newId, ValidationFailed, type Clock, type FieldIssue, type MessageParams } from '@ayni/core';
import { contentionPause, TransactionContended, type Page, type Store } from '@ayni/store';
import { MESSAGES } from '../messages.js';
import { canonicalJson, newSalt, recordHashOf } from './hashing.js';
import { subjectFacts } from './master-data.js';
import { ChainMoved, ProvenanceRepository, type EdgeItem, type EventItem } from '../repository/index.js';
import { BIZ_STEP, EVENT_FORMAT, type CreateEventInput, type EventRecord, type LineageNode, type Recipient } from '../schemas.js';

export interface ProvenanceDeps {
  readonly store: Store;
  readonly clock: Clock;
  /** Where the committed deployments registry can be read (ANCHOR_REGISTRY_URL); shown in bundles and on the page. */
  readonly registryUrl?: string | undefined;
}

const repo = (deps: ProvenanceDeps) => new ProvenanceRepository(deps.store);

/** How far in the future an event time may be (clock skew of phones in the field). */
const FUTURE_TOLERANCE_MS = 10 * 60 * 1000;

/** The calendar day an instant falls on where it was recorded (its offset, e.g. `-05:00`). */
export function localDayOf(instant: string, offset: string | undefined): string {
  const match = /^([+-])(\d\d):(\d\d)$/.exec(offset ?? '+00:00');
  const minutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString().slice(0, 10);
}

/** The offset the event time was given in (`-05:00` for Peru), kept for EPCIS. */
export function timeZoneOffsetOf(isoDateTime: string): string {
  const match = /([+-]\d\d:\d\d)$/.exec(isoDateTime);
  return match ? match[1]! : '+00:00';
}

function dropUndefined<T extends Record<string, unknown>>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A field issue of a check of ours: its English text, and its catalog message to say it in the reader's language. */
function issueOf(path: string, key: keyof typeof MESSAGES, params: MessageParams = {}): FieldIssue {
  const msg = message(MESSAGES, key, params);
  return { path, message: englishOf(msg), msg };
}

/** Organisations that may receive goods: a buyer, or an association buying from another. */
const RECEIVING_KINDS = new Set(['buyer', 'association']);

/**
 * Every id an event names is checked before it is frozen, hashed and anchored (it could never be
 * taken back), with batch reads, not one read per id:
 * - `who.memberIds`: members of the lot's association (active or deactivated since: events are
 *   often recorded days later); another association's member ids are refused;
 * - `what.inputs[].lotId`: known lots, each once, not the lot itself; another organisation's lot is
 *   a legitimate input (an association making cheese from milk it bought) only once that
 *   organisation shipped it to this one (a shipping event of that lot naming this organisation as
 *   `shipment.buyerId`, or an order's shipment), so nobody can write themselves into another
 *   association's downstream lineage;
 * - `shipment.buyerId`: a known buyer or association;
 * - `corrects`: an event of this lot.
 */
async function referenceIssues(deps: ProvenanceDeps, orgId: string, lotId: string, input: CreateEventInput): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const memberIds = input.who.memberIds ?? [];
  const inputs = input.what.inputs ?? [];
  const buyerId = input.shipment?.buyerId;
  const [members, lots, buyers, corrected] = await Promise.all([
    catalog.getMembers(deps, orgId, memberIds),
    catalog.getLots(
      deps,
      inputs.map((edge) => edge.lotId).filter((id) => id !== lotId),
    ),
    catalog.getOrganisations(deps, buyerId ? [buyerId] : []),
    input.corrects ? repo(deps).getEvent(lotId, input.corrects) : Promise.resolve(undefined),
  ]);
  memberIds.forEach((id, i) => {
    if (!members.has(id)) issues.push(issueOf(`who.memberIds.${i}`, 'provenance.not-a-member'));
  });
  const foreign: Array<{ path: string; lot: LotItem }> = [];
  inputs.forEach((edge, i) => {
    const path = `what.inputs.${i}.lotId`;
    const first = inputs.findIndex((other) => other.lotId === edge.lotId);
    const lot = lots.get(edge.lotId);
    if (edge.lotId === lotId) issues.push(issueOf(path, 'provenance.own-input'));
    else if (first !== i) issues.push(issueOf(path, 'provenance.input-repeated', { first: String(first) }));
    else if (!lot) issues.push(issueOf(path, 'provenance.unknown-lot'));
    else if (lot.orgId !== orgId) foreign.push({ path, lot });
  });
  const shipped = await Promise.all(foreign.map(({ lot }) => repo(deps).wasShippedTo(lot.id, orgId)));
  foreign.forEach(({ path }, i) => {
    if (!shipped[i]) {
      issues.push(issueOf(path, 'provenance.foreign-lot-not-shipped'));
    }
  });
  if (buyerId) {
    const buyer = buyers.get(buyerId);
    if (!buyer) issues.push(issueOf('shipment.buyerId', 'provenance.unknown-organisation'));
    else if (!RECEIVING_KINDS.has(buyer.kind)) issues.push(issueOf('shipment.buyerId', 'provenance.not-a-receiver', { kind: buyer.kind }));
  }
  if (input.corrects && !corrected) issues.push(issueOf('corrects', 'provenance.not-an-event-of-lot'));
  return issues.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

/** A sealed lot's chain is closed: 409 `lot-sealed`. */
export class LotSealed extends Conflict {
  override readonly type = 'lot-sealed';
  override readonly title = 'This lot is sealed';
}

/** How long appends to one lot may keep losing to concurrent writers before a retryable 503. */
const CHAIN_CONTENTION_BUDGET_MS = 6_000;

/**
 * Records an event on a lot of the organisation. The record is frozen here: canonicalised, salted
 * and hashed once, and never rewritten (a correction is a new event whose `corrects` names the old).
 *
 * Each record (format 2) commits to its place in the lot's chain: `seq` and `prev`, the record hash
 * of event `seq - 1`. The chain head moves by a conditional write in the event's own transaction,
 * so concurrent writers on one lot cannot fork the chain: the one that loses re-reads the head,
 * rebuilds its record on it (a new `seq`, `prev` and salt) and tries again, with full-jitter pauses,
 * until `CHAIN_CONTENTION_BUDGET_MS`; then a 503 `contended` with Retry-After. After a final event
 * the lot is sealed and every append is a 409 `lot-sealed`.
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
    throw new ValidationFailed([issueOf('eventTime', 'provenance.event-time-in-future')]);
  }
  const [issues, product, org] = await Promise.all([
    referenceIssues(deps, orgId, lotId, input),
    catalog.getProduct(deps, lot.orgId, lot.productId, { includeInactive: true }),
    catalog.requireOrganisation(deps, lot.orgId),
  ]);
  const subject = subjectFacts(lot, product, org);
  if (issues.length > 0) throw new ValidationFailed(issues);

  const id = newId('pev', now.getTime());
  const recordedAt = now.toISOString();
  const edges = (input.what.inputs ?? []).map((edge) => ({ input: edge.lotId, output: lotId, quantity: edge.quantity, unit: edge.unit }));
  const deadline = Date.now() + CHAIN_CONTENTION_BUDGET_MS;
  for (let attempt = 1; ; attempt++) {
    const head = await repo(deps).getChainHead(lotId);
    if (head?.sealed) {
      throw new LotSealed(message(MESSAGES, 'provenance.lot-sealed', { lot: lot.code ?? lot.id, seq: String(head.seq) }), {
        extensions: { sealedBy: head.headEventId, seq: head.seq },
      });
    }
    const seq = (head?.seq ?? 0) + 1;
    const record: EventRecord = dropUndefined({
      format: EVENT_FORMAT,
      seq,
      prev: head?.head ?? null,
      ...(input.final ? { final: true as const } : {}),
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
      subject,
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
      seq,
      status: 'pending',
    };
    const started = performance.now();
    try {
      await repo(deps).appendEvent(event, edges, catalogKeys.lot(lot.id), { expectedSeq: head?.seq ?? 0, sealed: input.final === true });
      return event;
    } catch (error) {
      if (!(error instanceof ChainMoved)) throw error;
      if (Date.now() >= deadline) throw new TransactionContended(message(MESSAGES, 'provenance.lot-contended', { lot: lot.code ?? lot.id }), { cause: error });
      await contentionPause(attempt, performance.now() - started);
    }
  }
}

export function recordOf(event: EventItem): EventRecord {
  return JSON.parse(event.recordJson) as EventRecord;
}

/**
 * All of a lot's events in chain order: events of format 1 (before the chain, no `seq`) first, in
 * the order they happened (event time, then recording), then the chain by `seq`. For the proof
 * bundle and EPCIS.
 */
export async function listEvents(deps: ProvenanceDeps, lotId: string): Promise<EventItem[]> {
  const events = await repo(deps).listEvents(lotId);
  return events.sort(
    (a, b) =>
      (a.seq ?? 0) - (b.seq ?? 0) ||
      (a.seq === undefined && b.seq === undefined ? a.eventTime.localeCompare(b.eventTime) || a.recordedAt.localeCompare(b.recordedAt) : 0),
  );
}

/** The head of a lot's chain (undefined before its first format-2 event). */
export function chainHead(deps: ProvenanceDeps, lotId: string) {
  return repo(deps).getChainHead(lotId);
}

/**
 * One page of a lot's events in the order they were recorded. Recording order, not event time:
 * the log only grows at its end, so a client following `nextCursor` (or keeping the last cursor
 * to poll) never misses an event recorded late with an earlier event time.
 */
export function listEventsPage(deps: ProvenanceDeps, lotId: string, options: { limit: number; cursor?: string | undefined }): Promise<Page<EventItem>> {
  return repo(deps).listEventsPage(lotId, options.limit, options.cursor);
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
 * this lot or of a lot of the same organisation made from it (shipping events, and the orders
 * package's shipment items).
 */
export async function lineage(deps: ProvenanceDeps, lotId: string) {
  const root = await requireLot(deps, lotId);
  const upstream = await walk(deps, lotId, 'up', new Set());
  const downstream = await walk(deps, lotId, 'down', new Set());
  const recipients: Recipient[] = [];
  // Another organisation's lot made from this one (it bought the milk) shows in the tree, but who
  // received it is that organisation's business (and its recall): its recipients are not listed.
  const downstreamLots = await catalog.getLots(deps, lotsOf(downstream));
  const ownLots = lotsOf(downstream).filter((id) => downstreamLots.get(id)?.orgId === root.orgId);
  for (const id of ownLots) {
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
        date: localDayOf(event.eventTime, recordOf(event).eventTimeZoneOffset),
        shippedAt: event.eventTime,
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
        // The orders package keeps quantities in thousandths of the unit (ShipmentItem).
        quantity: typeof item.quantity === 'number' ? formatQuantity(item.quantity) : str(item.quantity),
        unit: str(item.unit),
        date: str(item.date ?? item.shippedAt ?? item.createdAt),
      });
    }
  }
  return { lotId, upstream, downstream, recipients };
}

import { catalog, type LotItem } from '@ayni/catalog';
import { DomainError, englishOf, message, ValidationFailed, type FieldIssue, type MessageParams } from '@ayni/core';
import { encodeCursor } from '@ayni/store';
import { createHash } from 'node:crypto';
import * as z from 'zod';
import { MESSAGES } from '../messages.js';
import { EpcisRepository, withoutKeys, type EpcisListing } from '../repository/epcis.js';
import { ProvenanceRepository, type EventItem } from '../repository/index.js';
import { bundleEvent } from './bundle.js';
import { classesOf, epcisContextFor, epcisEvent, lotsOf, receiptRecordOf, shipmentRecordOf, type EpcisSource, type EpcisViewer } from './epcis.js';
import { parseEpcUri, resolveEpcTarget, type ResolvedTarget } from './epcis-identifiers.js';
import type { ProvenanceDeps } from './events.js';

/**
 * The subset of the EPCIS 2.0 query interface (REST binding, `GET /events`) an integrator needs:
 * `EQ_bizStep`, `GE_eventTime`/`LT_eventTime`, `MATCH_epc`/`MATCH_anyEPCClass`, paginated with
 * `perPage` and `nextPageToken`. Every combination is answered from a key or an index, a bounded
 * number of bounded Query pages per request, never a Scan:
 *
 * - naming lots (`MATCH_*`, anyone): each lot's partition range (its events, the transformations
 *   it went into, the dispatches of orders from it and their deliveries), and, for a product's GTIN
 *   class, its lots a page at a time (catalog's lots-of-product index); other filters apply to what
 *   those pages hold;
 * - an association without `MATCH_*` (its own events): gsi2 `EPCIS#ORG#<org>` by event time, or
 *   gsi3 `EPCIS#ORG#<org>#STEP#<bizStep>` with `EQ_bizStep`, the time range as a key condition.
 *
 * A page holds at most `perPage` events; it may hold fewer (even none) and still have a next page:
 * a request reads at most `MAX_QUERIES_PER_PAGE` Query pages. Events come in the listing's order
 * (by event time on the indexes; lot by lot, in each lot recording order, then its shipments).
 */
export const EPCIS_PER_PAGE = { default: 30, max: 100 } as const;
const MAX_VALUES = 10;
const MAX_QUERIES_PER_PAGE = 6;
const LOTS_PER_PAGE = 20;

/** An anonymous query (or one by a caller who is not an association) must name lots. */
export class EpcisQueryTooBroad extends DomainError {
  readonly status = 400;
  readonly type = 'epcis-query-too-broad';
  readonly title = 'Name the lots you ask about';
  constructor() {
    const detail = message(MESSAGES, 'provenance.epcis-query-too-broad');
    // The field's message is the detail without the name of the field (an extension: said in English only).
    const field = englishOf(detail).slice('MATCH_anyEPCClass '.length);
    super(detail, { extensions: { errors: [{ path: 'query.MATCH_anyEPCClass', message: field, code: 'required' }] } });
  }
}

export interface EpcisQueryParameters {
  readonly EQ_bizStep?: string | undefined;
  readonly GE_eventTime?: string | undefined;
  readonly LT_eventTime?: string | undefined;
  readonly MATCH_epc?: string | undefined;
  readonly MATCH_anyEPCClass?: string | undefined;
  readonly perPage: number;
  readonly nextPageToken?: string | undefined;
}

export interface EpcisQueryCaller extends EpcisViewer {
  /** The caller acts for an association (admin or member): it may list its own events without naming lots. */
  readonly association: boolean;
}

type Rec = Record<string, unknown>;

const CBV_BIZSTEP_PREFIXES = ['urn:epcglobal:cbv:bizstep:', 'https://ref.gs1.org/cbv/BizStep-', 'https://gs1.org/voc/BizStep-'];

/** A field issue of a query parameter: its English text, and its catalog message to say it in the reader's language. */
function issueOf(path: string, key: keyof typeof MESSAGES, params: MessageParams = {}): FieldIssue {
  const msg = message(MESSAGES, key, params);
  return { path, message: englishOf(msg), msg };
}

/** What is wrong with one value of a list (the key of its message), or undefined. */
type ValueProblem = 'provenance.epcis-value-empty' | 'provenance.epcis-value-not-bizstep' | 'provenance.epcis-value-not-epc';

/** A pipe-delimited list (the REST binding's `style: pipeDelimited`), each value checked. */
function listOf(name: string, text: string | undefined, check: (value: string) => ValueProblem | undefined, issues: FieldIssue[], params: MessageParams = {}) {
  if (text === undefined) return undefined;
  const values = text.split('|');
  if (values.length > MAX_VALUES) {
    issues.push(issueOf(`query.${name}`, 'provenance.epcis-too-many-values', { count: values.length, max: MAX_VALUES }));
    return undefined;
  }
  values.forEach((value, i) => {
    const problem = value === '' ? 'provenance.epcis-value-empty' : check(value);
    if (problem) issues.push(issueOf(`query.${name}`, problem, { ...params, n: i + 1, value: value.slice(0, 80) }));
  });
  return values;
}

/** A business step as stored (CBV bare word), from a bare word or a CBV URI; other URIs stay as they are. */
function bizStepWord(value: string): string {
  const prefix = CBV_BIZSTEP_PREFIXES.find((p) => value.startsWith(p));
  return prefix ? value.slice(prefix.length) : value;
}

const isUri = (value: string) => /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value);

interface ParsedQuery {
  readonly bizSteps?: readonly string[] | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly epc?: readonly string[] | undefined;
  readonly anyClass?: readonly string[] | undefined;
}

function parseQuery(parameters: EpcisQueryParameters, baseUrl: string): ParsedQuery {
  const issues: FieldIssue[] = [];
  const bizSteps = listOf(
    'EQ_bizStep',
    parameters.EQ_bizStep,
    (v) => (/^[a-z_]+$/.test(v) || isUri(v) ? undefined : 'provenance.epcis-value-not-bizstep'),
    issues,
  );
  const epcCheck = (v: string): ValueProblem | undefined => (parseEpcUri(v, baseUrl) ? undefined : 'provenance.epcis-value-not-epc');
  const epc = listOf('MATCH_epc', parameters.MATCH_epc, epcCheck, issues, { baseUrl });
  const anyClass = listOf('MATCH_anyEPCClass', parameters.MATCH_anyEPCClass, epcCheck, issues, { baseUrl });
  const from = parameters.GE_eventTime ? new Date(parameters.GE_eventTime).toISOString() : undefined;
  const to = parameters.LT_eventTime ? new Date(parameters.LT_eventTime).toISOString() : undefined;
  if (from && to && from >= to) issues.push(issueOf('query.LT_eventTime', 'provenance.epcis-time-order'));
  if (issues.length > 0) throw new ValidationFailed(issues);
  return { bizSteps: bizSteps ? [...new Set(bizSteps.map(bizStepWord))] : undefined, from, to, epc, anyClass };
}

/** Where a page stopped: which value (or step), which page of a product's lots and which lot in it, where in the listing, how many events of the next item were already given. */
const positionSchema = z.strictObject({
  q: z.string().regex(/^[0-9a-f]{16}$/),
  v: z.int().min(0).max(MAX_VALUES),
  lc: z.string().min(1).max(6000).optional(),
  lo: z.int().min(0).max(LOTS_PER_PAGE).optional(),
  c: z.string().min(1).max(6000).optional(),
  s: z.int().min(0).max(2).optional(),
});
type Position = z.infer<typeof positionSchema>;

const badToken = (key: 'provenance.epcis-token-not-issued' | 'provenance.epcis-token-other-query' = 'provenance.epcis-token-not-issued') =>
  new ValidationFailed([issueOf('query.nextPageToken', key)]);

function decodeToken(token: string, fingerprint: string): Position {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw badToken();
  }
  const position = positionSchema.safeParse(parsed);
  if (!position.success || !/^[A-Za-z0-9_-]+$/.test(token)) throw badToken();
  if (position.data.q !== fingerprint) throw badToken('provenance.epcis-token-other-query');
  return position.data;
}

const encodeToken = (position: Position) => Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');

/** A query's identity: a page token is good for the query (and the caller's scope) it was issued for only. */
function fingerprintOf(query: ParsedQuery, scope: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...query, scope }))
    .digest('hex')
    .slice(0, 16);
}

/** The cursor of another listing (the store names `cursor`; here it came inside the page token). */
async function asTokenProblem<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (error instanceof ValidationFailed && error.issues.some((i) => i.path === 'query.cursor')) throw badToken();
    throw error;
  }
}

/** Tells whether an event names one of the classes a MATCH parameter resolved to. */
type Matcher = (event: Rec) => boolean;

function matcherOf(targets: readonly ResolvedTarget[]): Matcher {
  const classes = new Set(targets.flatMap((t) => (t.kind === 'lot' ? [t.classUri] : [])));
  const prefixes = targets.flatMap((t) => (t.kind === 'product' ? [t.classPrefix] : []));
  return (event) => classesOf(event).some((c) => classes.has(c) || prefixes.some((p) => c.startsWith(p)));
}

export interface EpcisQueryResult {
  readonly events: Rec[];
  readonly nextPageToken?: string | undefined;
}

/** Runs an EPCIS query for a caller (see the module comment for how each combination is served). */
export async function queryEpcisEvents(
  deps: ProvenanceDeps,
  parameters: EpcisQueryParameters,
  caller: EpcisQueryCaller,
  baseUrl: string,
): Promise<EpcisQueryResult> {
  const query = parseQuery(parameters, baseUrl);
  const naming = query.anyClass ?? query.epc;
  if (!naming && !(caller.association && caller.org)) throw new EpcisQueryTooBroad();
  const fingerprint = fingerprintOf(query, naming ? (caller.platformAdmin ? 'admin' : (caller.org ?? 'public')) : `org:${caller.org}`);
  const position = parameters.nextPageToken ? decodeToken(parameters.nextPageToken, fingerprint) : { q: fingerprint, v: 0 };
  const resolve = (values: readonly string[] | undefined) =>
    values ? Promise.all(values.map((v) => resolveEpcTarget(deps, baseUrl, parseEpcUri(v, baseUrl)!))) : Promise.resolve(undefined);
  const [epcTargets, classTargets] = await Promise.all([resolve(query.epc), resolve(query.anyClass)]);
  const matchers = [epcTargets, classTargets].flatMap((targets) => (targets ? [matcherOf(targets)] : []));
  const from = query.from ? Date.parse(query.from) : -Infinity;
  const to = query.to ? Date.parse(query.to) : Infinity;
  const steps = query.bizSteps ? new Set(query.bizSteps) : undefined;
  const keep = (event: Rec) => {
    const time = Date.parse(String(event.eventTime));
    return time >= from && time < to && (!steps || steps.has(String(event.bizStep))) && matchers.every((m) => m(event));
  };
  if (naming) {
    const drivers = drivingTargets((classTargets ?? epcTargets)!);
    const driven = {
      lots: new Set(drivers.flatMap((d) => (d.kind === 'listing' && d.listing.kind === 'lot' ? [d.listing.lotId] : []))),
      products: new Set(drivers.flatMap((d) => (d.kind === 'product' ? [d.productId] : []))),
    };
    return new Pager(deps, baseUrl, caller, parameters.perPage, keep, fingerprint, driven).run(position, drivers);
  }
  // Only CBV steps are ever stored; a custom business step matches nothing.
  const listings: EpcisListing[] = (query.bizSteps?.filter((s) => /^[a-z_]+$/.test(s)) ?? [undefined]).map((bizStep) => ({
    kind: 'organisation',
    orgId: caller.org!,
    bizStep,
    from: query.from,
    to: query.to,
  }));
  return new Pager(deps, baseUrl, caller, parameters.perPage, keep, fingerprint).run(
    position,
    listings.map((listing) => ({ kind: 'listing', listing })),
  );
}

/** What a page walks through, in order: index partitions, lots, or the lots of products. */
type Driver = { readonly kind: 'listing'; readonly listing: EpcisListing } | { readonly kind: 'product'; readonly orgId: string; readonly productId: string };

/** The lots (and products) a MATCH parameter names, each once; a lot of a product also named is walked with the product. */
function drivingTargets(targets: readonly ResolvedTarget[]): Driver[] {
  const products = new Map<string, Driver>();
  for (const t of targets) if (t.kind === 'product') products.set(t.productId, { kind: 'product', orgId: t.orgId, productId: t.productId });
  const lots = new Map<string, Driver>();
  for (const t of targets) {
    if (t.kind === 'lot' && !products.has(t.lot.productId)) lots.set(t.lot.id, { kind: 'listing', listing: { kind: 'lot', lotId: t.lot.id } });
  }
  return [...lots.values(), ...products.values()];
}

class Pager {
  private readonly repo: EpcisRepository;
  private queries = 0;
  private readonly out: Rec[] = [];

  constructor(
    private readonly deps: ProvenanceDeps,
    private readonly baseUrl: string,
    private readonly caller: EpcisQueryCaller,
    private readonly perPage: number,
    private readonly keep: (event: Rec) => boolean,
    private readonly fingerprint: string,
    /** The lots and products a MATCH query walks: an event found under several of them is given under one (the least lot id). */
    private readonly driven?: { readonly lots: ReadonlySet<string>; readonly products: ReadonlySet<string> },
  ) {
    this.repo = new EpcisRepository(deps.store);
  }

  private token(position: Omit<Position, 'q'>): string {
    return encodeToken({ q: this.fingerprint, ...position });
  }

  async run(start: Position, drivers: readonly Driver[]): Promise<EpcisQueryResult> {
    let { v, lc, lo = 0, c, s = 0 } = start;
    let lots: { items: LotItem[]; nextCursor?: string | undefined } | undefined;
    while (v < drivers.length) {
      if (this.out.length >= this.perPage || this.queries >= MAX_QUERIES_PER_PAGE) {
        return { events: this.out, nextPageToken: this.token({ v, ...(lc ? { lc } : {}), ...(lo ? { lo } : {}), ...(c ? { c } : {}) }) };
      }
      const driver = drivers[v]!;
      let listing: EpcisListing;
      if (driver.kind === 'listing') listing = driver.listing;
      else {
        if (!lots) {
          const cursor = lc;
          lots = await asTokenProblem(() => catalog.listLots(this.deps, driver.orgId, { productId: driver.productId, limit: LOTS_PER_PAGE, cursor }));
          this.queries++;
        }
        if (lo >= lots.items.length) {
          if (lots.nextCursor) [lc, lo] = [lots.nextCursor, 0];
          else [v, lc, lo] = [v + 1, undefined, 0];
          [lots, c, s] = [undefined, undefined, 0];
          continue;
        }
        listing = { kind: 'lot', lotId: lots.items[lo]!.id };
      }
      if (c) {
        const cursor = c;
        await asTokenProblem(async () => this.repo.checkCursor(listing, cursor));
      }
      const page = await this.repo.page(listing, this.perPage - this.out.length, c);
      this.queries++;
      const perItem = await this.eventsOf(page.items, listing);
      for (const [i, events] of perItem.entries()) {
        const fresh = events.slice(i === 0 ? s : 0);
        const room = this.perPage - this.out.length;
        if (fresh.length > room) {
          this.out.push(...fresh.slice(0, room));
          const before = i === 0 ? c : this.cursorOf(listing, page.items[i - 1]!);
          const given = (i === 0 ? s : 0) + room;
          return {
            events: this.out,
            nextPageToken: this.token({ v, ...(lc ? { lc } : {}), ...(lo ? { lo } : {}), ...(before ? { c: before } : {}), s: given }),
          };
        }
        this.out.push(...fresh);
      }
      s = 0;
      if (page.nextCursor) c = page.nextCursor;
      else if (driver.kind === 'product') [lo, c] = [lo + 1, undefined];
      else [v, c] = [v + 1, undefined];
    }
    return { events: this.out };
  }

  private cursorOf(listing: EpcisListing, item: Rec): string {
    return encodeCursor(this.repo.cursorAfter(listing, item));
  }

  /**
   * The EPCIS events of each raw item of a page, filtered: an event item is its event; an output
   * edge the transformation (of another lot) it names; a shipment its `shipping` event and, in a
   * lot's partition, the delivery of its order (`receiving`, with the order's first line of the
   * lot); a receipt its `receiving` event. Batch reads for the whole page: the other lots' events,
   * the receipts, the anchoring batches, the lots' classes.
   */
  private async eventsOf(items: readonly Rec[], listing: EpcisListing): Promise<Rec[][]> {
    const inLot = listing.kind === 'lot' ? listing.lotId : undefined;
    const outputs = items.filter((item) => item.entity === 'LotOutput').map((item) => ({ lotId: String(item.lotId), eventId: String(item.eventId) }));
    const shipments = items.filter((item) => String(item.sk).startsWith('SHIPMENT#')).map((item) => shipmentRecordOf(item));
    const [others, receipts] = await Promise.all([
      this.repo.getEvents(outputs),
      inLot ? this.repo.getReceipts(shipments.map((s) => s.orderId)) : Promise.resolve(new Map<string, Rec>()),
    ]);
    const eventOf = (item: Rec): EventItem | undefined =>
      item.entity === 'ProvenanceEvent'
        ? withoutKeys<EventItem>(item)
        : item.entity === 'LotOutput'
          ? others.get(`${String(item.lotId)}/${String(item.eventId)}`)
          : undefined;
    const events = items.flatMap((item) => eventOf(item) ?? []);
    const batches = await new ProvenanceRepository(this.deps.store).getBatches(events.flatMap((e) => (e.batchId ? [e.batchId] : [])));
    const sourcesPerItem: EpcisSource[][] = items.map((item) => {
      const event = eventOf(item);
      if (event) return [{ kind: 'event', event: bundleEvent(event, event.batchId ? batches.get(event.batchId) : undefined) }];
      if (String(item.sk).startsWith('SHIPMENT#')) {
        const shipment = shipmentRecordOf(item);
        const receipt = receipts.get(shipment.orderId);
        const delivered = receipt ? receiptRecordOf(receipt) : undefined;
        const firstLine = delivered ? Math.min(...delivered.lots.filter((l) => l.lotId === inLot).map((l) => l.line)) : undefined;
        return [{ kind: 'shipping', shipment }, ...(delivered && firstLine === shipment.line ? [{ kind: 'receiving' as const, receipt: delivered }] : [])];
      }
      if (item.entity === 'OrderReceipt') return [{ kind: 'receiving', receipt: receiptRecordOf(item) }];
      return [];
    });
    const ctx = await epcisContextFor(this.deps, this.baseUrl, sourcesPerItem.flat(), this.caller);
    const driven = this.driven;
    const isDriven = (lotId: string) => !driven || driven.lots.has(lotId) || driven.products.has(ctx.productOfLot(lotId) ?? '');
    // A transformation of two walked lots, or a delivery of an order drawn from several, is found under each: given once.
    const givenHere = (source: EpcisSource) => !inLot || [...lotsOf([source])].filter(isDriven).sort()[0] === inLot;
    return sourcesPerItem.map((sources) =>
      sources
        .filter(givenHere)
        .map((source) => epcisEvent(source, ctx))
        .filter(this.keep),
    );
  }
}

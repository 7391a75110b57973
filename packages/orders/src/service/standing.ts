import { Conflict, DomainError, NotFound, ValidationFailed, message, newId, type FieldIssue } from '@ayni/core';
import { OrganisationRepository } from '@ayni/catalog';
import type { Page } from '@ayni/store';
import { OrderInsufficientStock } from '../errors.js';
import { MESSAGES } from '../messages.js';
import type { StandingOrderItem, StandingRunItem, StandingRunOutcome } from '../model.js';
import type { CreateStandingOrderInput } from '../schemas.js';
import { addDays, isoWeekday, nowIso, repositories, systemActor, today, type Actor, type OrdersDeps } from './context.js';
import { buyerCards } from './parties.js';
import { deterministicId, mergeLines, placeOrder, quantityIssues } from './placement.js';

/** A buyer's weekly or fortnightly template; lines are checked against the association's rules now. */
export async function createStandingOrder(deps: OrdersDeps, buyerId: string, input: CreateStandingOrderInput, actor: Actor): Promise<StandingOrderItem> {
  const repos = repositories(deps);
  const lines = mergeLines(input.lines);
  const products = await repos.orders.getProducts(
    input.associationId,
    lines.map((l) => l.productId),
  );
  const issues: FieldIssue[] = [];
  for (const line of lines) {
    const product = products.get(line.productId);
    if (!product || !product.active)
      issues.push({
        path: `lines.${line.index}.productId`,
        message: 'is not a product offered by this association',
        msg: message(MESSAGES, 'orders.field.not-offered-product'),
      });
    else issues.push(...quantityIssues(product, line.quantity, `lines.${line.index}.quantity`));
  }
  if (input.startDate < today(deps)) issues.push({ path: 'startDate', message: 'must not be in the past', msg: message(MESSAGES, 'orders.field.in-past') });
  if (issues.length > 0) throw new ValidationFailed(issues);
  const at = nowIso(deps);
  const template: StandingOrderItem = {
    entity: 'StandingOrder',
    id: newId('sto'),
    buyerId,
    associationId: input.associationId,
    frequency: input.frequency,
    weekday: isoWeekday(input.startDate),
    startDate: input.startDate,
    lines: lines.map((l) => ({ productId: l.productId, quantity: l.quantity })),
    delivery: input.delivery,
    ...(input.notes ? { notes: input.notes } : {}),
    policy: input.policy,
    active: true,
    skipDates: [],
    createdBy: actor.sub,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await repos.standing.create(template);
  return template;
}

export async function getStandingOrder(deps: OrdersDeps, buyerId: string, templateId: string): Promise<StandingOrderItem> {
  const template = await repositories(deps).standing.get(buyerId, templateId);
  if (!template) throw new NotFound(message(MESSAGES, 'orders.standing-not-found', { templateId }));
  return template;
}

export function listStandingOrders(deps: OrdersDeps, buyerId: string, limit: number, cursor?: string): Promise<Page<StandingOrderItem>> {
  return repositories(deps).standing.listOfBuyer(buyerId, limit, cursor);
}

export function listStandingRuns(deps: OrdersDeps, buyerId: string, templateId: string, limit: number, cursor?: string): Promise<Page<StandingRunItem>> {
  return repositories(deps).standing.listRuns(buyerId, templateId, limit, cursor);
}

/** Pause, resume, or skip one delivery date. */
export async function changeStandingOrder(
  deps: OrdersDeps,
  buyerId: string,
  templateId: string,
  change: { kind: 'pause' } | { kind: 'resume' } | { kind: 'skip'; date: string },
): Promise<StandingOrderItem> {
  const current = await getStandingOrder(deps, buyerId, templateId);
  const next: StandingOrderItem = { ...current, version: current.version + 1, updatedAt: nowIso(deps) };
  if (change.kind === 'pause') next.active = false;
  if (change.kind === 'resume') next.active = true;
  if (change.kind === 'skip') {
    if (!isDeliveryDate(current, change.date))
      throw new ValidationFailed([
        { path: 'date', message: 'is not a delivery date of this standing order', msg: message(MESSAGES, 'orders.field.not-delivery-date') },
      ]);
    if (change.date < today(deps))
      throw new ValidationFailed([{ path: 'date', message: 'must not be in the past', msg: message(MESSAGES, 'orders.field.in-past') }]);
    const run = await repositories(deps).standing.getRun(buyerId, templateId, change.date);
    if (run) throw new Conflict(message(MESSAGES, 'orders.standing-already-generated', { date: change.date, outcome: run.outcome }));
    next.skipDates = [...new Set([...current.skipDates, change.date])].sort();
  }
  await repositories(deps).standing.save(next, current.version);
  return next;
}

/** An error's detail as a message of this package's catalog, to be said in the reader's language when the run is read. */
function catalogMessageOf(error: DomainError): StandingRunItem['detailMessage'] {
  return error.msg && error.msg.key in MESSAGES ? { key: error.msg.key, params: error.msg.params } : undefined;
}

/** Whether a template delivers on a date: its weekday, on or after its start, every second week if fortnightly. */
export function isDeliveryDate(template: Pick<StandingOrderItem, 'weekday' | 'startDate' | 'frequency'>, date: string): boolean {
  if (date < template.startDate || isoWeekday(date) !== template.weekday) return false;
  if (template.frequency === 'weekly') return true;
  const days = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${template.startDate}T00:00:00Z`)) / 86_400_000;
  return (days / 7) % 2 === 0;
}

export function standingOrderId(templateId: string, deliveryDate: string): `ord_${string}` {
  return deterministicId('ord', 'standing', templateId, deliveryDate);
}

export interface StandingRunReport {
  readonly deliveryDate: string;
  readonly runs: Array<{ templateId: string; outcome: StandingRunOutcome | 'already_done'; orderId?: string; detail?: string }>;
}

/**
 * Turns the active standing orders delivering on `deliveryDate` into real orders. Idempotent per
 * (template, delivery date): the order id is derived from both, so the conditional put of the order
 * lets it exist once, and the run record (also conditional) says what happened. Running it twice,
 * or two runs at once, creates nothing twice.
 */
export async function runStandingOrders(deps: OrdersDeps, deliveryDate: string): Promise<StandingRunReport> {
  const repos = repositories(deps);
  const actor = systemActor('standing-orders');
  const runs: StandingRunReport['runs'] = [];
  for (const template of await repos.standing.activeOnWeekday(isoWeekday(deliveryDate))) {
    if (!isDeliveryDate(template, deliveryDate)) continue;
    const done = await repos.standing.getRun(template.buyerId, template.id, deliveryDate);
    if (done) {
      runs.push({ templateId: template.id, outcome: 'already_done', ...(done.orderId ? { orderId: done.orderId } : {}) });
      continue;
    }
    let outcome: StandingRunOutcome;
    let orderId: string | undefined;
    let detail: string | undefined;
    let detailMessage: StandingRunItem['detailMessage'];
    if (template.skipDates.includes(deliveryDate)) {
      outcome = 'skipped_by_buyer';
    } else {
      try {
        const { order } = await placeOrder(
          deps,
          {
            orderId: standingOrderId(template.id, deliveryDate),
            buyerId: template.buyerId,
            associationId: template.associationId,
            lines: template.lines,
            requestedDeliveryDate: deliveryDate,
            delivery: template.delivery,
            notes: template.notes,
            shortStock: template.policy,
            standing: { templateId: template.id, deliveryDate },
          },
          actor,
        );
        orderId = order.id;
        outcome = order.standing?.shortShipped.length ? 'short_shipped' : 'placed';
      } catch (error) {
        if (error instanceof OrderInsufficientStock) {
          outcome = 'skipped_stock';
          detail = error.message;
          detailMessage = catalogMessageOf(error);
        } else if (error instanceof DomainError && error.status < 500) {
          // The association changed its rules or withdrew a product, or the buyer was deactivated,
          // since the template was made: record it and go on with the other templates.
          outcome = 'failed';
          detail = error.message;
          detailMessage = catalogMessageOf(error);
        } else {
          throw error;
        }
      }
    }
    const run: StandingRunItem = {
      entity: 'StandingRun',
      templateId: template.id,
      buyerId: template.buyerId,
      deliveryDate,
      outcome,
      ...(orderId ? { orderId } : {}),
      ...(detail ? { detail } : {}),
      ...(detailMessage ? { detailMessage } : {}),
      at: nowIso(deps),
    };
    const recorded = await repos.standing.putRun(run);
    runs.push({ templateId: template.id, outcome: recorded ? outcome : 'already_done', ...(orderId ? { orderId } : {}), ...(detail ? { detail } : {}) });
  }
  return { deliveryDate, runs };
}

/** How far ahead an association may look at its buyers' standing orders (days, today included). */
export const STANDING_LOOKAHEAD_MAX_DAYS = 31;

export interface StandingOccurrence {
  readonly date: string;
  /** The buyer skipped this date; no order will be created for it. */
  readonly skipped: boolean;
}

/** The delivery dates of a template from `from` for `days` days (none while it is paused). */
export function occurrences(template: StandingOrderItem, from: string, days: number): StandingOccurrence[] {
  if (!template.active) return [];
  const out: StandingOccurrence[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    if (isDeliveryDate(template, date)) out.push({ date, skipped: template.skipDates.includes(date) });
  }
  return out;
}

/**
 * An association's buyers' standing orders (read-only), a page by buyer, each with the delivery dates
 * it will turn into orders within `days` days from today. One gsi2 Query per page, then the buyers and
 * the products named by the page in one BatchGetItem each.
 */
export async function listAssociationStandingOrders(deps: OrdersDeps, associationId: string, days: number, limit: number, cursor?: string) {
  const repos = repositories(deps);
  const page = await repos.standing.listOfAssociation(associationId, limit, cursor);
  const [buyers, products] = await Promise.all([
    buyerCards(
      deps,
      page.items.map((t) => t.buyerId),
    ),
    repos.orders.getProducts(
      associationId,
      page.items.flatMap((t) => t.lines.map((l) => l.productId)),
    ),
  ]);
  const from = today(deps);
  return {
    from,
    to: addDays(from, days - 1),
    items: page.items.map((template) => ({ template, buyer: buyers.get(template.buyerId)!, products, nextDeliveries: occurrences(template, from, days) })),
    nextCursor: page.nextCursor,
  };
}

/**
 * One-off backfill (`npm run job -- backfill`): gives the standing orders written before the
 * association's index existed their keys, so their associations see them. Buyers by name (C2), then
 * each buyer's templates, bounded pages; never a Scan. Idempotent: a second run indexes nothing.
 */
export async function backfillStandingOrderIndex(deps: OrdersDeps): Promise<{ checked: number; indexed: number }> {
  const repos = repositories(deps);
  const organisations = new OrganisationRepository(deps.store);
  let checked = 0;
  let indexed = 0;
  for (let buyers: string | undefined, first = true; first || buyers; first = false) {
    const page = await organisations.listByKind('buyer', 100, buyers);
    for (const buyer of page.items) {
      for (let cursor: string | undefined, firstTemplate = true; firstTemplate || cursor; firstTemplate = false) {
        const templates = await repos.standing.listOfBuyer(buyer.id, 100, cursor);
        for (const template of templates.items) {
          checked++;
          if (await repos.standing.indexForAssociation(template)) indexed++;
        }
        cursor = templates.nextCursor;
      }
    }
    buyers = page.nextCursor;
  }
  return { checked, indexed };
}

import { Conflict, Forbidden, NotFound, ValidationFailed, fitsUnit, type FieldIssue } from '@ayni/core';
import { TransactionCancelled, type TransactItem } from '@ayni/store';
import { Contended, IllegalTransition, LotsExhausted, OrderTooLarge } from '../errors.js';
import { TARGET, TRANSITIONS, holdsReservation } from '../lifecycle.js';
import type { OrderAction, OrderEventItem, OrderItem, OrderLine, Party, SaleRecordItem, ShipmentItem } from '../model.js';
import { StaleOrder } from '../repository/orders.js';
import { SeriesMoved } from '../repository/documents.js';
import type { TransitionBody } from '../schemas.js';
import { nowIso, partyOf, repositories, today, type Actor, type OrdersDeps } from './context.js';
import { buildInvoice } from './documents.js';
import { lineTotal } from './pricing.js';

type Action = OrderAction | 'expire';

/** Quantity a line holds (reserved while open, shipped once dispatched). */
export const billable = (line: OrderLine): number => line.accepted ?? line.quantity;

interface Plan {
  readonly next: OrderItem;
  readonly extra: TransactItem[];
  readonly details?: Record<string, unknown>;
  /** Index at which the extra actions start whose failure means "lots moved, plan again". */
  readonly retryableFrom?: number;
}

const MAX_ATTEMPTS = 4;

/**
 * Moves an order through its state machine. The caller must be the party the action belongs to;
 * an action the current state does not allow is a 409 naming the state. The order's new state, the
 * immutable event and everything that moves with it (stock released, lots taken, sales recorded,
 * the invoice and its series counter) commit in one transaction conditional on the state and
 * version the order was read in; a concurrent change makes it re-read and decide again.
 */
export async function transition(deps: OrdersDeps, orderId: string, action: Action, body: TransitionBody, actor: Actor): Promise<OrderItem> {
  const repos = repositories(deps);
  for (let attempt = 1; ; attempt++) {
    const order = await repos.orders.getOrder(orderId);
    if (!order) throw new NotFound(`No order ${orderId}.`);
    const party = partyOf(actor, order);
    if (!party) {
      if (actor.principal?.roles.includes('platform_admin')) throw new Forbidden('Only the parties of an order move it.');
      throw new NotFound(`No order ${orderId}.`);
    }
    const rule = TRANSITIONS[action];
    if (!rule.parties.includes(party)) throw new Forbidden(`The ${party} may not ${action} an order.`);
    if (!rule.from.includes(order.status)) {
      throw new IllegalTransition(`Cannot ${action} an order that is ${order.status}.`, {
        extensions: { currentState: order.status, allowedFrom: [...rule.from] },
      });
    }
    if (rule.reasonRequiredFor.includes(party) && !body.reason) {
      throw new ValidationFailed([{ path: 'reason', message: `is required when the ${party} does this` }]);
    }
    if (body.lines && action !== 'confirm') throw new ValidationFailed([{ path: 'lines', message: 'only a confirmation names lines' }]);

    const at = nowIso(deps);
    const plan = await planFor(deps, order, action, body, at, actor);
    const event: OrderEventItem = {
      entity: 'OrderEvent',
      orderId,
      seq: order.version + 1,
      type: action,
      from: order.status,
      to: plan.next.status,
      actor: actor.sub,
      party: party as Party,
      at,
      ...(body.reason ? { reason: body.reason } : {}),
      ...(plan.details ? { details: plan.details } : {}),
    };
    const next: OrderItem = { ...plan.next, version: order.version + 1, updatedAt: at };
    try {
      await repos.orders.commitTransition(next, { status: order.status, version: order.version }, event, plan.extra);
      return next;
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS) {
        if (error instanceof TransactionCancelled && action === 'dispatch') throw new LotsExhausted('The lots changed while allocating; retry the dispatch.', { cause: error });
        if (error instanceof StaleOrder) throw new Conflict('The order kept changing meanwhile; read it again and retry.', { cause: error });
        if (error instanceof SeriesMoved || error instanceof TransactionCancelled) throw new Contended('Too many concurrent changes; retry shortly.');
        throw error;
      }
      if (error instanceof StaleOrder || error instanceof SeriesMoved) continue;
      if (error instanceof TransactionCancelled) {
        const failed = error.failedConditions();
        // Invoice: the series counter (first extra action) moved; dispatch: a lot was drawn meanwhile.
        if (action === 'invoice' && failed.includes(2)) continue;
        if (action === 'dispatch' && failed.some((i) => i >= 2)) continue;
      }
      throw error;
    }
  }
}

async function planFor(deps: OrdersDeps, order: OrderItem, action: Action, body: TransitionBody, at: string, actor: Actor): Promise<Plan> {
  const repos = repositories(deps);
  const releaseAll = (lines: readonly OrderLine[]) =>
    lines.filter((l) => billable(l) > 0).map((l) => repos.orders.release(order.associationId, l.productId, billable(l)));
  switch (action) {
    case 'confirm':
      return planConfirm(deps, order, body);
    case 'reject':
    case 'cancel':
    case 'expire': {
      if (!holdsReservation(order.status)) return { next: { ...order, status: TARGET[action] }, extra: [] };
      return { next: { ...order, status: TARGET[action] }, extra: releaseAll(order.lines), details: { released: order.lines.map((l) => ({ productId: l.productId, quantity: billable(l) })) } };
    }
    case 'dispatch':
      return planDispatch(deps, order, at);
    case 'deliver':
      return planDelivery(deps, order, at);
    case 'invoice': {
      const document = await buildInvoice(deps, order, actor, at);
      return {
        next: { ...order, status: 'invoiced', invoiceNumber: document.number },
        extra: repos.documents.issueActions(document),
        details: { invoiceNumber: document.number, total: document.total },
      };
    }
    case 'pay':
      return { next: { ...order, status: 'paid' }, extra: [], ...(body.reference ? { details: { reference: body.reference } } : {}) };
  }
}

/** Full or partial confirmation; what is not accepted goes back to the product's stock at once. */
function planConfirm(deps: OrdersDeps, order: OrderItem, body: TransitionBody): Plan {
  const repos = repositories(deps);
  const accepted = new Map<number, number>();
  const issues: FieldIssue[] = [];
  (body.lines ?? []).forEach((spec, i) => {
    const line = order.lines.find((l) => l.line === spec.line);
    if (!line) issues.push({ path: `lines.${i}.line`, message: 'is not a line of this order' });
    else if (spec.accepted > line.quantity) issues.push({ path: `lines.${i}.accepted`, message: 'must not exceed the ordered quantity' });
    else if (!fitsUnit(spec.accepted, line.unit)) issues.push({ path: `lines.${i}.accepted`, message: `is not expressible in ${line.unit}` });
    else accepted.set(spec.line, spec.accepted);
  });
  if (issues.length > 0) throw new ValidationFailed(issues);
  const lines = order.lines.map((line) => {
    const quantity = accepted.get(line.line) ?? line.quantity;
    return { ...line, accepted: quantity, lineTotal: lineTotal(line.unitPrice, quantity) };
  });
  if (lines.every((l) => l.accepted === 0)) throw new ValidationFailed([{ path: 'lines', message: 'accepts nothing: reject the order instead' }]);
  const partial = lines.some((l) => l.accepted < l.quantity);
  const extra = lines
    .filter((l) => l.accepted < l.quantity)
    .map((l) => repos.orders.release(order.associationId, l.productId, l.quantity - l.accepted));
  return {
    next: { ...order, status: partial ? 'partially_confirmed' : 'confirmed', lines, total: lines.reduce((s, l) => s + l.lineTotal, 0) },
    extra,
    ...(partial ? { details: { accepted: lines.map((l) => ({ line: l.line, ordered: l.quantity, accepted: l.accepted })) } } : {}),
  };
}

/**
 * Dispatch takes each line's quantity from the product's lots, oldest production first, and writes
 * a shipment item per (lot, line) in the lot's partition: the downstream trace a recall needs.
 * The product's sellable stock does not move: the reservation becomes a shipment.
 */
async function planDispatch(deps: OrdersDeps, order: OrderItem, at: string): Promise<Plan> {
  const repos = repositories(deps);
  const lotActions: TransactItem[] = [];
  const shipmentActions: TransactItem[] = [];
  const lines: OrderLine[] = [];
  for (const line of order.lines) {
    let needed = billable(line);
    const lots: NonNullable<OrderLine['lots']> = [];
    if (needed > 0) {
      for (const lot of await repos.orders.lotsFifo(line.productId)) {
        if (needed === 0) break;
        if (lot.orgId !== order.associationId) continue;
        const take = Math.min(needed, lot.available);
        lots.push({ lotId: lot.id, quantity: take, productionDate: lot.productionDate });
        needed -= take;
      }
      if (needed > 0) throw new LotsExhausted(`The lots of ${line.sku} hold less than line ${line.line} needs.`, { extensions: { line: line.line } });
    }
    for (const allocation of lots) {
      lotActions.push(repos.orders.takeFromLot(allocation.lotId, allocation.quantity));
      const shipment: ShipmentItem = {
        entity: 'Shipment',
        lotId: allocation.lotId,
        orderId: order.id,
        line: line.line,
        associationId: order.associationId,
        buyerId: order.buyerId,
        productId: line.productId,
        quantity: allocation.quantity,
        unit: line.unit,
        date: at.slice(0, 10),
      };
      shipmentActions.push(repos.orders.putShipment(shipment));
    }
    lines.push({ ...line, lots });
  }
  const extra = [...lotActions, ...shipmentActions];
  if (extra.length + 2 > 100) throw new OrderTooLarge('This order draws on too many lots to dispatch at once; split it.');
  return { next: { ...order, status: 'dispatched', lines }, extra, details: { lots: lines.flatMap((l) => (l.lots ?? []).map((a) => ({ line: l.line, ...a }))) } };
}

/** Delivery writes a sales record per delivered line and adds the order to the month's totals. */
function planDelivery(deps: OrdersDeps, order: OrderItem, at: string): Plan {
  const repos = repositories(deps);
  const date = at.slice(0, 10);
  const month = date.slice(0, 7);
  const records: SaleRecordItem[] = order.lines
    .filter((l) => billable(l) > 0)
    .map((l) => ({
      entity: 'SaleRecord',
      associationId: order.associationId,
      buyerId: order.buyerId,
      orderId: order.id,
      line: l.line,
      productId: l.productId,
      sku: l.sku,
      unit: l.unit,
      quantity: billable(l),
      amount: l.lineTotal,
      currency: order.currency,
      date,
      month,
    }));
  const extra = [
    ...repos.sales.recordActions(records),
    ...(records.length ? repos.sales.totalActions(order.associationId, order.buyerId, month, order.currency, order.total, records.length) : []),
  ];
  return { next: { ...order, status: 'delivered' }, extra, details: { deliveredOn: today(deps) } };
}

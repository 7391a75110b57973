import { Conflict, Forbidden, NotFound, ValidationFailed, fitsUnit, formatQuantity, message, type FieldIssue } from '@ayni/core';
import { TransactionCancelled, type TransactItem } from '@ayni/store';
import { Contended, IllegalTransition, LotsExhausted, OrderTooLarge } from '../errors.js';
import { TARGET, TRANSITIONS, holdsReservation } from '../lifecycle.js';
import { MESSAGES } from '../messages.js';
import type { OrderAction, OrderEventItem, OrderItem, OrderLine, ReceiptItem, SaleRecordItem, ShipmentItem } from '../model.js';
import { StaleOrder } from '../repository/orders.js';
import { SeriesMoved } from '../repository/documents.js';
import type { CommitLimits } from '../repository/transact.js';
import type { TransitionBody } from '../schemas.js';
import { nowIso, partyOf, repositories, today, type Actor, type OrdersDeps } from './context.js';
import { draftInvoice, INVOICE_SERIES } from './documents.js';
import { withNextNumber } from './numbering.js';
import { acceptanceIssues } from './placement.js';
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
 * version the order was read in; a concurrent change makes it re-read and decide again. An invoice
 * is numbered by `withNextNumber`: contention on the association's series is absorbed there.
 */
export async function transition(deps: OrdersDeps, orderId: string, action: Action, body: TransitionBody, actor: Actor): Promise<OrderItem> {
  const repos = repositories(deps);
  for (let attempt = 1; ; attempt++) {
    const order = await repos.orders.getOrder(orderId);
    if (!order) throw new NotFound(message(MESSAGES, 'orders.order-not-found', { orderId }));
    const party = partyOf(actor, order);
    if (!party) {
      if (actor.principal?.roles.includes('platform_admin')) throw new Forbidden(message(MESSAGES, 'orders.parties-only'));
      throw new NotFound(message(MESSAGES, 'orders.order-not-found', { orderId }));
    }
    const rule = TRANSITIONS[action];
    if (!rule.parties.includes(party)) throw new Forbidden(message(MESSAGES, `orders.party-may-not.${party}`, { action }));
    if (!rule.from.includes(order.status)) {
      throw new IllegalTransition(message(MESSAGES, 'orders.illegal-transition', { action, status: order.status }), {
        extensions: { currentState: order.status, allowedFrom: [...rule.from] },
      });
    }
    if (rule.reasonRequiredFor.includes(party) && !body.reason) {
      throw new ValidationFailed([
        { path: 'reason', message: `is required when the ${party} does this`, msg: message(MESSAGES, `orders.field.reason-required.${party}`) },
      ]);
    }
    if (body.lines && action !== 'confirm')
      throw new ValidationFailed([{ path: 'lines', message: 'only a confirmation names lines', msg: message(MESSAGES, 'orders.field.lines-only-confirm') }]);

    /** Commits a plan made at `at`: the order's next state, its event and what moves with them. */
    const commitPlan = async (plan: Plan, at: string, limits?: CommitLimits): Promise<OrderItem> => {
      const event: OrderEventItem = {
        entity: 'OrderEvent',
        orderId,
        seq: order.version + 1,
        type: action,
        from: order.status,
        to: plan.next.status,
        actor: actor.sub,
        party,
        at,
        ...(body.reason ? { reason: body.reason } : {}),
        ...(plan.details ? { details: plan.details } : {}),
      };
      const next: OrderItem = { ...plan.next, version: order.version + 1, updatedAt: at };
      await repos.orders.commitTransition(next, { status: order.status, version: order.version }, event, plan.extra, limits);
      return next;
    };

    try {
      if (action === 'invoice') return await invoiceOrder(deps, order, actor, commitPlan);
      const at = nowIso(deps);
      return await commitPlan(await planFor(deps, order, action, body, at), at);
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS) {
        if (error instanceof TransactionCancelled && action === 'dispatch') throw new LotsExhausted(message(MESSAGES, 'orders.lots-changed'), { cause: error });
        if (error instanceof StaleOrder) throw new Conflict(message(MESSAGES, 'orders.order-kept-changing'), { cause: error });
        if (error instanceof TransactionCancelled) throw new Contended(message(MESSAGES, 'orders.too-many-changes'));
        throw error;
      }
      if (error instanceof StaleOrder) continue;
      // Dispatch: a lot was drawn meanwhile (the lot actions start at index 2); plan again.
      if (error instanceof TransactionCancelled && action === 'dispatch' && error.failedConditions().some((i) => i >= 2)) continue;
      throw error;
    }
  }
}

/**
 * Invoices a delivered order: the document is drafted once (organisations read once), then numbered
 * and committed with the order's transition; a series counter that moved (the first action after the
 * order and its event) renumbers from a fresh read of the counter, never re-reading the rest.
 */
async function invoiceOrder(
  deps: OrdersDeps,
  order: OrderItem,
  actor: Actor,
  commitPlan: (plan: Plan, at: string, limits?: CommitLimits) => Promise<OrderItem>,
): Promise<OrderItem> {
  const repos = repositories(deps);
  const draft = await draftInvoice(deps, order, actor);
  return withNextNumber(deps, order.associationId, INVOICE_SERIES, {
    commit: async (sequence, _state: undefined, limits) => {
      const at = nowIso(deps);
      const document = draft(sequence, at);
      const plan: Plan = {
        next: { ...order, status: 'invoiced', invoiceNumber: document.number },
        // The counter, the document, and what the buyer now owes (its open invoice).
        extra: [...repos.documents.issueActions(document), ...repos.receivables.openActions(document)],
        details: { invoiceNumber: document.number, total: document.total },
      };
      try {
        return await commitPlan(plan, at, limits);
      } catch (error) {
        if (error instanceof TransactionCancelled && error.failedConditions().includes(2)) throw new SeriesMoved({ cause: error });
        throw error;
      }
    },
  });
}

async function planFor(deps: OrdersDeps, order: OrderItem, action: Exclude<Action, 'invoice'>, body: TransitionBody, at: string): Promise<Plan> {
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
      return {
        next: { ...order, status: TARGET[action] },
        extra: releaseAll(order.lines),
        details: { released: order.lines.map((l) => ({ productId: l.productId, quantity: billable(l) })) },
      };
    }
    case 'dispatch':
      return planDispatch(deps, order, at);
    case 'deliver':
      return planDelivery(deps, order, at);
    case 'pay':
      // Paid in full: nothing more is owed of its invoice.
      return {
        next: { ...order, status: 'paid' },
        extra: order.invoiceNumber ? [repos.receivables.settleAction(order.buyerId, order.associationId, order.invoiceNumber)] : [],
        ...(body.reference ? { details: { reference: body.reference } } : {}),
      };
  }
}

/**
 * Full or partial confirmation; what is not accepted goes back to the product's stock at once. A
 * line accepted for less than ordered must respect the product's minimum order and multiple (its
 * current rules, read from the catalog), or be 0: the line is declined (not accepted, not invoiced).
 */
async function planConfirm(deps: OrdersDeps, order: OrderItem, body: TransitionBody): Promise<Plan> {
  const repos = repositories(deps);
  const accepted = new Map<number, number>();
  const issues: FieldIssue[] = [];
  const partial: Array<{ index: number; line: OrderLine; accepted: number }> = [];
  (body.lines ?? []).forEach((spec, i) => {
    const line = order.lines.find((l) => l.line === spec.line);
    if (!line) issues.push({ path: `lines.${i}.line`, message: 'is not a line of this order', msg: message(MESSAGES, 'orders.field.not-order-line') });
    else if (accepted.has(spec.line)) issues.push({ path: `lines.${i}.line`, message: 'appears twice', msg: message(MESSAGES, 'orders.field.appears-twice') });
    else if (spec.accepted > line.quantity)
      issues.push({
        path: `lines.${i}.accepted`,
        message: `must not exceed the ordered quantity (${formatQuantity(line.quantity)} ${line.unit})`,
        msg: message(MESSAGES, 'orders.field.exceeds-ordered', { ordered: { quantity: { value: formatQuantity(line.quantity), unit: line.unit } } }),
      });
    else if (!fitsUnit(spec.accepted, line.unit))
      issues.push({
        path: `lines.${i}.accepted`,
        message: `is not expressible in ${line.unit}`,
        msg: message(MESSAGES, 'orders.field.not-expressible', { unit: line.unit }),
      });
    else {
      accepted.set(spec.line, spec.accepted);
      if (spec.accepted > 0 && spec.accepted < line.quantity) partial.push({ index: i, line, accepted: spec.accepted });
    }
  });
  if (partial.length > 0) {
    const products = await repos.orders.getProducts(
      order.associationId,
      partial.map((p) => p.line.productId),
    );
    for (const { index, line, accepted: quantity } of partial) {
      const product = products.get(line.productId);
      if (product) issues.push(...acceptanceIssues(product, quantity, line.quantity, `lines.${index}.accepted`));
    }
  }
  if (issues.length > 0) throw new ValidationFailed(issues);
  const lines = order.lines.map((line) => {
    const quantity = accepted.get(line.line) ?? line.quantity;
    return { ...line, accepted: quantity, lineTotal: lineTotal(line.unitPrice, quantity) };
  });
  if (lines.every((l) => l.accepted === 0))
    throw new ValidationFailed([
      { path: 'lines', message: 'accepts nothing: reject the order instead', msg: message(MESSAGES, 'orders.field.accepts-nothing') },
    ]);
  const isPartial = lines.some((l) => l.accepted < l.quantity);
  const extra = lines.filter((l) => l.accepted < l.quantity).map((l) => repos.orders.release(order.associationId, l.productId, l.quantity - l.accepted));
  return {
    next: { ...order, status: isPartial ? 'partially_confirmed' : 'confirmed', lines, total: lines.reduce((s, l) => s + l.lineTotal, 0) },
    extra,
    ...(isPartial ? { details: { accepted: lines.map((l) => ({ line: l.line, ordered: l.quantity, accepted: l.accepted })) } } : {}),
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
      if (needed > 0) throw new LotsExhausted(message(MESSAGES, 'orders.lots-short', { sku: line.sku, line: line.line }), { extensions: { line: line.line } });
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
        shippedAt: at,
      };
      shipmentActions.push(repos.orders.putShipment(shipment));
    }
    lines.push({ ...line, lots });
  }
  const extra = [...lotActions, ...shipmentActions];
  if (extra.length + 2 > 100) throw new OrderTooLarge(message(MESSAGES, 'orders.too-many-lots'));
  return {
    next: { ...order, status: 'dispatched', lines },
    extra,
    details: { lots: lines.flatMap((l) => (l.lots ?? []).map((a) => ({ line: l.line, ...a }))) },
  };
}

/**
 * Delivery writes a sales record per delivered line, adds the order to the month's totals, and
 * records the receipt of the lots the order was dispatched from (one item: provenance publishes it
 * as the EPCIS `receiving` event of those lots).
 */
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
  const receipt: ReceiptItem = {
    entity: 'OrderReceipt',
    orderId: order.id,
    associationId: order.associationId,
    buyerId: order.buyerId,
    receivedAt: at,
    lots: order.lines.flatMap((l) => (l.lots ?? []).map((a) => ({ lotId: a.lotId, line: l.line, productId: l.productId, quantity: a.quantity, unit: l.unit }))),
  };
  const extra = [
    ...repos.sales.recordActions(records),
    ...(records.length ? repos.sales.totalActions(order.associationId, order.buyerId, month, order.currency, order.total, records.length) : []),
    ...(receipt.lots.length ? [repos.orders.putReceipt(receipt)] : []),
  ];
  return { next: { ...order, status: 'delivered' }, extra, details: { deliveredOn: today(deps) } };
}

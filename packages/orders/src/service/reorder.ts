import type { ProductItem } from '@ayni/catalog';
import { formatQuantity, message, NotFound, type Message, type MessageParam } from '@ayni/core';
import { NothingToReorder } from '../errors.js';
import { MESSAGES } from '../messages.js';
import type { Delivery, OrderItem } from '../model.js';
import { addDays, partyOf, repositories, today, type Actor, type OrdersDeps } from './context.js';
import { deterministicId, placeOrder } from './placement.js';

export const REORDER_CHANGE_KINDS = ['price_changed', 'raised_to_minimum', 'rounded_to_multiple', 'reduced_to_stock', 'withdrawn', 'out_of_stock'] as const;
export type ReorderChangeKind = (typeof REORDER_CHANGE_KINDS)[number];

/** One thing that differs from the past order: a line's price or quantity, or a product left out. */
export interface ReorderChange {
  readonly kind: ReorderChangeKind;
  readonly productId: string;
  readonly name: string;
  readonly from?: number;
  readonly to?: number;
  readonly message: Message;
}

export interface ReorderRequest {
  readonly requestedDeliveryDate?: string | undefined;
  readonly delivery?: Delivery | undefined;
  readonly notes?: string | undefined;
}

export function reorderIdForRequest(buyerId: string, sub: string, idempotencyKey: string): `ord_${string}` {
  return deterministicId('ord', 'reorder', buyerId, sub, idempotencyKey);
}

/** The smallest quantity ≥ `wanted` that today's minimum and multiple allow. */
function allowedAtLeast(product: ProductItem, wanted: number): number {
  const q = Math.max(wanted, product.minOrderQuantity);
  return Math.ceil(q / product.orderMultiple) * product.orderMultiple;
}

/** The largest allowed quantity ≤ `available`; 0 if none. */
function allowedAtMost(product: ProductItem, available: number): number {
  const q = Math.floor(Math.max(available, 0) / product.orderMultiple) * product.orderMultiple;
  return q >= product.minOrderQuantity ? q : 0;
}

/**
 * A new order with the lines of a past one (the caller's own), at today's prices and rules: each
 * line's quantity is what was ordered, raised to today's minimum or multiple if those changed, and
 * lowered to what stock allows; products withdrawn or out of stock are left out. Placement then
 * prices the lines (agreement tier → agreement → catalog) and reserves the stock as for any order;
 * the price changes are read from what it priced. Nothing left to order → 422 `nothing-to-reorder`.
 * The delivery date defaults to today plus the longest lead time of the products kept (at least 1).
 */
export async function reorder(
  deps: OrdersDeps,
  orderId: string,
  newOrderId: string,
  request: ReorderRequest,
  actor: Actor,
): Promise<{ order: OrderItem; changes: ReorderChange[]; existing: boolean }> {
  const repos = repositories(deps);
  const past = await repos.orders.getOrder(orderId, false);
  if (!past || partyOf(actor, past) !== 'buyer') throw new NotFound(message(MESSAGES, 'orders.order-not-found', { orderId }));
  const products = await repos.orders.getProducts(
    past.associationId,
    past.lines.map((l) => l.productId),
    true,
  );
  const changes: ReorderChange[] = [];
  const lines: Array<{ productId: string; quantity: number }> = [];
  const unavailable: Array<{ productId: string; name: string; reason: 'withdrawn' | 'out_of_stock' }> = [];
  let leadTime = 1;
  for (const line of past.lines) {
    const product = products.get(line.productId);
    const name = product?.name.es ?? line.name;
    const unit = product?.unit ?? line.unit;
    const amount = (milli: number): MessageParam => ({ quantity: { value: formatQuantity(milli), unit } });
    const productName: MessageParam = product ? { localized: product.name } : line.name;
    if (!product || !product.active || product.price.currency !== past.currency) {
      unavailable.push({ productId: line.productId, name, reason: 'withdrawn' });
      changes.push({ kind: 'withdrawn', productId: line.productId, name, message: message(MESSAGES, 'orders.reorder.withdrawn', { product: productName }) });
      continue;
    }
    let quantity = line.quantity;
    const allowed = allowedAtLeast(product, quantity);
    if (allowed !== quantity) {
      const kind = quantity < product.minOrderQuantity ? 'raised_to_minimum' : 'rounded_to_multiple';
      changes.push({
        kind,
        productId: product.id,
        name,
        from: quantity,
        to: allowed,
        message:
          kind === 'raised_to_minimum'
            ? message(MESSAGES, 'orders.reorder.raised-to-minimum', { product: productName, from: amount(quantity), to: amount(allowed) })
            : message(MESSAGES, 'orders.reorder.rounded-to-multiple', {
                product: productName,
                from: amount(quantity),
                to: amount(allowed),
                multiple: amount(product.orderMultiple),
              }),
      });
      quantity = allowed;
    }
    if (quantity > product.stock) {
      const servable = allowedAtMost(product, product.stock);
      if (servable === 0) {
        unavailable.push({ productId: product.id, name, reason: 'out_of_stock' });
        changes.push({
          kind: 'out_of_stock',
          productId: product.id,
          name,
          message: message(MESSAGES, 'orders.reorder.out-of-stock', { product: productName, available: amount(product.stock) }),
        });
        continue;
      }
      changes.push({
        kind: 'reduced_to_stock',
        productId: product.id,
        name,
        from: quantity,
        to: servable,
        message: message(MESSAGES, 'orders.reorder.reduced-to-stock', {
          product: productName,
          available: amount(product.stock),
          from: amount(quantity),
          to: amount(servable),
        }),
      });
      quantity = servable;
    }
    leadTime = Math.max(leadTime, product.leadTimeDays ?? 0);
    lines.push({ productId: product.id, quantity });
  }
  if (lines.length === 0) {
    throw new NothingToReorder(message(MESSAGES, 'orders.reorder.nothing', { orderId, products: unavailable.map((u) => u.name).join(', ') }), {
      extensions: { unavailable },
    });
  }

  const { order, existing } = await placeOrder(
    deps,
    {
      orderId: newOrderId,
      buyerId: past.buyerId,
      associationId: past.associationId,
      lines,
      requestedDeliveryDate: request.requestedDeliveryDate ?? addDays(today(deps), leadTime),
      delivery: request.delivery ?? past.delivery,
      notes: request.notes ?? past.notes,
    },
    actor,
  );
  // Prices as placement resolved them today, against what the past order paid per unit.
  const paid = new Map(past.lines.map((l) => [l.productId, l]));
  for (const line of order.lines) {
    const before = paid.get(line.productId);
    if (!before || before.unitPrice === line.unitPrice) continue;
    const product = products.get(line.productId);
    const money = (amount: number): MessageParam => ({ money: { amount, currency: order.currency } });
    changes.push({
      kind: 'price_changed',
      productId: line.productId,
      name: line.name,
      from: before.unitPrice,
      to: line.unitPrice,
      message: message(MESSAGES, 'orders.reorder.price-changed', {
        product: product ? { localized: product.name } : line.name,
        from: money(before.unitPrice),
        to: money(line.unitPrice),
      }),
    });
  }
  const position = past.lines.map((l) => l.productId);
  changes.sort((a, b) => position.indexOf(a.productId) - position.indexOf(b.productId));
  return { order, changes, existing };
}

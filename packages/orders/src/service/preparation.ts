import type { ProductItem } from '@ayni/catalog';
import { message, type Message } from '@ayni/core';
import { MESSAGES } from '../messages.js';
import type { OrderStatus } from '../model.js';
import { buyerCards } from './parties.js';
import { repositories, type OrdersDeps } from './context.js';

/** The widest range of delivery dates one preparation list covers (the range is checked at the boundary). */
export const PREPARATION_MAX_DAYS = 31;
/** At most this many orders are read for one list; beyond, the list says it is incomplete. */
export const PREPARATION_MAX_ORDERS = 500;
/** At most this many of a product's lots holding stock are summed for its quantity on hand. */
export const PREPARATION_MAX_LOTS = 200;

/** Orders still to be prepared: placed (awaiting confirmation) and confirmed, in full or in part. */
export const PREPARATION_STATUSES: readonly OrderStatus[] = ['confirmed', 'partially_confirmed', 'placed'];

export interface PreparationOrder {
  readonly orderId: string;
  readonly status: OrderStatus;
  readonly requestedDeliveryDate: string;
  readonly buyerId: string;
  readonly buyerName: string;
  readonly quantity: number;
}

export interface PreparationProduct {
  readonly productId: string;
  readonly sku: string;
  readonly name: string;
  readonly unit: ProductItem['unit'];
  /** To deliver: accepted quantities of confirmed orders plus ordered quantities of placed ones. */
  readonly totalQuantity: number;
  readonly confirmed: number;
  readonly awaitingConfirmation: number;
  /** On hand in the product's lots (not yet shipped; includes what these orders hold reserved). */
  readonly onHand: number;
  /** Sellable stock beyond every open order's reservation (the catalog's `stock`). */
  readonly stock: number;
  /** How much the lots on hand fall short of the total (0: enough). */
  readonly short: number;
  readonly orders: PreparationOrder[];
}

export interface Preparation {
  readonly associationId: string;
  readonly from: string;
  readonly to: string;
  readonly orderCount: number;
  readonly products: PreparationProduct[];
  readonly complete: boolean;
  readonly note?: Message;
}

/**
 * What an association must prepare for a delivery date or range: per product the total to deliver,
 * the orders and buyers behind it, and whether the lots on hand cover it. Reads: one gsi1 key range
 * per status still to prepare (bounded by PREPARATION_MAX_ORDERS), the products and the buyers by
 * BatchGetItem, one lots Query per product (bounded by PREPARATION_MAX_LOTS).
 */
export async function preparation(
  deps: OrdersDeps,
  associationId: string,
  range: { from: string; to: string },
  lang: 'es' | 'qu' | 'en' = 'es',
): Promise<Preparation> {
  const repos = repositories(deps);
  const { items: orders, truncated } = await repos.orders.ordersDelivering(associationId, PREPARATION_STATUSES, range.from, range.to, PREPARATION_MAX_ORDERS);
  const productIds = [...new Set(orders.flatMap((o) => o.lines.map((l) => l.productId)))];
  const products = await repos.orders.getProducts(associationId, productIds);
  const [buyers, onHand] = await Promise.all([
    buyerCards(
      deps,
      orders.map((o) => o.buyerId),
    ),
    Promise.all(productIds.map(async (id) => [id, await repos.orders.onHand(id, PREPARATION_MAX_LOTS)] as const)),
  ]);
  const lots = new Map(onHand);

  interface Tally {
    readonly productId: string;
    readonly sku: string;
    readonly name: string;
    readonly unit: ProductItem['unit'];
    totalQuantity: number;
    confirmed: number;
    awaitingConfirmation: number;
    readonly orders: PreparationOrder[];
  }
  const byProduct = new Map<string, Tally>();
  const sorted = [...orders].sort((a, b) => a.requestedDeliveryDate.localeCompare(b.requestedDeliveryDate) || a.id.localeCompare(b.id));
  for (const order of sorted) {
    for (const line of order.lines) {
      // Confirmed orders: what the association accepted (a declined line is 0); placed ones: what was ordered.
      const quantity = line.accepted ?? line.quantity;
      if (quantity <= 0) continue;
      const current = products.get(line.productId);
      let tally = byProduct.get(line.productId);
      if (!tally) {
        tally = {
          productId: line.productId,
          sku: current?.sku ?? line.sku,
          name: current ? (current.name[lang] ?? current.name.es) : line.name,
          unit: line.unit,
          totalQuantity: 0,
          confirmed: 0,
          awaitingConfirmation: 0,
          orders: [],
        };
        byProduct.set(line.productId, tally);
      }
      tally.totalQuantity += quantity;
      if (order.status === 'placed') tally.awaitingConfirmation += quantity;
      else tally.confirmed += quantity;
      tally.orders.push({
        orderId: order.id,
        status: order.status,
        requestedDeliveryDate: order.requestedDeliveryDate,
        buyerId: order.buyerId,
        buyerName: buyers.get(order.buyerId)?.name ?? order.buyerId,
        quantity,
      });
    }
  }
  const list: PreparationProduct[] = [...byProduct.values()]
    .map((tally) => {
      const hand = lots.get(tally.productId)?.quantity ?? 0;
      return { ...tally, onHand: hand, stock: products.get(tally.productId)?.stock ?? 0, short: Math.max(0, tally.totalQuantity - hand) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, lang) || a.productId.localeCompare(b.productId));
  const lotsComplete = [...lots.values()].every((l) => l.complete);
  const complete = !truncated && lotsComplete;
  return {
    associationId,
    from: range.from,
    to: range.to,
    orderCount: orders.length,
    products: list,
    complete,
    ...(complete ? {} : { note: message(MESSAGES, 'orders.preparation.truncated', { cap: truncated ? PREPARATION_MAX_ORDERS : PREPARATION_MAX_LOTS }) }),
  };
}

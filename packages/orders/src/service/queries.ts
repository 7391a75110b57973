import { message, NotFound } from '@ayni/core';
import type { Page } from '@ayni/store';
import { MESSAGES } from '../messages.js';
import type { OrderEventItem, OrderItem, ShipmentItem } from '../model.js';
import type { AssociationOrdersFilter, BuyerOrdersFilter } from '../schemas.js';
import { assertCanRead, repositories, type Actor, type OrdersDeps } from './context.js';

export async function getOrder(deps: OrdersDeps, orderId: string, actor: Actor): Promise<OrderItem> {
  const order = await repositories(deps).orders.getOrder(orderId);
  if (!order) throw new NotFound(message(MESSAGES, 'orders.order-not-found', { orderId }));
  assertCanRead(actor, order);
  return order;
}

/** The order's full timeline: its immutable events, oldest first (one Query on its partition). */
export async function getTimeline(deps: OrdersDeps, orderId: string, actor: Actor): Promise<{ order: OrderItem; events: OrderEventItem[] }> {
  const order = await getOrder(deps, orderId, actor);
  return { order, events: await repositories(deps).orders.listEvents(orderId) };
}

/** An association's orders by status then requested delivery date, optionally of one status and/or delivery dates. */
export function listAssociationOrders(
  deps: OrdersDeps,
  associationId: string,
  filter: AssociationOrdersFilter,
  limit: number,
  cursor?: string,
): Promise<Page<OrderItem>> {
  return repositories(deps).orders.listAssociationOrders(associationId, filter, limit, cursor);
}

/** A buyer's order history, newest first, optionally of one status and/or placement dates. */
export function listBuyerOrders(deps: OrdersDeps, buyerId: string, filter: BuyerOrdersFilter, limit: number, cursor?: string): Promise<Page<OrderItem>> {
  return repositories(deps).orders.listBuyerOrders(buyerId, filter, limit, cursor);
}

/** Which buyers received a lot (downstream trace for a recall): the lot must be the association's. */
export async function listLotShipments(deps: OrdersDeps, associationId: string, lotId: string, limit: number, cursor?: string): Promise<Page<ShipmentItem>> {
  const repos = repositories(deps);
  const lot = await repos.orders.getLot(lotId);
  if (!lot || lot.orgId !== associationId) throw new NotFound(message(MESSAGES, 'orders.lot-not-found', { lotId }));
  return repos.orders.listShipmentsOfLot(lotId, limit, cursor);
}

import { domainEvent, type DomainEvent, type DomainEventType } from '@ayni/core';
import type { DocumentItem, OrderEventItem, OrderItem, OrderStatus } from './model.js';

/**
 * The orders domain's outbox (decision 0016): the event each order event item carries under
 * `outbox`, and each document's (on its series counter), written in the same transaction as the change. Payloads hold ids,
 * states and amounts (integer minor units) only: no buyer contact, no free text but a reason.
 */

/** The event type of an order event, by the status it moved the order to. */
const ORDER_EVENT_TYPE: Record<OrderStatus, DomainEventType> = {
  placed: 'order.placed',
  confirmed: 'order.confirmed',
  partially_confirmed: 'order.partially_confirmed',
  rejected: 'order.rejected',
  cancelled: 'order.cancelled',
  expired: 'order.expired',
  dispatched: 'order.dispatched',
  delivered: 'order.delivered',
  invoiced: 'order.invoiced',
  paid: 'order.paid',
};

/** The domain event of an order's `event` (the order as it is after the event). */
export function orderDomainEvent(order: OrderItem, event: OrderEventItem): DomainEvent {
  return domainEvent({
    type: ORDER_EVENT_TYPE[event.to],
    occurredAt: event.at,
    organisations: [order.associationId, order.buyerId],
    aggregate: { type: 'order', id: order.id, seq: event.seq },
    data: {
      orderId: order.id,
      status: event.to,
      previousStatus: event.from,
      associationId: order.associationId,
      buyerId: order.buyerId,
      requestedDeliveryDate: order.requestedDeliveryDate,
      currency: order.currency,
      total: order.total,
      reason: event.reason,
      invoiceNumber: event.to === 'invoiced' ? order.invoiceNumber : undefined,
      party: event.party,
    },
  });
}

/**
 * The domain event of an issued invoice or credit note (a document is issued once: seq 1), carried
 * by its series counter's advance (`DocumentsRepository.issueActions`).
 */
export function documentDomainEvent(document: DocumentItem): DomainEvent {
  const invoice = document.kind === 'invoice';
  return domainEvent({
    type: invoice ? 'invoice.issued' : 'credit_note.issued',
    occurredAt: document.issuedAt,
    organisations: [document.associationId, document.buyerId],
    aggregate: { type: invoice ? 'invoice' : 'credit-note', id: document.number, seq: 1 },
    data: {
      number: document.number,
      orderId: document.orderId,
      associationId: document.associationId,
      buyerId: document.buyerId,
      issueDate: document.issueDate,
      dueDate: document.dueDate,
      currency: document.currency,
      total: document.total,
      invoiceNumber: invoice ? document.number : document.corrects,
    },
  });
}

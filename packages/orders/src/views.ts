import type { ProductItem } from '@ayni/catalog';
import { formatQuantity, renderMessage, renderText, typedTaxId, type Locale } from '@ayni/core';
import { MESSAGES } from './messages.js';
import { agreementStatus, agreementVersion, expiresInDays } from './service/agreements.js';
import type { BuyerCard } from './service/parties.js';
import type { Preparation } from './service/preparation.js';
import type { ReorderChange } from './service/reorder.js';
import type { StandingOccurrence } from './service/standing.js';
import type {
  AgreementChange,
  AgreementHistoryItem,
  AgreementItem,
  AgreementPrice,
  DocumentItem,
  PartySnapshot,
  OrderEventItem,
  OrderItem,
  ShipmentItem,
  StandingOrderItem,
  StandingRunItem,
} from './model.js';

/**
 * JSON views: quantities as exact decimal strings, money as integer minor units. An order read by its
 * association carries its buyer's card (`buyer`); the buyer's own reads do not echo it.
 */
export function orderView(order: OrderItem, buyer?: BuyerCard) {
  return {
    id: order.id,
    associationId: order.associationId,
    buyerId: order.buyerId,
    status: order.status,
    currency: order.currency,
    lines: order.lines.map((l) => ({
      line: l.line,
      productId: l.productId,
      sku: l.sku,
      name: l.name,
      unit: l.unit,
      quantity: formatQuantity(l.quantity),
      ...(l.accepted !== undefined ? { accepted: formatQuantity(l.accepted) } : {}),
      ...(l.requested !== undefined ? { requested: formatQuantity(l.requested) } : {}),
      unitPrice: l.unitPrice,
      priceRule: l.priceRule,
      ...(l.tierMinQuantity !== undefined ? { tierMinQuantity: formatQuantity(l.tierMinQuantity) } : {}),
      lineTotal: l.lineTotal,
      ...(l.lots ? { lots: l.lots.map((a) => ({ lotId: a.lotId, quantity: formatQuantity(a.quantity), productionDate: a.productionDate })) } : {}),
    })),
    total: order.total,
    requestedDeliveryDate: order.requestedDeliveryDate,
    delivery: order.delivery,
    notes: order.notes,
    paymentTerms: order.paymentTerms,
    agreementId: order.agreementId,
    placedAt: order.placedAt,
    confirmBy: order.confirmBy,
    ...(order.standing
      ? {
          standing: {
            ...order.standing,
            shortShipped: order.standing.shortShipped.map((s) => ({
              productId: s.productId,
              requested: formatQuantity(s.requested),
              placed: formatQuantity(s.placed),
            })),
          },
        }
      : {}),
    invoiceNumber: order.invoiceNumber,
    ...(buyer ? { buyer } : {}),
    version: order.version,
    updatedAt: order.updatedAt,
  };
}

/** What to prepare, quantities as decimal strings, the note in the reader's language. */
export function preparationView(preparation: Preparation, locale: Locale) {
  const { note, products, ...rest } = preparation;
  return {
    ...rest,
    ...(note ? { note: renderMessage(note, locale) } : {}),
    products: products.map((p) => ({
      ...p,
      totalQuantity: formatQuantity(p.totalQuantity),
      confirmed: formatQuantity(p.confirmed),
      awaitingConfirmation: formatQuantity(p.awaitingConfirmation),
      onHand: formatQuantity(p.onHand),
      stock: formatQuantity(p.stock),
      short: formatQuantity(p.short),
      orders: p.orders.map((o) => ({ ...o, quantity: formatQuantity(o.quantity) })),
    })),
  };
}

/** A buyer's standing order as its association reads it: the buyer, the lines by name, the next deliveries. */
export function associationStandingView(
  entry: { template: StandingOrderItem; buyer: BuyerCard; products: ReadonlyMap<string, ProductItem>; nextDeliveries: StandingOccurrence[] },
  locale: Locale,
) {
  return {
    standingOrder: standingView(entry.template),
    buyer: entry.buyer,
    lines: entry.template.lines.map((l) => {
      const product = entry.products.get(l.productId);
      return {
        productId: l.productId,
        name: product ? (product.name[locale.lang] ?? product.name.es) : l.productId,
        ...(product ? { unit: product.unit } : {}),
        quantity: formatQuantity(l.quantity),
      };
    }),
    nextDeliveries: entry.nextDeliveries,
  };
}

/** What a re-order changed, said in the reader's language; quantities as decimal strings, prices in minor units. */
export function reorderChangeView(change: ReorderChange, locale: Locale) {
  const quantity = change.kind !== 'price_changed';
  const value = (v: number | undefined) => (v === undefined ? {} : { v: quantity ? formatQuantity(v) : v });
  const from = value(change.from);
  const to = value(change.to);
  return {
    kind: change.kind,
    productId: change.productId,
    name: change.name,
    ...('v' in from ? { from: from.v } : {}),
    ...('v' in to ? { to: to.v } : {}),
    message: renderMessage(change.message, locale),
  };
}

export function eventView(event: OrderEventItem) {
  const { entity: _e, orderId: _o, ...rest } = event;
  return rest;
}

const tiersView = (tiers: AgreementPrice['tiers']) => tiers.map((t) => ({ minQuantity: formatQuantity(t.minQuantity), price: t.price }));

/** An agreement as read on `date` (its status and how many days it has left are the reader's today). */
export function agreementView(agreement: AgreementItem, date: string) {
  const { entity: _e, createdBy: _c, ...rest } = agreement;
  const days = expiresInDays(agreement, date);
  return {
    ...rest,
    prices: agreement.prices.map((p) => ({ ...p, tiers: tiersView(p.tiers) })),
    version: agreementVersion(agreement),
    status: agreementStatus(agreement, date),
    ...(days !== undefined ? { expiresInDays: days } : {}),
  };
}

export function agreementChangeView(change: AgreementChange) {
  const { oldTiers, newTiers, ...rest } = change;
  return { ...rest, ...(oldTiers ? { oldTiers: tiersView(oldTiers) } : {}), ...(newTiers ? { newTiers: tiersView(newTiers) } : {}) };
}

export function agreementHistoryView(entry: AgreementHistoryItem) {
  const { entity: _e, agreementId: _a, changes, ...rest } = entry;
  return { ...rest, changes: changes.map(agreementChangeView) };
}

function partyView(party: PartySnapshot) {
  const { taxId, ...rest } = party;
  const typed = taxId ? typedTaxId(taxId, party.country ?? 'PE') : undefined;
  return { ...rest, ...(typed ? { taxId: typed } : {}) };
}

export function documentView(document: DocumentItem) {
  const { entity: _e, associationId: _a, buyerId: _b, issuedBy: _i, ...rest } = document;
  return {
    ...rest,
    seller: partyView(document.seller),
    buyer: partyView(document.buyer),
    lines: document.lines.map((l) => ({ ...l, quantity: l.quantity !== undefined ? formatQuantity(l.quantity) : undefined })),
  };
}

export function shipmentView(shipment: ShipmentItem) {
  return {
    lotId: shipment.lotId,
    orderId: shipment.orderId,
    line: shipment.line,
    buyerId: shipment.buyerId,
    productId: shipment.productId,
    quantity: formatQuantity(shipment.quantity),
    unit: shipment.unit,
    date: shipment.date,
  };
}

export function standingView(template: StandingOrderItem) {
  const { entity: _e, createdBy: _c, version: _v, ...rest } = template;
  return { ...rest, lines: template.lines.map((l) => ({ productId: l.productId, quantity: formatQuantity(l.quantity) })) };
}

/** A run as read: its detail in the reader's language when it is a message of the orders catalog, else as recorded (English). */
export function standingRunView(run: StandingRunItem, locale?: Locale) {
  const { entity: _e, buyerId: _b, detailMessage, ...rest } = run;
  const texts = detailMessage ? (MESSAGES as Record<string, (typeof MESSAGES)[keyof typeof MESSAGES] | undefined>)[detailMessage.key] : undefined;
  return texts && locale ? { ...rest, detail: renderText(texts, detailMessage!.params, locale) } : rest;
}

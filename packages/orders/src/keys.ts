import { catalogKeys } from '@ayni/catalog';
import { compose, SEPARATOR, sortableNumber } from '@ayni/store';

/**
 * Every key the orders domain writes (documented in docs/orders.md). An order owns a partition
 * holding its record (lines embedded) and its immutable events, and appears in three indexes (its
 * association's by status and delivery date, its buyer's by time, its buyer's per status by time);
 * agreements, documents (invoices,
 * credit notes), their series counters and the sales ledger live in the association's partitions;
 * standing orders in the buyer's partition; shipments in the lot's partition (recall = one Query).
 */
export const ordersKeys = {
  order: (orderId: string) => ({ pk: compose('ORDER', orderId), sk: 'ORDER' }),
  orderEvent: (orderId: string, seq: number) => ({ pk: compose('ORDER', orderId), sk: compose('EVENT', sortableNumber(seq, 6)) }),
  orderEventPrefix: 'EVENT#',

  /**
   * What an order item's keys hold (see `orderRecord`): its id (pk), association (gsi1pk), requested
   * delivery date (gsi1sk), buyer (gsi2pk) and time of placement (gsi2sk). Key parts never contain
   * the separator (`compose` refuses them), so splitting on it gives the parts back.
   */
  orderFieldsFromKeys: (item: Record<string, unknown>) => {
    const parts = (name: string) => (typeof item[name] === 'string' ? (item[name] as string).split(SEPARATOR) : []);
    const [, id] = parts('pk');
    const [, associationId] = parts('gsi1pk');
    const [, requestedDeliveryDate] = parts('gsi1sk');
    const [, buyerId] = parts('gsi2pk');
    const [placedAt] = parts('gsi2sk');
    return { id, associationId, requestedDeliveryDate, buyerId, placedAt };
  },

  /** gsi1: an association's orders, by status then requested delivery date. */
  ordersOfAssociation: (associationId: string) => compose('ORG', associationId, 'ORDERS'),
  associationOrderSort: (status: string, deliveryDate: string, orderId: string) => compose(status, deliveryDate, orderId),
  associationOrderStatusPrefix: (status: string) => compose(status, ''),
  /** The gsi1 range of an association's orders in `status` to deliver between two dates (inclusive; open ends allowed). */
  associationOrdersDelivering: (status: string, from?: string, to?: string) => ({
    from: compose(status, from ?? ''),
    to: to ? compose(status, to, '~') : compose(status, '~'),
  }),
  /** gsi2: a buyer's orders, by time of placement. */
  ordersOfBuyer: (buyerId: string) => compose('ORG', buyerId, 'ORDERS'),
  buyerOrderSort: (placedAt: string, orderId: string) => compose(placedAt, orderId),
  /** gsi3: a buyer's orders in one status, by time of placement (same sort key as gsi2). */
  ordersOfBuyerInStatus: (buyerId: string, status: string) => compose('ORG', buyerId, 'ORDERS', status),
  /**
   * The range of `buyerOrderSort` keys of orders placed between two UTC dates (inclusive; open ends
   * allowed): from the first instant of `from` (`2026-11-20` sorts before `2026-11-20T…`) to the last of
   * `to` (`2026-11-25T~` sorts after every `2026-11-25T…` instant).
   */
  buyerOrdersPlaced: (from?: string, to?: string) => ({ from: compose(from ?? '0'), to: compose(to ? `${to}T~` : '~') }),

  /** Agreements in the association's partition, ordered by buyer then start of validity. */
  agreement: (associationId: string, buyerId: string, validFrom: string, agreementId: string) => ({
    pk: compose('ORG', associationId),
    sk: compose('AGREEMENT', buyerId, validFrom, agreementId),
  }),
  agreementsPartition: (associationId: string) => compose('ORG', associationId),
  agreementPrefix: compose('AGREEMENT', ''),
  /** Range holding a buyer's agreements that started on or before `date` (read backwards, bounded by a limit). */
  agreementsStartedBy: (associationId: string, buyerId: string, date: string) => ({
    pk: compose('ORG', associationId),
    from: compose('AGREEMENT', buyerId, ''),
    to: compose('AGREEMENT', buyerId, date, '~'),
  }),
  /** An agreement's own partition: its head (where the agreement item is) and its immutable history. */
  agreementHead: (agreementId: string) => ({ pk: compose('AGREEMENT', agreementId), sk: 'HEAD' }),
  agreementHistory: (agreementId: string, seq: number) => ({ pk: compose('AGREEMENT', agreementId), sk: compose('CHANGE', sortableNumber(seq, 6)) }),
  agreementPartition: (agreementId: string) => compose('AGREEMENT', agreementId),
  agreementHistoryPrefix: compose('CHANGE', ''),
  /** gsi2: a buyer's agreements. */
  agreementsOfBuyer: (buyerId: string) => compose('ORG', buyerId, 'AGREEMENTS'),
  buyerAgreementSort: (associationId: string, validFrom: string, agreementId: string) => compose(associationId, validFrom, agreementId),

  /** Invoices and credit notes: one partition per association and series, by number. */
  document: (associationId: string, series: string, sequence: number) => ({
    pk: compose('ORG', associationId, 'DOCS'),
    sk: compose(series, sortableNumber(sequence, 8)),
  }),
  documentsOf: (associationId: string) => compose('ORG', associationId, 'DOCS'),
  /** The gapless counter of a series, written in the same transaction as each document. */
  series: (associationId: string, series: string) => ({ pk: compose('ORG', associationId), sk: compose('SERIES', series) }),
  /** How much of an invoice credit notes have corrected so far. */
  credited: (associationId: string, invoiceNumber: string) => ({ pk: compose('ORG', associationId), sk: compose('CREDITED', invoiceNumber) }),

  /**
   * An invoice while something of it is owed, in the buyer's partition (a buyer's payables are one
   * Query) and in gsi1 by the association, by due date (its receivables are one Query). Deleted
   * when nothing is owed any more, so both hold open invoices only.
   */
  openInvoice: (buyerId: string, associationId: string, invoiceNumber: string) => ({
    pk: compose('ORG', buyerId),
    sk: compose('OPEN_INVOICE', associationId, invoiceNumber),
  }),
  openInvoicesPrefix: compose('OPEN_INVOICE', ''),
  /** gsi1: an association's open invoices, by due date. */
  receivablesOf: (associationId: string) => compose('ORG', associationId, 'RECEIVABLES'),
  receivableSort: (dueDate: string, invoiceNumber: string) => compose(dueDate, invoiceNumber),

  /** Sales ledger: one record per delivered line and per credit note, and monthly aggregates, in one partition. */
  sales: (associationId: string) => compose('ORG', associationId, 'SALES'),
  saleRecord: (associationId: string, date: string, orderId: string, line: number) => ({
    pk: compose('ORG', associationId, 'SALES'),
    sk: compose('RECORD', date, orderId, sortableNumber(line, 3)),
  }),
  saleRecordRange: (from: string, to: string) => ({ from: compose('RECORD', from), to: compose('RECORD', to, '~') }),
  /** A credit note in the ledger, on the date it was issued. */
  saleCredit: (associationId: string, date: string, creditNoteNumber: string) => ({
    pk: compose('ORG', associationId, 'SALES'),
    sk: compose('CREDIT', date, creditNoteNumber),
  }),
  /** The credit notes of the ledger issued between two dates (inclusive). */
  saleCreditRange: (from: string, to: string) => ({ from: compose('CREDIT', from), to: compose('CREDIT', to, '~') }),
  monthTotal: (associationId: string, month: string, currency: string) => ({
    pk: compose('ORG', associationId, 'SALES'),
    sk: compose('MONTH', month, currency),
  }),
  monthRange: (from: string, to: string) => ({ from: compose('MONTH', from), to: compose('MONTH', to, '~') }),
  buyerMonthTotal: (associationId: string, month: string, buyerId: string, currency: string) => ({
    pk: compose('ORG', associationId, 'SALES'),
    sk: compose('BUYERMONTH', month, buyerId, currency),
  }),
  buyerMonthRange: (from: string, to: string) => ({ from: compose('BUYERMONTH', from), to: compose('BUYERMONTH', to, '~') }),

  /** Shipments of a lot, in the lot's partition: "which buyers received lot X" is one Query. */
  shipment: (lotId: string, orderId: string, line: number) => ({
    pk: catalogKeys.lot(lotId).pk,
    sk: compose('SHIPMENT', orderId, sortableNumber(line, 3)),
  }),
  shipmentPrefix: compose('SHIPMENT', ''),
  /** The delivery of an order, in its partition (provenance's EPCIS `receiving` event). */
  receipt: (orderId: string) => ({ pk: compose('ORDER', orderId), sk: 'RECEIPT' }),
  /**
   * gsi2 and gsi3 of shipments and receipts: an association's EPCIS events by event time, all
   * business steps (gsi2) or one (gsi3). Provenance's event items carry the same keys
   * (`epcisKeys` in packages/provenance/src/service/epcis-index.ts; a test checks they agree).
   */
  epcisOfOrganisation: (associationId: string) => compose('EPCIS', 'ORG', associationId),
  epcisOfOrganisationStep: (associationId: string, bizStep: 'shipping' | 'receiving') => compose('EPCIS', 'ORG', associationId, 'STEP', bizStep),
  epcisShipmentSort: (shippedAt: string, lotId: string, orderId: string, line: number) =>
    compose(shippedAt, lotId, 'SHIPMENT', orderId, sortableNumber(line, 3)),
  epcisReceiptSort: (receivedAt: string, orderId: string) => compose(receivedAt, 'ORDER', orderId, 'RECEIPT'),

  /**
   * Standing orders in the buyer's partition; gsi1 (sparse, only while active) by weekday; gsi2 by
   * association (`standingOfAssociation`).
   */
  standingOrder: (buyerId: string, templateId: string) => ({ pk: compose('ORG', buyerId), sk: compose('STANDING', templateId) }),
  buyerPartition: (buyerId: string) => compose('ORG', buyerId),
  standingOrderPrefix: compose('STANDING', ''),
  standingByWeekday: (weekday: number) => compose('STANDING', 'WEEKDAY', weekday),
  standingWeekdaySort: (buyerId: string, templateId: string) => compose(buyerId, templateId),
  standingRun: (buyerId: string, templateId: string, deliveryDate: string) => ({
    pk: compose('ORG', buyerId),
    sk: compose('STANDINGRUN', templateId, deliveryDate),
  }),
  standingRunPrefix: (templateId: string) => compose('STANDINGRUN', templateId, ''),
  /** gsi2 of standing orders: an association's buyers' templates (all of them, active or paused), by buyer. */
  standingOfAssociation: (associationId: string) => compose('ORG', associationId, 'STANDING'),
  associationStandingSort: (buyerId: string, templateId: string) => compose(buyerId, templateId),

  /** Markers of the demo seed (fixed keys): the buyer organisation it created for each demo name. */
  seedBuyer: (nameKey: string) => ({ pk: compose('SEED', 'ORDERS'), sk: compose('BUYER', nameKey) }),
};

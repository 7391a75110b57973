import { catalogKeys } from '@ayni/catalog';
import { compose, sortableNumber } from '@ayni/store';

/**
 * Every key the orders domain writes (documented in docs/orders.md). An order owns a partition
 * holding its record (lines embedded) and its immutable events; agreements, documents (invoices,
 * credit notes), their series counters and the sales ledger live in the association's partitions;
 * standing orders in the buyer's partition; shipments in the lot's partition (recall = one Query).
 */
export const ordersKeys = {
  order: (orderId: string) => ({ pk: compose('ORDER', orderId), sk: 'ORDER' }),
  orderEvent: (orderId: string, seq: number) => ({ pk: compose('ORDER', orderId), sk: compose('EVENT', sortableNumber(seq, 6)) }),
  orderEventPrefix: 'EVENT#',

  /** gsi1: an association's orders, by status then requested delivery date. */
  ordersOfAssociation: (associationId: string) => compose('ORG', associationId, 'ORDERS'),
  associationOrderSort: (status: string, deliveryDate: string, orderId: string) => compose(status, deliveryDate, orderId),
  associationOrderStatusPrefix: (status: string) => compose(status, ''),
  /** gsi2: a buyer's orders, by time of placement. */
  ordersOfBuyer: (buyerId: string) => compose('ORG', buyerId, 'ORDERS'),
  buyerOrderSort: (placedAt: string, orderId: string) => compose(placedAt, orderId),
  /** gsi3 (sparse, only while `placed`): orders awaiting confirmation, by deadline. */
  placedOrdersByDeadline: () => compose('ORDERS', 'PLACED'),
  deadlineSort: (confirmBy: string, orderId: string) => compose(confirmBy, orderId),
  deadlineUpTo: (at: string) => compose(at, '~'),

  /** Agreements in the association's partition, ordered by buyer then start of validity. */
  agreement: (associationId: string, buyerId: string, validFrom: string, agreementId: string) => ({
    pk: compose('ORG', associationId),
    sk: compose('AGREEMENT', buyerId, validFrom, agreementId),
  }),
  agreementsPartition: (associationId: string) => compose('ORG', associationId),
  agreementPrefix: compose('AGREEMENT', ''),
  /** Range holding a buyer's agreements that started on or before `date` (read backwards, limit 1). */
  agreementsStartedBy: (associationId: string, buyerId: string, date: string) => ({
    pk: compose('ORG', associationId),
    from: compose('AGREEMENT', buyerId, ''),
    to: compose('AGREEMENT', buyerId, date, '~'),
  }),
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

  /** Sales ledger: one record per delivered line, and monthly aggregates, in one partition. */
  sales: (associationId: string) => compose('ORG', associationId, 'SALES'),
  saleRecord: (associationId: string, date: string, orderId: string, line: number) => ({
    pk: compose('ORG', associationId, 'SALES'),
    sk: compose('RECORD', date, orderId, sortableNumber(line, 3)),
  }),
  saleRecordRange: (from: string, to: string) => ({ from: compose('RECORD', from), to: compose('RECORD', to, '~') }),
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

  /** Standing orders in the buyer's partition; gsi1 (sparse, only while active) by weekday. */
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

  /** Markers of the demo seed (fixed keys): the buyer organisation it created for each demo name. */
  seedBuyer: (nameKey: string) => ({ pk: compose('SEED', 'ORDERS'), sk: compose('BUYER', nameKey) }),
};

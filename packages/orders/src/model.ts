import type { Currency, LineTax, MessageParams, TaxTotals, Unit } from '@ayni/core';

/** Items as stored. Quantities are integer thousandths of the unit; money is integer minor units. */

export const ORDER_STATUSES = [
  'placed',
  'confirmed',
  'partially_confirmed',
  'rejected',
  'cancelled',
  'expired',
  'dispatched',
  'delivered',
  'invoiced',
  'paid',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_ACTIONS = ['confirm', 'reject', 'cancel', 'dispatch', 'deliver', 'invoice', 'pay'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

export const PAYMENT_TERMS = ['prepaid', 'on_delivery', 'net_7', 'net_15', 'net_30'] as const;
export type PaymentTerms = (typeof PAYMENT_TERMS)[number];

export const PRICE_RULES = ['tier', 'agreement', 'catalog'] as const;
export type PriceRule = (typeof PRICE_RULES)[number];

export type Delivery = { kind: 'pickup' } | { kind: 'delivery'; address: string };

export interface LotAllocation {
  lotId: string;
  quantity: number;
  productionDate: string;
}

export interface OrderLine {
  line: number;
  productId: string;
  sku: string;
  name: string;
  unit: Unit;
  /** Ordered quantity (what placement reserved). */
  quantity: number;
  /** Set by the association's confirmation; absent while placed. */
  accepted?: number;
  unitPrice: number;
  priceRule: PriceRule;
  tierMinQuantity?: number;
  /** unitPrice × (accepted ?? quantity) ÷ 1000, rounded half-up to the minor unit. */
  lineTotal: number;
  /** Set on dispatch: the lots the line was taken from, oldest production first. */
  lots?: LotAllocation[];
  /** Standing orders under the short-ship policy: what the template asked for. */
  requested?: number;
}

export interface StandingOrigin {
  templateId: string;
  deliveryDate: string;
  policy: ShortStockPolicy;
  shortShipped: Array<{ productId: string; requested: number; placed: number }>;
}

export interface OrderItem {
  entity: 'Order';
  id: string;
  associationId: string;
  buyerId: string;
  status: OrderStatus;
  currency: Currency;
  lines: OrderLine[];
  total: number;
  requestedDeliveryDate: string;
  delivery: Delivery;
  notes?: string;
  paymentTerms: PaymentTerms;
  agreementId?: string;
  placedBy: string;
  placedAt: string;
  /** Placed orders not confirmed by then expire and release their stock. */
  confirmBy: string;
  standing?: StandingOrigin;
  invoiceNumber?: string;
  /** Incremented by every transition (optimistic concurrency); also the sequence of the latest event. */
  version: number;
  updatedAt: string;
}

export type Party = 'buyer' | 'association' | 'system';

export interface OrderEventItem {
  entity: 'OrderEvent';
  orderId: string;
  seq: number;
  type: 'placed' | OrderAction | 'expire';
  from?: OrderStatus;
  to: OrderStatus;
  actor: string;
  party: Party;
  at: string;
  reason?: string;
  details?: Record<string, unknown>;
}

export interface AgreementPrice {
  productId: string;
  price: number;
  /** Ascending by minQuantity; the highest tier not above the line quantity wins. */
  tiers: Array<{ minQuantity: number; price: number }>;
}

export interface AgreementItem {
  entity: 'Agreement';
  id: string;
  associationId: string;
  buyerId: string;
  currency: Currency;
  validFrom: string;
  validTo?: string;
  paymentTerms: PaymentTerms;
  prices: AgreementPrice[];
  notes?: string;
  createdBy: string;
  createdAt: string;
  /**
   * 1 when signed, one more on every amendment, extension or ending (the sequence of its latest
   * history entry); agreements signed before versions existed count as 0 (ETag `"0"`).
   */
  version?: number;
  updatedAt?: string;
}

export const AGREEMENT_CHANGE_KINDS = ['price_added', 'price_changed', 'price_removed', 'valid_to_changed'] as const;
export type AgreementChangeKind = (typeof AGREEMENT_CHANGE_KINDS)[number];

/** One thing an agreement change altered: a product's price (and tiers), or the last day of validity. */
export interface AgreementChange {
  kind: AgreementChangeKind;
  productId?: string;
  oldPrice?: number;
  newPrice?: number;
  oldTiers?: AgreementPrice['tiers'];
  newTiers?: AgreementPrice['tiers'];
  /** `valid_to_changed`: absent means open-ended. */
  oldValidTo?: string;
  newValidTo?: string;
}

export type AgreementEntryType = 'signed' | 'amended' | 'ended';

/** An immutable entry of an agreement's history (`seq` = the agreement's version it produced). */
export interface AgreementHistoryItem {
  entity: 'AgreementChange';
  agreementId: string;
  seq: number;
  type: AgreementEntryType;
  changes: AgreementChange[];
  actor: string;
  at: string;
  reason?: string;
}

/** Where an agreement is stored (its sort key holds the buyer and start date): found by id in one GetItem. */
export interface AgreementHeadItem {
  entity: 'AgreementHead';
  agreementId: string;
  associationId: string;
  buyerId: string;
  validFrom: string;
}

export type DocumentKind = 'invoice' | 'credit_note';

export interface DocumentLine {
  description: string;
  productId?: string;
  quantity?: number;
  unit?: Unit;
  unitPrice?: number;
  /** The line at the prices the seller states (with or without tax, as `DocumentTaxes.pricesIncludeTax` says). */
  amount: number;
  /** Invoices issued since tax lines exist: the line's base, tax and total, with the legal reason of an exemption. */
  tax?: LineTax & { reason?: string };
}

export interface PartySnapshot {
  id: string;
  name: string;
  /** The number; its scheme (RUC, NIT) is the party country's (`typedTaxId`). */
  taxId?: string;
  region?: string;
  /** Documents issued since fiscal data exists. */
  country?: 'PE' | 'BO';
}

/** The tax of a document, snapshotted at issue: the rate and rules of that day stay on it. */
export interface DocumentTaxes extends TaxTotals {
  name: 'IGV' | 'IVA';
  rateBps: number;
  pricesIncludeTax: boolean;
  /** The rounding rule, stated on the document. */
  rounding: 'per-line-half-up';
}

export interface DocumentItem {
  entity: 'Document';
  kind: DocumentKind;
  number: string;
  series: string;
  sequence: number;
  associationId: string;
  buyerId: string;
  orderId: string;
  seller: PartySnapshot;
  buyer: PartySnapshot;
  currency: Currency;
  lines: DocumentLine[];
  /** What the buyer pays: the sum of the lines' totals (tax included). */
  total: number;
  taxes?: DocumentTaxes;
  issuedAt: string;
  issueDate: string;
  dueDate: string;
  paymentTerms: PaymentTerms;
  /** Credit notes: the invoice they correct, and why. */
  corrects?: string;
  reason?: string;
  issuedBy: string;
}

/**
 * What is still owed of an invoice (`ordersKeys.openInvoice`): its total less what credit notes
 * corrected (and, with payments, what was paid). Names are the invoice's own party snapshots.
 */
export interface OpenInvoiceItem {
  entity: 'OpenInvoice';
  number: string;
  associationId: string;
  associationName: string;
  buyerId: string;
  buyerName: string;
  orderId: string;
  currency: Currency;
  total: number;
  credited: number;
  /** Integer minor units still owed: total − credited; always > 0 (the item is deleted at 0). */
  open: number;
  issueDate: string;
  dueDate: string;
}

export interface SaleRecordItem {
  entity: 'SaleRecord';
  associationId: string;
  buyerId: string;
  orderId: string;
  line: number;
  productId: string;
  sku: string;
  unit: Unit;
  quantity: number;
  amount: number;
  currency: Currency;
  date: string;
  month: string;
}

/** A credit note in the sales ledger (written with the note): it takes `amount` off its month's net income. */
export interface SaleCreditItem {
  entity: 'SaleCredit';
  associationId: string;
  buyerId: string;
  orderId: string;
  invoiceNumber: string;
  creditNoteNumber: string;
  amount: number;
  currency: Currency;
  date: string;
  month: string;
}

/**
 * Month (or buyer-month) aggregates, kept by `ADD` at write time. `amount` is net income: delivered
 * amounts minus credit notes issued that month. Totals written before credit notes were counted, or
 * created by a credit note alone, lack the counters they never received (read as 0).
 */
export interface SalesTotalItem {
  entity: 'SalesTotal';
  month: string;
  buyerId?: string;
  currency: Currency;
  amount: number;
  lines?: number;
  orders?: number;
  credited?: number;
  creditNotes?: number;
}

export interface ShipmentItem {
  entity: 'Shipment';
  lotId: string;
  orderId: string;
  line: number;
  associationId: string;
  buyerId: string;
  productId: string;
  quantity: number;
  unit: Unit;
  date: string;
  /** The instant of the dispatch (absent on shipments written before it was kept: `date` at 00:00 UTC stands in). */
  shippedAt?: string;
}

/**
 * The buyer received a dispatched order: written by the `deliver` transition, in the order's
 * partition, with every lot the order's lines were taken from. Provenance reads it (as it reads
 * shipments) to publish the EPCIS `receiving` event of the delivery.
 */
export interface ReceiptItem {
  entity: 'OrderReceipt';
  orderId: string;
  associationId: string;
  buyerId: string;
  /** The instant of the delivery. */
  receivedAt: string;
  lots: Array<{ lotId: string; line: number; productId: string; quantity: number; unit: Unit }>;
}

export const SHORT_STOCK_POLICIES = ['short_ship', 'skip'] as const;
export type ShortStockPolicy = (typeof SHORT_STOCK_POLICIES)[number];

export interface StandingOrderItem {
  entity: 'StandingOrder';
  id: string;
  buyerId: string;
  associationId: string;
  frequency: 'weekly' | 'fortnightly';
  /** ISO weekday of delivery: 1 Monday … 7 Sunday. */
  weekday: number;
  /** First delivery date (on `weekday`); fortnightly templates deliver every second week from it. */
  startDate: string;
  lines: Array<{ productId: string; quantity: number }>;
  delivery: Delivery;
  notes?: string;
  policy: ShortStockPolicy;
  active: boolean;
  skipDates: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type StandingRunOutcome = 'placed' | 'short_shipped' | 'skipped_stock' | 'skipped_by_buyer' | 'failed';

export interface StandingRunItem {
  entity: 'StandingRun';
  templateId: string;
  buyerId: string;
  deliveryDate: string;
  outcome: StandingRunOutcome;
  orderId?: string;
  /** What happened, in English (logs, and readers whose language the run cannot say it in). */
  detail?: string;
  /** The same as a message of the orders catalog (key and parameters), said in the reader's language when read. */
  detailMessage?: { key: string; params: MessageParams };
  at: string;
}

import { message, minorToDecimal, formatQuantity, taxTotals, typedTaxId, ValidationFailed, type Lang, type TaxTotals } from '@ayni/core';
import type { CsvCell } from '@ayni/http';
import { MESSAGES } from '../messages.js';
import type { DocumentItem, OrderItem, PartySnapshot, SaleCreditItem, SaleRecordItem } from '../model.js';
import { repositories, type OrdersDeps } from './context.js';
import { CREDIT_NOTE_SERIES, INVOICE_SERIES, parseDocumentNumber } from './documents.js';

/**
 * CSV exports of orders, the sales ledger and invoices (docs/orders.md, "Exports"). Every export is
 * one page of a date range (at most 366 days, checked by the route's schema) read with bounded
 * Queries on the keys the JSON listings use; the route writes the page with `csvDocument` and gives
 * the next page's cursor in `Link` and `X-Next-Cursor`.
 */
export interface ExportRange {
  readonly from: string;
  readonly to: string;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export interface CsvPage {
  readonly header: string[];
  readonly rows: CsvCell[][];
  readonly nextCursor?: string | undefined;
}

/**
 * Column headers, Spanish and English. Quechua readers get the Spanish headers: spreadsheets in
 * Peru and Bolivia (and the tax terms a column names: RUC, NIT, IGV, base imponible) are Spanish, and
 * there is no reviewed Quechua wording for them yet.
 */
const HEADERS = {
  order: { es: 'Pedido', en: 'Order' },
  placedOn: { es: 'Fecha de pedido', en: 'Placed on' },
  deliveryDate: { es: 'Fecha de entrega', en: 'Delivery date' },
  status: { es: 'Estado', en: 'Status' },
  association: { es: 'Asociación', en: 'Association' },
  buyer: { es: 'Comprador', en: 'Buyer' },
  products: { es: 'Productos', en: 'Products' },
  lines: { es: 'Líneas', en: 'Lines' },
  total: { es: 'Total', en: 'Total' },
  currency: { es: 'Moneda', en: 'Currency' },
  paymentTerms: { es: 'Condición de pago', en: 'Payment terms' },
  invoice: { es: 'Factura', en: 'Invoice' },
  date: { es: 'Fecha', en: 'Date' },
  kind: { es: 'Tipo', en: 'Type' },
  product: { es: 'Producto', en: 'Product' },
  sku: { es: 'SKU', en: 'SKU' },
  quantity: { es: 'Cantidad', en: 'Quantity' },
  unit: { es: 'Unidad', en: 'Unit' },
  amount: { es: 'Importe', en: 'Amount' },
  creditNote: { es: 'Nota de crédito', en: 'Credit note' },
  number: { es: 'Número', en: 'Number' },
  issueDate: { es: 'Fecha de emisión', en: 'Issue date' },
  dueDate: { es: 'Fecha de vencimiento', en: 'Due date' },
  sellerTaxId: { es: 'RUC/NIT del vendedor', en: 'Seller tax id' },
  buyerTaxId: { es: 'RUC/NIT del comprador', en: 'Buyer tax id' },
  corrects: { es: 'Corrige a', en: 'Corrects' },
  reason: { es: 'Motivo', en: 'Reason' },
  taxName: { es: 'Impuesto', en: 'Tax' },
  taxRate: { es: 'Tasa (%)', en: 'Rate (%)' },
  taxed: { es: 'Op. gravadas', en: 'Taxed base' },
  exonerated: { es: 'Op. exoneradas', en: 'Exonerated' },
  unaffected: { es: 'Op. inafectas', en: 'Unaffected' },
  base: { es: 'Base imponible', en: 'Base' },
  tax: { es: 'Impuesto (monto)', en: 'Tax amount' },
} as const satisfies Record<string, { es: string; en: string }>;
type Column = keyof typeof HEADERS;

const headerOf = (columns: readonly Column[], lang: Lang) => columns.map((column) => HEADERS[column][lang === 'en' ? 'en' : 'es']);
const day = (instant: string) => instant.slice(0, 10);

const ORDER_COLUMNS: Column[] = [
  'order',
  'placedOn',
  'deliveryDate',
  'status',
  'association',
  'buyer',
  'products',
  'lines',
  'total',
  'currency',
  'paymentTerms',
  'invoice',
];

/** One row per order; its products as "name quantity unit" (accepted quantities once confirmed). */
async function orderRows(deps: OrdersDeps, orders: readonly OrderItem[]): Promise<CsvCell[][]> {
  const orgs = await repositories(deps).orders.getOrganisations(orders.flatMap((o) => [o.associationId, o.buyerId]));
  const name = (id: string) => orgs.get(id)?.name ?? id;
  return orders.map((o) => [
    o.id,
    day(o.placedAt),
    o.requestedDeliveryDate,
    o.status,
    name(o.associationId),
    name(o.buyerId),
    o.lines.map((l) => `${l.name} ${formatQuantity(l.accepted ?? l.quantity)} ${l.unit}`).join('; '),
    o.lines.length,
    minorToDecimal(o.total, o.currency),
    o.currency,
    o.paymentTerms,
    o.invoiceNumber,
  ]);
}

/** An association's orders to deliver in the range (O7b: by status, then delivery date). */
export async function associationOrdersExport(deps: OrdersDeps, associationId: string, range: ExportRange, lang: Lang): Promise<CsvPage> {
  const page = await repositories(deps).orders.listAssociationOrders(
    associationId,
    { deliveryFrom: range.from, deliveryTo: range.to },
    range.limit,
    range.cursor,
  );
  return { header: headerOf(ORDER_COLUMNS, lang), rows: await orderRows(deps, page.items), nextCursor: page.nextCursor };
}

/** A buyer's orders placed in the range (O8a: newest first). */
export async function buyerOrdersExport(deps: OrdersDeps, buyerId: string, range: ExportRange, lang: Lang): Promise<CsvPage> {
  const page = await repositories(deps).orders.listBuyerOrders(buyerId, { placedFrom: range.from, placedTo: range.to }, range.limit, range.cursor);
  return { header: headerOf(ORDER_COLUMNS, lang), rows: await orderRows(deps, page.items), nextCursor: page.nextCursor };
}

const SALES_COLUMNS: Column[] = ['date', 'kind', 'order', 'buyer', 'product', 'sku', 'quantity', 'unit', 'amount', 'currency', 'creditNote', 'invoice'];

/**
 * The sales ledger over the range: one row per delivered line (`sale`, on its delivery date), then
 * one per credit note (`credit_note`, on its issue date), written negative: the income it takes off,
 * so the amount column adds up to the net income of the range.
 */
export async function salesExport(deps: OrdersDeps, associationId: string, range: ExportRange, lang: Lang): Promise<CsvPage> {
  const repos = repositories(deps);
  const page = await repos.sales.ledgerPage(associationId, range.from, range.to, range.limit, range.cursor);
  const records = page.items.filter((item): item is SaleRecordItem => item.entity === 'SaleRecord');
  const [products, orgs] = await Promise.all([
    repos.orders.getProducts(
      associationId,
      records.map((r) => r.productId),
    ),
    repos.orders.getOrganisations(page.items.map((item) => item.buyerId)),
  ]);
  const buyer = (id: string) => orgs.get(id)?.name ?? id;
  const rows = page.items.map((item): CsvCell[] => {
    if (item.entity === 'SaleRecord') {
      const product = products.get(item.productId);
      const productName = product ? (product.name[lang] ?? product.name.es) : item.sku;
      return [
        item.date,
        'sale',
        item.orderId,
        buyer(item.buyerId),
        productName,
        item.sku,
        formatQuantity(item.quantity),
        item.unit,
        minorToDecimal(item.amount, item.currency),
        item.currency,
        undefined,
        undefined,
      ];
    }
    const credit = item as SaleCreditItem;
    return [
      credit.date,
      'credit_note',
      credit.orderId,
      buyer(credit.buyerId),
      undefined,
      undefined,
      undefined,
      undefined,
      minorToDecimal(-credit.amount, credit.currency),
      credit.currency,
      credit.creditNoteNumber,
      credit.invoiceNumber,
    ];
  });
  return { header: headerOf(SALES_COLUMNS, lang), rows, nextCursor: page.nextCursor };
}

const INVOICE_COLUMNS: Column[] = [
  'number',
  'kind',
  'issueDate',
  'dueDate',
  'association',
  'sellerTaxId',
  'buyer',
  'buyerTaxId',
  'order',
  'corrects',
  'reason',
  'taxName',
  'taxRate',
  'taxed',
  'exonerated',
  'unaffected',
  'base',
  'tax',
  'total',
  'currency',
  'paymentTerms',
];

const taxIdText = (party: PartySnapshot) => {
  const id = typedTaxId(party.taxId, party.country ?? 'PE');
  return id ? `${id.scheme} ${id.number}` : undefined;
};

/** One row per document: its parties (names, tax ids) and its tax totals (sums of the lines' rounded figures). */
function invoiceRow(document: DocumentItem): CsvCell[] {
  const lineTaxes = document.lines.flatMap((line) => (line.tax ? [line.tax] : []));
  const totals: TaxTotals | undefined =
    document.taxes ?? (lineTaxes.length === document.lines.length && lineTaxes.length > 0 ? taxTotals(lineTaxes) : undefined);
  const money = (amount: number | undefined) => (amount === undefined ? undefined : minorToDecimal(amount, document.currency));
  return [
    document.number,
    document.kind,
    document.issueDate,
    document.dueDate,
    document.seller.name,
    taxIdText(document.seller),
    document.buyer.name,
    taxIdText(document.buyer),
    document.orderId,
    document.corrects,
    document.reason,
    document.taxes?.name,
    document.taxes ? String(document.taxes.rateBps / 100) : undefined,
    money(totals?.taxed),
    money(totals?.exonerated),
    money(totals?.unaffected),
    money(totals ? totals.taxed + totals.exonerated + totals.unaffected : undefined),
    money(totals?.tax),
    money(document.total),
    document.currency,
    document.paymentTerms,
  ];
}

/** The series an association's export reads, one after the other: invoices, then credit notes. */
const EXPORT_SERIES = [INVOICE_SERIES, CREDIT_NOTE_SERIES] as const;

function cursorRefused(): ValidationFailed {
  return new ValidationFailed([{ path: 'query.cursor', message: 'does not belong to this listing', msg: message(MESSAGES, 'orders.field.cursor-foreign') }]);
}

function decodeSeriesCursor(cursor: string): { series: number; sequence: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw cursorRefused();
  }
  const { s, n } = (parsed ?? {}) as { s?: unknown; n?: unknown };
  if (
    !Number.isInteger(s) ||
    !Number.isInteger(n) ||
    (s as number) < 0 ||
    (s as number) >= EXPORT_SERIES.length ||
    (n as number) < 0 ||
    (n as number) > 99_999_999
  )
    throw cursorRefused();
  return { series: s as number, sequence: n as number };
}
const seriesCursor = (series: number, sequence: number) => Buffer.from(JSON.stringify({ s: series, n: sequence }), 'utf8').toString('base64url');

/**
 * An association's invoices, then its credit notes, issued in the range. Documents are keyed by
 * series and number, not by date; but a series is numbered in issue order, so the range is one run
 * of numbers per series: its first number is found by a binary search (`firstSequenceOnOrAfter`,
 * ≤ 28 GetItems), then read by number in bounded Queries until a document issued after `to`. The
 * cursor is the series and the number to go on from (0: search the series from `from`).
 */
export async function associationInvoicesExport(deps: OrdersDeps, associationId: string, range: ExportRange, lang: Lang): Promise<CsvPage> {
  const documents = repositories(deps).documents;
  const position = range.cursor ? decodeSeriesCursor(range.cursor) : { series: 0, sequence: 0 };
  const rows: CsvCell[][] = [];
  for (let s = position.series; s < EXPORT_SERIES.length; s++) {
    const series = EXPORT_SERIES[s]!;
    let sequence =
      s === position.series && position.sequence > 0 ? position.sequence : await documents.firstSequenceOnOrAfter(associationId, series, range.from);
    while (sequence !== undefined) {
      const wanted = range.limit - rows.length;
      // One more than still fits: says whether the series goes on after this page.
      const batch = await documents.seriesFrom(associationId, series, sequence, wanted + 1);
      let ended = batch.length <= wanted;
      for (const [i, document] of batch.entries()) {
        if (document.issueDate > range.to) {
          ended = true;
          break;
        }
        if (i === wanted) return { header: headerOf(INVOICE_COLUMNS, lang), rows, nextCursor: seriesCursor(s, document.sequence) };
        rows.push(invoiceRow(document));
      }
      if (ended) break;
      sequence = batch.at(-1)!.sequence + 1;
    }
    if (rows.length >= range.limit && s < EXPORT_SERIES.length - 1)
      return { header: headerOf(INVOICE_COLUMNS, lang), rows, nextCursor: seriesCursor(s + 1, 0) };
  }
  return { header: headerOf(INVOICE_COLUMNS, lang), rows };
}

/**
 * A buyer's invoices: documents carry no buyer index, so they are those of the buyer's orders placed
 * in the range (O8a, newest first) that have been invoiced, read page by page (one BatchGetItem of
 * the page's invoices). A page holds at most `limit` orders, so it may hold fewer invoices (or none,
 * with a next page still to come). Credit notes are not reachable from the orders and are left out.
 */
export async function buyerInvoicesExport(deps: OrdersDeps, buyerId: string, range: ExportRange, lang: Lang): Promise<CsvPage> {
  const repos = repositories(deps);
  const page = await repos.orders.listBuyerOrders(buyerId, { placedFrom: range.from, placedTo: range.to }, range.limit, range.cursor);
  const refs = page.items.flatMap((order) =>
    order.invoiceNumber ? [{ associationId: order.associationId, ...parseDocumentNumber(order.invoiceNumber) }] : [],
  );
  const found = await repos.documents.getMany(refs);
  const byNumber = new Map(found.map((document) => [`${document.associationId}|${document.number}`, document]));
  const rows = page.items.flatMap((order) => {
    const document = order.invoiceNumber ? byNumber.get(`${order.associationId}|${order.invoiceNumber}`) : undefined;
    return document && document.buyerId === buyerId ? [invoiceRow(document)] : [];
  });
  return { header: headerOf(INVOICE_COLUMNS, lang), rows, nextCursor: page.nextCursor };
}

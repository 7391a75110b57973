import { hasRole } from '@ayni/auth';
import type { OrganisationItem } from '@ayni/catalog';
import { lineTax, message, mulDiv, NotFound, SALES_TAX, taxTotals, toSafeMinor, typedTaxId, UnprocessableRequest } from '@ayni/core';
import { TransactionCancelled, type Page } from '@ayni/store';
import { CreditExceedsInvoice, InvoiceFullyCredited } from '../errors.js';
import { MESSAGES } from '../messages.js';
import type { DocumentItem, DocumentTaxes, OrderItem, PartySnapshot, PaymentTerms, SaleCreditItem } from '../model.js';
import { SeriesMoved } from '../repository/documents.js';
import { addDays, nowIso, repositories, type Actor, type OrdersDeps } from './context.js';
import { withNextNumber } from './numbering.js';

/** Invoices use series F001; credit notes their own series NC01 (each gapless, per association). */
export const INVOICE_SERIES = 'F001';
export const CREDIT_NOTE_SERIES = 'NC01';

const TERM_DAYS: Record<PaymentTerms, number> = { prepaid: 0, on_delivery: 0, net_7: 7, net_15: 15, net_30: 30 };

export function documentNumber(series: string, sequence: number): string {
  return `${series}-${String(sequence).padStart(8, '0')}`;
}

export function parseDocumentNumber(number: string): { series: string; sequence: number } {
  const [series, digits] = number.split('-');
  return { series: series!, sequence: Number(digits) };
}

function snapshot(org: OrganisationItem | undefined, id: string): PartySnapshot {
  if (!org) return { id, name: id };
  const taxId = typedTaxId(org.taxId, org.country);
  return { id, name: org.name, ...(taxId ? { taxId: taxId.number } : {}), region: org.region, country: org.country };
}

/**
 * The invoice of a delivered order, ready to be numbered: everything but its number and issue time is
 * read and decided once, so numbering it under contention only re-reads the series counter.
 */
export async function draftInvoice(deps: OrdersDeps, order: OrderItem, actor: Actor): Promise<(sequence: number, at: string) => DocumentItem> {
  const repos = repositories(deps);
  const invoiced = order.lines.filter((l) => (l.accepted ?? l.quantity) > 0);
  const [seller, buyer, products] = await Promise.all([
    repos.orders.getOrganisation(order.associationId),
    repos.orders.getOrganisation(order.buyerId),
    repos.orders.getProducts(
      order.associationId,
      invoiced.map((l) => l.productId),
    ),
  ]);
  // The tax of the invoice date: the seller's country's rate, its products' treatments in force today.
  const country = seller?.country ?? 'PE';
  const salesTax = SALES_TAX[country];
  const pricesIncludeTax = seller?.pricesIncludeTax ?? true;
  const lines = invoiced.map((l) => {
    const treatment = products.get(l.productId)?.tax ?? { treatment: 'taxed' as const };
    return {
      description: `${l.name} (${l.sku})`,
      productId: l.productId,
      quantity: l.accepted ?? l.quantity,
      unit: l.unit,
      unitPrice: l.unitPrice,
      amount: l.lineTotal,
      tax: {
        ...lineTax(l.lineTotal, treatment.treatment, salesTax.rateBps, pricesIncludeTax),
        ...(treatment.treatment === 'taxed' ? {} : { reason: treatment.reason }),
      },
    };
  });
  const totals = taxTotals(lines.map((line) => line.tax));
  const taxes: DocumentTaxes = { ...totals, name: salesTax.name, rateBps: salesTax.rateBps, pricesIncludeTax, rounding: 'per-line-half-up' };
  return (sequence, at) => {
    const issueDate = at.slice(0, 10);
    return {
      entity: 'Document',
      kind: 'invoice',
      number: documentNumber(INVOICE_SERIES, sequence),
      series: INVOICE_SERIES,
      sequence,
      associationId: order.associationId,
      buyerId: order.buyerId,
      orderId: order.id,
      seller: snapshot(seller, order.associationId),
      buyer: snapshot(buyer, order.buyerId),
      currency: order.currency,
      lines,
      // What the buyer pays: the order's total, plus the tax when the seller's prices do not include it.
      total: totals.total,
      taxes,
      issuedAt: at,
      issueDate,
      dueDate: addDays(issueDate, TERM_DAYS[order.paymentTerms]),
      paymentTerms: order.paymentTerms,
      issuedBy: actor.sub,
    };
  };
}

/** Reads a document for the association's people, the buyer it was issued to, or platform staff. */
export async function getDocument(deps: OrdersDeps, associationId: string, number: string, actor: Actor): Promise<DocumentItem> {
  const { series, sequence } = parseDocumentNumber(number);
  const document = await repositories(deps).documents.get(associationId, series, sequence);
  const p = actor.principal;
  const allowed =
    !!document &&
    !!p &&
    (hasRole(p, 'platform_admin') ||
      (p.org === associationId && hasRole(p, 'association_admin', 'association_member')) ||
      (p.org === document.buyerId && hasRole(p, 'buyer')));
  if (!allowed) throw new NotFound(message(MESSAGES, 'orders.document-not-found', { number }));
  return document!;
}

export function listDocuments(deps: OrdersDeps, associationId: string, limit: number, cursor?: string): Promise<Page<DocumentItem>> {
  return repositories(deps).documents.list(associationId, limit, cursor);
}

/**
 * How much a credit note on `invoice` credits, given what is credited already: the amount asked for,
 * or by default what remains. More than remains is a 422 that says how much may still be credited.
 */
export function creditAmount(invoice: DocumentItem, credited: number, requested: number | undefined): number {
  const remaining = invoice.total - credited;
  const money = (amount: number) => ({ money: { amount, currency: invoice.currency } });
  const extensions = { invoice: invoice.number, currency: invoice.currency, invoiceTotal: invoice.total, credited, remaining: Math.max(remaining, 0) };
  const full = message(MESSAGES, 'orders.invoice-fully-credited', { invoice: invoice.number, total: money(invoice.total) });
  if (requested === undefined) {
    if (remaining <= 0) throw new InvoiceFullyCredited(full, { extensions });
    return remaining;
  }
  if (requested > remaining) {
    throw new CreditExceedsInvoice(
      remaining <= 0
        ? full
        : message(MESSAGES, 'orders.credit-exceeds-invoice', {
            invoice: invoice.number,
            remaining: money(remaining),
            credited: money(credited),
            total: money(invoice.total),
            excess: money(requested - remaining),
          }),
      { extensions },
    );
  }
  return requested;
}

/**
 * The net income a credit of `amount` takes back: the amount itself, or, when the seller's prices
 * exclude the tax (so the invoice's total is the sale plus tax), its share of the sale, rounded half up.
 */
function incomeCredited(invoice: DocumentItem, amount: number): number {
  const taxes = invoice.taxes;
  if (!taxes || taxes.pricesIncludeTax || taxes.total === 0) return amount;
  return toSafeMinor(mulDiv(amount, taxes.taxed + taxes.exonerated + taxes.unaffected, taxes.total, 'half-up'));
}

/** The credited amount in a cancellation reason's item (low-level format, `{ amount: { N: "1200" } }`). */
function creditedIn(item: Record<string, unknown> | undefined): number | undefined {
  const amount = (item as { amount?: { N?: string } } | undefined)?.amount?.N;
  return amount === undefined ? (item ? 0 : undefined) : Number(amount);
}

/**
 * A correction of an issued invoice: a credit note in its own gapless series (NC01), for part of the
 * invoice or, by default, all that remains uncredited; never more (422 on every path: checked from a
 * consistent read, and enforced by the condition on the invoice's credited amount). The invoice itself
 * is never edited. The note enters the sales ledger in the same transaction: its month's net income
 * goes down by its amount.
 */
export async function issueCreditNote(
  deps: OrdersDeps,
  associationId: string,
  invoiceNumber: string,
  input: { reason: string; amount?: number | undefined },
  actor: Actor,
): Promise<DocumentItem> {
  const repos = repositories(deps);
  const invoice = await getDocument(deps, associationId, invoiceNumber, actor);
  if (invoice.kind !== 'invoice') throw new UnprocessableRequest(message(MESSAGES, 'orders.only-invoice-credited'));
  return withNextNumber(deps, associationId, CREDIT_NOTE_SERIES, {
    read: () =>
      Promise.all([repos.documents.creditedAmount(associationId, invoice.number), repos.receivables.get(invoice.buyerId, associationId, invoice.number)]),
    commit: async (sequence, [credited, open], limits) => {
      const amount = creditAmount(invoice, credited, input.amount);
      const at = nowIso(deps);
      // A credit note states the amount it credits (tax included); its own tax split is a later step.
      const { taxes: _taxes, ...corrected } = invoice;
      const note: DocumentItem = {
        ...corrected,
        kind: 'credit_note',
        number: documentNumber(CREDIT_NOTE_SERIES, sequence),
        series: CREDIT_NOTE_SERIES,
        sequence,
        lines: [{ description: `Corrección de la factura ${invoice.number}: ${input.reason}`, amount }],
        total: amount,
        issuedAt: at,
        issueDate: at.slice(0, 10),
        dueDate: at.slice(0, 10),
        corrects: invoice.number,
        reason: input.reason,
        issuedBy: actor.sub,
      };
      const ledger: SaleCreditItem = {
        entity: 'SaleCredit',
        associationId,
        buyerId: invoice.buyerId,
        orderId: invoice.orderId,
        invoiceNumber: invoice.number,
        creditNoteNumber: note.number,
        amount: incomeCredited(invoice, amount),
        currency: invoice.currency,
        date: note.issueDate,
        month: note.issueDate.slice(0, 7),
      };
      // What the buyer owes goes down by the note (an invoice already paid owes nothing: a refund or a credit balance is the payments' step).
      const owed = open ? [repos.receivables.reduceAction(open, amount, 'credited')] : [];
      const ledgerActions = repos.sales.creditActions(ledger);
      const owedAt = 3 + ledgerActions.length;
      try {
        // Actions: 0 counter, 1 note, 2 the invoice's credited amount, then the ledger, then the open invoice.
        await repos.documents.issue(
          note,
          [repos.documents.creditAction(associationId, invoice.number, amount, invoice.total), ...ledgerActions, ...owed],
          limits,
        );
        return note;
      } catch (error) {
        // The open invoice changed since it was read (another note, its payment): again from fresh reads.
        if (error instanceof TransactionCancelled && owed.length > 0 && error.failedConditions().includes(owedAt)) {
          throw new SeriesMoved({ cause: error });
        }
        if (error instanceof TransactionCancelled && error.failedConditions().includes(2)) {
          // Another credit note on this invoice committed first: if this one no longer fits, say so now;
          // otherwise number and check it again from fresh reads.
          const now = creditedIn(error.reasons[2]?.item);
          if (now !== undefined) creditAmount(invoice, now, input.amount);
          throw new SeriesMoved({ cause: error });
        }
        throw error;
      }
    },
  });
}

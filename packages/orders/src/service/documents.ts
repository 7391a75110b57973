import { hasRole } from '@ayni/auth';
import type { OrganisationItem } from '@ayni/catalog';
import { Conflict, NotFound, UnprocessableRequest } from '@ayni/core';
import { TransactionCancelled, type Page } from '@ayni/store';
import type { DocumentItem, OrderItem, PartySnapshot, PaymentTerms } from '../model.js';
import { SeriesMoved } from '../repository/documents.js';
import { addDays, nowIso, repositories, type Actor, type OrdersDeps } from './context.js';

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
  return { id, name: org.name, ...(org.taxId ? { taxId: org.taxId } : {}), region: org.region };
}

/** The invoice of a delivered order, numbered next in the association's series (read consistently). */
export async function buildInvoice(deps: OrdersDeps, order: OrderItem, actor: Actor, at: string): Promise<DocumentItem> {
  const repos = repositories(deps);
  const [seller, buyer, last] = await Promise.all([
    repos.orders.getOrganisation(order.associationId),
    repos.orders.getOrganisation(order.buyerId),
    repos.documents.lastSequence(order.associationId, INVOICE_SERIES),
  ]);
  const sequence = last + 1;
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
    lines: order.lines
      .filter((l) => (l.accepted ?? l.quantity) > 0)
      .map((l) => ({ description: `${l.name} (${l.sku})`, productId: l.productId, quantity: l.accepted ?? l.quantity, unit: l.unit, unitPrice: l.unitPrice, amount: l.lineTotal })),
    total: order.total,
    issuedAt: at,
    issueDate,
    dueDate: addDays(issueDate, TERM_DAYS[order.paymentTerms]),
    paymentTerms: order.paymentTerms,
    issuedBy: actor.sub,
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
  if (!allowed) throw new NotFound(`No document ${number}.`);
  return document!;
}

export function listDocuments(deps: OrdersDeps, associationId: string, limit: number, cursor?: string): Promise<Page<DocumentItem>> {
  return repositories(deps).documents.list(associationId, limit, cursor);
}

/**
 * A correction of an issued invoice: a credit note in its own gapless series (NC01), for the whole
 * invoice or part of it, never more than what is left uncredited. The invoice itself is never edited.
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
  if (invoice.kind !== 'invoice') throw new UnprocessableRequest('Only an invoice can be corrected by a credit note.');
  const amount = input.amount ?? invoice.total;
  if (amount > invoice.total) throw new UnprocessableRequest('A credit note cannot exceed the invoice it corrects.');
  for (let attempt = 1; ; attempt++) {
    const at = nowIso(deps);
    const sequence = (await repos.documents.lastSequence(associationId, CREDIT_NOTE_SERIES)) + 1;
    const note: DocumentItem = {
      ...invoice,
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
    try {
      await repos.documents.issue(note, [repos.documents.creditAction(associationId, invoice.number, amount, invoice.total)]);
      return note;
    } catch (error) {
      if (error instanceof SeriesMoved && attempt < 5) continue;
      if (error instanceof TransactionCancelled && error.failedConditions().includes(2)) {
        throw new Conflict('Credit notes would exceed the invoice total.', { cause: error });
      }
      throw error;
    }
  }
}

import { formatMoney, formatQuantity } from '@ayni/core';
import type { DocumentItem } from './model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A printable page of an invoice or credit note (no scripts, no external assets). */
export function renderDocumentHtml(document: DocumentItem): string {
  const title = document.kind === 'invoice' ? 'Factura' : 'Nota de crédito';
  const rows = document.lines
    .map(
      (line) =>
        `<tr><td>${escapeHtml(line.description)}</td><td class="n">${line.quantity !== undefined ? `${formatQuantity(line.quantity)} ${escapeHtml(line.unit ?? '')}` : ''}</td>` +
        `<td class="n">${line.unitPrice !== undefined ? escapeHtml(formatMoney(line.unitPrice, document.currency)) : ''}</td><td class="n">${escapeHtml(formatMoney(line.amount, document.currency))}</td></tr>`,
    )
    .join('\n');
  const party = (label: string, p: DocumentItem['seller']) =>
    `<div><h2>${label}</h2><p>${escapeHtml(p.name)}${p.taxId ? `<br>RUC/NIT ${escapeHtml(p.taxId)}` : ''}${p.region ? `<br>${escapeHtml(p.region)}` : ''}</p></div>`;
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>${title} ${escapeHtml(document.number)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;color:#222}table{width:100%;border-collapse:collapse}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left}.n{text-align:right}.parties{display:flex;gap:4rem}@media print{body{margin:0}}</style>
</head><body>
<h1>${title} ${escapeHtml(document.number)}</h1>
<p>Emitida el ${escapeHtml(document.issueDate)} · Vence el ${escapeHtml(document.dueDate)} · Condiciones: ${escapeHtml(document.paymentTerms)} · Pedido ${escapeHtml(document.orderId)}</p>
${document.corrects ? `<p>Corrige la factura ${escapeHtml(document.corrects)}. Motivo: ${escapeHtml(document.reason ?? '')}</p>` : ''}
<div class="parties">${party('Vendedor', document.seller)}${party('Cliente', document.buyer)}</div>
<table><thead><tr><th>Descripción</th><th class="n">Cantidad</th><th class="n">Precio unitario</th><th class="n">Importe</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th colspan="3" class="n">Total</th><th class="n">${escapeHtml(formatMoney(document.total, document.currency))}</th></tr></tfoot></table>
</body></html>
`;
}

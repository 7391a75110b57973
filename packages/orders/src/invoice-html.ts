import {
  countryOfCurrency,
  defineMessages,
  formatQuantity,
  localDate,
  localMoney,
  localQuantity,
  localTerms,
  renderText,
  typedTaxId,
  type Locale,
} from '@ayni/core';
import type { DocumentItem } from './model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The words of the printed document (Quechua: docs/glossary-qu.md; still to be reviewed by a native speaker). */
export const PRINT_TEXTS = defineMessages({
  invoice: { es: 'Factura', qu: 'Factura', en: 'Invoice' },
  creditNote: { es: 'Nota de crédito', qu: 'Nota de crédito', en: 'Credit note' },
  issued: { es: 'Emitida el {date}', qu: '{date} p’unchawpi qusqa', en: 'Issued on {date}' },
  due: { es: 'Vence el {date}', qu: '{date} p’unchawkama payllana', en: 'Due on {date}' },
  terms: { es: 'Condiciones: {terms}', qu: 'Payllanapaq: {terms}', en: 'Terms: {terms}' },
  order: { es: 'Pedido {order}', qu: 'Mañakusqa {order}', en: 'Order {order}' },
  corrects: {
    es: 'Corrige la factura {invoice}. Motivo: {reason}',
    qu: '{invoice} facturata allichan. Imarayku: {reason}',
    en: 'Corrects invoice {invoice}. Reason: {reason}',
  },
  seller: { es: 'Vendedor', qu: 'Vendeq', en: 'Seller' },
  buyer: { es: 'Cliente', qu: 'Rantiq', en: 'Customer' },
  taxId: { es: '{scheme} {taxId}', qu: '{scheme} {taxId}', en: 'Tax id ({scheme}) {taxId}' },
  taxed: { es: 'Op. gravadas', qu: 'Impuestoyuq rantikuykuna', en: 'Taxable sales' },
  exonerated: { es: 'Op. exoneradas', qu: 'Impuestomanta kacharisqa rantikuykuna', en: 'Exonerated sales' },
  unaffected: { es: 'Op. inafectas', qu: 'Mana impuestoyuq rantikuykuna', en: 'Unaffected sales' },
  tax: { es: '{name} {rate}', qu: '{name} {rate}', en: '{name} {rate}' },
  taxIncluded: {
    es: 'Los precios incluyen el {name}. Cada línea se redondea al céntimo (mitad hacia arriba); los totales son su suma.',
    qu: 'Chaninkunapiqa {name} kachkanñam. Sapanka siqim céntimoman muyuchisqa (kuskanmanta hanayman); llapanqa paykunapa yapasqanmi.',
    en: 'Prices include {name}. Each line is rounded to the cent (half up); the totals are their sums.',
  },
  taxAdded: {
    es: 'Los precios no incluyen el {name}: se añade. Cada línea se redondea al céntimo (mitad hacia arriba); los totales son su suma.',
    qu: 'Chaninkunapiqa {name} manaraqmi kachkanchu: yapakun. Sapanka siqim céntimoman muyuchisqa (kuskanmanta hanayman); llapanqa paykunapa yapasqanmi.',
    en: 'Prices exclude {name}: it is added. Each line is rounded to the cent (half up); the totals are their sums.',
  },
  exemption: { es: '{description}: {reason}', qu: '{description}: {reason}', en: '{description}: {reason}' },
  description: { es: 'Descripción', qu: 'Imataq', en: 'Description' },
  quantity: { es: 'Cantidad', qu: 'Hayk’a', en: 'Quantity' },
  unitPrice: { es: 'Precio unitario', qu: 'Sapanka chanin', en: 'Unit price' },
  amount: { es: 'Importe', qu: 'Qullqi', en: 'Amount' },
  total: { es: 'Total', qu: 'Llapan', en: 'Total' },
});

/**
 * A printable page of an invoice or credit note (no scripts, no external assets), in the reader's
 * language: money written the way the currency's country does (`S/ 1,234.50`, `Bs 1.234,50`), dates
 * in words, terms in words and quantities with their unit's name.
 */
export function renderDocumentHtml(document: DocumentItem, reader: Pick<Locale, 'lang'> = { lang: 'es' }): string {
  const locale: Locale = { lang: reader.lang, country: countryOfCurrency(document.currency) };
  const say = (key: keyof typeof PRINT_TEXTS, params: Record<string, string> = {}) => escapeHtml(renderText(PRINT_TEXTS[key], params, locale));
  const money = (amount: number) => escapeHtml(localMoney(amount, document.currency, locale));
  const title = say(document.kind === 'invoice' ? 'invoice' : 'creditNote');
  const rows = document.lines
    .map(
      (line) =>
        `<tr><td>${escapeHtml(line.description)}</td><td class="n">${line.quantity !== undefined ? escapeHtml(localQuantity(formatQuantity(line.quantity), line.unit ?? '', locale)) : ''}</td>` +
        `<td class="n">${line.unitPrice !== undefined ? money(line.unitPrice) : ''}</td><td class="n">${money(line.amount)}</td></tr>`,
    )
    .join('\n');
  const party = (label: string, p: DocumentItem['seller']) => {
    const taxId = typedTaxId(p.taxId, p.country ?? 'PE');
    return `<div><h2>${label}</h2><p>${escapeHtml(p.name)}${taxId ? `<br>${say('taxId', { scheme: taxId.scheme, taxId: taxId.number })}` : ''}${p.region ? `<br>${escapeHtml(p.region)}` : ''}</p></div>`;
  };
  const taxes = document.taxes;
  const percent = (bps: number) => `${bps / 100}%`;
  const footRow = (label: string, amount: number) => `<tr><th colspan="3" class="n">${label}</th><td class="n">${money(amount)}</td></tr>`;
  const taxRows = taxes
    ? [
        footRow(say('taxed'), taxes.taxed),
        ...(taxes.exonerated ? [footRow(say('exonerated'), taxes.exonerated)] : []),
        ...(taxes.unaffected ? [footRow(say('unaffected'), taxes.unaffected)] : []),
        footRow(say('tax', { name: taxes.name, rate: percent(taxes.rateBps) }), taxes.tax),
      ].join('')
    : '';
  const taxNotes = taxes
    ? [
        say(taxes.pricesIncludeTax ? 'taxIncluded' : 'taxAdded', { name: taxes.name }),
        ...document.lines.filter((line) => line.tax?.reason).map((line) => say('exemption', { description: line.description, reason: line.tax!.reason! })),
      ]
        .map((note) => `<p class="note">${note}</p>`)
        .join('\n')
    : '';
  const facts = [
    say('issued', { date: localDate(document.issueDate, locale) }),
    say('due', { date: localDate(document.dueDate, locale) }),
    say('terms', { terms: localTerms(document.paymentTerms, locale) }),
    say('order', { order: document.orderId }),
  ];
  return `<!doctype html>
<html lang="${locale.lang}"><head><meta charset="utf-8"><title>${title} ${escapeHtml(document.number)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;color:#222}table{width:100%;border-collapse:collapse}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left}.n{text-align:right}.parties{display:flex;gap:4rem}.note{font-size:.9rem;color:#555}@media print{body{margin:0}}</style>
</head><body>
<h1>${title} ${escapeHtml(document.number)}</h1>
<p>${facts.join(' · ')}</p>
${document.corrects ? `<p>${say('corrects', { invoice: document.corrects, reason: document.reason ?? '' })}</p>` : ''}
<div class="parties">${party(say('seller'), document.seller)}${party(say('buyer'), document.buyer)}</div>
<table><thead><tr><th>${say('description')}</th><th class="n">${say('quantity')}</th><th class="n">${say('unitPrice')}</th><th class="n">${say('amount')}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot>${taxRows}<tr><th colspan="3" class="n">${say('total')}</th><th class="n">${money(document.total)}</th></tr></tfoot></table>
${taxNotes}
</body></html>
`;
}

import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { STRINGS, type PageLanguage } from './i18n.js';

export interface LabelInput {
  readonly productName: string;
  readonly associationName: string;
  /** The lot as people know it: its code, else its id. */
  readonly lotCode: string;
  readonly productionDate?: string | undefined;
  /** What the QR code encodes: the lot's GS1 Digital Link, or its page without a GTIN. */
  readonly pageUrl: string;
  /** GTIN (14 digits) and batch/lot number of the Digital Link: printed as GS1 human-readable text. */
  readonly gs1?: { readonly gtin: string; readonly lot: string } | undefined;
  /** SVG markup made by the QR encoder (trusted: it is not user text). */
  readonly qrSvg: string;
  readonly copies: number;
  readonly lang: PageLanguage;
}

/** Labels on one A4 sheet: 3 columns of 8 (70 × 37 mm, the common "24 labels" stock). */
export const LABELS_PER_SHEET = 24;

/**
 * The sheet is exactly one A4 page: no page margin, the grid sized in millimetres a little short of
 * 297 mm (Chromium rounds to device pixels), and every box clips what does not fit, so a long
 * product or association name can never push a label onto a second page.
 */
const STYLE = `@page{size:A4;margin:0}
*{box-sizing:border-box}html,body{margin:0;padding:0}
body{font:8pt/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#000;background:#fff}
.sheet{width:210mm;height:296mm;padding:4mm 0;display:grid;grid-template-columns:repeat(3,70mm);grid-template-rows:repeat(8,36mm);overflow:hidden;break-after:page}
.sheet:last-child{break-after:auto}
.label{width:70mm;height:36mm;padding:2mm 3mm;overflow:hidden;display:flex;flex-direction:column;justify-content:center;border:0.2mm dashed #bbb}
.top{display:flex;gap:2.5mm;align-items:center;min-height:0}
.top svg{width:23mm;height:23mm;flex:none}
.text{min-width:0;overflow:hidden}
.name{font-weight:700;font-size:8.5pt}
.name,.org{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden;overflow-wrap:anywhere}
.meta{color:#333;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.hri{margin-top:1mm;font:7pt/1.2 ui-monospace,"DejaVu Sans Mono",Menlo,monospace;overflow:hidden}.hri span{white-space:nowrap}
.url{margin-top:1mm;font-size:6pt;line-height:1.15;word-break:break-all;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}`;

function label(input: LabelInput) {
  const t = STRINGS[input.lang];
  // Under the QR: the GS1 human-readable interpretation of the Digital Link's element strings
  // (`(01) 07751234000016 (10) QA-118`), else the page's address.
  // Each element string stays on one line; a long batch/lot number moves to a second line whole.
  const under = input.gs1
    ? html`<div class="hri"><span>(01) ${input.gs1.gtin}</span> <span>(10) ${input.gs1.lot}</span></div>`
    : html`<div class="url">${input.pageUrl}</div>`;
  return html`<div class="label" data-link="${input.pageUrl}">
<div class="top">${raw(input.qrSvg)}<div class="text"><div class="name">${input.productName}</div><div class="org">${input.associationName}</div>
<div class="meta">${t.lot} ${input.lotCode}</div>${input.productionDate ? html`<div class="meta">${t.produced} ${input.productionDate}</div>` : ''}</div></div>
${under}
</div>`;
}

/**
 * A printable sheet of identical labels (QR code, GS1 human-readable text, product, association,
 * lot), 24 to an A4 page; more copies continue on further pages. Rendered with hono's auto-escaping
 * `html` template: every text interpolated is escaped, only the QR encoder's SVG is inserted raw.
 */
export function renderLabelSheet(input: LabelInput): HtmlEscapedString | Promise<HtmlEscapedString> {
  const one = label(input);
  const sheets = Array.from({ length: Math.ceil(input.copies / LABELS_PER_SHEET) }, (_, sheet) => {
    const count = Math.min(LABELS_PER_SHEET, input.copies - sheet * LABELS_PER_SHEET);
    return html`<div class="sheet">${Array.from({ length: count }, () => one)}</div>`;
  });
  return html`<!doctype html>
<html lang="${input.lang}"><head><meta charset="utf-8"><title>${input.productName} · ${STRINGS[input.lang].lot} ${input.lotCode}</title>
<style>${raw(STYLE)}</style>
</head><body>${sheets}</body></html>`;
}

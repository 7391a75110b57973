import { escapeHtml } from './page.js';

export interface LabelInput {
  readonly productName: string;
  readonly associationName: string;
  readonly lotCode: string;
  readonly productionDate?: string | undefined;
  readonly pageUrl: string;
  readonly qrSvg: string;
  readonly copies: number;
}

/** A printable A4 sheet of identical labels (QR + product + lot), to cut and stick on packages. */
export function renderLabelSheet(input: LabelInput): string {
  const label = `<div class="label">${input.qrSvg}<div><strong>${escapeHtml(input.productName)}</strong><br>${escapeHtml(input.associationName)}<br>Lote ${escapeHtml(input.lotCode)}${input.productionDate ? `<br>${escapeHtml(input.productionDate)}` : ''}<br><small>${escapeHtml(input.pageUrl)}</small></div></div>`;
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Etiquetas · Lote ${escapeHtml(input.lotCode)}</title>
<style>@page{size:A4;margin:10mm}body{font:11px system-ui,sans-serif;margin:0}.sheet{display:grid;grid-template-columns:repeat(3,1fr);gap:4mm}
.label{border:1px dashed #999;padding:3mm;display:flex;gap:3mm;align-items:center;break-inside:avoid}.label svg{width:28mm;height:28mm;flex:none}small{word-break:break-all}</style>
</head><body><div class="sheet">${Array.from({ length: input.copies }, () => label).join('')}</div></body></html>`;
}

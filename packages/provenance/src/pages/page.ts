import { PAGE_SCRIPT } from './browser-verify.js';
import { chainName } from '../service/chains.js';
import { STRINGS, type PageLanguage } from './i18n.js';
import type { ProofBundle } from '../schemas.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

type Localized = { es?: string; en?: string; qu?: string } | undefined;
function pick(text: Localized, lang: PageLanguage): string {
  return (text?.[lang] ?? text?.es ?? '') as string;
}

function formatDate(iso: string, lang: PageLanguage): string {
  const locale = lang === 'en' ? 'en-GB' : 'es-PE';
  // A plain date (production date) is a calendar day; a date-time is shown as a day in Peru.
  const timeZone = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : 'America/Lima';
  return new Date(iso).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
}

const STYLE = `*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#2b2118;background:#faf6f0}
main{max-width:640px;margin:0 auto;padding:16px}header{background:#7a2e1d;color:#fff;padding:20px 16px}header h1{margin:0;font-size:1.4rem}header p{margin:4px 0 0;opacity:.9}
.card{background:#fff;border-radius:12px;padding:16px;margin:12px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}.card h2{margin:0 0 8px;font-size:1.1rem}
.verdict{border-left:6px solid #b08a2e}.verdict.ok{border-color:#2e7d32}.verdict.bad{border-color:#c62828}.verdict .verdict-text{font-weight:600}
ol.timeline{list-style:none;padding:0;margin:0}ol.timeline li{border-left:3px solid #d9c7b0;padding:0 0 14px 14px;position:relative}
ol.timeline li:before{content:"";position:absolute;left:-8px;top:4px;width:13px;height:13px;border-radius:50%;background:#7a2e1d}
.when{color:#6b5a4a;font-size:.9rem}.check{font-size:.85rem;color:#6b5a4a}.check.ok{color:#2e7d32}.check.bad{color:#c62828;font-weight:600}
a{color:#7a2e1d}nav{font-size:.9rem;text-align:right}small,code{word-break:break-all}`;

function communityLine(bundle: ProofBundle, lotCommunities: string[], familyCount: number | undefined, t: (typeof STRINGS)[PageLanguage]): string {
  const fromEvents = bundle.events.map((e) => (e.record.where as { community?: string }).community).filter((c): c is string => !!c);
  const communities = [...new Set([...lotCommunities, ...fromEvents])];
  const parts = [
    ...(communities.length ? [`${escapeHtml(t.community)}: ${escapeHtml(communities.join(', '))}`] : []),
    ...(familyCount ? [`${familyCount} ${escapeHtml(t.families)}`] : []),
  ];
  return parts.length ? `<p>${parts.join(' · ')}</p>` : '';
}

function eventLine(event: ProofBundle['events'][number], index: number, lang: PageLanguage): string {
  const t = STRINGS[lang];
  const r = event.record as Record<string, unknown> & { what?: Record<string, unknown>; where?: Record<string, unknown>; why?: Record<string, unknown> };
  const parts: string[] = [];
  if (r.what?.quantity) parts.push(`${escapeHtml(r.what.quantity)} ${escapeHtml(r.what.unit)}`);
  if (r.what?.description) parts.push(escapeHtml(r.what.description));
  const quality = r.quality as Record<string, unknown> | undefined;
  if (quality) parts.push(`${escapeHtml(quality.check)}: ${escapeHtml(quality.result)}`);
  const cert = r.certification as Record<string, unknown> | undefined;
  if (cert) parts.push(`${escapeHtml(cert.name)} (${escapeHtml(cert.issuer)})`);
  const shipment = r.shipment as Record<string, unknown> | undefined;
  if (shipment) parts.push(`→ ${escapeHtml(shipment.buyerName)}`);
  if (r.why?.note) parts.push(escapeHtml(r.why.note));
  const place = [r.where?.place, r.where?.community].filter(Boolean).map(escapeHtml).join(', ');
  return `<li data-event="${index}"><div class="when">${escapeHtml(formatDate(String(r.eventTime), lang))} · ${place}</div>
<strong>${escapeHtml(t.types[String(r.type)] ?? r.type)}</strong>${r.corrects ? ` <em>(${escapeHtml(t.corrects)})</em>` : ''}
<div>${parts.join(' · ')}</div>
<span class="check" data-ok="${escapeHtml(t.checkOk)}" data-bad="${escapeHtml(t.checkBad)}" data-pending="${escapeHtml(t.checkPending)}">${escapeHtml(t.checkPending)}</span></li>`;
}

/**
 * The public provenance page: mobile-first, self-contained (inline CSS and script, no CDN, no
 * external request), verifying the embedded bundle in the browser.
 */
export function renderProvenancePage(bundle: ProofBundle, lang: PageLanguage, options: { bundleUrl: string; qrUrl: string }): string {
  const t = STRINGS[lang];
  const product = bundle.product as { name?: Localized; description?: Localized };
  const org = bundle.association as {
    name?: string;
    region?: string;
    province?: string;
    district?: string;
    familyCount?: number;
    story?: { mission?: Localized; history?: Localized; producers?: Localized };
  };
  const lot = bundle.lot as { code?: string; id?: string; productionDate?: string; communities?: string[]; quantity?: string; unit?: string };
  const anchor = bundle.events.find((e) => e.anchor)?.anchor;
  const chain = anchor ? chainName(anchor.chainId) : '';
  const story = pick(org.story?.mission, lang) || pick(org.story?.history, lang);
  const producers = pick(org.story?.producers, lang);
  const languages = (['es', 'en', 'qu'] as const)
    .map((l) => (l === lang ? `<strong>${l.toUpperCase()}</strong>` : `<a href="?lang=${l}" hreflang="${l}">${l.toUpperCase()}</a>`))
    .join(' · ');
  const anchorLine = anchor
    ? `<p class="chain">${escapeHtml(t.verifiedOn(chain))} · bloque ${anchor.blockNumber}${anchor.explorerUrl ? ` · <a href="${escapeHtml(anchor.explorerUrl)}" rel="noopener">${escapeHtml(t.transaction)}</a>` : ''}</p>
<p><small>tx <code>${escapeHtml(anchor.txHash)}</code></small></p>`
    : '';
  // The bundle embedded for the script: only what verification needs plus the display record.
  const embedded = {
    events: bundle.events.map((e) => ({ canonical: e.canonical, salt: e.salt, proof: e.proof, anchor: e.anchor ? { root: e.anchor.root } : null })),
  };
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(pick(product.name, lang))} · ${escapeHtml(org.name)}</title>
<style>${STYLE}</style>
</head>
<body data-verified="pending">
<header><h1>${escapeHtml(pick(product.name, lang))}</h1><p>${escapeHtml(org.name)} · ${escapeHtml([org.district, org.province, org.region].filter(Boolean).join(', '))}</p></header>
<main>
<nav aria-label="${escapeHtml(t.language)}">${languages}</nav>
<section id="verdict" class="card verdict pending" data-state="pending" data-ok="${escapeHtml(t.verdictOk)}" data-bad="${escapeHtml(t.verdictBad)}" data-pending="${escapeHtml(t.verdictPending)}">
<h2>${escapeHtml(anchor ? t.verifiedOn(chain) : t.verdictPending)}</h2>
<p class="verdict-text">${escapeHtml(t.verifying)}</p>
${anchorLine}
</section>
<section class="card"><h2>${escapeHtml(t.product)}</h2><p>${escapeHtml(pick(product.description, lang))}</p>
<p>${escapeHtml(t.lot)} <strong>${escapeHtml(lot.code ?? lot.id)}</strong>${lot.productionDate ? ` · ${escapeHtml(t.produced)} ${escapeHtml(formatDate(lot.productionDate, lang))}` : ''}</p></section>
<section class="card"><h2>${escapeHtml(t.association)}: ${escapeHtml(org.name)}</h2>
${story ? `<p>${escapeHtml(story)}</p>` : ''}${producers ? `<p>${escapeHtml(producers)}</p>` : ''}
${communityLine(bundle, lot.communities ?? [], org.familyCount, t)}</section>
<section class="card"><h2>${escapeHtml(t.timeline)}</h2>
${bundle.events.length ? `<ol class="timeline">${bundle.events.map((e, i) => eventLine(e, i, lang)).join('\n')}</ol>` : `<p>${escapeHtml(t.noEvents)}</p>`}</section>
<section class="card"><p><small>${escapeHtml(t.howTo)}</small></p><p><small><a href="${escapeHtml(options.bundleUrl)}">${escapeHtml(options.bundleUrl)}</a></small></p>
<p><img src="${escapeHtml(options.qrUrl)}" alt="QR" width="120" height="120"></p></section>
</main>
<script type="application/json" id="bundle">${scriptJson(embedded)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>`;
}

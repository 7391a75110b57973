import { html, raw } from 'hono/html';
import type { BundleEvent, MASTER_DATA_FIELDS, ProofBundle } from '../schemas.js';
import { chainName } from '../service/chains.js';
import type { PageFacts } from './browser-main.js';
import type { PageData, PageEvent } from './browser-verify.js';
import { originsOf, pageContentSecurityPolicy, safeHttpUrl } from './csp.js';
import { STRINGS, type EventStatus, type FactState, type PageLanguage, type PageVerdict } from './i18n.js';
import { PAGE_SCRIPT } from './page-script.generated.js';

type Html = ReturnType<typeof html>;
type Localized = { es?: string; en?: string; qu?: string } | undefined;

/**
 * The bundle as this page reads it: the fields of format 2 (`verdict`, `subject`, `chain`,
 * `completeness`, `trust`) are used when present and derived from format 1 otherwise.
 */
interface BundleAsRead {
  readonly verdict?: PageVerdict;
  readonly verified?: boolean;
  readonly subject?: { lotId: string; orgId: string };
  readonly chain?: { length: number; head: string | null; sealed?: boolean };
  readonly completeness?: { upTo: number; of: number; anchoredAt?: string; sealed: boolean };
  readonly trust?: { chainId: number; chainName?: string; contract: string; registryUrl?: string };
  readonly masterData?: { asOfEvent: number | null; anchoredAt?: string; verified: FactField[]; changed: FactField[]; unverified: FactField[] };
  readonly lot: Record<string, unknown>;
  readonly product: Record<string, unknown>;
  readonly association: Record<string, unknown>;
  readonly events: readonly BundleEvent[];
}

type FactField = (typeof MASTER_DATA_FIELDS)[number];

/**
 * Whether each fact the page shows is as anchored (`masterData` of format 2): verified, changed
 * since, or not anchored yet. Undefined for bundles of format 1, which commit no facts.
 */
export function factStatesOf(bundle: ProofBundle): ((field: FactField) => FactState) | undefined {
  const facts = (bundle as unknown as BundleAsRead).masterData;
  if (!facts) return undefined;
  return (field) => (facts.changed.includes(field) ? 'changed' : facts.verified.includes(field) ? 'verified' : 'unverified');
}

/** Class of a fact's mark (never the word "verified": a page with a changed record must not say it). */
const FACT_CLASS: Record<FactState, string> = { verified: 'ok', changed: 'bad', unverified: 'no' };

/** The server's verdict; a record that no longer matches is a mismatch whatever else is said. */
export function verdictOf(bundle: ProofBundle): PageVerdict {
  const read = bundle as unknown as BundleAsRead;
  if (read.events.some((e) => !e.matches)) return 'mismatch';
  return read.verdict ?? (read.verified ? 'verified' : 'pending');
}

/** The chain the lot is anchored on, and the contract the page pins: `trust` when given, else the anchors' own. */
export function trustOf(bundle: ProofBundle): { chainId: number; chainName: string; contract: string; registryUrl?: string } | undefined {
  const read = bundle as unknown as BundleAsRead;
  if (read.trust) return { chainName: read.trust.chainName ?? chainName(read.trust.chainId), ...read.trust };
  const anchor = read.events.find((e) => e.anchor)?.anchor;
  return anchor ? { chainId: anchor.chainId, chainName: anchor.chainName, contract: anchor.contract } : undefined;
}

function pick(text: Localized, lang: PageLanguage): string {
  return (text?.[lang] ?? text?.es ?? '') as string;
}

function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function formatDate(iso: string, lang: PageLanguage): string {
  const locale = lang === 'en' ? 'en-GB' : 'es-PE';
  // A plain date (production date) is a calendar day; a date-time is shown as a day in Peru.
  const timeZone = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : 'America/Lima';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
}

/** JSON inside a <script type="application/json"> element: no `<` can close it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export const PAGE_STYLE = `*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#2b2118;background:#faf6f0}
main{max-width:640px;margin:0 auto;padding:16px}header{background:#7a2e1d;color:#fff;padding:20px 16px}header h1{margin:0;font-size:1.4rem}header p{margin:4px 0 0;opacity:.9}
.card{background:#fff;border-radius:12px;padding:16px;margin:12px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}.card h2{margin:0 0 8px;font-size:1.1rem}.card h3{font-size:1rem;margin:12px 0 4px}
.verdict{border-left:6px solid #b08a2e}.verdict.ok{border-color:#2e7d32}.verdict.bad{border-color:#c62828;background:#fdecea}.verdict.bad h2{color:#b71c1c}
.who{font-weight:600;margin:4px 0}.note{font-size:.9rem;color:#6b5a4a;margin:4px 0}
ol.timeline{list-style:none;padding:0;margin:0}ol.timeline li{border-left:3px solid #d9c7b0;padding:0 0 14px 14px;position:relative}
ol.timeline li:before{content:"";position:absolute;left:-8px;top:4px;width:13px;height:13px;border-radius:50%;background:#7a2e1d}
.fact{font-size:.8rem;font-weight:400;white-space:nowrap}.fact.ok{color:#2e7d32}.fact.bad{color:#c62828;font-weight:600}.fact.no{color:#6b5a4a}
.when,.status{color:#6b5a4a;font-size:.9rem}.check{font-size:.85rem}.check.ok{color:#2e7d32}.check.bad{color:#c62828;font-weight:600}
.gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:8px}.gallery img{width:100%;height:auto;border-radius:8px;background:#eee}
details summary{cursor:pointer;font-weight:600}dl{margin:8px 0}dt{font-weight:600;margin-top:6px}dd{margin:0}ul.anchors{padding-left:18px}
a{color:#7a2e1d}nav{font-size:.9rem;text-align:right}small,code{word-break:break-all}`;

function pageEvent(event: BundleEvent): PageEvent {
  const anchor = event.anchor;
  return {
    record: event.record as Record<string, unknown>,
    canonical: event.canonical,
    salt: event.salt,
    recordHash: event.recordHash,
    proof: event.proof,
    anchor: anchor
      ? {
          chainId: anchor.chainId,
          contract: anchor.contract,
          root: anchor.root,
          batchId: anchor.batchId,
          txHash: anchor.txHash,
          blockNumber: anchor.blockNumber,
        }
      : null,
  };
}

function eventItem(event: BundleEvent, index: number, lang: PageLanguage): Html {
  const t = STRINGS[lang];
  const r = event.record as Record<string, unknown> & {
    what?: Record<string, unknown>;
    where?: Record<string, unknown>;
    why?: Record<string, unknown>;
  };
  const parts: string[] = [];
  if (r.what?.quantity) parts.push(`${textOf(r.what.quantity)} ${textOf(r.what.unit)}`.trim());
  if (r.what?.description) parts.push(textOf(r.what.description));
  const quality = r.quality as Record<string, unknown> | undefined;
  if (quality) parts.push(`${textOf(quality.check)}: ${textOf(quality.result)}`);
  const cert = r.certification as Record<string, unknown> | undefined;
  if (cert) parts.push(`${textOf(cert.name)} (${textOf(cert.issuer)})`);
  const shipment = r.shipment as Record<string, unknown> | undefined;
  if (shipment) parts.push(`→ ${textOf(shipment.buyerName)}`);
  if (r.why?.note) parts.push(textOf(r.why.note));
  const place = [textOf(r.where?.place), textOf(r.where?.community)].filter(Boolean).join(', ');
  const status: EventStatus = event.status;
  return html`<li data-event="${index}" data-status="${status}"><div class="when">${formatDate(textOf(r.eventTime), lang)}${place ? ` · ${place}` : ''}</div>
<strong>${t.types[textOf(r.type)] ?? textOf(r.type)}</strong>${r.corrects ? html` <em>(${t.corrects})</em>` : ''}
${parts.length > 0 ? html`<div>${parts.join(' · ')}</div>` : ''}
<div class="status">${t.status[status]}</div><div class="${event.matches ? 'check' : 'check bad'}">${event.matches ? '' : t.eventMismatch}</div></li>`;
}

export interface RenderedPage {
  readonly html: string;
  /** The Content-Security-Policy header the page must be served with (its inline script and style by hash). */
  readonly contentSecurityPolicy: string;
}

export interface PageOptions {
  readonly bundleUrl: string;
  readonly qrUrl: string;
  /** CHAIN_PUBLIC_RPC_URLS: public RPC endpoints per chain id (decimal string). */
  readonly publicRpcUrls?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The public provenance page, for a diner first: who made it and where, its story, whether it was
 * changed, and who says so. The headline is the server's verdict, written in the HTML so it reads
 * right with JavaScript off ("as reported by Ayni"); the inline script re-checks every record in
 * the browser and asks a public RPC of the chain for the anchor, and then says "checked by your
 * browser against <chain>", or turns the headline into a warning. Self-contained: inline style and
 * script (allowed by hash), no CDN; the only requests it may make are for its photos, its QR code
 * and the lot chain's public RPCs.
 */
export async function renderProvenancePage(bundle: ProofBundle, lang: PageLanguage, options: PageOptions): Promise<RenderedPage> {
  const t = STRINGS[lang];
  const read = bundle as unknown as BundleAsRead;
  const verdict = verdictOf(bundle);
  const trust = trustOf(bundle);
  const product = read.product as { name?: Localized; description?: Localized; photos?: unknown; gtin?: string };
  const org = read.association as {
    name?: string;
    region?: string;
    province?: string;
    district?: string;
    familyCount?: number;
    photos?: unknown;
    story?: { mission?: Localized; history?: Localized; producers?: Localized };
  };
  const lot = read.lot as {
    code?: string;
    id?: string;
    orgId?: string;
    productionDate?: string;
    expiryDate?: string;
    communities?: string[];
    producerCount?: number;
  };
  const productName = pick(product.name, lang);
  const orgName = textOf(org.name);
  const region = [org.district, org.province, org.region].map(textOf).filter(Boolean).join(', ');
  const chainLabel = trust ? (t.chainNames[trust.chainId] ?? trust.chainName) : '';
  const rpcUrls = trust ? [...(options.publicRpcUrls?.[String(trust.chainId)] ?? [])] : [];

  const communities = [
    ...new Set([...(lot.communities ?? []), ...read.events.map((e) => textOf((e.record.where as { community?: unknown } | undefined)?.community))]),
  ].filter(Boolean);
  const places = [...new Set(read.events.map((e) => textOf((e.record.where as { place?: unknown } | undefined)?.place)))].filter(Boolean);
  const story = pick(org.story?.mission, lang) || pick(org.story?.history, lang);
  const producers = pick(org.story?.producers, lang);
  const photoUrls = [product.photos, org.photos].flatMap((list) => (Array.isArray(list) ? list : [])).filter((url) => !!safeHttpUrl(url)) as string[];
  const photos = [...new Set(photoUrls)].slice(0, 6);

  const completeness = read.completeness;
  const completenessLines: string[] = [];
  if (completeness && verdict !== 'mismatch') {
    if (completeness.upTo > 0)
      completenessLines.push(t.complete(completeness.upTo, completeness.anchoredAt ? formatDate(completeness.anchoredAt, lang) : undefined));
    if (completeness.of > completeness.upTo) completenessLines.push(t.notAnchoredYet(completeness.of - completeness.upTo));
    if (completeness.sealed) completenessLines.push(t.sealed);
  }

  // Next to each fact, whether it is as anchored: server-rendered, so it reads right without JavaScript.
  const stateOf = factStatesOf(bundle);
  const mark = (field: FactField) => {
    const state = stateOf?.(field);
    return state ? html` <small class="fact ${FACT_CLASS[state]}" data-fact="${field}">${t.fact[state]}</small>` : '';
  };
  /** A fact is shown when it has a value, or when it was changed (removed) after anchoring. */
  const shown = (field: FactField, value: unknown) => (value !== undefined && value !== null && value !== '' && value !== 0) || stateOf?.(field) === 'changed';
  const storyMark = org.story ? mark('association.storyHash') : '';
  const masterData = read.masterData;
  const factsLegend = masterData ? t.factsLegend(masterData.asOfEvent, masterData.anchoredAt ? formatDate(masterData.anchoredAt, lang) : undefined) : '';

  const anchors = [...new Map(read.events.flatMap((e) => (e.anchor ? [[e.anchor.batchId, e.anchor] as const] : []))).values()];
  const title = `${productName} · ${orgName} — ${t.verdictTitle[verdict]}`;
  // What the page shows, in the form it is anchored in (`record.subject`), for the script to compare
  // with the anchored record of event `asOfEvent` it re-hashes itself (the story by its hash).
  const current: Partial<Record<FactField, unknown>> = {
    'lot.code': lot.code ?? lot.id,
    'lot.productionDate': lot.productionDate,
    'lot.expiryDate': lot.expiryDate,
    'lot.communities': lot.communities,
    'lot.producerCount': lot.producerCount,
    'product.name': product.name,
    'product.gtin': product.gtin,
    'association.name': org.name,
    'association.region': org.region,
  };
  const facts: PageFacts | null = masterData
    ? { asOfEvent: masterData.asOfEvent, shown: current, story: org.story ?? null, changed: t.fact.changed, notAnchored: t.fact.unverified }
    : null;
  const data: PageData & { facts: PageFacts | null } = {
    verdict,
    subject: read.subject ?? { lotId: textOf(lot.id), orgId: textOf(lot.orgId) },
    chain: read.chain ? { length: read.chain.length, head: read.chain.head } : null,
    trust: trust ? { chainId: trust.chainId, contract: trust.contract } : null,
    rpcUrls,
    events: read.events.map(pageEvent),
    facts,
    text: {
      checking: t.checking,
      checkedByBrowser: t.checkedByBrowser(chainLabel),
      checkedByAyni: t.checkedByAyni,
      noRpc: t.noRpc(chainLabel),
      unreachable: t.unreachable(chainLabel),
      foundByBrowser: t.foundByBrowser,
      headlineMismatch: t.headlineBrowserMismatch,
      titleMismatch: `${productName} · ${orgName} — ${t.verdictTitle.mismatch}`,
      eventOk: t.eventOk,
      eventBad: t.eventBad,
    },
  };
  const languages = (['es', 'en', 'qu'] as const).map((l, i) => [
    i > 0 ? ' · ' : '',
    l === lang ? html`<strong>${l.toUpperCase()}</strong>` : html`<a href="?lang=${l}" hreflang="${l}">${l.toUpperCase()}</a>`,
  ]);
  const registryUrl = trust?.registryUrl && safeHttpUrl(trust.registryUrl) ? trust.registryUrl : undefined;

  const page = await html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${raw(PAGE_STYLE)}</style>
</head>
<body data-verdict="${verdict}" data-check="server">
<header><h1>${productName}</h1><p>${orgName}${region ? ` · ${region}` : ''}</p></header>
<main>
<nav aria-label="${t.language}">${languages}</nav>
<section id="verdict" class="card verdict ${verdict === 'verified' ? 'ok' : verdict === 'mismatch' ? 'bad' : 'pending'}" aria-live="polite">
<h2 id="headline">${t.headline[verdict]}</h2>
<p id="checked-by" class="who">${t.checkedByAyni}</p>
<p id="check-note" class="note"></p>
<div id="completeness">${completenessLines.map((line) => html`<p class="note">${line}</p>`)}</div>
${factsLegend ? html`<p id="facts-legend" class="note">${factsLegend}</p>` : ''}
<noscript><p class="note">${t.noscript}</p></noscript>
</section>
<section class="card"><h2>${t.whoMadeIt}</h2>
<p><strong>${orgName}</strong>${mark('association.name')}${region ? html` · ${region}${mark('association.region')}` : ''}</p>
${story ? html`<p>${story}${producers ? '' : storyMark}</p>` : ''}${producers ? html`<p>${producers}${storyMark}</p>` : ''}
${communities.length > 0 || org.familyCount ? html`<p>${communities.length > 0 ? html`${t.community}: ${communities.join(', ')}${mark('lot.communities')}` : ''}${communities.length > 0 && org.familyCount ? ' · ' : ''}${org.familyCount ? `${org.familyCount} ${t.families}` : ''}</p>` : ''}
${shown('lot.producerCount', lot.producerCount) ? html`<p>${t.producers(lot.producerCount ?? 0)}${mark('lot.producerCount')}</p>` : ''}
</section>
<section class="card"><h2>${t.whereWhen}</h2>
<p>${t.product}: <strong>${productName}</strong>${mark('product.name')}${pick(product.description, lang) ? ` — ${pick(product.description, lang)}` : ''}</p>
${shown('product.gtin', product.gtin) ? html`<p>GTIN <strong>${product.gtin ?? '—'}</strong>${mark('product.gtin')}</p>` : ''}
<p>${t.lot} <strong>${lot.code ?? lot.id}</strong>${mark('lot.code')}${
    shown('lot.productionDate', lot.productionDate)
      ? html` · ${t.produced} ${lot.productionDate ? formatDate(lot.productionDate, lang) : '—'}${mark('lot.productionDate')}`
      : ''
  }${shown('lot.expiryDate', lot.expiryDate) ? html` · ${t.expires} ${lot.expiryDate ? formatDate(lot.expiryDate, lang) : '—'}${mark('lot.expiryDate')}` : ''}</p>
${places.length > 0 ? html`<p>${places.join(' · ')}</p>` : ''}
</section>
${
  photos.length > 0
    ? html`<section class="card"><h2>${t.photos}</h2><div class="gallery">${photos.map(
        (url) => html`<img src="${url}" alt="${t.photoOf(productName || orgName)}" loading="lazy" decoding="async">`,
      )}</div></section>`
    : ''
}
<section class="card"><h2>${t.timeline}</h2>
${read.events.length > 0 ? html`<ol class="timeline">${read.events.map((e, i) => eventItem(e, i, lang))}</ol>` : html`<p>${t.noEvents}</p>`}
</section>
<details class="card" id="technical"><summary>${t.technical}</summary>
<dl>
${
  trust
    ? html`<dt>${t.network}</dt><dd>${chainLabel} (chain id ${trust.chainId})</dd>
<dt>${t.contract}</dt><dd><code id="contract">${trust.contract}</code>${registryUrl ? html` · <a href="${registryUrl}" rel="noopener">${t.registry}</a>` : ''}</dd>`
    : ''
}
<dt>${t.rpc}</dt><dd><code id="rpc-used">${rpcUrls.length > 0 ? rpcUrls.join(', ') : t.none}</code></dd>
</dl>
${
  anchors.length > 0
    ? html`<h3>${t.anchors}</h3><ul class="anchors">${anchors.map(
        (a) =>
          html`<li>${t.block} ${a.blockNumber} · ${t.status[a.status]}<br>${t.transaction} <code>${a.txHash}</code>${
            a.explorerUrl && safeHttpUrl(a.explorerUrl) ? html` · <a href="${a.explorerUrl}" rel="noopener">${t.viewTransaction}</a>` : ''
          }<br>${t.root} <code>${a.root}</code></li>`,
      )}</ul>`
    : ''
}
<p><small>${t.howTo}</small></p>
<p><small><a href="${options.bundleUrl}">${t.proofBundle}</a></small></p>
<p><img src="${options.qrUrl}" alt="QR" width="120" height="120" loading="lazy"></p>
</details>
</main>
<script type="application/json" id="page-data">${raw(scriptJson(data))}</script>
<script>${raw(PAGE_SCRIPT)}</script>
</body>
</html>`;

  return {
    html: page.toString(),
    contentSecurityPolicy: pageContentSecurityPolicy({
      scripts: [PAGE_SCRIPT],
      styles: [PAGE_STYLE],
      imageOrigins: originsOf(photos),
      connectOrigins: originsOf(rpcUrls),
    }),
  };
}

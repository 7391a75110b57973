/**
 * Entry of the public page's script (bundled by scripts/build-page-script.mjs): reads the data the
 * page embeds, runs the browser's own checks and tells the visitor who checked what. The page is
 * complete and honest without it (the server's verdict, "as reported by Ayni"); this only ever
 * upgrades "as reported by Ayni" to "checked by your browser", or turns the headline into a warning.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { verifyPage, type PageData, type PageOutcome } from './browser-verify.js';
import { canonicalize } from './jcs.js';

/** The facts the page shows (lot code, product name, …) as the server read them, with the words of a downgraded mark. */
export interface PageFacts {
  /** seq of the anchored event whose `record.subject` the server compared them with; null when none. */
  readonly asOfEvent: number | null;
  readonly shown: Readonly<Record<string, unknown>>;
  /** The association's story: its keccak256 (of RFC 8785 text) is what is anchored. */
  readonly story: unknown;
  readonly changed: string;
  readonly notAnchored: string;
}

const valueAt = (node: unknown, field: string): unknown =>
  field.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), node);

/** GTINs are shown in 14 digits, and may have been anchored in fewer. */
const normal = (field: string, value: unknown): unknown => (field === 'product.gtin' && typeof value === 'string' ? value.replace(/^0+/, '') : value);

function sameFact(field: string, shown: unknown, anchored: unknown): boolean {
  try {
    return canonicalize(normal(field, shown) ?? null) === canonicalize(normal(field, anchored) ?? null);
  } catch {
    return false;
  }
}

/**
 * Each fact the server marks "as anchored" must equal the `subject` of the anchored event it names,
 * whose record this browser has just re-hashed; a fact that differs is marked changed, and every
 * such mark is withdrawn when that event is missing or failed its check.
 */
function checkFacts(data: PageData & { facts?: PageFacts | null }, outcome: PageOutcome): void {
  const facts = data.facts;
  if (!facts) return;
  const index = data.events.findIndex((e) => e.record.seq === facts.asOfEvent);
  const subject = index >= 0 && outcome.events[index] !== 'bad' ? data.events[index]!.record.subject : undefined;
  document.querySelectorAll('.fact.ok').forEach((mark) => {
    const field = mark.getAttribute('data-fact') ?? '';
    const shown =
      field === 'association.storyHash'
        ? facts.story
          ? `0x${bytesToHex(keccak_256(utf8ToBytes(canonicalize(facts.story))))}`
          : undefined
        : facts.shown[field];
    if (subject && sameFact(field, shown, valueAt(subject, field))) return;
    mark.textContent = subject ? facts.changed : facts.notAnchored;
    mark.className = subject ? 'fact bad' : 'fact no';
  });
}

function setText(selector: string, text: string): void {
  const element = document.querySelector(selector);
  if (element) element.textContent = text;
}

function apply(data: PageData, outcome: PageOutcome): void {
  const t = data.text;
  // A mismatch the server itself reports stays the headline whatever the browser could see.
  const state = data.verdict === 'mismatch' && outcome.state !== 'mismatch' ? 'ayni' : outcome.state;
  document.body.setAttribute('data-check', state);
  outcome.events.forEach((result, i) => {
    const check = document.querySelector(`[data-event="${i}"] .check`);
    if (!check || result === 'local') return;
    check.textContent = result === 'ok' ? t.eventOk : t.eventBad;
    check.className = `check ${result === 'ok' ? 'ok' : 'bad'}`;
  });
  if (outcome.rpcUrl) setText('#rpc-used', outcome.rpcUrl);
  if (state === 'mismatch') {
    document.getElementById('verdict')?.setAttribute('class', 'card verdict bad');
    setText('#headline', t.headlineMismatch);
    setText('#checked-by', t.foundByBrowser);
    setText('#check-note', '');
    setText('#completeness', '');
    document.title = t.titleMismatch;
  } else if (state === 'browser') {
    setText('#checked-by', t.checkedByBrowser);
    setText('#check-note', '');
  } else {
    setText('#checked-by', t.checkedByAyni);
    setText('#check-note', outcome.reason === 'no-rpc' ? t.noRpc : outcome.reason === 'unreachable' ? t.unreachable : '');
  }
}

const element = document.getElementById('page-data');
if (element?.textContent) {
  const data = JSON.parse(element.textContent) as PageData;
  document.body.setAttribute('data-check', 'checking');
  setText('#checked-by', data.text.checking);
  verifyPage(data, (url, init) => fetch(url, init)).then(
    (outcome) => {
      apply(data, outcome);
      checkFacts(data, outcome);
    },
    // A failure of the script itself proves nothing either way: back to the server's word.
    () => apply(data, { state: 'ayni', reason: 'unreachable', events: [] }),
  );
}

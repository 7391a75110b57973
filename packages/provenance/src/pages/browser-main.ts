/**
 * Entry of the public page's script (bundled by scripts/build-page-script.mjs): reads the data the
 * page embeds, runs the browser's own checks and tells the visitor who checked what. The page is
 * complete and honest without it (the server's verdict, "as reported by Ayni"); this only ever
 * upgrades "as reported by Ayni" to "checked by your browser", or turns the headline into a warning.
 */
import { verifyPage, type PageData, type PageOutcome } from './browser-verify.js';

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
    (outcome) => apply(data, outcome),
    // A failure of the script itself proves nothing either way: back to the server's word.
    () => apply(data, { state: 'ayni', reason: 'unreachable', events: [] }),
  );
}

// @ts-check
/**
 * The per-lot hash chain of format-2 events, and what it lets a buyer conclude.
 *
 * Each format-2 record carries `seq` (its position in the lot's chain, from 1) and `prev` (the
 * record hash of event seq−1, null for seq 1); `final: true` seals the lot. Since seq and prev
 * are inside the hashed record, anchoring event K commits to events 1..K: an omission, an
 * insertion or a reordering before K changes a hash that the anchor fixed. After K, nothing is
 * committed until a later event is anchored, unless the lot is sealed.
 */

export const EVENT_FORMAT = 'ayni-event/2';
const LOWER_BYTES32 = /^0x[0-9a-f]{64}$/;

/**
 * @typedef {object} WorkEntry  One bundle entry while it is being checked.
 * @property {import('./types.js').Verdict} verdict
 * @property {Record<string, unknown> | null} record  Parsed from the canonical text (what was hashed).
 * @property {string | null} hash  Recomputed record hash (lowercase).
 */

/** @param {string} hash */
const short = (hash) => `${hash.slice(0, 10)}…`;

/**
 * Classifies events as legacy (format 1) or chained (format 2), checks each chained record's
 * fields, then the chain: order, duplicates, gaps, prev links, events after a final one. Adds
 * problems to the verdicts concerned; returns the chained entries and the chain problems.
 * @param {WorkEntry[]} entries  The bundle's events, in the bundle's order.
 */
export function checkLinkage(entries) {
  /** @type {string[]} */
  const problems = [];
  /** @param {WorkEntry} entry @param {string} problem */
  const flag = (entry, problem) => {
    entry.verdict.problems.push(problem);
    problems.push(`${entry.verdict.id}: ${problem}`);
  };
  /** @type {WorkEntry[]} */
  const chained = [];
  let legacy = 0;
  let seenChained = false;
  for (const entry of entries) {
    const record = entry.record;
    if (!record) continue; // unreadable: already failed
    if (record.format === undefined) {
      legacy++;
      if (seenChained) flag(entry, 'a format-1 (unchained) event after chained events: format-1 events may only come first');
      else entry.verdict.notes.push('not chained: its omission could not be detected');
      continue;
    }
    if (record.format !== EVENT_FORMAT) {
      flag(entry, `unknown event record format ${JSON.stringify(record.format)}`);
      continue;
    }
    seenChained = true;
    const { seq, prev, final } = record;
    if (!Number.isSafeInteger(seq) || /** @type {number} */ (seq) < 1) {
      flag(entry, 'its seq is not an integer ≥ 1');
      continue;
    }
    const n = /** @type {number} */ (seq);
    entry.verdict.seq = n;
    entry.verdict.chained = true;
    if (final !== undefined && final !== true) flag(entry, 'its "final" must be true when present');
    entry.verdict.final = final === true;
    if (n === 1 && prev !== null) flag(entry, 'event 1 of a chain must have prev null');
    if (n > 1 && (typeof prev !== 'string' || !LOWER_BYTES32.test(prev))) flag(entry, `its prev must be the lowercase 0x record hash of event ${n - 1}`);
    chained.push(entry);
  }

  // Listed in seq order.
  let highest = 0;
  for (const entry of chained) {
    const seq = /** @type {number} */ (entry.verdict.seq);
    if (seq < highest) flag(entry, `listed out of order: event ${seq} comes after event ${highest} (events were reordered)`);
    highest = Math.max(highest, seq);
  }

  /** @type {Map<number, WorkEntry[]>} */
  const bySeq = new Map();
  for (const entry of chained) {
    const seq = /** @type {number} */ (entry.verdict.seq);
    bySeq.set(seq, [...(bySeq.get(seq) ?? []), entry]);
  }
  for (const [seq, list] of bySeq) {
    if (list.length < 2) continue;
    for (const entry of list) flag(entry, `${list.length} events claim position ${seq} in the lot's chain: an event was inserted (or the chain forked)`);
  }

  for (const entry of chained) {
    const seq = /** @type {number} */ (entry.verdict.seq);
    if (seq === 1) continue;
    const before = bySeq.get(seq - 1);
    const prev = entry.record?.prev;
    if (!before) {
      flag(entry, `event ${seq - 1} of the lot's chain is missing from the bundle: an event was omitted`);
    } else if (typeof prev === 'string' && !before.some((b) => b.hash === prev)) {
      const actual = before[0]?.hash;
      flag(
        entry,
        `its prev ${short(prev)} is not the record hash of event ${seq - 1} in this bundle (${actual ? short(actual) : 'not computable'}): an event was inserted, changed or reordered`,
      );
    }
  }

  const finals = chained.filter((e) => e.verdict.final).map((e) => /** @type {number} */ (e.verdict.seq));
  const finalSeq = finals.length ? Math.min(...finals) : null;
  if (finalSeq !== null) {
    for (const entry of chained) {
      const seq = /** @type {number} */ (entry.verdict.seq);
      if (seq > finalSeq) flag(entry, `recorded after event ${finalSeq}, the final event that sealed the lot: nothing may follow it`);
    }
  }
  const lastSeq = chained.reduce((max, e) => Math.max(max, /** @type {number} */ (e.verdict.seq)), 0);
  return { chained, legacy, bySeq, lastSeq, finalSeq, problems };
}

/**
 * Checks the bundle's claim `chain: { length, head, sealed }` against the events it lists.
 * @param {unknown} claim
 * @param {ReturnType<typeof checkLinkage>} linkage
 * @returns {string[]}
 */
export function checkChainClaim(claim, linkage) {
  if (typeof claim !== 'object' || claim === null) return ['the bundle (format 2) has no chain claim { length, head, sealed }'];
  const { length, head, sealed } = /** @type {Record<string, unknown>} */ (claim);
  /** @type {string[]} */
  const problems = [];
  const { lastSeq, bySeq, finalSeq } = linkage;
  if (length !== lastSeq) problems.push(`the bundle claims a chain of ${JSON.stringify(length)} events, but its last chained event is event ${lastSeq}`);
  const last = bySeq.get(lastSeq);
  const expectedHead = lastSeq === 0 ? null : (last?.[last.length - 1]?.hash ?? null);
  const givenHead = typeof head === 'string' ? head.toLowerCase() : head;
  if (givenHead !== expectedHead) {
    problems.push(`the bundle's chain head ${JSON.stringify(head)} is not the record hash of its last event (${expectedHead ?? 'none'})`);
  }
  if (sealed === true && finalSeq === null) problems.push('the bundle claims the lot is sealed, but none of its events is final');
  if (sealed !== true && finalSeq !== null) problems.push(`the bundle says the lot is not sealed, but event ${finalSeq} is final`);
  return problems;
}

/**
 * What the chain proves, once every event has its verdict. K is the highest seq such that events
 * 1..K are each present once, readable and without problems, and event K is anchored (verified on
 * chain, or offline consistent in offline mode): its anchor commits to 1..K through the prev links.
 * @param {ReturnType<typeof checkLinkage>} linkage
 * @param {string[]} claimProblems
 * @param {{ offline: boolean, claimed: import('./types.js').ChainClaim | null }} mode
 * @returns {import('./types.js').Completeness}
 */
export function completenessOf(linkage, claimProblems, mode) {
  const { chained, legacy, bySeq, lastSeq } = linkage;
  const problems = [...linkage.problems, ...claimProblems];
  let verifiedUpTo = 0;
  /** @type {import('./types.js').Verdict | null} */
  let anchorOfK = null;
  for (let seq = 1; seq <= lastSeq; seq++) {
    const list = bySeq.get(seq);
    const only = list?.length === 1 ? list[0] : undefined;
    if (!only) break;
    const verdict = only.verdict;
    if (verdict.status === 'failed') break;
    if (verdict.status === 'verified' || verdict.status === 'verified-offline') {
      verifiedUpTo = seq;
      anchorOfK = verdict;
    }
  }
  const later = chained.filter((e) => /** @type {number} */ (e.verdict.seq) > verifiedUpTo);
  const notYetAnchored = later.filter((e) => e.verdict.status === 'pending').length;
  const notVerified = later.length - notYetAnchored;
  const sealed = problems.length === 0 && lastSeq > 0 && verifiedUpTo === lastSeq && anchorOfK?.final === true;
  const anchoredAt = anchorOfK?.anchor?.blockTime ?? null;
  // Events before K that are pending on their own are committed by K's anchor through prev.
  if (anchorOfK) {
    for (const entry of chained) {
      const seq = /** @type {number} */ (entry.verdict.seq);
      if (seq < verifiedUpTo && entry.verdict.status === 'pending') {
        entry.verdict.notes.push(`committed on chain through event ${verifiedUpTo}, whose record links back to it`);
      }
    }
  }

  const when = mode.offline ? ' (its anchoring transaction was NOT checked on chain: offline)' : anchoredAt ? `, anchored at ${anchoredAt}` : '';
  /** @type {string[]} */
  const parts = [];
  if (problems.length) parts.push(`the chain of events is broken or misrepresented (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
  if (chained.length === 0) {
    parts.push(
      legacy > 0
        ? `not chained: ${legacy} format-1 event${legacy === 1 ? '' : 's'}, each verified on its own; an omitted event could not be detected`
        : 'the bundle has no events',
    );
  } else if (sealed) {
    parts.push(`sealed: complete, ${lastSeq} events${when}`);
  } else if (verifiedUpTo > 0) {
    let text = `complete up to event ${verifiedUpTo}${when}`;
    if (notYetAnchored) text += `; ${notYetAnchored} later event${notYetAnchored === 1 ? '' : 's'} not yet anchored`;
    if (notVerified) text += `; ${notVerified} later event${notVerified === 1 ? '' : 's'} not verified`;
    text +=
      linkage.finalSeq === null
        ? `; the lot is not sealed, so a server could still withhold events recorded after event ${verifiedUpTo}`
        : `; nothing after event ${verifiedUpTo} is proven, so a server could still withhold or alter events recorded after it`;
    parts.push(text);
  } else {
    parts.push('no event of the lot’s chain is verified on chain yet: completeness cannot be established');
  }
  if (chained.length > 0 && legacy > 0) {
    parts.push(`${legacy} earlier format-1 event${legacy === 1 ? ' is' : 's are'} not chained: an omission among them could not be detected`);
  }
  return {
    chained: chained.length,
    legacy,
    claimed: mode.claimed,
    lastSeq,
    verifiedUpTo,
    sealed,
    complete: sealed,
    anchoredAt: mode.offline ? null : anchoredAt,
    notYetAnchored,
    notVerified,
    problems,
    statement: parts.join('; '),
  };
}

#!/usr/bin/env node
// @ts-check
/**
 * Writes the verifier's test vectors (docs/provenance/test-vectors): proof bundles of made-up lots
 * with fixed ids, times and salts, so every run writes the same bytes. Record hashes and leaves
 * are computed here with @noble/hashes (not with the verifier's code), trees and proofs with
 * @openzeppelin/merkle-tree. Anchors name fake transactions: the vectors are for `--offline`.
 *
 *   node packages/verify/scripts/make-vectors.js [--out <dir>]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import canonicalize from 'canonicalize';
import { AbiCoder, getAddress } from 'ethers';

export const DEFAULT_OUT = fileURLToPath(new URL('../../../docs/provenance/test-vectors/', import.meta.url));

/** @param {Uint8Array} bytes */
const hex = (bytes) => `0x${bytesToHex(bytes)}`;
/** @param {string} label  32 fixed bytes derived from a label. */
const fixed32 = (label) => hex(keccak_256(utf8ToBytes(`ayni-test-vectors/${label}`)));
/** @param {string} label  A fixed address derived from a label. */
const fixedAddress = (label) => getAddress(`0x${fixed32(label).slice(-40)}`);

const CHAIN_ID = 31337;
const CONTRACT = fixedAddress('contract');
const LOOK_ALIKE = fixedAddress('look-alike-contract');
const ANCHORER = fixedAddress('anchorer');
const ATTACKER = fixedAddress('attacker');
const HASH_SCHEME = 'ayni-jcs-keccak-salted-v1';

const ORG = 'org_01JF00000000000000000000A1';
const OTHER_ORG = 'org_01JF00000000000000000000B2';
const LOT_A = 'lot_01JF00000000000000000000A1';
const LOT_B = 'lot_01JF00000000000000000000B2';
const LOT_C = 'lot_01JF00000000000000000000C3';
const LOT_D = 'lot_01JF00000000000000000000D4';

/** @param {string} tag  A provenance event id ending in `tag` (26 ULID characters). */
const eventId = (tag) => `pev_01JF${'0'.repeat(22 - tag.length)}${tag}`;

/** @param {unknown} value */
function canonical(value) {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('not JSON');
  return text;
}

/**
 * keccak256(salt ‖ utf8(canonical))
 * @param {string} text
 * @param {string} salt
 */
const recordHashOf = (text, salt) => hex(keccak_256(concatBytes(hexToBytes(salt.slice(2)), utf8ToBytes(text))));
/** @param {string} hash  keccak256(keccak256(abi.encode(bytes32))) */
const leafOf = (hash) => hex(keccak_256(keccak_256(hexToBytes(hash.slice(2)))));

/**
 * @typedef {object} Sealed  A record with its salt and hash, not yet in a batch.
 * @property {Record<string, unknown>} record
 * @property {string} canonical
 * @property {string} salt
 * @property {string} recordHash
 */

/**
 * @typedef {object} Entry  A bundle entry (event or facts).
 * @property {any} record
 * @property {string} canonical
 * @property {string} salt
 * @property {string} recordHash
 * @property {string} leaf
 * @property {string[]} proof
 * @property {string} status
 * @property {object} anchor
 */

/**
 * @param {string} name
 * @param {Record<string, unknown>} record
 * @returns {Sealed}
 */
function seal(name, record) {
  const text = canonical(record);
  const salt = fixed32(`salt/${name}`);
  return { record, canonical: text, salt, recordHash: recordHashOf(text, salt) };
}

/**
 * An event record of lot `lotId`: format 2 when `seq` is given, else format 1 (legacy).
 * @param {{ id: string, lotId: string, orgId?: string, seq?: number, prev?: string | null, final?: boolean, type: string, bizStep: string, day: number, what?: object, where: object, who?: object, why?: object, quality?: object, shipment?: object }} e
 */
function eventRecord(e) {
  const time = `2026-11-${String(e.day).padStart(2, '0')}T11:30:00.000Z`;
  return {
    ...(e.seq !== undefined ? { format: 'ayni-event/2', seq: e.seq, prev: e.prev ?? null, ...(e.final ? { final: true } : {}) } : {}),
    id: e.id,
    lotId: e.lotId,
    orgId: e.orgId ?? ORG,
    type: e.type,
    bizStep: e.bizStep,
    eventTime: time,
    eventTimeZoneOffset: '-05:00',
    recordedAt: `2026-11-${String(e.day).padStart(2, '0')}T15:00:00.000Z`,
    recordedByRole: 'association_admin',
    what: e.what ?? {},
    where: e.where,
    who: e.who ?? {},
    why: e.why ?? {},
    ...(e.quality ? { quality: e.quality } : {}),
    ...(e.shipment ? { shipment: e.shipment } : {}),
  };
}

const plant = { place: 'Planta quesera de Ocongate', district: 'Ocongate', region: 'Cusco' };
const acopio = { place: 'Centro de acopio de Pinchimuro', community: 'Pinchimuro', district: 'Ocongate', region: 'Cusco' };

/**
 * Lot A's events 1-3 (3 is final), as built by `chainOf` from the fields below.
 * @param {string} lotId
 * @param {string} idPrefix
 * @param {string} measurement
 */
function lotEvents(lotId, idPrefix, measurement) {
  return [
    {
      id: eventId(`${idPrefix}01`),
      type: 'collection',
      bizStep: 'receiving',
      day: 2,
      what: { quantity: '120.5', unit: 'litre', description: 'Leche fresca de 14 familias' },
      where: acopio,
      who: { role: 'acopiadora' },
      why: { disposition: 'active' },
    },
    {
      id: eventId(`${idPrefix}02`),
      type: 'quality_check',
      bizStep: 'inspecting',
      day: 5,
      where: plant,
      quality: { check: 'acidez', result: 'pass', measurements: { acidez: measurement } },
    },
    {
      id: eventId(`${idPrefix}03`),
      type: 'packing',
      bizStep: 'packing',
      day: 6,
      what: { quantity: '40', unit: 'kg', description: '80 piezas de 500 g' },
      where: plant,
      final: true,
    },
  ].map((e) => ({ ...e, lotId }));
}

/**
 * @template T
 * @param {T[]} list
 * @param {number} i
 * @returns {T}
 */
function nth(list, i) {
  const item = list[i];
  if (item === undefined) throw new RangeError(`no item ${i}`);
  return item;
}

/**
 * Seals events one after the other, each `prev` being the record hash of the one before.
 * @param {string} name
 * @param {Array<Parameters<typeof eventRecord>[0]>} events
 * @param {{ seq: number, prev: string | null }} [start]
 */
function chainOf(name, events, start = { seq: 1, prev: null }) {
  /** @type {Sealed[]} */
  const sealed = [];
  let prev = start.prev;
  events.forEach((e, i) => {
    const s = seal(`${name}/${e.id}`, eventRecord({ ...e, seq: start.seq + i, prev }));
    sealed.push(s);
    prev = s.recordHash;
  });
  return sealed;
}

/**
 * @param {string} name
 * @param {string} lotId
 * @param {string} orgId
 */
function facts(name, lotId, orgId) {
  return seal(`facts/${name}`, {
    format: 'ayni-facts/1',
    id: `pfa_01JF00000000000000000000${name === 'b' ? 'B2' : 'A1'}`,
    lotId,
    orgId,
    recordedAt: '2026-11-03T15:00:00.000Z',
    lot: { code: name === 'b' ? 'QA-2026-118' : 'QA-2026-117', productionDate: '2026-11-03', quantity: '40', unit: 'kg', communities: ['Pinchimuro'] },
    product: { name: 'Queso andino madurado', category: 'dairy' },
    association: { name: name === 'b' ? 'Asociación Lácteos Tinki' : 'Asociación de Productores Ausangate', region: 'Cusco' },
  });
}

/**
 * Puts sealed records into one anchored batch: a StandardMerkleTree of their record hashes
 * (bytes32 leaves, sorted), one fake transaction.
 * @param {string} name
 * @param {Sealed[]} records
 * @param {{ contract: string, anchorer: string, seq: number, blockNumber: number, blockTime: string }} at
 */
function anchorBatch(name, records, at) {
  const hashes = records.map((r) => r.recordHash);
  const tree = StandardMerkleTree.of(
    hashes.map((h) => [h]),
    ['bytes32'],
  );
  const sorted = [...hashes].sort();
  const batchId = hex(keccak_256(hexToBytes(AbiCoder.defaultAbiCoder().encode(['uint256', 'address', 'bytes32[]'], [CHAIN_ID, at.contract, sorted]).slice(2))));
  const anchor = {
    chainId: CHAIN_ID,
    chainName: 'Local EDR node',
    contract: at.contract,
    anchorer: at.anchorer,
    batchId,
    seq: at.seq,
    root: tree.root,
    count: records.length,
    txHash: fixed32(`tx/${name}`),
    blockNumber: at.blockNumber,
    blockTime: at.blockTime,
    status: 'finalized',
  };
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  for (const r of records) {
    entries.set(r.recordHash, {
      record: r.record,
      canonical: r.canonical,
      salt: r.salt,
      recordHash: r.recordHash,
      leaf: leafOf(r.recordHash),
      proof: tree.getProof([r.recordHash]),
      status: 'finalized',
      anchor,
    });
  }
  /**
   * @param {Sealed} r
   * @returns {Entry}
   */
  return (r) => {
    const entry = entries.get(r.recordHash);
    if (!entry) throw new Error(`${r.recordHash} is not in batch ${name}`);
    return structuredClone(entry);
  };
}

/**
 * @param {{ lotId: string, orgId: string, events: Entry[], facts?: Entry[], chain?: { length: number, head: string | null, sealed: boolean } }} b
 */
function bundleV2(b) {
  return {
    format: 'ayni-proof-bundle/2',
    hashScheme: HASH_SCHEME,
    subject: { lotId: b.lotId, orgId: b.orgId },
    chain: b.chain,
    lot: { id: b.lotId, orgId: b.orgId, code: 'QA-2026-117', unit: 'kg', quantity: '40', productionDate: '2026-11-03' },
    product: { name: 'Queso andino madurado' },
    association: { id: b.orgId, name: 'Asociación de Productores Ausangate' },
    events: b.events,
    facts: b.facts ?? [],
    generatedAt: '2026-11-21T10:00:00.000Z',
  };
}

/** Every vector: its bundle, the trust root it is checked against, and the expected outcome. */
export function buildVectors() {
  // Lot A: three chained events, the third final; lot B: another organisation's lot.
  const [a1, a2, a3] = /** @type {[Sealed, Sealed, Sealed]} */ (chainOf('a', lotEvents(LOT_A, 'A', '16 °D')));
  const [b1, b2] = /** @type {[Sealed, Sealed, Sealed]} */ (
    chainOf(
      'b',
      lotEvents(LOT_B, 'B', '17 °D').map((e) => ({ ...e, orgId: OTHER_ORG })),
    )
  );
  // An event inserted at position 2, and one recorded after the final event 3.
  const [inserted] = /** @type {[Sealed]} */ (
    chainOf(
      'inserted',
      [
        {
          id: eventId('AX02'),
          lotId: LOT_A,
          type: 'quality_check',
          bizStep: 'inspecting',
          day: 5,
          where: plant,
          quality: { check: 'acidez', result: 'pass', measurements: { acidez: '15 °D' } },
        },
      ],
      { seq: 2, prev: a1.recordHash },
    )
  );
  const [afterFinal] = /** @type {[Sealed]} */ (
    chainOf(
      'after-final',
      [
        {
          id: eventId('A004'),
          lotId: LOT_A,
          type: 'shipping',
          bizStep: 'shipping',
          day: 7,
          where: { place: 'Ocongate' },
          shipment: { buyerName: 'Café Q’omer', quantity: '10', unit: 'kg' },
        },
      ],
      { seq: 4, prev: a3.recordHash },
    )
  );
  // Lot C: a format-1 (legacy) lot. Lot D: a legacy event, then a chain.
  const c = [
    seal('c/1', eventRecord({ ...nth(lotEvents(LOT_C, 'C', '16 °D'), 0), id: eventId('C001') })),
    seal('c/2', eventRecord({ ...nth(lotEvents(LOT_C, 'C', '16 °D'), 1), id: eventId('C002') })),
  ];
  const d0 = seal('d/0', eventRecord({ ...nth(lotEvents(LOT_D, 'D', '16 °D'), 0), id: eventId('D000') }));
  const [d1, d2] = /** @type {[Sealed, Sealed]} */ (chainOf('d', lotEvents(LOT_D, 'D', '16 °D').slice(1)));
  const factsA = facts('a', LOT_A, ORG);
  const factsB = facts('b', LOT_B, OTHER_ORG);

  const batch1 = anchorBatch('batch-1', [a1, a2, b1, factsA, ...c, d0], {
    contract: CONTRACT,
    anchorer: ANCHORER,
    seq: 0,
    blockNumber: 120,
    blockTime: '2026-11-05T16:00:12.000Z',
  });
  const batch2 = anchorBatch('batch-2', [a3, b2, inserted, afterFinal, factsB, d1, d2], {
    contract: CONTRACT,
    anchorer: ANCHORER,
    seq: 1,
    blockNumber: 131,
    blockTime: '2026-11-06T16:00:36.000Z',
  });
  /** @param {Sealed} r */
  const entry = (r) => ([a1, a2, b1, factsA, ...c, d0].includes(r) ? batch1(r) : batch2(r));

  const claim = (/** @type {Sealed} */ last, /** @type {number} */ length, sealed = true) => ({ length, head: last.recordHash, sealed });
  const lotA = (/** @type {Entry[]} */ events, chain = claim(a3, 3)) => bundleV2({ lotId: LOT_A, orgId: ORG, events, facts: [entry(factsA)], chain });

  // A forgery: lot A's history with a better measurement, consistently re-chained and anchored on
  // the attacker's own AyniAnchor (a look-alike at another address).
  const forged = chainOf('forged', lotEvents(LOT_A, 'A', '14 °D'));
  const forgedBatch = anchorBatch('forged', forged, {
    contract: LOOK_ALIKE,
    anchorer: ATTACKER,
    seq: 0,
    blockNumber: 140,
    blockTime: '2026-11-07T16:01:00.000Z',
  });

  const trusted = { chainId: CHAIN_ID, contract: CONTRACT };
  /** @type {Array<{ name: string, description: string, bundle: object, trustRoot: object, expect: 'pass' | 'fail', problem: string | null, statement?: string }>} */
  const vectors = [
    {
      name: 'valid-chained-lot',
      description: 'Three chained events (the third final) and the lot facts, anchored in two batches.',
      bundle: lotA([entry(a1), entry(a2), entry(a3)]),
      trustRoot: trusted,
      expect: 'pass',
      problem: null,
      statement: 'sealed: complete, 3 events',
    },
    {
      name: 'valid-pinned-anchorer',
      description: 'The same lot, with the anchorer pinned by the trust root.',
      bundle: lotA([entry(a1), entry(a2), entry(a3)]),
      trustRoot: { ...trusted, anchorers: [ANCHORER] },
      expect: 'pass',
      problem: null,
      statement: 'sealed: complete, 3 events',
    },
    {
      name: 'legacy-v1',
      description: 'A format-1 bundle of format-1 records: each verified on its own, not chained.',
      bundle: {
        format: 'ayni-proof-bundle/1',
        hashScheme: HASH_SCHEME,
        lot: { id: LOT_C, orgId: ORG, code: 'QA-2025-090', unit: 'kg', quantity: '40', productionDate: '2026-11-03' },
        product: { name: 'Queso andino madurado' },
        association: { id: ORG, name: 'Asociación de Productores Ausangate' },
        events: c.map(entry),
        verified: true,
        generatedAt: '2026-11-21T10:00:00.000Z',
      },
      trustRoot: trusted,
      expect: 'pass',
      problem: null,
      statement: 'not chained',
    },
    {
      name: 'legacy-then-chained',
      description: 'A format-1 event first, then a chain of two events (the second final).',
      bundle: bundleV2({ lotId: LOT_D, orgId: ORG, events: [d0, d1, d2].map(entry), chain: claim(d2, 2) }),
      trustRoot: trusted,
      expect: 'pass',
      problem: null,
      statement: '1 earlier format-1 event is not chained',
    },
    {
      name: 'truncated-lot',
      description: 'The last (final) event left out, and the chain claim shortened to match: it verifies, but only up to event 2.',
      bundle: lotA([entry(a1), entry(a2)], claim(a2, 2, false)),
      trustRoot: trusted,
      expect: 'pass',
      problem: null,
      statement: 'complete up to event 2',
    },
    {
      name: 'changed-quantity',
      description: 'The packed quantity changed from 40 to 48 kg in the record and its canonical text.',
      bundle: (() => {
        const e = entry(a3);
        e.record.what.quantity = '48';
        e.canonical = canonical(e.record);
        return lotA([entry(a1), entry(a2), e]);
      })(),
      trustRoot: trusted,
      expect: 'fail',
      problem: 'does not hash to the committed record hash',
    },
    {
      name: 'wrong-salt',
      description: 'The first event with another salt.',
      bundle: (() => {
        const e = entry(a1);
        e.salt = fixed32('salt/another');
        return lotA([e, entry(a2), entry(a3)]);
      })(),
      trustRoot: trusted,
      expect: 'fail',
      problem: 'does not hash to the committed record hash',
    },
    {
      name: 'bad-proof',
      description: 'One sibling of the second event’s Merkle proof changed.',
      bundle: (() => {
        const e = entry(a2);
        const first = /** @type {string} */ (e.proof[0]);
        e.proof[0] = `${first.slice(0, -1)}${first.endsWith('0') ? '1' : '0'}`;
        return lotA([entry(a1), e, entry(a3)]);
      })(),
      trustRoot: trusted,
      expect: 'fail',
      problem: 'Merkle proof',
    },
    {
      name: 'swapped-event-other-lot',
      description: 'Event 2 replaced by event 2 of another organisation’s lot (genuine and anchored).',
      bundle: lotA([entry(a1), entry(b2), entry(a3)]),
      trustRoot: trusted,
      expect: 'fail',
      problem: 'belongs to lot',
    },
    {
      name: 'swapped-facts-other-lot',
      description: 'The lot facts of another organisation’s lot (genuine and anchored).',
      bundle: { ...lotA([entry(a1), entry(a2), entry(a3)]), facts: [entry(factsB)] },
      trustRoot: trusted,
      expect: 'fail',
      problem: 'belongs to lot',
    },
    {
      name: 'omitted-middle-event',
      description: 'Event 2 left out; the chain claim unchanged.',
      bundle: lotA([entry(a1), entry(a3)]),
      trustRoot: trusted,
      expect: 'fail',
      problem: 'an event was omitted',
    },
    {
      name: 'chain-claim-mismatch',
      description: 'The last event left out, but the chain claim still says 3 events.',
      bundle: lotA([entry(a1), entry(a2)]),
      trustRoot: trusted,
      expect: 'fail',
      problem: 'claims a chain of 3 events',
    },
    {
      name: 'reordered-events',
      description: 'Events listed 1, 3, 2.',
      bundle: lotA([entry(a1), entry(a3), entry(a2)]),
      trustRoot: trusted,
      expect: 'fail',
      problem: 'listed out of order',
    },
    {
      name: 'inserted-event',
      description: 'An event claiming position 2 (linked to event 1, anchored) inserted before the genuine event 2.',
      bundle: lotA([entry(a1), entry(inserted), entry(a2), entry(a3)]),
      trustRoot: trusted,
      expect: 'fail',
      problem: 'an event was inserted',
    },
    {
      name: 'event-after-final',
      description: 'An event 4 (linked to event 3, anchored) after the final event 3.',
      bundle: lotA([entry(a1), entry(a2), entry(a3), entry(afterFinal)], claim(afterFinal, 4)),
      trustRoot: trusted,
      expect: 'fail',
      problem: 'the final event that sealed the lot',
    },
    {
      name: 'look-alike-contract',
      description: 'A forged history of the lot, consistent in itself, anchored on an AyniAnchor deployed by someone else.',
      bundle: lotA(forged.map(forgedBatch), claim(/** @type {Sealed} */ (forged[2]), 3)),
      trustRoot: trusted,
      expect: 'fail',
      problem: 'is not the trusted AyniAnchor',
    },
    {
      name: 'chain-id-mismatch',
      description: 'A genuine bundle checked against a trust root on another chain.',
      bundle: lotA([entry(a1), entry(a2), entry(a3)]),
      trustRoot: { chainId: 11155111, contract: CONTRACT },
      expect: 'fail',
      problem: 'but the trust root is on chain 11155111',
    },
    {
      name: 'unpinned-anchorer',
      description: 'A genuine bundle checked against a trust root that pins another anchorer.',
      bundle: lotA([entry(a1), entry(a2), entry(a3)]),
      trustRoot: { ...trusted, anchorers: [ATTACKER] },
      expect: 'fail',
      problem: 'is not one of the trusted anchorers',
    },
  ];
  return vectors;
}

/**
 * JSON laid out the way the repository's formatter (Biome, line width 100 for JSON) lays it out,
 * so formatting the committed files changes nothing: objects one member per line; an array of
 * scalars on one line when that line fits, else one element per line.
 * @param {unknown} value
 */
export function formatJson(value) {
  const WIDTH = 100;
  /**
   * @param {unknown} v
   * @param {string} indent
   * @param {number} used  Characters already on the line before the value (indent, key), plus a trailing comma.
   * @returns {string}
   */
  const layout = (v, indent, used) => {
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      const scalars = v.every((x) => x === null || typeof x !== 'object');
      if (scalars) {
        const flat = `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
        if (used + flat.length <= WIDTH) return flat;
      }
      const inner = `${indent}  `;
      return `[\n${v.map((x, i) => `${inner}${layout(x, inner, inner.length + (i < v.length - 1 ? 1 : 0))}`).join(',\n')}\n${indent}]`;
    }
    if (v !== null && typeof v === 'object') {
      const members = Object.entries(v).filter(([, x]) => x !== undefined);
      if (members.length === 0) return '{}';
      const inner = `${indent}  `;
      const lines = members.map(([k, x], i) => {
        const key = `${JSON.stringify(k)}: `;
        return `${inner}${key}${layout(x, inner, inner.length + key.length + (i < members.length - 1 ? 1 : 0))}`;
      });
      return `{\n${lines.join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(v);
  };
  return `${layout(value, '', 0)}\n`;
}

/**
 * Writes vectors.json and one bundle file per vector into `out`; returns the file names.
 * @param {string} out
 */
export async function writeVectors(out) {
  await mkdir(out, { recursive: true });
  const vectors = buildVectors();
  const files = ['vectors.json'];
  const index = {
    format: 'ayni-verify-test-vectors/1',
    $comment:
      'Generated by packages/verify/scripts/make-vectors.js (do not edit by hand). Check each bundle with: ayni-verify <file> --offline --chain-id <trustRoot.chainId> --contract <trustRoot.contract> [--anchorer <a> ...]. "problem" is a substring of the report of a failing vector; "statement" of the completeness statement of a passing one. Anchors name fake transactions: these vectors are for the offline checks only.',
    vectors: vectors.map(({ bundle: _bundle, ...v }) => ({ ...v, file: `${v.name}.json` })),
  };
  await writeFile(join(out, 'vectors.json'), formatJson(index));
  for (const v of vectors) {
    files.push(`${v.name}.json`);
    await writeFile(join(out, `${v.name}.json`), formatJson(v.bundle));
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--out');
  const out = at > 0 && process.argv[at + 1] ? process.argv[at + 1] : DEFAULT_OUT;
  const files = await writeVectors(/** @type {string} */ (out));
  console.log(`wrote ${files.length} files to ${out}`);
}

/**
 * Builds proof bundles for the verifier's tests, independently of the server: records of a lot
 * (format 2, chained; or format 1), salted and hashed, batched into an OpenZeppelin
 * StandardMerkleTree, and anchored for real on an AyniAnchor (or any contract with the same
 * `anchor` function) on the local node.
 */
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anchorBatch, anchorContract } from '@ayni/chain';
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import canonicalize from 'canonicalize';
import { AbiCoder, concat, getBytes, hexlify, keccak256, randomBytes, toUtf8Bytes, type Signer } from 'ethers';

export interface Lot {
  lotId: string;
  orgId: string;
}

export interface Sealed {
  record: Record<string, unknown>;
  canonical: string;
  salt: string;
  recordHash: string;
}

export interface Anchor {
  chainId: number;
  contract: string;
  anchorer: string;
  batchId: string;
  seq: number;
  root: string;
  count: number;
  txHash: string;
  blockNumber: number;
  status: 'included';
}

export interface Entry extends Sealed {
  leaf: string;
  proof: string[];
  status: string;
  anchor?: Anchor;
}

const ULID = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const randomUlid = () =>
  Array.from(randomBytes(26))
    .map((b) => ULID[b % 32])
    .join('');

export const newLot = (): Lot => ({ lotId: `lot_${randomUlid()}`, orgId: `org_${randomUlid()}` });

export function seal(record: Record<string, unknown>): Sealed {
  const canonical = canonicalize(record);
  if (canonical === undefined) throw new Error('not JSON');
  const salt = hexlify(randomBytes(32));
  return { record, canonical, salt, recordHash: keccak256(concat([getBytes(salt), toUtf8Bytes(canonical)])) };
}

const TYPES = [
  ['collection', 'receiving'],
  ['quality_check', 'inspecting'],
  ['packing', 'packing'],
  ['shipping', 'shipping'],
] as const;

/** An event record of the lot; format 2 when `seq` is given. */
export function eventRecord(lot: Lot, n: number, chain?: { seq: number; prev: string | null; final?: boolean }): Record<string, unknown> {
  const [type, bizStep] = TYPES[(n - 1) % TYPES.length]!;
  return {
    ...(chain ? { format: 'ayni-event/2', seq: chain.seq, prev: chain.prev, ...(chain.final ? { final: true } : {}) } : {}),
    id: `pev_${randomUlid()}`,
    lotId: lot.lotId,
    orgId: lot.orgId,
    type,
    bizStep,
    eventTime: `2026-11-0${n}T11:30:00.000Z`,
    eventTimeZoneOffset: '-05:00',
    recordedAt: `2026-11-0${n}T15:00:00.000Z`,
    recordedByRole: 'association_admin',
    what: { quantity: String(40 + n), unit: 'kg' },
    where: { place: 'Planta quesera de Ocongate' },
    who: {},
    why: {},
  };
}

/** `count` chained events of the lot, each `prev` the record hash of the one before. */
export function chainOf(lot: Lot, count: number, options: { final?: boolean; from?: { seq: number; prev: string | null } } = {}): Sealed[] {
  const out: Sealed[] = [];
  let { seq, prev } = options.from ?? { seq: 1, prev: null };
  for (let i = 0; i < count; i++, seq++) {
    const sealed = seal(eventRecord(lot, seq, { seq, prev, final: options.final === true && i === count - 1 }));
    out.push(sealed);
    prev = sealed.recordHash;
  }
  return out;
}

export const factsOf = (lot: Lot): Sealed =>
  seal({ format: 'ayni-facts/1', id: `pfa_${randomUlid()}`, lotId: lot.lotId, orgId: lot.orgId, lot: { code: 'QA-1', quantity: '40', unit: 'kg' } });

export interface Batch {
  root: string;
  batchId: string;
  /** The bundle entry of one of the batch's records, with the anchor given. */
  entry(record: Sealed, anchor?: Anchor): Entry;
}

export function batchOf(records: readonly Sealed[], chainId: number, contract: string): Batch {
  const tree = StandardMerkleTree.of(
    records.map((r) => [r.recordHash]),
    ['bytes32'],
  );
  const sorted = records.map((r) => r.recordHash.toLowerCase()).sort();
  const batchId = keccak256(AbiCoder.defaultAbiCoder().encode(['uint256', 'address', 'bytes32[]'], [chainId, contract, sorted]));
  return {
    root: tree.root,
    batchId,
    entry: (record, anchor) => ({
      ...structuredClone(record),
      leaf: keccak256(keccak256(getBytes(record.recordHash))),
      proof: tree.getProof([record.recordHash]),
      status: anchor ? 'included' : 'pending',
      ...(anchor ? { anchor: { ...anchor } } : {}),
    }),
  };
}

/** A pending entry: not in any batch yet. */
export const pendingEntry = (record: Sealed): Entry => ({
  ...structuredClone(record),
  leaf: keccak256(keccak256(getBytes(record.recordHash))),
  proof: [],
  status: 'pending',
});

/**
 * Anchors the records in one batch with a real `anchor(root, batchId, seq, count)` transaction
 * from `signer` on `contract`, and returns their bundle entries.
 */
export async function anchorRecords(contract: string, signer: Signer, chainId: number, records: readonly Sealed[]): Promise<Map<Sealed, Entry>> {
  const batch = batchOf(records, chainId, contract);
  const anchorer = await signer.getAddress();
  const seq = Number(await anchorContract(contract, signer).nextSeq(anchorer));
  const sent = await anchorBatch(contract, signer, { root: batch.root, batchId: batch.batchId, seq, count: records.length });
  const anchor: Anchor = {
    chainId,
    contract,
    anchorer,
    batchId: batch.batchId,
    seq,
    root: batch.root,
    count: records.length,
    txHash: sent.txHash,
    blockNumber: sent.blockNumber,
    status: 'included',
  };
  return new Map(records.map((r) => [r, batch.entry(r, anchor)]));
}

/** A bundle of format 2; the chain claim is derived from the events listed unless given. */
export function bundleOf(lot: Lot, events: Entry[], options: { facts?: Entry[]; chain?: { length: number; head: string | null; sealed: boolean } } = {}) {
  const chained = events.filter((e) => e.record.format === 'ayni-event/2');
  const last = chained.at(-1);
  return {
    format: 'ayni-proof-bundle/2',
    hashScheme: 'ayni-jcs-keccak-salted-v1',
    subject: { lotId: lot.lotId, orgId: lot.orgId },
    chain: options.chain ?? {
      length: last ? (last.record.seq as number) : 0,
      head: last ? last.recordHash : null,
      sealed: last?.record.final === true,
    },
    lot: { id: lot.lotId, orgId: lot.orgId },
    events,
    facts: options.facts ?? [],
    generatedAt: '2026-11-21T10:00:00.000Z',
  };
}

/** Writes JSON to a fresh temporary file and returns its path. */
export async function jsonFile(value: unknown, name = 'bundle.json'): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'ayni-verify-')), name);
  await writeFile(file, JSON.stringify(value));
  return file;
}

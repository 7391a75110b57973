/**
 * The Merkle tree with every proof for 100,000 records: `buildBatchTree` (the job's) against a
 * minimal tree written here on the same @noble/hashes Keccak over bytes. Both must give the same
 * root and proofs; runs are interleaved (the order alternates each round) so load from other
 * processes falls on both, and the medians are compared. Target: ours ≤ 1.3 × the minimal tree.
 * (The minimal tree converts hex with @noble/hashes' own helpers, ours with Node's native codec.)
 *
 *   npm run bench -- merkle      (or: npx tsx bench/merkle.bench.ts)
 */
import { buildBatchTree, canonicalJson, newSalt, recordHashOf } from '@ayni/provenance';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const RECORDS = 100_000;
const ROUNDS = Number(process.env.MERKLE_BENCH_ROUNDS ?? 5);
const TARGET = 1.3;

// The very @noble/hashes the provenance package resolves (the root of the workspace has another).
const fromProvenance = createRequire(new URL('../packages/provenance/package.json', import.meta.url));
const noble = async <T>(path: string) => (await import(pathToFileURL(fromProvenance.resolve(path)).href)) as T;
const { keccak_256 } = await noble<{ keccak_256: (bytes: Uint8Array) => Uint8Array }>('@noble/hashes/sha3.js');
const { bytesToHex, hexToBytes } = await noble<{ bytesToHex: (b: Uint8Array) => string; hexToBytes: (h: string) => Uint8Array }>('@noble/hashes/utils.js');

function compare(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 32; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * The OpenZeppelin standard tree done plainly: leaves keccak(keccak(hash)) sorted, node i hashes
 * its children 2i+1 and 2i+2 (smaller first), leaf k of the sorted order at 2n − 2 − k; proofs of
 * the records in the order given, hex only for the output.
 */
function minimalTree(recordHashes: readonly string[]): { root: string; proofs: string[][] } {
  const n = recordHashes.length;
  const leaves = recordHashes.map((hash) => keccak_256(keccak_256(hexToBytes(hash.slice(2)))));
  const sorted = leaves.map((_, i) => i).sort((a, b) => compare(leaves[a]!, leaves[b]!));
  const tree: Uint8Array[] = new Array(2 * n - 1);
  const position = new Array<number>(n);
  sorted.forEach((leaf, k) => {
    tree[2 * n - 2 - k] = leaves[leaf]!;
    position[leaf] = 2 * n - 2 - k;
  });
  for (let i = n - 2; i >= 0; i--) {
    const left = tree[2 * i + 1]!;
    const right = tree[2 * i + 2]!;
    const pair = new Uint8Array(64);
    pair.set(compare(left, right) <= 0 ? left : right, 0);
    pair.set(compare(left, right) <= 0 ? right : left, 32);
    tree[i] = keccak_256(pair);
  }
  const hex = tree.map((node) => `0x${bytesToHex(node)}`);
  const proofs = position.map((start) => {
    const proof: string[] = [];
    for (let i = start; i > 0; i = Math.floor((i - 1) / 2)) proof.push(hex[i % 2 === 1 ? i + 1 : i - 1]!);
    return proof;
  });
  return { root: hex[0]!, proofs };
}

const median = (values: readonly number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const hashes = Array.from({ length: RECORDS }, (_, i) =>
  recordHashOf(
    canonicalJson({ id: `pev_${i}`, type: 'collection', eventTime: '2026-11-02T11:30:00.000Z', what: { quantity: '120.5', unit: 'litre' } }),
    newSalt(),
  ),
);

// Same answer first (and a warm-up of both).
const ours = buildBatchTree(hashes);
const plain = minimalTree(hashes);
if (ours.root !== plain.root || ours.proofs.some((proof, i) => proof.join() !== plain.proofs[i]!.join())) throw new Error('the two trees differ');

const times = { ours: [] as number[], minimal: [] as number[] };
const time = (name: keyof typeof times) => {
  const started = performance.now();
  const built = name === 'ours' ? buildBatchTree(hashes) : minimalTree(hashes);
  times[name].push(performance.now() - started);
  if (built.root !== ours.root) throw new Error('root changed');
};
for (let round = 0; round < ROUNDS; round++) {
  const order: Array<keyof typeof times> = round % 2 ? ['minimal', 'ours'] : ['ours', 'minimal'];
  for (const name of order) time(name);
}

const ratios = times.ours.map((t, i) => t / times.minimal[i]!);
const ratio = median(times.ours) / median(times.minimal);
console.log(`\nMerkle tree with all proofs, ${fmt(RECORDS)} records, ${ROUNDS} interleaved rounds (ms):\n`);
console.log('| tree | median | runs |');
console.log('|---|---:|---|');
console.log(`| buildBatchTree (packages/provenance) | ${fmt(median(times.ours))} | ${times.ours.map((t) => fmt(t)).join(', ')} |`);
console.log(`| minimal @noble/hashes tree (this bench) | ${fmt(median(times.minimal))} | ${times.minimal.map((t) => fmt(t)).join(', ')} |`);
console.log('');
console.log(`Ratio of medians, ours ÷ minimal: ${fmt(ratio, 2)} (per round: ${ratios.map((r) => fmt(r, 2)).join(', ')}).`);
console.log(`Target ≤ ${TARGET}×: ${ratio <= TARGET ? 'met' : 'MISSED'}. Same root and the same ${fmt(RECORDS)} proofs: checked.`);

/**
 * Anchoring costs, measured in one run on a local EVM node (Hardhat EDR, default hardfork), side by
 * side for the same records:
 *
 *   (a) one AyniAnchor transaction per record;
 *   (b) one EAS on-chain attestation (`attest`) per record;
 *   (c) EAS `timestamp` of the batch's Merkle root: one transaction per batch, the fair baseline
 *       for a Merkle-batched anchor (EAS's own way to anchor many records at once);
 *   (d) Ayni: the batch's Merkle root in one `anchor` transaction;
 *
 * at 1,000 and 10,000 records, gas per record and its ratio to (c); then gas per batch size
 * (1 … 10,000), proof sizes and verification time. The Merkle build time is bench/merkle.bench.ts.
 *
 *   npm run bench -- anchoring      (or: npx tsx bench/anchoring.bench.ts)
 */
import { anchorBatch, anchorContract, createRpcProvider, deployAnchor } from '@ayni/chain';
import { batchIdOf, buildBatchTree, canonicalJson, newSalt, recordHashOf, verifyProof } from '@ayni/provenance';
import { AbiCoder, type Contract, ContractFactory, Wallet, ZeroAddress, ZeroHash } from 'ethers';
import { startEvmNode } from '../packages/devstack/src/evm.js';
import { loadEasArtifact } from './support/eas-artifacts.js';

const BATCH_SIZES = [1, 100, 1_000, 10_000];
const COMPARED_SIZES = [1_000, 10_000];
/** Per-record methods cost the same per transaction whatever the count: measured on samples. */
const INDIVIDUAL_SAMPLE = 100;
const EAS_SAMPLE = 50;
const VERIFY_TREE = 100_000;
const VERIFY_SAMPLE = 2_000;

function records(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    recordHashOf(
      canonicalJson({
        id: `pev_${i}`,
        type: 'collection',
        eventTime: '2026-11-02T11:30:00.000Z',
        what: { quantity: '120.5', unit: 'litre' },
        where: { place: 'Pinchimuro' },
      }),
      newSalt(),
    ),
  );
}

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const int = (n: number | bigint) => Number(n).toLocaleString('en-US');
const mean = (values: readonly bigint[]) => Number(values.reduce((a, b) => a + b, 0n)) / values.length;
/** Gas values in increasing order (bigints: Math.min/max do not take them). */
const ascending = (values: readonly bigint[]) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const min = (values: readonly bigint[]) => ascending(values)[0]!;
const max = (values: readonly bigint[]) => ascending(values).at(-1)!;

const node = await startEvmNode({ port: 0 });
const provider = createRpcProvider(node.rpcUrl, { chainId: node.chainId, pollingIntervalMs: 20 });
const wallet = new Wallet(node.fundedPrivateKey, provider);
try {
  const deployed = await deployAnchor(wallet);
  const contract = anchorContract(deployed.address, provider);
  let seq = Number(await contract.nextSeq(wallet.address));
  // One warm-up anchor so every measured batch is the steady state.
  await anchorBatch(deployed.address, wallet, { root: records(1)[0]!, batchId: ZeroHash.replace(/0$/, '1'), seq: seq++, count: 1 });

  // EAS: SchemaRegistry + EAS, compiled by the EAS package itself (support/eas-artifacts.ts).
  const registryArtifact = await loadEasArtifact('SchemaRegistry');
  const easArtifact = await loadEasArtifact('EAS');
  const registry = await new ContractFactory(registryArtifact.abi, registryArtifact.bytecode, wallet).deploy();
  await registry.waitForDeployment();
  const eas = (await new ContractFactory(easArtifact.abi, easArtifact.bytecode, wallet).deploy(await registry.getAddress())) as Contract;
  await eas.waitForDeployment();
  const schema = 'bytes32 recordHash';
  const registered = await (await (registry as Contract).getFunction('register')(schema, ZeroAddress, true)).wait();
  const schemaUid = (registry as Contract).interface.parseLog(registered!.logs[0]!)!.args.getValue('uid') as string;
  // A warm-up timestamp, as for the anchor (first use of EAS storage otherwise costs the same).
  await (await eas.getFunction('timestamp')(records(1)[0]!)).wait();

  // (d) and (c): for each batch size, the tree, its Ayni anchor, and EAS's timestamp of that root.
  const batches: Array<{ size: number; gas: bigint; timestampGas: bigint; proofLength: number; buildMs: number }> = [];
  for (const size of BATCH_SIZES) {
    const hashes = records(size);
    const started = performance.now();
    const tree = buildBatchTree(hashes);
    const buildMs = performance.now() - started;
    const outcome = await anchorBatch(deployed.address, wallet, {
      root: tree.root,
      batchId: batchIdOf(node.chainId, deployed.address, hashes),
      seq: seq++,
      count: size,
    });
    if (outcome.events.length !== 1) throw new Error('the anchor emitted no Anchored event');
    const timestamped = await (await eas.getFunction('timestamp')(tree.root)).wait();
    const proofLength = Math.max(...tree.proofs.map((p) => p.length));
    batches.push({ size, gas: outcome.gasUsed, timestampGas: timestamped!.gasUsed, proofLength, buildMs });
  }

  // (a) One anchor transaction per record.
  const individual: bigint[] = [];
  for (const hash of records(INDIVIDUAL_SAMPLE)) {
    individual.push((await anchorBatch(deployed.address, wallet, { root: hash, batchId: hash, seq: seq++, count: 1 })).gasUsed);
  }
  const individualPerRecord = mean(individual);

  // (b) One EAS on-chain attestation per record.
  const attestations: bigint[] = [];
  for (const hash of records(EAS_SAMPLE)) {
    const tx = await eas.getFunction('attest')({
      schema: schemaUid,
      data: {
        recipient: ZeroAddress,
        expirationTime: 0n,
        revocable: true,
        refUID: ZeroHash,
        data: AbiCoder.defaultAbiCoder().encode(['bytes32'], [hash]),
        value: 0n,
      },
    });
    attestations.push((await tx.wait())!.gasUsed);
  }
  const easPerRecord = mean(attestations);

  // Proof verification with the library's StandardMerkleTree.verify (what ayni-verify uses).
  const verifyHashes = records(VERIFY_TREE);
  const verifyTree = buildBatchTree(verifyHashes);
  const verifyStarted = performance.now();
  let verified = 0;
  for (let i = 0; i < VERIFY_SAMPLE; i++) {
    const index = (i * 7919) % VERIFY_TREE;
    if (verifyProof(verifyTree.root, verifyHashes[index]!, verifyTree.proofs[index]!)) verified++;
  }
  const verifyUs = ((performance.now() - verifyStarted) * 1000) / VERIFY_SAMPLE;
  if (verified !== VERIFY_SAMPLE) throw new Error('a proof failed to verify');

  // Report
  console.log(`\nAnchoring on a local EDR node (chain ${node.chainId}); AyniAnchor deploy ${int(deployed.gasUsed)} gas\n`);
  const header = COMPARED_SIZES.map((n) => `gas per record, ${int(n)} records | ÷ (c)`).join(' | ');
  console.log(`| method | transactions for n records | ${header} |`);
  console.log(`|---|---:|${COMPARED_SIZES.map(() => '---:|---:').join('|')}|`);
  const at = (n: number) => batches.find((b) => b.size === n)!;
  const rows: Array<[string, string, (n: number) => number]> = [
    [`(a) one AyniAnchor tx per record (mean of ${INDIVIDUAL_SAMPLE})`, 'n', () => individualPerRecord],
    [`(b) EAS \`attest\` per record (mean of ${EAS_SAMPLE})`, 'n', () => easPerRecord],
    ['(c) EAS `timestamp` of the batch’s Merkle root', '1', (n) => Number(at(n).timestampGas) / n],
    ['(d) Ayni: the batch’s Merkle root in one `anchor`', '1', (n) => Number(at(n).gas) / n],
  ];
  for (const [label, txs, perRecord] of rows) {
    const cells = COMPARED_SIZES.map((n) => `${fmt(perRecord(n))} | ×${fmt(perRecord(n) / (Number(at(n).timestampGas) / n), 2)}`);
    console.log(`| ${label} | ${txs} | ${cells.join(' | ')} |`);
  }
  console.log('');
  console.log(
    '| records per batch | Ayni gas per tx | Ayni gas per record | EAS timestamp gas per tx | EAS timestamp ÷ Ayni | proof (siblings / bytes) | tree build + proofs |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const b of batches) {
    console.log(
      `| ${int(b.size)} | ${int(b.gas)} | ${fmt(Number(b.gas) / b.size)} | ${int(b.timestampGas)} | ×${fmt(Number(b.timestampGas) / Number(b.gas), 2)} | ${b.proofLength} / ${b.proofLength * 32} B | ${fmt(b.buildMs)} ms |`,
    );
  }
  console.log('');
  console.log(
    `(a) one anchor tx per record: ${fmt(individualPerRecord)} gas (mean of ${INDIVIDUAL_SAMPLE}; min ${int(min(individual))}, max ${int(max(individual))}); n records ≈ n × that, extrapolated.`,
  );
  console.log(
    `(b) EAS attest per record: ${fmt(easPerRecord)} gas (mean of ${EAS_SAMPLE}, schema "${schema}", no resolver; min ${int(min(attestations))}, max ${int(max(attestations))}); extrapolated likewise.`,
  );
  console.log(
    `(c) EAS timestamp of one root: ${batches.map((b) => int(b.timestampGas)).join(' / ')} gas at ${batches.map((b) => int(b.size)).join(' / ')} records (one tx each).`,
  );
  console.log(`Proof verification: ${fmt(verifyUs)} µs per proof (mean of ${int(VERIFY_SAMPLE)}, ${int(VERIFY_TREE)}-record tree).`);
  const targets: Array<[string, number, number]> = [
    ['≤ 30 gas per record at 1,000 records', Number(at(1_000).gas) / 1_000, 30],
    ['≤ 3 gas per record at 10,000 records', Number(at(10_000).gas) / 10_000, 3],
  ];
  for (const [target, value, limit] of targets) {
    console.log(`Target ${target}: ${fmt(value, 2)} → ${value <= limit ? 'met' : 'MISSED'}`);
    if (value > limit) process.exitCode = 1;
  }
} finally {
  provider.destroy();
  await node.close();
}

import { readFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { hexlify, randomBytes, ZeroHash, type Wallet } from 'ethers';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  anchorAbi,
  anchorBatch,
  anchorBytecode,
  anchorContract,
  anchorDeployedBytecode,
  anchorInterface,
  anchorSourceSha256,
  checkChain,
  decodeAnchorCall,
  decodeAnchorRevert,
  deployAnchor,
  findAnchoredLogs,
  readAnchoredLog,
  setAnchorer,
  type DeployedAnchor,
} from '../../packages/chain/src/index.js';
import { anchorArtifactPath, compileAnchor, type AnchorArtifact } from '../../packages/chain/src/compile.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';

/** ≤ 30 gas per record at 1,000 records per batch (issue 6). */
const ANCHOR_GAS_TARGET = 30_000n;
const bytes32 = () => hexlify(randomBytes(32));

describe('AyniAnchor artifact', () => {
  it('matches a fresh compile of the committed source', async () => {
    const committed = JSON.parse(await readFile(anchorArtifactPath, 'utf8')) as AnchorArtifact;
    const { artifact: fresh, warnings } = await compileAnchor();

    expect(warnings).toEqual([]);
    expect(committed.sourceSha256).toBe(fresh.sourceSha256);
    expect(committed.compiler).toEqual(fresh.compiler);
    expect(committed.abi).toEqual(fresh.abi);
    expect(committed.bytecode).toBe(fresh.bytecode);
    expect(committed.deployedBytecode).toBe(fresh.deployedBytecode);
    expect(committed).toEqual(fresh);
    // And the module the runtime uses serves that same artifact.
    expect(anchorSourceSha256).toBe(fresh.sourceSha256);
    expect(anchorBytecode).toBe(fresh.bytecode);
    expect(anchorDeployedBytecode).toBe(fresh.deployedBytecode);
    expect(anchorAbi).toEqual(fresh.abi);
  });
});

describe('AyniAnchor on the local node', () => {
  let chain: ChainFixture;
  let owner: Wallet;
  let deployed: DeployedAnchor;

  beforeAll(async () => {
    chain = await chainFixture();
    owner = chain.wallet;
    deployed = await deployAnchor(owner);
    console.log(`[gas] AyniAnchor deploy: ${deployed.gasUsed}`);
  });

  afterAll(() => chain?.close());

  it('deploys with runtime code from the artifact, owned by and anchorable by the deployer', async () => {
    expect(await chain.provider.getCode(deployed.address)).toBe(anchorDeployedBytecode);
    const contract = anchorContract(deployed.address, chain.provider);
    expect(await contract.owner()).toBe(owner.address);
    expect(await contract.isAnchorer(owner.address)).toBe(true);
  });

  it('anchors batch 0 and the Anchored log decodes to root, batchId, seq and count', async () => {
    const root = bytes32();
    const batchId = bytes32();
    const contract = anchorContract(deployed.address, chain.provider);
    expect(await contract.nextSeq(owner.address)).toBe(0n);

    const outcome = await anchorBatch(deployed.address, owner, { root, batchId, seq: 0, count: 1234 });

    const expected = { root, batchId, seq: 0, transactionHash: outcome.txHash, blockNumber: outcome.blockNumber };
    expect(outcome.events).toEqual([expect.objectContaining(expected)]);
    expect(await readAnchoredLog(chain.provider, outcome.txHash, deployed.address)).toEqual(outcome.events);
    expect(await contract.nextSeq(owner.address)).toBe(1n);
    const tx = await chain.provider.getTransaction(outcome.txHash);
    expect(decodeAnchorCall(tx!.data)).toEqual({ root, batchId, seq: 0, count: 1234 });
    expect(await findAnchoredLogs(chain.provider, deployed.address, { batchId, fromBlock: 0, chunk: 3 })).toEqual(outcome.events);
    console.log(`[gas] anchor (first batch): ${outcome.gasUsed}`);
  });

  it('costs at most 30,000 gas per batch, i.e. 30 gas per record at 1,000 records', async () => {
    const next = Number(await anchorContract(deployed.address, chain.provider).nextSeq(owner.address));
    const outcome = await anchorBatch(deployed.address, owner, { root: bytes32(), batchId: bytes32(), seq: next, count: 1000 });
    console.log(`[gas] anchor (steady state): ${outcome.gasUsed}`);
    expect(outcome.gasUsed).toBeLessThanOrEqual(ANCHOR_GAS_TARGET);
  });

  it('ignores logs of other contracts when decoding', async () => {
    const next = Number(await anchorContract(deployed.address, chain.provider).nextSeq(owner.address));
    const outcome = await anchorBatch(deployed.address, owner, { root: bytes32(), batchId: bytes32(), seq: next, count: 1 });
    expect(await readAnchoredLog(chain.provider, outcome.txHash, owner.address)).toEqual([]);
  });

  it('returns null for a transaction that has no receipt', async () => {
    expect(await readAnchoredLog(chain.provider, bytes32(), deployed.address)).toBeNull();
  });

  it('refuses an unauthorised address until the owner authorises it, and again once revoked', async () => {
    const outsider = await chain.newWallet();
    let seq = 0;
    const attempt = () => anchorBatch(deployed.address, outsider, { root: bytes32(), batchId: bytes32(), seq, count: 1 });

    const refused = await attempt().catch((err: unknown) => err);
    expect(refused).toMatchObject({ name: 'ChainTransactionError' });
    expect(decodeAnchorRevert(refused)).toEqual({ name: 'NotAnchorer', args: [outsider.address] });

    await setAnchorer(deployed.address, owner, outsider.address, true);
    expect((await attempt()).events).toHaveLength(1);
    seq = 1;

    await setAnchorer(deployed.address, owner, outsider.address, false);
    expect(decodeAnchorRevert(await attempt().catch((err: unknown) => err))).toMatchObject({ name: 'NotAnchorer' });
    // Re-authorised, it keeps its numbering.
    await setAnchorer(deployed.address, owner, outsider.address, true);
    expect(await anchorContract(deployed.address, chain.provider).nextSeq(outsider.address)).toBe(1n);
  });

  it('lets only the owner manage anchorers', async () => {
    const outsider = await chain.newWallet();
    const err = await setAnchorer(deployed.address, outsider, outsider.address, true).catch((e: unknown) => e);
    expect(decodeAnchorRevert(err)).toEqual({ name: 'NotOwner', args: [outsider.address] });
    expect(await anchorContract(deployed.address, chain.provider).isAnchorer(outsider.address)).toBe(false);
  });

  it('treats a resend of an anchored batch number as a quiet no-op without a second event', async () => {
    const anchorer = await chain.newWallet();
    await setAnchorer(deployed.address, owner, anchorer.address, true);
    const root = bytes32();
    const batchId = bytes32();
    const contract = anchorContract(deployed.address, anchorer);

    expect(await contract.anchor.staticCall(root, batchId, 0, 7)).toBe(true);
    const first = await anchorBatch(deployed.address, anchorer, { root, batchId, seq: 0, count: 7 });
    expect(await contract.anchor.staticCall(root, batchId, 0, 7)).toBe(false);
    const repeat = await anchorBatch(deployed.address, anchorer, { root, batchId, seq: 0, count: 7 });

    expect(first.events).toHaveLength(1);
    expect(repeat.events).toEqual([]);
    expect(repeat.blockNumber).toBeGreaterThan(first.blockNumber);
    const logs = await chain.provider.getLogs({
      address: deployed.address,
      fromBlock: 0,
      topics: [anchorInterface.getEvent('Anchored')!.topicHash, null, batchId],
    });
    expect(logs.map((l) => l.transactionHash)).toEqual([first.txHash]);

    console.log(`[gas] anchor (repeat, no-op): ${repeat.gasUsed}`);
    expect(repeat.gasUsed).toBeLessThan(first.gasUsed);
  });

  it('reverts with OutOfOrder for a batch number beyond the next one', async () => {
    const anchorer = await chain.newWallet();
    await setAnchorer(deployed.address, owner, anchorer.address, true);
    const err = await anchorBatch(deployed.address, anchorer, { root: bytes32(), batchId: bytes32(), seq: 2, count: 3 }).catch((e: unknown) => e);
    expect(decodeAnchorRevert(err)).toEqual({ name: 'OutOfOrder', args: [2n, 0n] });
  });

  it('rejects a zero root', async () => {
    const next = Number(await anchorContract(deployed.address, chain.provider).nextSeq(owner.address));
    const err = await anchorBatch(deployed.address, owner, { root: ZeroHash, batchId: bytes32(), seq: next, count: 1 }).catch((e: unknown) => e);
    expect(decodeAnchorRevert(err)).toEqual({ name: 'ZeroRoot', args: [] });
  });
});

describe('checkChain', () => {
  it('reports a live node as ok with its chain id and block number', async () => {
    const { rpcUrl, chainId } = inject('chain');
    const health = await checkChain(rpcUrl, { timeoutMs: 2_000, expectedChainId: chainId });
    expect(health).toMatchObject({ ok: true, chainId });
    expect(health.blockNumber).toBeGreaterThanOrEqual(0);
    expect(health.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('reports a chain id mismatch as not ok', async () => {
    const { rpcUrl, chainId } = inject('chain');
    const health = await checkChain(rpcUrl, { expectedChainId: chainId + 1 });
    expect(health).toMatchObject({ ok: false, chainId, error: expect.stringContaining('expected chain') });
  });

  it('reports a closed port as not ok, quickly', async () => {
    const port = await freePort();
    const health = await checkChain(`http://127.0.0.1:${port}`, { timeoutMs: 1_000 });
    expect(health).toMatchObject({ ok: false, chainId: null, blockNumber: null });
    expect(health.ok ? '' : health.error).toMatch(/ECONNREFUSED|fetch failed/);
    expect(health.latencyMs).toBeLessThan(1_000);
  });

  it('gives up on an endpoint that accepts but never answers, within the timeout', async () => {
    const silent = await listenSilently();
    try {
      const started = performance.now();
      const health = await checkChain(`http://127.0.0.1:${silent.port}`, { timeoutMs: 300 });
      const elapsed = performance.now() - started;
      expect(health).toMatchObject({ ok: false, error: expect.stringContaining('timed out') });
      expect(elapsed).toBeGreaterThanOrEqual(250);
      expect(elapsed).toBeLessThan(1_500);
    } finally {
      await silent.close();
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function listenSilently(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

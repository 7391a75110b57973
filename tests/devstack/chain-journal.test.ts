import { loadConfig } from '@ayni/core';
import { JsonRpcProvider, Wallet } from 'ethers';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareChain, type ChainSetup } from '../../packages/devstack/src/chain.js';
import { freePort } from '../../packages/devstack/src/ports.js';

/**
 * The local chain of `npm start` survives a restart: what was sent to it is replayed into the new
 * node, so transactions keep their hashes, blocks and timestamps and the contract its address.
 */
const dataDir = await mkdtemp(join(tmpdir(), 'ayni-chain-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function start(): Promise<ChainSetup> {
  return prepareChain(loadConfig({ DATA_DIR: dataDir, EVM_PORT: String(await freePort()) }));
}

async function send(chain: ChainSetup): Promise<{ hash: string; blockNumber: number; timestamp: number }> {
  const provider = new JsonRpcProvider(chain.rpcUrl, chain.chainId, { staticNetwork: true, cacheTimeout: -1 });
  try {
    const wallet = new Wallet(chain.anchorerKey, provider);
    const receipt = await (await wallet.sendTransaction({ to: wallet.address, value: 1n, data: '0xa11ce0' })).wait();
    const block = await provider.getBlock(receipt!.blockNumber);
    return { hash: receipt!.hash, blockNumber: receipt!.blockNumber, timestamp: block!.timestamp };
  } finally {
    provider.destroy();
  }
}

async function lookUp(chain: ChainSetup, hash: string) {
  const provider = new JsonRpcProvider(chain.rpcUrl, chain.chainId, { staticNetwork: true });
  try {
    const receipt = await provider.getTransactionReceipt(hash);
    const block = receipt ? await provider.getBlock(receipt.blockNumber) : null;
    return { receipt, timestamp: block?.timestamp, code: await provider.getCode(chain.contractAddress) };
  } finally {
    provider.destroy();
  }
}

describe('the local chain across restarts', () => {
  let first: { hash: string; blockNumber: number; timestamp: number };
  let contract: string;

  it('replays every transaction into the next node, with its hash, block and timestamp', async () => {
    const chain = await start();
    contract = chain.contractAddress;
    first = await send(chain);
    await chain.close!();

    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await start();
    try {
      expect(again.notes?.join(' ')).toMatch(/restored: 3 transactions replayed/);
      expect(again.contractAddress).toBe(contract);
      const found = await lookUp(again, first.hash);
      expect(found.receipt?.blockNumber).toBe(first.blockNumber);
      expect(found.timestamp).toBe(first.timestamp);
      expect(found.code.length).toBeGreaterThan(2);
      const next = await send(again);
      expect(next.blockNumber).toBe(first.blockNumber + 1);
      expect(next.timestamp).toBeGreaterThan(first.timestamp);
    } finally {
      await again.close!();
    }
  }, 60_000);

  it('sets a journal that cannot be replayed aside and starts a new chain, saying so', async () => {
    const path = join(dataDir, 'chain', 'journal.jsonl');
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    await writeFile(path, `${[lines[0], ...lines.slice(2)].join('\n')}\n`);
    const fresh = await start();
    try {
      expect(fresh.notes?.join(' ')).toMatch(/set aside/);
      expect((await lookUp(fresh, first.hash)).receipt).toBeNull();
      expect((await lookUp(fresh, first.hash)).code.length).toBeGreaterThan(2);
    } finally {
      await fresh.close!();
    }
  }, 60_000);
});

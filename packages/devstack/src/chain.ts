import { addToRegistry, createRpcProvider, deployAnchor, registryEntry, type RegistryEntry } from '@ayni/chain';
import type { Config } from '@ayni/core';
import { Wallet } from 'ethers';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { genesisFor, readJournal, replayJournal, setJournalAside, startJournalingProxy, type JournalingProxy } from './chain-journal.js';
import { fundAccount, startEvmNode } from './evm.js';

/** The chain the local product anchors to, and who anchors. */
export interface ChainSetup {
  readonly rpcUrl: string;
  readonly chainId: number;
  readonly contractAddress: string;
  readonly anchorerKey: string;
  readonly anchorerAddress: string;
  /** Stops the node this process runs (absent when CHAIN_RPC_URL is given). */
  readonly close?: () => Promise<void>;
  /** What happened to the local chain on start (restored, set aside...). */
  readonly notes?: readonly string[];
  /** The local chain's deployments registry (for `ayni-verify --deployments`), when known. */
  readonly registryPath?: string;
  /**
   * The local node's own JSON-RPC URL, for visitors' browsers (CHAIN_PUBLIC_RPC_URLS): it answers
   * CORS, which the journaling proxy at `rpcUrl` does not, and a browser only reads.
   */
  readonly publicRpcUrl?: string;
}

export const LOCAL_CHAIN_ID = 31337;

/** The local anchorer's key, generated once into DATA_DIR (mode 0600) and never committed. */
export async function loadOrCreateAnchorerKey(dataDir: string): Promise<string> {
  const path = join(dataDir, 'chain', 'anchorer-key.txt');
  if (existsSync(path)) return (await readFile(path, 'utf8')).trim();
  await mkdir(join(dataDir, 'chain'), { recursive: true });
  const key = Wallet.createRandom().privateKey;
  await writeFile(path, `${key}\n`, { mode: 0o600 });
  return key;
}

/**
 * Either uses the configured chain (CHAIN_RPC_URL, ANCHOR_CONTRACT_ADDRESS, ANCHOR_SIGNER_KEY), or
 * starts a real local EVM node, funds the local anchorer and deploys the anchor contract on it.
 */
export async function prepareChain(config: Config): Promise<ChainSetup> {
  if (config.CHAIN_RPC_URL) {
    const missing = (['ANCHOR_CONTRACT_ADDRESS', 'ANCHOR_SIGNER_KEY', 'CHAIN_ID'] as const).filter((name) => !config[name]);
    if (missing.length > 0) {
      throw new Error(`CHAIN_RPC_URL is set, so these must be set too: ${missing.join(', ')}`);
    }
    const anchorerKey = config.ANCHOR_SIGNER_KEY!;
    return {
      rpcUrl: config.CHAIN_RPC_URL,
      chainId: config.CHAIN_ID!,
      contractAddress: config.ANCHOR_CONTRACT_ADDRESS!,
      anchorerKey,
      anchorerAddress: new Wallet(anchorerKey).address,
    };
  }
  return startLocalChain(config);
}

interface LocalChainState {
  readonly contractAddress: string;
  readonly anchorerAddress: string;
  /** The local chain's registry entry (absent in state files written before the registry). */
  readonly entry?: RegistryEntry;
}

/** Where `npm start` writes the local chain's deployments registry, to give to `ayni-verify --deployments`. */
export const localRegistryPath = (dataDir: string) => join(dataDir, 'deployments.json');

/**
 * A real local node whose chain survives restarts: transactions are journaled by a proxy on
 * EVM_PORT and replayed into the next node (see chain-journal.ts). A journal that cannot be replayed
 * is set aside and a new chain is started, with a warning: anchors recorded on the old one no longer
 * verify.
 */
async function startLocalChain(config: Config): Promise<ChainSetup> {
  const dir = join(config.DATA_DIR, 'chain');
  const journalPath = join(dir, 'journal.jsonl');
  const statePath = join(dir, 'local-chain.json');
  const notes: string[] = [];
  let entries = await readJournal(journalPath);
  let state = entries.length > 0 && existsSync(statePath) ? (JSON.parse(await readFile(statePath, 'utf8')) as LocalChainState) : undefined;
  if (entries.length > 0 && !state) {
    notes.push(`chain journal without its state file: set aside as ${await setJournalAside(journalPath)}`);
    entries = [];
  }

  let node = await startEvmNode({ port: 0, chainId: LOCAL_CHAIN_ID, initialDate: genesisFor(entries) });
  if (entries.length > 0) {
    try {
      const replayed = await replayJournal(node.rpcUrl, entries);
      notes.push(`local chain restored: ${replayed} transactions replayed`);
    } catch (error) {
      await node.close();
      notes.push(
        `${(error as Error).message}; journal set aside as ${await setJournalAside(journalPath)}; a new chain starts (earlier anchors will not verify)`,
      );
      await rm(statePath, { force: true });
      state = undefined;
      node = await startEvmNode({ port: 0, chainId: LOCAL_CHAIN_ID });
    }
  }

  let proxy: JournalingProxy | undefined;
  try {
    proxy = await startJournalingProxy({ nodeUrl: node.rpcUrl, journalPath, port: config.EVM_PORT });
    const anchorerKey = await loadOrCreateAnchorerKey(config.DATA_DIR);
    const anchorerAddress = new Wallet(anchorerKey).address;
    if (!state || state.anchorerAddress !== anchorerAddress) {
      const provider = createRpcProvider(proxy.url, { chainId: node.chainId });
      try {
        await fundAccount(proxy.url, node.fundedPrivateKey, anchorerAddress, 10n ** 21n);
        const deployed = await deployAnchor(new Wallet(anchorerKey, provider));
        const entry = registryEntry('local', node.chainId, deployed, anchorerAddress, anchorerAddress);
        state = { contractAddress: deployed.address, anchorerAddress, entry };
        await writeFile(statePath, `${JSON.stringify(state, null, 2)}\n`);
      } finally {
        provider.destroy();
      }
    }
    // The local chain's trust root, rewritten from the state on every start (it is replaced with
    // the chain); the committed registry never holds it.
    const registryPath = localRegistryPath(config.DATA_DIR);
    await rm(registryPath, { force: true });
    if (state.entry) await addToRegistry(registryPath, state.entry);
    else notes.push(`the local contract was deployed before deployment registries: delete ${dir} to redeploy and get ${registryPath}`);
    const openProxy = proxy;
    return {
      rpcUrl: proxy.url,
      chainId: node.chainId,
      contractAddress: state.contractAddress,
      anchorerKey,
      anchorerAddress,
      notes,
      ...(state.entry ? { registryPath } : {}),
      publicRpcUrl: node.rpcUrl,
      close: async () => {
        await openProxy.close();
        await node.close();
      },
    };
  } catch (error) {
    await proxy?.close();
    await node.close();
    throw error;
  }
}

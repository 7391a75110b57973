import { createRpcProvider, deployAnchor } from '@ayni/chain';
import type { Config } from '@ayni/core';
import { Wallet } from 'ethers';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fundAccount, startEvmNode, type EvmNode } from './evm.js';

/** The chain the local product anchors to, and who anchors. */
export interface ChainSetup {
  readonly rpcUrl: string;
  readonly chainId: number;
  readonly contractAddress: string;
  readonly anchorerKey: string;
  readonly anchorerAddress: string;
  /** Present when this process runs the node (no CHAIN_RPC_URL given). */
  readonly node?: EvmNode;
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
  const node = await startEvmNode({ port: config.EVM_PORT, chainId: LOCAL_CHAIN_ID });
  try {
    const anchorerKey = await loadOrCreateAnchorerKey(config.DATA_DIR);
    const provider = createRpcProvider(node.rpcUrl, { chainId: node.chainId });
    const anchorer = new Wallet(anchorerKey, provider);
    await fundAccount(node.rpcUrl, node.fundedPrivateKey, anchorer.address, 10n ** 21n);
    const deployed = await deployAnchor(anchorer);
    provider.destroy();
    return {
      rpcUrl: node.rpcUrl,
      chainId: node.chainId,
      contractAddress: deployed.address,
      anchorerKey,
      anchorerAddress: anchorer.address,
      node,
    };
  } catch (error) {
    await node.close();
    throw error;
  }
}

import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DeployedAnchor } from './client.js';

/**
 * The deployments registry (`ayni-deployments/1`): per chain, the AyniAnchor contract a verifier
 * trusts, how it was deployed, its owner and its anchorers. The committed registry
 * (`packages/verify/deployments.json`) holds real public deployments only; the local chain's entry is
 * written by `npm start` under DATA_DIR. `ayni-verify` reads the same file, with its own code.
 */
export const REGISTRY_FORMAT = 'ayni-deployments/1';

export interface RegistryAnchorer {
  readonly address: string;
  readonly authorisedInTx: string;
  readonly authorisedAtBlock: number;
}

export interface RegistryEntry {
  readonly chainId: number;
  readonly network: string;
  readonly contract: string;
  readonly deploymentTx: string;
  readonly deploymentBlock: number;
  readonly owner: string;
  readonly anchorers: readonly RegistryAnchorer[];
}

export interface Registry {
  readonly $comment?: string;
  readonly format: typeof REGISTRY_FORMAT;
  readonly deployments: readonly RegistryEntry[];
}

/** Public test networks the deploy command knows, with their chain ids. */
export const NETWORKS: Readonly<Record<string, number>> = {
  sepolia: 11155111,
  amoy: 80002,
  'base-sepolia': 84532,
  local: 31337,
};

/** The registry entry of a deployment whose constructor authorised `anchorer`. */
export function registryEntry(network: string, chainId: number, deployed: DeployedAnchor, owner: string, anchorer: string): RegistryEntry {
  return {
    chainId,
    network,
    contract: deployed.address,
    deploymentTx: deployed.txHash,
    deploymentBlock: deployed.blockNumber,
    owner,
    anchorers: [{ address: anchorer, authorisedInTx: deployed.txHash, authorisedAtBlock: deployed.blockNumber }],
  };
}

export async function readRegistry(path: string): Promise<Registry> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { format: REGISTRY_FORMAT, deployments: [] };
    throw error;
  }
  const registry = JSON.parse(text) as Registry;
  if (registry.format !== REGISTRY_FORMAT || !Array.isArray(registry.deployments)) throw new Error(`${path} is not an ${REGISTRY_FORMAT} registry`);
  return registry;
}

/**
 * Adds an entry, replacing the one of the same chain and contract. Entries stay sorted by chain id
 * then deployment block, so the committed file changes by one entry per deployment.
 */
export async function addToRegistry(path: string, entry: RegistryEntry): Promise<Registry> {
  const registry = await readRegistry(path);
  const others = registry.deployments.filter((e) => !(e.chainId === entry.chainId && e.contract.toLowerCase() === entry.contract.toLowerCase()));
  const deployments = [...others, entry].sort((a, b) => a.chainId - b.chainId || a.deploymentBlock - b.deploymentBlock);
  const next: Registry = { ...(registry.$comment ? { $comment: registry.$comment } : {}), format: REGISTRY_FORMAT, deployments };
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(next, null, 2)}\n`);
  return next;
}

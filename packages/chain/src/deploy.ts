/**
 * `npm run chain:deploy -- --network sepolia|amoy|base-sepolia|local --rpc <url> [--anchorer <address>]
 * [--registry <file>] [--confirmations <n>]`: deploys AyniAnchor from the key in
 * DEPLOYER_PRIVATE_KEY (never a file of the repo), authorises the anchorer (the KMS key's address
 * in AWS; the deployer when not given) and writes the deployment into the registry that
 * `ayni-verify` trusts. Runbook: docs/chain-runbook.md.
 */
import { Wallet } from 'ethers';
import { fileURLToPath } from 'node:url';
import { createRpcProvider, deployAnchor } from './client.js';
import { addToRegistry, NETWORKS, registryEntry, type RegistryEntry } from './registry.js';

export const COMMITTED_REGISTRY = fileURLToPath(new URL('../../verify/deployments.json', import.meta.url));

const USAGE = `Usage: npm run chain:deploy -- --network <${Object.keys(NETWORKS).join('|')}> --rpc <url> [--anchorer <address>] [--registry <file>] [--confirmations <n>]

Deploys the AyniAnchor contract with the key in DEPLOYER_PRIVATE_KEY, authorises the anchorer
(default: the deployer) and records the deployment in the registry ayni-verify trusts
(default: packages/verify/deployments.json; the local network needs --registry, e.g. .data/deployments.json).`;

export class DeployUsageError extends Error {}

interface DeployArgs {
  network: string;
  rpc: string;
  anchorer?: string;
  registry: string;
  confirmations: number;
}

export function parseDeployArgs(argv: readonly string[]): DeployArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--(network|rpc|anchorer|registry|confirmations)(?:=(.*))?$/.exec(arg);
    if (!match) throw new DeployUsageError(`unexpected argument ${arg}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new DeployUsageError(`--${match[1]} needs a value`);
    values.set(match[1]!, value);
  }
  const network = values.get('network');
  if (!network || !(network in NETWORKS)) throw new DeployUsageError(`--network must be one of ${Object.keys(NETWORKS).join(', ')}`);
  const rpc = values.get('rpc');
  if (!rpc) throw new DeployUsageError('--rpc is required');
  const anchorer = values.get('anchorer');
  if (anchorer !== undefined && !/^0x[0-9a-fA-F]{40}$/.test(anchorer)) throw new DeployUsageError('--anchorer must be an address (0x and 40 hex digits)');
  const registry = values.get('registry') ?? (network === 'local' ? undefined : COMMITTED_REGISTRY);
  if (!registry) throw new DeployUsageError('a local deployment is never written into the committed registry: give --registry (e.g. .data/deployments.json)');
  const confirmations = Number(values.get('confirmations') ?? (network === 'local' ? 1 : 2));
  if (!Number.isInteger(confirmations) || confirmations < 1) throw new DeployUsageError('--confirmations must be a positive integer');
  return { network, rpc, ...(anchorer ? { anchorer } : {}), registry, confirmations };
}

/** Deploys and records; returns the registry entry. The RPC must serve the named network's chain. */
export async function deployToNetwork(args: DeployArgs, deployerKey: string): Promise<RegistryEntry> {
  const expected = NETWORKS[args.network]!;
  const provider = createRpcProvider(args.rpc);
  try {
    const chainId = Number((await provider.getNetwork()).chainId);
    if (chainId !== expected) throw new DeployUsageError(`the RPC serves chain ${chainId}, not ${args.network} (${expected})`);
    const deployer = new Wallet(deployerKey, provider);
    const anchorer = args.anchorer ?? deployer.address;
    const deployed = await deployAnchor(deployer, { anchorer, confirmations: args.confirmations });
    const entry = registryEntry(args.network, chainId, deployed, deployer.address, anchorer);
    await addToRegistry(args.registry, entry);
    return entry;
  } finally {
    provider.destroy();
  }
}

export async function main(argv: readonly string[], env = process.env, out = console.log, err = console.error): Promise<number> {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      out(USAGE);
      return 0;
    }
    const args = parseDeployArgs(argv);
    const key = env.DEPLOYER_PRIVATE_KEY;
    if (!key) throw new DeployUsageError('DEPLOYER_PRIVATE_KEY is not set (the deployer’s key; keep it out of the repository)');
    const entry = await deployToNetwork(args, key);
    out(`AyniAnchor deployed on ${entry.network} (chain ${entry.chainId}) at ${entry.contract}`);
    out(`  transaction ${entry.deploymentTx}, block ${entry.deploymentBlock}, owner ${entry.owner}, anchorer ${entry.anchorers[0]!.address}`);
    out(`  recorded in ${args.registry}`);
    return 0;
  } catch (error) {
    if (error instanceof DeployUsageError) {
      err(`chain:deploy: ${error.message}`);
      err(USAGE);
      return 2;
    }
    err(`chain:deploy: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}

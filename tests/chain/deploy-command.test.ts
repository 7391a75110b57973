import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Wallet } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorContract, readRegistry } from '../../packages/chain/src/index.js';
import { COMMITTED_REGISTRY, main } from '../../packages/chain/src/deploy.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';

let chain: ChainFixture;
let dir: string;

beforeAll(async () => {
  chain = await chainFixture();
  dir = await mkdtemp(join(tmpdir(), 'ayni-registry-'));
});

afterAll(() => chain?.close());

async function deploy(args: string[], env: Record<string, string | undefined> = { DEPLOYER_PRIVATE_KEY: chain.wallet.privateKey }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    env,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run chain:deploy', () => {
  it('deploys AyniAnchor, authorises the anchorer and records exactly what is on chain', async () => {
    // Prepare
    const registry = join(dir, 'deployments.json');
    const anchorer = Wallet.createRandom().address;

    // Act
    const run = await deploy(['--network', 'local', '--rpc', chain.rpcUrl, '--anchorer', anchorer, '--registry', registry]);

    // Assess
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const { deployments } = await readRegistry(registry);
    expect(deployments).toHaveLength(1);
    const entry = deployments[0]!;
    const receipt = await chain.provider.getTransactionReceipt(entry.deploymentTx);
    expect(receipt?.contractAddress).toBe(entry.contract);
    expect(receipt?.blockNumber).toBe(entry.deploymentBlock);
    expect(entry).toMatchObject({ chainId: chain.chainId, network: 'local', owner: chain.wallet.address });
    expect(entry.anchorers).toEqual([{ address: anchorer, authorisedInTx: entry.deploymentTx, authorisedAtBlock: entry.deploymentBlock }]);
    const contract = anchorContract(entry.contract, chain.provider);
    expect(await contract.isAnchorer(anchorer)).toBe(true);
    expect(await contract.isAnchorer(chain.wallet.address)).toBe(false);
    expect(run.out).toContain(entry.contract);

    // A second deployment is added beside the first, not over it.
    expect((await deploy(['--network', 'local', '--rpc', chain.rpcUrl, '--registry', registry])).code).toBe(0);
    expect((await readRegistry(registry)).deployments.map((e) => e.anchorers[0]!.address)).toEqual([anchorer, chain.wallet.address]);
  });

  it('refuses an RPC of another chain than the network named, and never writes a local chain into the committed registry', async () => {
    // Prepare
    const committed = await readFile(COMMITTED_REGISTRY, 'utf8');

    // Act
    const wrongChain = await deploy(['--network', 'sepolia', '--rpc', chain.rpcUrl, '--registry', join(dir, 'other.json')]);
    const localCommitted = await deploy(['--network', 'local', '--rpc', chain.rpcUrl]);
    const noKey = await deploy(['--network', 'local', '--rpc', chain.rpcUrl, '--registry', join(dir, 'x.json')], {});
    const help = await deploy(['--help']);

    // Assess
    expect(wrongChain.code).toBe(2);
    expect(wrongChain.err).toContain('the RPC serves chain 31337, not sepolia (11155111)');
    expect(localCommitted.code).toBe(2);
    expect(localCommitted.err).toContain('never written into the committed registry');
    expect(noKey.code).toBe(2);
    expect(noKey.err).toContain('DEPLOYER_PRIVATE_KEY');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--network');
    expect(await readFile(COMMITTED_REGISTRY, 'utf8')).toBe(committed);
    expect((await readRegistry(join(dir, 'other.json'))).deployments).toEqual([]);
  });

  it('keeps the committed registry to real deployments: every entry is of a public network', async () => {
    const { deployments } = await readRegistry(COMMITTED_REGISTRY);
    for (const entry of deployments) expect([11155111, 80002, 84532]).toContain(entry.chainId);
  });
});

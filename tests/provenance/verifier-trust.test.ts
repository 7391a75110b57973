import { deployAnchor, setAnchorer, type DeployedAnchor } from '@ayni/chain';
import { ContractFactory, getAddress, type BaseContract, type ContractTransactionResponse, type Wallet } from 'ethers';
import solc from 'solc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorRecords, batchOf, bundleOf, chainOf, factsOf, jsonFile, newLot, type Sealed } from '../../packages/verify/test/lot-builder.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';
import { runVerifier, runVerifierInProcess } from './verify-cli.js';

let chain: ChainFixture;
let ayni: Wallet;
let attacker: Wallet;
let real: DeployedAnchor;
let lookAlike: DeployedAnchor;
let registry: string;

const registryOf = (entries: object[]) => ({ format: 'ayni-deployments/1', deployments: entries });
const realEntry = () => ({
  chainId: chain.chainId,
  network: 'local',
  contract: real.address,
  deploymentTx: real.txHash,
  deploymentBlock: real.blockNumber,
  owner: ayni.address,
  anchorers: [{ address: ayni.address, authorisedInTx: real.txHash, authorisedAtBlock: real.blockNumber }],
});

/** A genuine lot of two chained events (the second final) and its facts, anchored by Ayni. */
async function genuineLot() {
  const lot = newLot();
  const events = chainOf(lot, 2, { final: true });
  const facts = factsOf(lot);
  const entries = await anchorRecords(real.address, ayni, chain.chainId, [...events, facts]);
  return {
    lot,
    events,
    bundle: bundleOf(
      lot,
      events.map((e) => entries.get(e)!),
      { facts: [entries.get(facts)!] },
    ),
  };
}

beforeAll(async () => {
  chain = await chainFixture();
  ayni = chain.wallet;
  attacker = await chain.newWallet();
  real = await deployAnchor(ayni);
  lookAlike = await deployAnchor(attacker);
  registry = await jsonFile(registryOf([realEntry()]), 'deployments.json');
});

afterAll(() => chain?.close());

describe('the trust root', () => {
  it('verifies a genuine lot against the registry, with the anchorer’s authorisation read from the deployment’s logs', async () => {
    // Prepare
    const { bundle } = await genuineLot();
    const file = await jsonFile(bundle);

    // Act
    const run = await runVerifierInProcess([file, '--rpc', chain.rpcUrl, '--deployments', registry]);

    // Assess
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`Trust root: AyniAnchor ${getAddress(real.address)} on chain ${chain.chainId}`);
    expect(run.stdout).toMatch(/Completeness: sealed: complete, 2 events, anchored at \d{4}-\d\d-\d\dT/);
    expect(run.stdout).toContain('facts: 1 verified, 0 failed');
    expect(run.stdout).toContain('2 verified, 0 failed');
    expect(run.code).toBe(0);
  });

  it('rejects a forged history anchored on a look-alike AyniAnchor, naming the contract', async () => {
    // Prepare: the attacker writes a lot's story, deploys its own AyniAnchor and anchors it there.
    const lot = newLot();
    const forged = chainOf(lot, 3, { final: true });
    const entries = await anchorRecords(lookAlike.address, attacker, chain.chainId, forged);
    const file = await jsonFile(
      bundleOf(
        lot,
        forged.map((e) => entries.get(e)!),
      ),
    );

    // Act
    const [againstRegistry, againstLookAlike] = await Promise.all([
      runVerifier([file, '--rpc', chain.rpcUrl, '--deployments', registry]),
      runVerifierInProcess([file, '--rpc', chain.rpcUrl, '--contract', lookAlike.address]),
    ]);

    // Assess: the forgery is flawless in itself (it passes against its own contract) and only the
    // trust root rejects it.
    expect(againstRegistry.code).toBe(1);
    expect(againstRegistry.stdout).toContain(
      `the bundle's contract ${getAddress(lookAlike.address)} is not the trusted AyniAnchor ${getAddress(real.address)} on chain ${chain.chainId}`,
    );
    expect(againstRegistry.stdout).toContain('0 verified, 3 failed');
    expect(againstLookAlike.code).toBe(0);
  });

  it('rejects a forged bundle that names the trusted contract but points at a transaction of the look-alike', async () => {
    // Prepare
    const lot = newLot();
    const forged = chainOf(lot, 1, { final: true });
    const entries = await anchorRecords(lookAlike.address, attacker, chain.chainId, forged);
    const event = entries.get(forged[0]!)!;
    event.anchor!.contract = real.address;
    const file = await jsonFile(bundleOf(lot, [event]));

    // Act
    const run = await runVerifierInProcess([file, '--rpc', chain.rpcUrl, '--deployments', registry]);

    // Assess
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`not to the trusted contract ${getAddress(real.address)}`);
    expect(run.stdout).toContain(`no Anchored(root, batchId) log of the trusted contract ${getAddress(real.address)}`);
  });

  it('catches a registry whose deployment transaction did not create its contract', async () => {
    // Prepare: a registry naming the real contract with the look-alike's deployment transaction.
    const { bundle } = await genuineLot();
    const file = await jsonFile(bundle);
    const wrong = await jsonFile(registryOf([{ ...realEntry(), deploymentTx: lookAlike.txHash, deploymentBlock: lookAlike.blockNumber }]));

    // Act
    const run = await runVerifierInProcess([file, '--rpc', chain.rpcUrl, '--deployments', wrong]);

    // Assess
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`created ${getAddress(lookAlike.address)}, not ${getAddress(real.address)}: the registry is wrong`);
    expect(run.stdout).toContain('FAIL trust root:');
  });

  it('exits with 2 and says so when there is no trust root for the RPC’s chain', async () => {
    // Prepare: the committed registry holds real public deployments only, none on the local chain.
    const { bundle } = await genuineLot();
    const file = await jsonFile(bundle);
    const sepoliaOnly = await jsonFile(registryOf([{ ...realEntry(), chainId: 11155111, network: 'sepolia' }]));
    const malformed = await jsonFile({ format: 'ayni-deployments/1', deployments: [{ chainId: chain.chainId, contract: 'not an address' }] });

    // Act
    const [committed, otherChain, bad] = await Promise.all([
      runVerifier([file, '--rpc', chain.rpcUrl]),
      runVerifierInProcess([file, '--rpc', chain.rpcUrl, '--deployments', sepoliaOnly]),
      runVerifierInProcess([file, '--rpc', chain.rpcUrl, '--deployments', malformed]),
    ]);

    // Assess
    expect(committed.code).toBe(2);
    expect(committed.stderr).toContain(`no trust root for chain ${chain.chainId}`);
    expect(committed.stderr).toContain('packages/verify/deployments.json');
    expect(committed.stdout).toBe('');
    expect(otherChain.code).toBe(2);
    expect(otherChain.stderr).toContain(`no trust root for chain ${chain.chainId}`);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('deployments[0].contract must be an address');
  });

  it('fails events whose anchor names another chain, and refuses an RPC of another chain than asked for', async () => {
    // Prepare
    const { bundle } = await genuineLot();
    const otherChain = structuredClone(bundle);
    for (const e of otherChain.events) e.anchor!.chainId = 11155111;

    // Act
    const [mismatch, wrongRpc] = await Promise.all([
      runVerifierInProcess([await jsonFile(otherChain), '--rpc', chain.rpcUrl, '--deployments', registry]),
      runVerifierInProcess([await jsonFile(bundle), '--rpc', chain.rpcUrl, '--contract', real.address, '--chain-id', '11155111']),
    ]);

    // Assess
    expect(mismatch.code).toBe(1);
    expect(mismatch.stdout).toContain(`the bundle's anchor is on chain 11155111, but the trust root and the RPC are on chain ${chain.chainId}`);
    expect(wrongRpc.code).toBe(2);
    expect(wrongRpc.stderr).toContain(`chain 11155111 was asked for, but the RPC serves chain ${chain.chainId}`);
  });

  it('fails a sender that is not one of the pinned anchorers', async () => {
    const { bundle } = await genuineLot();
    const run = await runVerifierInProcess([await jsonFile(bundle), '--rpc', chain.rpcUrl, '--contract', real.address, '--anchorer', attacker.address]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`the sender ${ayni.address} is not one of the trusted anchorers (${attacker.address})`);
  });

  it('reports an RPC that cannot be reached as a failure, not a hang', async () => {
    const { bundle } = await genuineLot();
    const run = await runVerifierInProcess([await jsonFile(bundle), '--rpc', 'http://127.0.0.1:1', '--deployments', registry]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('did not answer eth_chainId');
  });
});

describe('the anchorer’s authorisation, from AnchorerSet logs', () => {
  it('passes an anchorer authorised after the deployment, and keeps passing its anchor after it is revoked', async () => {
    // Prepare: Ayni authorises a second anchorer, which anchors a lot; later it is revoked.
    const second = await chain.newWallet();
    await setAnchorer(real.address, ayni, second.address, true);
    const lot = newLot();
    const events = chainOf(lot, 2);
    const entries = await anchorRecords(real.address, second, chain.chainId, events);
    const file = await jsonFile(
      bundleOf(
        lot,
        events.map((e) => entries.get(e)!),
      ),
    );
    const before = await runVerifierInProcess([
      file,
      '--rpc',
      chain.rpcUrl,
      '--contract',
      real.address,
      '--from-block',
      String(real.blockNumber),
      '--log-chunk',
      '2',
    ]);
    await setAnchorer(real.address, ayni, second.address, false);

    // Act
    const after = await runVerifierInProcess([
      file,
      '--rpc',
      chain.rpcUrl,
      '--contract',
      real.address,
      '--from-block',
      String(real.blockNumber),
      '--log-chunk',
      '2',
    ]);

    // Assess: authorised at the anchoring block, whatever its state now.
    expect(before.code).toBe(0);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('2 verified, 0 failed');
  });

  it('finds no authorisation when told to read logs only after the deployment that authorised the sender', async () => {
    const { bundle } = await genuineLot();
    const run = await runVerifierInProcess([
      await jsonFile(bundle),
      '--rpc',
      chain.rpcUrl,
      '--contract',
      real.address,
      '--from-block',
      String(real.blockNumber + 1),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`the sender ${ayni.address} was never authorised as an anchorer of ${getAddress(real.address)}`);
  });

  describe('on a contract that emits Anchored logs without enforcing authorisation', () => {
    // AyniAnchor itself refuses a revoked sender, so a revoked sender's Anchored log can only come
    // from another contract. This one emits both events on request: it checks that the verifier
    // does not rely on the contract's enforcement, and applies AnchorerSet logs in (block, log
    // index) order up to the Anchored log.
    const SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
contract LogEmitter {
  event Anchored(bytes32 indexed root, bytes32 indexed batchId, uint64 seq);
  event AnchorerSet(address indexed account, bool authorised);
  function setAnchorer(address account, bool authorised) external { emit AnchorerSet(account, authorised); }
  function anchor(bytes32 root, bytes32 batchId, uint64 seq, uint32) external { emit Anchored(root, batchId, seq); }
  function anchorThenRevoke(bytes32 root, bytes32 batchId, uint64 seq) external { emit Anchored(root, batchId, seq); emit AnchorerSet(msg.sender, false); }
  function revokeThenAnchor(bytes32 root, bytes32 batchId, uint64 seq) external { emit AnchorerSet(msg.sender, false); emit Anchored(root, batchId, seq); }
}`;
    type Emitter = BaseContract &
      Record<'setAnchorer' | 'anchor' | 'anchorThenRevoke' | 'revokeThenAnchor', (...args: unknown[]) => Promise<ContractTransactionResponse>>;
    let emitter: Emitter;
    let address: string;
    let sender: Wallet;

    beforeAll(async () => {
      const output = JSON.parse(
        solc.compile(
          JSON.stringify({
            language: 'Solidity',
            sources: { 'LogEmitter.sol': { content: SOURCE } },
            settings: { outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
          }),
        ),
      );
      const compiled = output.contracts['LogEmitter.sol'].LogEmitter;
      const deployed = await new ContractFactory(compiled.abi, compiled.evm.bytecode.object, chain.wallet).deploy();
      await deployed.waitForDeployment();
      address = await deployed.getAddress();
      emitter = deployed as unknown as Emitter;
      sender = await chain.newWallet();
    });

    /** One lot anchored by `sender` through `call`, verified against the emitter as trust root. */
    async function anchorAndVerify(call: 'anchor' | 'anchorThenRevoke' | 'revokeThenAnchor') {
      const lot = newLot();
      const events: Sealed[] = chainOf(lot, 1);
      const batch = batchOf(events, chain.chainId, address);
      const args = call === 'anchor' ? [batch.root, batch.batchId, 0, 1] : [batch.root, batch.batchId, 0];
      const sent = await (await (emitter.connect(sender) as Emitter)[call](...args)).wait();
      const entry = batch.entry(events[0]!, {
        chainId: chain.chainId,
        contract: address,
        anchorer: sender.address,
        batchId: batch.batchId,
        seq: 0,
        root: batch.root,
        count: 1,
        txHash: sent!.hash,
        blockNumber: sent!.blockNumber,
        status: 'included',
      });
      const run = await runVerifierInProcess([await jsonFile(bundleOf(lot, [entry])), '--rpc', chain.rpcUrl, '--contract', address, '--json']);
      return { run, blockNumber: sent!.blockNumber, report: JSON.parse(run.stdout || '{}') };
    }
    const authorise = async (authorised: boolean) => (await (await emitter.setAnchorer(sender.address, authorised)).wait())!.blockNumber;

    it('rejects a sender revoked in a block before the anchoring block', async () => {
      await authorise(true);
      const revokedAt = await authorise(false);
      const { run, blockNumber, report } = await anchorAndVerify('anchor');
      expect(run.code).toBe(1);
      expect(report.events[0].problems).toContain(
        `the sender ${sender.address} was not an authorised anchorer of ${getAddress(address)} at block ${blockNumber}: it was revoked in block ${revokedAt}`,
      );
    });

    it('passes a sender authorised again before anchoring', async () => {
      await authorise(true);
      const { run, report } = await anchorAndVerify('anchor');
      expect(report.events[0]).toMatchObject({ status: 'verified', problems: [] });
      expect(run.code).toBe(0);
    });

    it('counts only the logs before the Anchored log within the anchoring block', async () => {
      await authorise(true);
      const revokedAfter = await anchorAndVerify('anchorThenRevoke');
      await authorise(true);
      const revokedBefore = await anchorAndVerify('revokeThenAnchor');

      expect(revokedAfter.run.code).toBe(0);
      expect(revokedBefore.run.code).toBe(1);
      expect(revokedBefore.report.events[0].problems).toContain(
        `the sender ${sender.address} was not an authorised anchorer of ${getAddress(address)} at block ${revokedBefore.blockNumber}: it was revoked in block ${revokedBefore.blockNumber}`,
      );
    });

    it('rejects a sender never authorised', async () => {
      const stranger = sender;
      sender = await chain.newWallet();
      const { run, report } = await anchorAndVerify('anchor');
      sender = stranger;
      expect(run.code).toBe(1);
      expect(report.events[0].problems.join(' ')).toContain('was never authorised as an anchorer');
    });
  });
});

describe('a record that was never anchored', () => {
  it('cannot borrow the anchor and proof of a genuine event of the lot', async () => {
    // Prepare: a made-up event, consistent in itself, given the genuine first event's anchor and proof.
    const { lot, bundle } = await genuineLot();
    const invented = chainOf(lot, 1)[0]!;
    const event = { ...bundle.events[0]!, ...structuredClone(invented), leaf: batchOf([invented], chain.chainId, real.address).entry(invented).leaf };
    const file = await jsonFile(bundleOf(lot, [event, bundle.events[1]!]));

    // Act
    const run = await runVerifierInProcess([file, '--rpc', chain.rpcUrl, '--deployments', registry]);

    // Assess
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`FAIL ${invented.record.id} collection: the Merkle proof of the recomputed leaf does not reach the anchored root`);
  });
});

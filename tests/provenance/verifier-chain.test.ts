import { deployAnchor, type DeployedAnchor } from '@ayni/chain';
import type { VerifyReport } from '@ayni/verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anchorRecords,
  bundleOf,
  chainOf,
  eventRecord,
  factsOf,
  jsonFile,
  newLot,
  pendingEntry,
  seal,
  type Entry,
  type Lot,
  type Sealed,
} from '../../packages/verify/test/lot-builder.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';
import { runVerifier, runVerifierInProcess } from './verify-cli.js';

let chain: ChainFixture;
let real: DeployedAnchor;
let registry: string;

/** Lot A: events 1-3 (3 final) and its facts; lot B, another organisation's; an event inserted at position 2 of lot A; an event 4 after A's final event. */
let lotA: Lot;
let lotB: Lot;
let a: Entry[];
let b: Entry[];
let factsA: Entry;
let factsB: Entry;
let inserted: Entry;
let afterFinal: Entry;
let blockTimeOfA3: string;
let blockTimeOfA2: string;

const verify = async (bundle: unknown, ...extra: string[]) =>
  runVerifierInProcess([await jsonFile(bundle), '--rpc', chain.rpcUrl, '--deployments', registry, ...extra]);
const blockTime = async (blockNumber: number) => new Date((await chain.provider.getBlock(blockNumber))!.timestamp * 1000).toISOString();

beforeAll(async () => {
  chain = await chainFixture();
  real = await deployAnchor(chain.wallet);
  registry = await jsonFile(
    {
      format: 'ayni-deployments/1',
      deployments: [{ chainId: chain.chainId, network: 'local', contract: real.address, deploymentTx: real.txHash, deploymentBlock: real.blockNumber }],
    },
    'deployments.json',
  );
  lotA = newLot();
  lotB = newLot();
  const sa = chainOf(lotA, 3, { final: true });
  const sb = chainOf(lotB, 3);
  const sfA = factsOf(lotA);
  const sfB = factsOf(lotB);
  const sx = seal(eventRecord(lotA, 2, { seq: 2, prev: sa[0]!.recordHash }));
  const s4 = chainOf(lotA, 1, { from: { seq: 4, prev: sa[2]!.recordHash } })[0]!;
  // Two batches: events 1-2 first, then event 3 with everything else.
  const first = await anchorRecords(real.address, chain.wallet, chain.chainId, [sa[0]!, sa[1]!, sb[0]!, sb[1]!, sfA]);
  const second = await anchorRecords(real.address, chain.wallet, chain.chainId, [sa[2]!, sb[2]!, sfB, sx, s4]);
  const entry = (s: Sealed) => first.get(s) ?? second.get(s)!;
  a = sa.map(entry);
  b = sb.map(entry);
  factsA = entry(sfA);
  factsB = entry(sfB);
  inserted = entry(sx);
  afterFinal = entry(s4);
  blockTimeOfA2 = await blockTime(a[1]!.anchor!.blockNumber);
  blockTimeOfA3 = await blockTime(a[2]!.anchor!.blockNumber);
});

afterAll(() => chain?.close());

describe('a lot’s chain of events, on the local node', () => {
  it('is sealed and complete when every event is there and the final one is anchored, at that block’s time', async () => {
    // Act
    const run = await runVerifier([await jsonFile(bundleOf(lotA, a, { facts: [factsA] })), '--rpc', chain.rpcUrl, '--deployments', registry, '--json']);

    // Assess
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as VerifyReport;
    expect(report.ok).toBe(true);
    expect(report.completeness).toMatchObject({
      chained: 3,
      legacy: 0,
      lastSeq: 3,
      verifiedUpTo: 3,
      sealed: true,
      complete: true,
      anchoredAt: blockTimeOfA3,
      problems: [],
    });
    expect(report.completeness.statement).toBe(`sealed: complete, 3 events, anchored at ${blockTimeOfA3}`);
    expect(report.events.map((e) => [e.seq, e.status, e.anchor?.finality])).toEqual([
      [1, 'verified', 'finalized'],
      [2, 'verified', 'finalized'],
      [3, 'verified', 'finalized'],
    ]);
    expect(report.facts).toMatchObject([{ kind: 'fact', status: 'verified' }]);
  });

  it('rejects an event of another organisation’s lot swapped in, and its facts', async () => {
    const run = await verify(bundleOf(lotA, [a[0]!, b[1]!, a[2]!], { facts: [factsB] }));
    expect(run.code).toBe(1);
    const belongs = `belongs to lot ${lotB.lotId} of organisation ${lotB.orgId}, not to this bundle's lot ${lotA.lotId} of organisation ${lotA.orgId}`;
    expect(run.stdout).toContain(`FAIL ${b[1]!.record.id} quality_check: ${belongs}`);
    expect(run.stdout).toContain(`FAIL facts ${factsB.record.id}: ${belongs}`);
    expect(run.stdout).toContain(`FAIL ${a[2]!.record.id} packing: its prev`);
  });

  it('detects an omitted middle event', async () => {
    const run = await verify(bundleOf(lotA, [a[0]!, a[2]!], { chain: { length: 3, head: a[2]!.recordHash, sealed: true } }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`FAIL ${a[2]!.record.id} packing: event 2 of the lot's chain is missing from the bundle: an event was omitted`);
    expect(run.stdout).toMatch(/Completeness: the chain of events is broken or misrepresented \(1 problem\); complete up to event 1, anchored at /);
  });

  it('detects reordered events', async () => {
    const run = await verify(bundleOf(lotA, [a[0]!, a[2]!, a[1]!], { chain: { length: 3, head: a[2]!.recordHash, sealed: true } }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`FAIL ${a[1]!.record.id} quality_check: listed out of order: event 2 comes after event 3`);
  });

  it('detects an anchored event inserted at a position already taken', async () => {
    const run = await verify(bundleOf(lotA, [a[0]!, inserted, a[1]!, a[2]!], { chain: { length: 3, head: a[2]!.recordHash, sealed: true } }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `FAIL ${inserted.record.id} quality_check: 2 events claim position 2 in the lot's chain: an event was inserted (or the chain forked)`,
    );
  });

  it('detects an anchored event after the final one', async () => {
    const run = await verify(bundleOf(lotA, [...a, afterFinal], { chain: { length: 4, head: afterFinal.recordHash, sealed: true } }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`FAIL ${afterFinal.record.id} shipping: recorded after event 3, the final event that sealed the lot: nothing may follow it`);
  });

  it('detects a chain claim that does not match the events listed', async () => {
    const run = await verify(bundleOf(lotA, [a[0]!, a[1]!], { chain: { length: 3, head: a[2]!.recordHash, sealed: true } }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAIL bundle: the bundle claims a chain of 3 events, but its last chained event is event 2');
    expect(run.stdout).toContain('FAIL bundle: the bundle claims the lot is sealed, but none of its events is final');
  });

  it('with the last event left out (and the claim shortened), verifies but says only “complete up to” and why', async () => {
    const run = await verify(bundleOf(lotA, [a[0]!, a[1]!]));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Completeness: complete up to event 2, anchored at ${blockTimeOfA2}; the lot is not sealed, so a server could still withhold events recorded after event 2`,
    );
  });

  it('counts later events not yet anchored, and fails them only when anchoring is required', async () => {
    // Prepare: events 1-2 anchored, event 3 recorded but still pending.
    const lot = newLot();
    const s = chainOf(lot, 3);
    const anchored = await anchorRecords(real.address, chain.wallet, chain.chainId, [s[0]!, s[1]!]);
    const bundle = bundleOf(lot, [anchored.get(s[0]!)!, anchored.get(s[1]!)!, pendingEntry(s[2]!)]);

    // Act
    const [lenient, strict] = await Promise.all([verify(bundle), verify(bundle, '--require-anchored')]);

    // Assess
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain(`WAIT ${s[2]!.record.id} packing: event 3, not anchored yet`);
    expect(lenient.stdout).toContain('; 1 later event not yet anchored; the lot is not sealed, so a server could still withhold events recorded after event 2');
    expect(lenient.stdout).toContain('2 verified, 0 failed, 1 pending');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('not anchored yet (and anchoring is required)');
  });

  it('commits a pending event through a later anchored event that links back to it', async () => {
    // Prepare: event 2 is pending on its own, but event 3, anchored, names its hash in prev.
    const lot = newLot();
    const s = chainOf(lot, 3, { final: true });
    const anchored = await anchorRecords(real.address, chain.wallet, chain.chainId, [s[0]!, s[2]!]);
    const bundle = bundleOf(lot, [anchored.get(s[0]!)!, pendingEntry(s[1]!), anchored.get(s[2]!)!]);

    // Act
    const run = await verify(bundle, '--json');

    // Assess
    const report = JSON.parse(run.stdout) as VerifyReport;
    expect(report.completeness).toMatchObject({ verifiedUpTo: 3, sealed: true });
    expect(report.events[1]).toMatchObject({
      status: 'pending',
      notes: ['not anchored yet', 'committed on chain through event 3, whose record links back to it'],
    });
    expect(run.code).toBe(0);
  });

  it('verifies a format-1 bundle of format-1 records, saying that omissions could not be detected', async () => {
    // Prepare
    const lot = newLot();
    const legacy = [seal(eventRecord(lot, 1)), seal(eventRecord(lot, 2))];
    const anchored = await anchorRecords(real.address, chain.wallet, chain.chainId, legacy);
    const bundle = {
      format: 'ayni-proof-bundle/1',
      hashScheme: 'ayni-jcs-keccak-salted-v1',
      lot: { id: lot.lotId, orgId: lot.orgId },
      association: { id: lot.orgId },
      events: legacy.map((e) => anchored.get(e)!),
    };

    // Act
    const run = await verify(bundle);

    // Assess
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('not chained: its omission could not be detected');
    expect(run.stdout).toContain('Completeness: not chained: 2 format-1 events, each verified on its own; an omitted event could not be detected');
    expect(run.stdout).toContain('2 verified, 0 failed');
  });

  it('fails a bundle of another lot than the one asked for', async () => {
    const run = await verify(bundleOf(lotA, a), '--lot', lotB.lotId);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`FAIL bundle: the bundle is about lot ${lotA.lotId}, not about lot ${lotB.lotId} that you asked to verify`);
  });
});

import { anchorBatch, deployAnchor } from '@ayni/chain';
import { buildBatchTree, canonicalJson, newSalt, recordHashOf } from '@ayni/provenance';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { hexlify, randomBytes } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANCHORED_TOPIC,
  checkAnchors,
  checkEvent,
  checkEventChain,
  verifyPage,
  type PageData,
  type PageEvent,
} from '../../packages/provenance/src/pages/browser-verify.js';
import { canonicalize } from '../../packages/provenance/src/pages/jcs.js';
import { PAGE_SCRIPT } from '../../packages/provenance/src/pages/page-script.generated.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';

const run = promisify(execFile);
const subject = { lotId: 'lot_A', orgId: 'org_A' };
const text = {
  checking: '',
  checkedByBrowser: '',
  checkedByAyni: '',
  noRpc: '',
  unreachable: '',
  foundByBrowser: '',
  headlineMismatch: '',
  titleMismatch: '',
  eventOk: '',
  eventBad: '',
};

/** A lot's chain of format-2 records with their salts and hashes, as the server records them. */
function chainOf(count: number, options: { final?: boolean } = {}) {
  const events: Array<{ record: Record<string, unknown>; canonical: string; salt: string; recordHash: string }> = [];
  let prev: string | null = null;
  for (let seq = 1; seq <= count; seq++) {
    const record: Record<string, unknown> = {
      format: 'ayni-event/2',
      seq,
      prev,
      ...(options.final && seq === count ? { final: true } : {}),
      id: `evt_${seq}`,
      ...subject,
      type: 'packing',
      what: { quantity: `${seq}0`, unit: 'kg', description: 'Queso ñuñu “fresco” <b>' },
    };
    const canonical = canonicalJson(record);
    const salt = newSalt();
    const recordHash = recordHashOf(canonical, salt);
    events.push({ record, canonical, salt, recordHash });
    prev = recordHash;
  }
  return events;
}

function anchoredEvents(events: ReturnType<typeof chainOf>, anchor: Omit<PageEvent['anchor'] & object, 'root'>): PageEvent[] {
  const tree = buildBatchTree(events.map((e) => e.recordHash));
  return events.map((e, i) => ({ ...e, proof: tree.proofs[i]!, anchor: { ...anchor, root: tree.root } }));
}

describe('the page script as shipped', () => {
  it('is the bundle of pages/browser-main.ts as it is now (else: node scripts/build-page-script.mjs)', async () => {
    const { stdout } = await run(process.execPath, ['scripts/build-page-script.mjs', '--stdout'], { maxBuffer: 10 * 1024 * 1024 });
    expect(PAGE_SCRIPT).toBe(stdout);
    expect(PAGE_SCRIPT).toContain('eth_getLogs');
    expect(PAGE_SCRIPT).not.toMatch(/<\/script|<!--/i);
  });
});

describe('the browser’s RFC 8785 canonicaliser', () => {
  it('writes what the server hashes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalize(value)).toBe(canonicalJson(value));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts members by UTF-16 code units and writes numbers as ECMAScript does (RFC 8785 §3.2)', () => {
    const keys = ['\u20ac', '\r', '\ufb33', '1', '\ud83d\ude00', '\u0080', '\u00f6'];
    const sorted = canonicalize(Object.fromEntries(keys.map((k) => [k, 0])));
    expect(JSON.parse(`[${sorted.slice(1, -1).replace(/:0/g, '')}]`)).toEqual(['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
    expect(canonicalize([1e21, 1e-7, -0, 0.000001, 333333333.3333333, Number.MIN_VALUE])).toBe('[1e+21,1e-7,0,0.000001,333333333.3333333,5e-324]');
    expect(() => canonicalize({ a: Number.NaN })).toThrow();
  });
});

describe('checks that need no network', () => {
  const anchor = {
    chainId: 31337,
    contract: '0x00000000000000000000000000000000000000aa',
    batchId: hexlify(randomBytes(32)),
    txHash: hexlify(randomBytes(32)),
    blockNumber: 7,
  };

  it('accept the records the server wrote, chained and proved into their root', () => {
    const events = anchoredEvents(chainOf(4, { final: true }), anchor);
    const checks = events.map((e) => checkEvent(e, { subject, trust: { chainId: 31337, contract: anchor.contract.toUpperCase().replace('0X', '0x') } }));
    expect(checks.map((c) => c.problems)).toEqual([[], [], [], []]);
    expect(
      checkEventChain(
        events,
        checks.map((c) => c.hash),
        { length: 4, head: events[3]!.recordHash },
      ),
    ).toEqual({ broken: [], headMismatch: false });
  });

  it('find a record changed after hashing, one that is not the canonical form of what is shown, and one of another lot', () => {
    const [first, second, third] = anchoredEvents(chainOf(3), anchor);
    const changed = { ...first!, record: { ...first!.record, what: { quantity: '48', unit: 'kg' } } };
    changed.canonical = canonicalJson(changed.record);
    expect(checkEvent(changed, { subject, trust: null }).problems).toEqual(['hash', 'proof']);
    const shownOtherwise = { ...second!, record: { ...second!.record, what: { quantity: '99', unit: 'kg' } } };
    expect(checkEvent(shownOtherwise, { subject, trust: null }).problems).toEqual(['canonical']);
    expect(checkEvent(third!, { subject: { ...subject, lotId: 'lot_B' }, trust: null }).problems).toEqual(['subject']);
    expect(checkEvent(third!, { subject, trust: { chainId: 31337, contract: '0x00000000000000000000000000000000000000bb' } }).problems).toEqual(['contract']);
    expect(checkEvent({ ...third!, proof: [...third!.proof].reverse().concat(hexlify(randomBytes(32))) }, { subject, trust: null }).problems).toEqual([
      'proof',
    ]);
  });

  it('find an event left out, two swapped, one after the final event, and a head that is not the last event', () => {
    const events = anchoredEvents(chainOf(4, { final: true }), anchor);
    const hashes = (list: PageEvent[]) => list.map((e) => checkEvent(e, { subject, trust: null }).hash);
    const omitted = [events[0]!, events[2]!, events[3]!];
    expect(checkEventChain(omitted, hashes(omitted), null).broken).toEqual([1]);
    const swapped = events.map((e, i) => (i === 1 ? { ...e, record: { ...e.record, seq: 3 } } : i === 2 ? { ...e, record: { ...e.record, seq: 2 } } : e));
    expect(checkEventChain(swapped, hashes(events), null).broken.length).toBeGreaterThan(0);
    const extra = chainOf(5)[4]!;
    const afterFinal = [...events, { ...extra, record: { ...extra.record, prev: events[3]!.recordHash }, proof: [], anchor: null }];
    expect(checkEventChain(afterFinal, hashes(afterFinal), null).broken).toEqual([4]);
    expect(checkEventChain(events, hashes(events), { length: 3, head: events[2]!.recordHash }).headMismatch).toBe(true);
  });
});

describe('asking a public RPC for the anchor', () => {
  let chain: ChainFixture;
  let contract: string;
  let claim: { contract: string; root: string; batchId: string; txHash: string; blockNumber: number };
  let closedUrl: string;

  beforeAll(async () => {
    chain = await chainFixture();
    contract = (await deployAnchor(chain.wallet)).address;
    const root = hexlify(randomBytes(32));
    const batchId = hexlify(randomBytes(32));
    const outcome = await anchorBatch(contract, chain.wallet, { root, batchId, seq: 0, count: 1 });
    claim = { contract, root, batchId, txHash: outcome.txHash, blockNumber: outcome.blockNumber };
    closedUrl = await closedPortUrl();
  });

  afterAll(() => chain?.close());

  it('finds the Anchored log of the pinned contract in the block and transaction claimed', async () => {
    const requests: Array<{ method: string; params: unknown[] }> = [];
    const observed = (url: string, init: RequestInit) => {
      requests.push(JSON.parse(String(init.body)));
      return fetch(url, init);
    };
    expect(await checkAnchors(observed, [chain.rpcUrl], chain.chainId, [claim])).toEqual({ answers: ['found'], rpcUrl: chain.rpcUrl });
    expect(requests.map((r) => r.method)).toEqual(['eth_chainId', 'eth_blockNumber', 'eth_getLogs']);
    expect(requests[2]!.params[0]).toMatchObject({ address: contract, topics: [ANCHORED_TOPIC, claim.root, claim.batchId] });
  });

  it('calls it missing when the root, the batch, the contract, the block or the transaction differ', async () => {
    const wrong = [
      { ...claim, root: hexlify(randomBytes(32)) },
      { ...claim, batchId: hexlify(randomBytes(32)) },
      { ...claim, contract: chain.wallet.address },
      { ...claim, blockNumber: claim.blockNumber - 1 },
      { ...claim, txHash: hexlify(randomBytes(32)) },
    ];
    expect((await checkAnchors(fetch, [chain.rpcUrl], chain.chainId, wrong)).answers).toEqual(['missing', 'missing', 'missing', 'missing', 'missing']);
  });

  it('never says found when no RPC answers, or only one of another chain or behind the block, and falls back to the next RPC', async () => {
    expect(await checkAnchors(fetch, [closedUrl], chain.chainId, [claim], 2000)).toEqual({ answers: ['unreachable'] });
    expect(await checkAnchors(fetch, [chain.rpcUrl], chain.chainId + 1, [claim])).toEqual({ answers: ['unreachable'] });
    // A node behind the claimed block cannot say the anchor is missing.
    expect(await checkAnchors(fetch, [chain.rpcUrl], chain.chainId, [{ ...claim, blockNumber: claim.blockNumber + 1_000_000 }])).toEqual({
      answers: ['unreachable'],
    });
    expect(await checkAnchors(fetch, [closedUrl, chain.rpcUrl], chain.chainId, [claim], 2000)).toEqual({ answers: ['found'], rpcUrl: chain.rpcUrl });
  });

  it('concludes per page: checked by the browser, as reported by Ayni, or a mismatch', async () => {
    // A one-event lot whose batch is the anchored root above: build the event that proves into it.
    const [event] = chainOf(1);
    const tree = buildBatchTree([event!.recordHash]);
    const anchored = await anchorBatch(contract, chain.wallet, { root: tree.root, batchId: claim.batchId, seq: 1, count: 1 });
    const pageEvent: PageEvent = {
      ...event!,
      proof: tree.proofs[0]!,
      anchor: { chainId: chain.chainId, contract, root: tree.root, batchId: claim.batchId, txHash: anchored.txHash, blockNumber: anchored.blockNumber },
    };
    const data: PageData = {
      verdict: 'verified',
      subject,
      chain: { length: 1, head: event!.recordHash },
      trust: { chainId: chain.chainId, contract },
      rpcUrls: [chain.rpcUrl],
      events: [pageEvent],
      text,
    };
    expect(await verifyPage(data, fetch)).toEqual({ state: 'browser', events: ['ok'], rpcUrl: chain.rpcUrl });
    expect(await verifyPage({ ...data, rpcUrls: [] }, fetch)).toEqual({ state: 'ayni', reason: 'no-rpc', events: ['local'] });
    expect(await verifyPage({ ...data, rpcUrls: [closedUrl] }, fetch, 2000)).toEqual({ state: 'ayni', reason: 'unreachable', events: ['local'] });
    const elsewhere = { ...data, events: [{ ...pageEvent, anchor: { ...pageEvent.anchor!, blockNumber: pageEvent.anchor!.blockNumber - 1 } }] };
    expect(await verifyPage(elsewhere, fetch)).toMatchObject({ state: 'mismatch', events: ['bad'] });
    expect(await verifyPage({ ...data, chain: { length: 2, head: event!.recordHash } }, fetch)).toMatchObject({ state: 'mismatch' });
  });
});

/** A loopback URL where nothing listens (a port bound, then freed). */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

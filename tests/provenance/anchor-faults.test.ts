import { catalogDomain } from '@ayni/catalog';
import { anchorContract, anchoredEventTopic, createRpcProvider } from '@ayni/chain';
import { anchorPendingEvents, provenanceDomain, ProvenanceRepository, type AnchorChain, type AnchorJobDeps } from '@ayni/provenance';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { get, post } from '../support/catalog-fixtures.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';
import { anchorChain, harvest, lotWithProduct } from './fixtures.js';

let chain: ChainFixture;
let api: TestApi;
let anchor: AnchorChain;

beforeAll(async () => {
  chain = await chainFixture();
  anchor = await anchorChain(chain);
  api = await createTestApi([catalogDomain, provenanceDomain], { chainRpcUrl: chain.rpcUrl });
});

afterAll(() => chain?.close());

const job = (overrides: Partial<AnchorJobDeps> = {}) =>
  anchorPendingEvents({ store: api.runtime.store, clock: api.runtime.clock, chain: anchor, options: { receiptTimeoutMs: 5_000 }, ...overrides });

async function recordEvents(count: number) {
  const { org, admin, lot } = await lotWithProduct(api);
  for (let i = 0; i < count; i++) {
    const res = await post(api, `/v1/orgs/${org.id}/lots/${lot.id}/events`, admin, harvest({ eventTime: `2026-11-0${i + 1}T06:30:00-05:00` }));
    expect(res.status).toBe(201);
  }
  return { org, admin, lot };
}

async function statuses(lotId: string): Promise<string[]> {
  const bundle = (await get(api, `/v1/lots/${lotId}/provenance`)).body as { events: Array<{ status: string; anchor?: { batchId: string } }> };
  return bundle.events.map((e) => e.status);
}

/** Every Anchored log of the file's contract. */
async function anchoredLogs() {
  return chain.provider.getLogs({ address: anchor.contract, fromBlock: 0, topics: [anchoredEventTopic] });
}

/** A JSON-RPC proxy in front of the node that can be switched off (connections are then cut). */
async function switchableRpc(target: string): Promise<{ url: string; up: boolean; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const state = { up: true };
  const server: Server = createServer(async (req, res) => {
    if (!state.up) return req.socket.destroy();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const upstream = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat(chunks) });
    res.writeHead(upstream.status, { 'content-type': 'application/json' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get up() {
      return state.up;
    },
    set up(value: boolean) {
      state.up = value;
      if (!value) for (const socket of sockets) socket.destroy();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('anchoring when the chain’s RPC is unreachable', () => {
  it('leaves the events pending, and anchors them on the next run once the RPC is back', async () => {
    // Prepare: the job reaches the chain only through a proxy that is down.
    const { lot } = await recordEvents(3);
    const rpc = await switchableRpc(chain.rpcUrl);
    const provider = createRpcProvider(rpc.url, { chainId: chain.chainId, pollingIntervalMs: 50 });
    const viaProxy: AnchorChain = { ...anchor, provider, signer: chain.wallet.connect(provider) };
    try {
      rpc.up = false;

      // Act
      const failed = await job({ chain: viaProxy });

      // Assess
      expect(failed.ok).toBe(false);
      expect(failed.included).toEqual([]);
      expect(await statuses(lot.id)).toEqual(['pending', 'pending', 'pending']);
      expect((await new ProvenanceRepository(api.runtime.store).listPending(100)).length).toBeGreaterThanOrEqual(3);

      rpc.up = true;
      const retried = await job({ chain: viaProxy });
      expect(retried.ok).toBe(true);
      expect(await statuses(lot.id)).toEqual(['finalized', 'finalized', 'finalized']);
    } finally {
      provider.destroy();
      await rpc.close();
    }
  });
});

describe('anchoring many events', () => {
  it('splits them into batches of at most maxBatchSize, numbered in order, one transaction each', async () => {
    const { lot } = await recordEvents(5);
    const seqBefore = Number(await anchorContract(anchor.contract, chain.provider).nextSeq(chain.wallet.address));

    const run = await job({ options: { maxBatchSize: 2 } });

    expect(run.ok).toBe(true);
    expect(run.included.map((b) => b.count)).toEqual([2, 2, 1]);
    expect(run.included.map((b) => b.seq)).toEqual([seqBefore, seqBefore + 1, seqBefore + 2]);
    expect(new Set(run.included.map((b) => b.txHash)).size).toBe(3);
    expect(await statuses(lot.id)).toEqual(['finalized', 'finalized', 'finalized', 'finalized', 'finalized']);
  });
});

describe('anchoring interrupted by a crash', () => {
  it('after the transaction was broadcast and before it was recorded: no event lost, none in two batches, no second anchor', async () => {
    // Prepare
    const { org, admin, lot } = await recordEvents(2);
    const before = (await anchoredLogs()).length;
    const crashed = await job({
      hooks: {
        afterBroadcast: () => {
          throw new Error('simulated crash after broadcast');
        },
      },
    });
    expect(crashed.ok).toBe(false);
    expect(crashed.error).toContain('simulated crash');
    expect(await statuses(lot.id)).toEqual(['pending', 'pending']);
    // Meanwhile another event arrives.
    expect((await post(api, `/v1/orgs/${org.id}/lots/${lot.id}/events`, admin, harvest({ eventTime: '2026-11-09T06:30:00-05:00' }))).status).toBe(201);

    // Act
    const rerun = await job();

    // Assess: the interrupted batch was found on chain (not re-anchored), the new event got its own batch.
    expect(rerun.ok).toBe(true);
    expect(rerun.included.map((b) => b.count)).toEqual([2, 1]);
    const bundle = (await get(api, `/v1/lots/${lot.id}/provenance`)).body as {
      verified: boolean;
      events: Array<{ record: { id: string }; anchor: { batchId: string; seq: number; txHash: string } }>;
    };
    expect(bundle.verified).toBe(true);
    const batches = new Map<string, string[]>();
    for (const e of bundle.events) batches.set(e.anchor.batchId, [...(batches.get(e.anchor.batchId) ?? []), e.record.id]);
    expect([...batches.values()].map((ids) => ids.length).sort()).toEqual([1, 2]);
    const logs = (await anchoredLogs()).slice(before);
    expect(logs).toHaveLength(2);
    expect(new Set(logs.map((l) => l.topics[2])).size).toBe(2);
    expect(logs.map((l) => l.transactionHash).sort()).toEqual([...new Set(bundle.events.map((e) => e.anchor.txHash))].sort());
  });

  it('after the batch was claimed and before anything was sent: the rerun sends it', async () => {
    const { lot } = await recordEvents(2);
    const seqBefore = await anchorContract(anchor.contract, chain.provider).nextSeq(chain.wallet.address);
    const crashed = await job({
      hooks: {
        afterClaim: () => {
          throw new Error('simulated crash after claim');
        },
      },
    });
    expect(crashed.ok).toBe(false);
    expect(await anchorContract(anchor.contract, chain.provider).nextSeq(chain.wallet.address)).toBe(seqBefore);

    const rerun = await job();
    expect(rerun.ok).toBe(true);
    expect(rerun.included.map((b) => b.count)).toEqual([2]);
    expect(await statuses(lot.id)).toEqual(['finalized', 'finalized']);
    expect(await anchorContract(anchor.contract, chain.provider).nextSeq(chain.wallet.address)).toBe(seqBefore + 1n);
  });

  it('resends a batch whose recorded transaction never made it on chain (dropped), anchoring it once', async () => {
    // Prepare: a claimed batch recorded as sent with a transaction hash the chain never saw.
    const { lot } = await recordEvents(1);
    const repo = new ProvenanceRepository(api.runtime.store);
    await job({
      hooks: {
        afterClaim: () => {
          throw new Error('crash');
        },
      },
    });
    const open = (await repo.listOpenBatches()).find((b) => b.status === 'claimed')!;
    const nonce = await chain.provider.getTransactionCount(chain.wallet.address, 'latest');
    await repo.updateBatch(open.batchId, { status: 'sent', txHash: `0x${'cd'.repeat(32)}`, txNonce: nonce - 1 });

    // Act
    const rerun = await job();

    // Assess
    expect(rerun.ok).toBe(true);
    expect(rerun.included.map((b) => b.batchId)).toEqual([open.batchId]);
    expect(await statuses(lot.id)).toEqual(['finalized']);
  });

  it('lets only one run work at a time', async () => {
    const repo = new ProvenanceRepository(api.runtime.store);
    expect(await repo.acquireLease('someone-else', Date.now(), 60_000)).toBe(true);
    try {
      expect(await job()).toMatchObject({ ok: true, skipped: 'busy' });
    } finally {
      await repo.releaseLease('someone-else');
    }
  });
});

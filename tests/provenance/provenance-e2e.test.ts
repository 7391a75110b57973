import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain } from '@ayni/catalog';
import { anchorPendingEvents, provenanceDomain, provenanceKeys, type AnchorChain, type ProofBundle } from '@ayni/provenance';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { addToRegistry, registryEntry } from '@ayni/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, patch, post } from '../support/catalog-fixtures.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { anchorChain, harvest, lotWithProduct, newLot } from './fixtures.js';
import { runVerifier } from './verify-cli.js';

let chain: ChainFixture;
let server: TestServer;
let anchor: Awaited<ReturnType<typeof anchorChain>>;

beforeAll(async () => {
  chain = await chainFixture();
  anchor = await anchorChain(chain);
  server = await startTestServer([catalogDomain, provenanceDomain], { chainRpcUrl: chain.rpcUrl });
});

afterAll(async () => {
  await server?.close();
  chain?.close();
});

/** The trust root the verifier is given: the contract this test deployed, on the node's chain (never taken from the bundle). */
const trust = () => ['--rpc', chain.rpcUrl, '--chain-id', String(chain.chainId), '--contract', anchor.contract];

const runJob = () => anchorPendingEvents({ store: server.runtime.store, clock: server.runtime.clock, chain: anchor });

describe('provenance from recording to independent verification', () => {
  let lotId: string;
  let bundle: ProofBundle;
  let owner: { orgId: string; productId: string; admin: string };

  it('records events on lots, anchors them in one batch and serves a bundle that verifies', async () => {
    // Prepare: a lot of milk turned into a lot of cheese, checked, packed and shipped.
    const { org, admin, product, lot: cheese } = await lotWithProduct(server);
    owner = { orgId: org.id, productId: product.id, admin };
    const milk = await newLot(server, org.id, admin, product.id, '120');
    lotId = cheese.id;
    const events = [
      [milk.id, harvest()],
      [
        cheese.id,
        {
          type: 'transformation',
          eventTime: '2026-11-03T08:00:00-05:00',
          what: { quantity: '40', unit: 'kg', inputs: [{ lotId: milk.id, quantity: '120', unit: 'litre' }] },
          where: { place: 'Planta quesera de Ocongate' },
        },
      ],
      [
        cheese.id,
        {
          type: 'quality_check',
          eventTime: '2026-11-05T10:00:00-05:00',
          where: { place: 'Planta quesera de Ocongate' },
          quality: { check: 'acidez', result: 'pass', measurements: { acidez: '16 °D' } },
        },
      ],
      [
        cheese.id,
        {
          type: 'packing',
          eventTime: '2026-11-06T09:00:00-05:00',
          what: { quantity: '40', unit: 'kg', description: '80 piezas de 500 g' },
          where: { place: 'Planta quesera de Ocongate' },
        },
      ],
      [
        cheese.id,
        {
          type: 'shipping',
          eventTime: '2026-11-07T05:00:00-05:00',
          where: { place: 'Ocongate' },
          shipment: { buyerName: 'Café Q’omer', destination: 'Cusco', quantity: '10', unit: 'kg', orderId: 'ord_demo' },
        },
      ],
    ] as const;
    for (const [lot, body] of events) {
      const res = await post(server, `/v1/orgs/${org.id}/lots/${lot}/events`, admin, body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.status).toBe('pending');
    }
    expect((await get(server, `/v1/lots/${cheese.id}/provenance`)).body.verified).toBe(false);

    // Act
    const run = await runJob();

    // Assess
    expect(run.ok).toBe(true);
    expect(run.included).toHaveLength(1);
    expect(run.included[0]!.count).toBe(5);
    expect(Number(run.included[0]!.gasUsed)).toBeLessThanOrEqual(30_000);
    const res = await get(server, `/v1/lots/${cheese.id}/provenance`);
    expect(res.status).toBe(200);
    bundle = res.body as ProofBundle;
    expect(bundle.verified).toBe(true);
    expect(bundle.events.map((e) => e.record.type)).toEqual(['transformation', 'quality_check', 'packing', 'shipping']);
    for (const event of bundle.events) {
      expect(event).toMatchObject({ matches: true, status: 'finalized' });
      expect(event.anchor).toMatchObject({ chainId: chain.chainId, contract: anchor.contract, txHash: run.included[0]!.txHash, count: 5 });
      expect(event.anchor!.explorerUrl).toBeUndefined();
      expect(event.record).not.toHaveProperty('recordedBy');
    }
    expect(bundle).toMatchObject({
      format: 'ayni-proof-bundle/2',
      subject: { lotId: cheese.id, orgId: org.id },
      chain: { length: 4, head: bundle.events[3]!.recordHash, sealed: false },
      verdict: 'verified',
      completeness: { upTo: 4, of: 4, sealed: false, legacy: 0 },
      trust: { chainId: chain.chainId, contract: anchor.contract },
    });
    expect(bundle.masterData).toMatchObject({ asOfEvent: 4, changed: [], unverified: [] });
    expect(bundle.masterData.verified).toEqual(expect.arrayContaining(['lot.code', 'lot.productionDate', 'product.name', 'association.name']));
    expect(bundle.events[3]!.record.subject).toMatchObject({ lot: { code: cheese.code ?? cheese.id }, association: { id: org.id } });
    expect(bundle.completeness.anchoredAt).toBe(bundle.events[3]!.anchor!.blockTime);
    expect(bundle.events.map((e) => [e.record.seq, e.record.prev])).toEqual([
      [1, null],
      [2, bundle.events[0]!.recordHash],
      [3, bundle.events[1]!.recordHash],
      [4, bundle.events[2]!.recordHash],
    ]);
    expect(bundle.association).not.toHaveProperty('taxId');
    expect(bundle.lot).not.toHaveProperty('producerIds');
  });

  it('is verified by the ayni-verify bin from the URL and from a file, against the node’s RPC', async () => {
    const url = `${server.url}/v1/lots/${lotId}/provenance`;
    const fromUrl = await runVerifier([url, ...trust()]);
    expect(fromUrl.stderr).toBe('');
    expect(fromUrl.stdout).toContain('4 verified, 0 failed');
    expect(fromUrl.code).toBe(0);

    const file = join(await mkdtemp(join(tmpdir(), 'ayni-bundle-')), 'bundle.json');
    await writeFile(file, JSON.stringify(bundle));
    // The trust root as a deployments registry, as `npm start` writes one for the local chain.
    const registry = join(dirname(file), 'deployments.json');
    await addToRegistry(registry, registryEntry('local', chain.chainId, anchor.deployed, chain.wallet.address, chain.wallet.address));
    const fromFile = await runVerifier([file, '--rpc', chain.rpcUrl, '--deployments', registry, '--json']);
    expect(fromFile.stderr).toBe('');
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.stdout)).toMatchObject({ ok: true });
  });

  it('reports a stored event changed by one byte, in the bundle and in the verifier', async () => {
    // Prepare: change one byte of one stored record, behind the API's back.
    const target = bundle.events.find((e) => e.record.type === 'packing')!;
    const tampered = target.canonical.replace('"40"', '"48"');
    expect(tampered).not.toBe(target.canonical);
    await server.runtime.store.doc.send(
      new UpdateCommand({
        TableName: server.runtime.store.tableName,
        Key: provenanceKeys.event(lotId, target.record.id),
        UpdateExpression: 'SET recordJson = :json',
        ExpressionAttributeValues: { ':json': tampered },
      }),
    );

    // Act
    const res = await get(server, `/v1/lots/${lotId}/provenance`);
    const verify = await runVerifier([`${server.url}/v1/lots/${lotId}/provenance`, ...trust()]);

    // Assess
    const after = res.body as ProofBundle;
    expect(after.verified).toBe(false);
    expect(after.events.filter((e) => !e.matches).map((e) => e.record.id)).toEqual([target.record.id]);
    expect(verify.code).toBe(1);
    // The changed event fails, and so does the one after it: it commits to the original.
    expect(verify.stdout).toContain('2 verified, 2 failed');
    expect(verify.stdout).toMatch(new RegExp(`FAIL ${target.record.id} packing: .*changed`));
    expect(verify.stdout).toMatch(/FAIL \S+ shipping: its prev .* is not the record hash of event 3/);
    expect(after.verdict).toBe('mismatch');
  });

  it('fails verification against a chain where the transaction does not exist', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'ayni-bundle-')), 'bundle.json');
    const forged = structuredClone(bundle);
    for (const e of forged.events) e.anchor!.txHash = `0x${'ab'.repeat(32)}`;
    await writeFile(file, JSON.stringify(forged));
    const verify = await runVerifier([file, ...trust()]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('not found on this chain');
  });

  it('marks a fact edited since it was anchored as not verified (the product’s name)', async () => {
    // Act
    const renamed = await patch(server, `/v1/orgs/${owner.orgId}/products/${owner.productId}`, owner.admin, { name: { es: 'Queso andino madurado' } });
    const res = await get(server, `/v1/lots/${lotId}/provenance`);

    // Assess
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(res.body.masterData.changed).toEqual(['product.name']);
    expect(res.body.masterData.verified).not.toContain('product.name');
    expect(res.body.masterData.verified).toContain('lot.code');
  });
});

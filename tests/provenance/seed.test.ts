import { catalogDomain } from '@ayni/catalog';
import { provenanceDomain, type ProofBundle } from '@ayni/provenance';
import { seedProvenance } from '@ayni/provenance/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { get } from '../support/catalog-fixtures.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';
import { anchorChain, lotWithProduct } from './fixtures.js';

let api: TestApi;
let chain: ChainFixture;

beforeAll(async () => {
  chain = await chainFixture();
  api = await createTestApi([catalogDomain, provenanceDomain]);
});
afterAll(() => chain?.close());

describe('seeding provenance', () => {
  it('records a timeline on each lot, anchors it, and adds nothing when run again', async () => {
    const { lot } = await lotWithProduct(api);
    const anchor = await anchorChain(chain);

    const first = await seedProvenance(api.runtime, { lots: [lot.id], chain: anchor });
    const again = await seedProvenance(api.runtime, { lots: [lot.id], chain: anchor });

    expect(first.recorded).toBe(3);
    expect(first.anchoring?.included).toHaveLength(1);
    expect(again.recorded).toBe(0);
    expect(again.anchoring?.included).toEqual([]);
    const bundle = (await get(api, `/v1/lots/${lot.id}/provenance`)).body as ProofBundle;
    expect(bundle.verified).toBe(true);
    expect(bundle.events.map((e) => e.record.type)).toEqual(['collection', 'quality_check', 'packing']);
  });
});

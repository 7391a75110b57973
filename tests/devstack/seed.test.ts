import { fixedClock } from '@ayni/core';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../packages/devstack/src/seed/index.js';
import { DOMAINS } from '../../packages/devstack/src/domains.js';
import { createTestApi } from '../support/api.js';

describe('loading the demo data', () => {
  it('reports a step that fails by name and still loads the others', async () => {
    // Anchoring configured without its contract or signer: the provenance step cannot anchor.
    const api = await createTestApi(DOMAINS, { clock: fixedClock('2026-12-01T06:00:00Z'), chainRpcUrl: 'http://127.0.0.1:9' });

    const seeded = await seedDemoData(api.runtime);

    expect(seeded.failures.map((f) => f.step)).toEqual(['provenance (lot timelines, anchoring)']);
    expect(seeded.failures[0]!.error.message).toMatch(/Anchoring needs: CHAIN_ID, ANCHOR_CONTRACT_ADDRESS/);
    expect(seeded.associations).toHaveLength(5);
    expect(seeded.fundId).toMatch(/^org_/);
    expect(Object.keys(seeded.buyers)).toHaveLength(3);
    expect(seeded.summary).toMatch(/5 associations created now.*HoReCa buyers.*FREES fund/);
    const catalog = await api.call('GET', '/v1/catalog?limit=100');
    expect(((await catalog.json()) as { items: unknown[] }).items).toHaveLength(13);
  }, 120_000);
});

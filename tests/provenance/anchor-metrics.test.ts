import { catalogDomain } from '@ayni/catalog';
import { anchoringHealth, anchoringEmfRecord } from '@ayni/provenance/anchor';
import { provenanceDomain, anchorPendingEvents } from '@ayni/provenance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { post } from '../support/catalog-fixtures.js';
import { chainFixture, type ChainFixture } from '../support/chain.js';
import { anchorChain, harvest, lotWithProduct } from './fixtures.js';

let api: TestApi;
let chain: ChainFixture;
let anchor: Awaited<ReturnType<typeof anchorChain>>;

beforeAll(async () => {
  chain = await chainFixture();
  anchor = await anchorChain(chain);
  // A table of its own (as every test API): the lag is the age of the oldest pending event of the table.
  api = await createTestApi([catalogDomain, provenanceDomain]);
});

afterAll(() => chain?.close());

describe('the anchoring figures the alarms watch', () => {
  it('are the age of the oldest pending event and the anchorer’s balance, 0 lag once all is anchored', async () => {
    // Prepare
    const { org, admin, lot } = await lotWithProduct(api);
    const recorded = await post(api, `/v1/orgs/${org.id}/lots/${lot.id}/events`, admin, harvest());
    expect(recorded.status).toBe(201);
    const recordedAt = Date.parse(recorded.body.record.recordedAt);
    const later = { now: () => new Date(recordedAt + 95_000) };

    // Act
    const waiting = await anchoringHealth({ store: api.runtime.store, clock: later }, anchor);
    const run = await anchorPendingEvents({ store: api.runtime.store, clock: api.runtime.clock, chain: anchor });
    const after = await anchoringHealth({ store: api.runtime.store, clock: later }, anchor);

    // Assess
    expect(run.ok).toBe(true);
    expect(waiting.AnchoringLagSeconds).toBe(95);
    expect(after.AnchoringLagSeconds).toBe(0);
    expect(after.AnchorerBalanceWei).toBe(Number(await chain.provider.getBalance(chain.wallet.address)));
    expect(after.AnchorerBalanceWei).toBeGreaterThan(0);
  });

  it('are written as one Embedded Metric Format record with the namespace and dimension the alarms use', () => {
    const record = anchoringEmfRecord('Ayni', 'ayni-anchor', { AnchoringLagSeconds: 12, AnchorerBalanceWei: 5e17 }, new Date('2026-12-01T12:00:00Z'));
    expect(record).toEqual({
      _aws: {
        Timestamp: Date.parse('2026-12-01T12:00:00Z'),
        CloudWatchMetrics: [
          {
            Namespace: 'Ayni',
            Dimensions: [['service']],
            Metrics: [
              { Name: 'AnchoringLagSeconds', Unit: 'Seconds' },
              { Name: 'AnchorerBalanceWei', Unit: 'None' },
            ],
          },
        ],
      },
      service: 'ayni-anchor',
      AnchoringLagSeconds: 12,
      AnchorerBalanceWei: 5e17,
    });
  });
});

import { catalog, createOrganisation, OrganisationRepository } from '@ayni/catalog';
import { loansDomain, seedFreesFund, type SeedFreesResult } from '@ayni/loans';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
let admin: string;
/** Association ids as the catalog seed would hand them over. */
let fromCatalog: string[];
let seeded: SeedFreesResult;

beforeAll(async () => {
  api = await createTestApi([loansDomain]);
  admin = await api.token({ sub: 'root', roles: ['platform_admin'] });
  const deps = { store: api.runtime.store, clock: api.runtime.clock };
  fromCatalog = [
    (await createOrganisation(deps, { kind: 'association', name: 'Asociación Sumaq Ausangate', country: 'PE', region: 'Cusco', familyCount: 30 })).id,
    (await createOrganisation(deps, { kind: 'association', name: 'Asociación Huaroq Sara', country: 'PE', region: 'Cusco', familyCount: 11 })).id,
  ];
}, 60_000);

const entries = async () => {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await (await api.call('GET', `/v1/funds/${seeded.fundId}/ledger?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token: admin })).json();
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return count;
};

const associationCount = async () => {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await catalog.listAssociations({ store: api.runtime.store, clock: api.runtime.clock }, 100, cursor);
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return count;
};

describe('the FREES-shaped demo fund', () => {
  it('is seeded through the real services and its metrics come out of the ledger like FREES reports', async () => {
    seeded = await seedFreesFund(api.runtime, { associations: fromCatalog });
    const organisations = new OrganisationRepository(api.runtime.store);
    expect(seeded.fundId).toMatch(/^org_[0-9A-Z]{26}$/);
    expect(await organisations.get(seeded.fundId)).toMatchObject({ kind: 'fund', name: 'Fondo FREES (Fundación Codespa)', active: true });
    expect(seeded.associations).toHaveLength(16);
    expect(seeded.associations.slice(0, 2)).toEqual(fromCatalog);
    expect(new Set(seeded.associations).size).toBe(16);
    const created = await organisations.get(seeded.associations[5]!);
    expect(created).toMatchObject({ kind: 'association', name: 'Cooperativa Cacaotera Awajún de Nieva', country: 'PE', region: 'Amazonas', familyCount: 140 });
    expect(await organisations.get(seeded.associations[8]!)).toMatchObject({ country: 'BO', region: 'La Paz' });

    const m = await (await api.call('GET', `/v1/funds/${seeded.fundId}/metrics`, { token: admin })).json();
    expect(m.organisationsFinanced.count).toBe(16);
    expect(m.producersReached.count).toBe(1_332);
    expect(m.totalDisbursed.amount).toBeGreaterThan(17_500_000);
    expect(m.disbursedFromRecycled.amount).toBeGreaterThan(0);
    expect(Number(m.cumulativeRecoveryRate.value)).toBeGreaterThan(0.83);
    expect(Number(m.cumulativeRecoveryRate.value)).toBeLessThan(0.87);
    expect(m.writtenOff.amount).toBeGreaterThan(0);
    expect(Number(m.par30.value)).toBeGreaterThan(0);
    const fund = await (await api.call('GET', `/v1/funds/${seeded.fundId}`, { token: admin })).json();
    expect(fund.trialBalance).toBe(0);
    const inArrears = await (await api.call('GET', `/v1/funds/${seeded.fundId}/loans?status=in_arrears`, { token: admin })).json();
    expect(inArrears.items.length).toBeGreaterThanOrEqual(2);
    const assoc = await (await api.call('GET', `/v1/orgs/${fromCatalog[0]}/loans`, { token: admin })).json();
    expect(assoc.items).toHaveLength(2);
    console.info(
      'FREES demo metrics',
      JSON.stringify({
        organisations: m.organisationsFinanced.count,
        producers: m.producersReached.count,
        disbursed: m.totalDisbursed.amount,
        recycled: m.disbursedFromRecycled.amount,
        recovery: m.cumulativeRecoveryRate.value,
        collection: m.collectionRate.value,
        par30: m.par30.value,
      }),
    );
    // The whole demo book through the real services: ~29 s alone on the shared 2-core machine, over the 30 s default.
  }, 120_000);

  it('adds nothing when run again: same organisations, no new entries', async () => {
    const before = await entries();
    const associationsBefore = await associationCount();
    const fundBefore = await (await api.call('GET', `/v1/funds/${seeded.fundId}`, { token: admin })).json();
    const again = await seedFreesFund(api.runtime, { associations: fromCatalog });
    expect(again).toEqual(seeded);
    expect(await associationCount()).toBe(associationsBefore);
    expect(await entries()).toBe(before);
    expect((await (await api.call('GET', `/v1/funds/${seeded.fundId}`, { token: admin })).json()).balances).toEqual(fundBefore.balances);
  });
});

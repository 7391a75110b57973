import { catalog, catalogDomain, catalogKeys } from '@ayni/catalog';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createAssociation, get, post, quesoAndino, sumaqProfile } from '../support/catalog-fixtures.js';
import { pathsOf, send } from './fixtures.js';

let api: TestApi;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain]);
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

const deps = () => ({ store: api.runtime.store, clock: api.runtime.clock });

describe('an organisation’s tax id', () => {
  it('is typed by its scheme and checked: a RUC’s check digit, a NIT’s digits, the scheme of the country', async () => {
    const wrongDigit = await post(api, '/v1/orgs', root, { ...sumaqProfile, taxId: { scheme: 'RUC', number: '20602183957' } });
    expect([wrongDigit.status, pathsOf(wrongDigit)]).toEqual([400, ['taxId.number']]);
    expect(wrongDigit.body.errors[0].message).toBe('el dígito verificador de este RUC no es correcto (revisa los 11 dígitos)');
    const nitInPeru = await post(api, '/v1/orgs', root, { ...sumaqProfile, taxId: { scheme: 'NIT', number: '1020703023' } });
    expect([nitInPeru.status, pathsOf(nitInPeru)]).toEqual([400, ['taxId.scheme']]);
    const bare = await post(api, '/v1/orgs', root, { ...sumaqProfile, taxId: '20602183956' });
    expect(bare.status).toBe(400);
    const bolivian = await post(api, '/v1/orgs', root, { ...sumaqProfile, country: 'BO', region: 'La Paz', taxId: { scheme: 'NIT', number: '1020703023' } });
    expect(bolivian.status).toBe(201);
    expect(bolivian.body).toMatchObject({ taxId: { scheme: 'NIT', number: '1020703023' }, pricesIncludeTax: true });
  });

  it('merges on an edit, keeps being checked, and follows a change of country', async () => {
    const { org, admin } = await createAssociation(api, root);
    const path = `/v1/orgs/${org.id}`;
    const renumbered = await send(api, 'PATCH', path, { token: admin, body: { taxId: { number: '20510736487' } } });
    expect(renumbered.body.taxId).toEqual({ scheme: 'RUC', number: '20510736487' });
    const bad = await send(api, 'PATCH', path, { token: admin, body: { taxId: { number: '20510736488' } } });
    expect([bad.status, pathsOf(bad)]).toEqual([400, ['taxId.number']]);
    const toBolivia = await send(api, 'PATCH', path, { token: admin, body: { country: 'BO' } });
    expect([toBolivia.status, pathsOf(toBolivia)]).toEqual([400, ['taxId.scheme']]);
    const pricesWithoutTax = await send(api, 'PATCH', path, { token: admin, body: { pricesIncludeTax: false } });
    expect(pricesWithoutTax.body.pricesIncludeTax).toBe(false);
    expect((await get(api, path)).body.pricesIncludeTax).toBe(false);
    expect((await get(api, path)).body).not.toHaveProperty('taxId');
  });

  it('stored as a bare number before ids were typed, reads as its country’s scheme and is migrated once', async () => {
    const { org, admin } = await createAssociation(api, root);
    const item = (await catalog.getOrganisations(deps(), [org.id])).get(org.id)!;
    await api.runtime.store.doc.send(
      new PutCommand({
        TableName: api.runtime.store.tableName,
        Item: { ...item, ...catalogKeys.organisation(org.id), ...catalogKeys.organisationsByKind(item.kind, item.nameKey, org.id), taxId: '20131312955' },
      }),
    );
    expect((await get(api, `/v1/orgs/${org.id}`, admin)).body.taxId).toEqual({ scheme: 'RUC', number: '20131312955' });

    const migration = await catalog.migrateTaxIds(deps());
    expect(migration.converted).toBeGreaterThanOrEqual(1);
    expect((await catalog.getOrganisations(deps(), [org.id])).get(org.id)!.taxId).toEqual({ scheme: 'RUC', number: '20131312955' });
    expect((await catalog.migrateTaxIds(deps())).converted).toBe(0);
  });
});

describe('a product’s tax treatment', () => {
  it('is taxed unless stated; an exemption needs its legal basis; an edit replaces it whole', async () => {
    const { org, admin } = await createAssociation(api, root);
    const taxed = await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino);
    expect(taxed.body.tax).toEqual({ treatment: 'taxed' });
    const noReason = await post(api, `/v1/orgs/${org.id}/products`, admin, { ...quesoAndino, sku: 'PAPA', tax: { treatment: 'exonerated' } });
    expect([noReason.status, pathsOf(noReason)]).toEqual([400, ['tax.reason']]);
    const reason = 'Apéndice I del TUO de la Ley del IGV: papas frescas (0701.90.00)';
    const papa = await post(api, `/v1/orgs/${org.id}/products`, admin, { ...quesoAndino, sku: 'PAPA', tax: { treatment: 'exonerated', reason } });
    expect(papa.body.tax).toEqual({ treatment: 'exonerated', reason });
    const path = `/v1/orgs/${org.id}/products/${papa.body.id}`;
    const nowTaxed = await send(api, 'PATCH', path, { token: admin, body: { tax: { treatment: 'taxed' } } });
    expect(nowTaxed.body.tax).toEqual({ treatment: 'taxed' });
    expect((await get(api, path)).body.tax).toEqual({ treatment: 'taxed' });
  });
});

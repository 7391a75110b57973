import { catalogDomain } from '@ayni/catalog';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createAssociation, get, patch, post, quesoAndino, sumaqProfile } from '../support/catalog-fixtures.js';

let api: TestApi;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain]);
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

describe('organisations', () => {
  it('are created by platform admins only', async () => {
    const admin = await api.token({ sub: 'someone', org: 'org_01JAAAAAAAAAAAAAAAAAAAAAAA', roles: ['association_admin'] });
    expect((await post(api, '/v1/orgs', admin, sumaqProfile)).status).toBe(403);
    const created = await post(api, '/v1/orgs', root, sumaqProfile);
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/v1/orgs/${created.body.id}`);
    expect(created.body).toMatchObject({ kind: 'association', name: sumaqProfile.name, memberCount: 0, familyCount: 30 });
  });

  it('show the public only public fields, and their own people everything', async () => {
    const { org, admin } = await createAssociation(api, root);
    const anonymous = await get(api, `/v1/orgs/${org.id}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.story.mission.es).toContain('Treinta familias');
    for (const field of ['contact', 'taxId', 'createdAt']) expect(anonymous.body).not.toHaveProperty(field);
    const outsider = await api.token({ sub: 'chef', org: 'org_01JBBBBBBBBBBBBBBBBBBBBBBB', roles: ['buyer'] });
    expect((await get(api, `/v1/orgs/${org.id}`, outsider)).body).not.toHaveProperty('contact');
    const own = await get(api, `/v1/orgs/${org.id}`, admin);
    expect(own.body.contact.email).toBe(sumaqProfile.contact.email);
    expect(own.body.taxId).toEqual(sumaqProfile.taxId);
  });

  it('are edited by their own admins, never by another organisation’s', async () => {
    const { org, admin } = await createAssociation(api, root);
    const other = await createAssociation(api, root, { name: 'Huaroq Sara' });
    expect((await patch(api, `/v1/orgs/${org.id}`, other.admin, { familyCount: 1 })).status).toBe(403);
    const edited = await patch(api, `/v1/orgs/${org.id}`, admin, { familyCount: 31 });
    expect(edited.status).toBe(200);
    expect(edited.body.familyCount).toBe(31);
  });
});

describe('members', () => {
  it('are counted on the public profile while their personal data stays private', async () => {
    const { org, admin } = await createAssociation(api, root);
    const member = { name: 'Justina Quispe Mamani', community: 'Ocongate', role: 'president', documentId: '41234567', phone: '+51 984 111 222' };
    const created = await post(api, `/v1/orgs/${org.id}/members`, admin, member);
    expect(created.status).toBe(201);
    await post(api, `/v1/orgs/${org.id}/members`, admin, { name: 'Rosa Huamán', community: 'Marcapata' });
    expect((await get(api, `/v1/orgs/${org.id}`)).body.memberCount).toBe(2);

    expect((await get(api, `/v1/orgs/${org.id}/members`)).status).toBe(401);
    const buyer = await api.token({ sub: 'chef', org: 'org_01JBBBBBBBBBBBBBBBBBBBBBBB', roles: ['buyer'] });
    expect((await get(api, `/v1/orgs/${org.id}/members`, buyer)).status).toBe(403);
    const listed = await get(api, `/v1/orgs/${org.id}/members`, admin);
    expect(listed.body.items.map((m: { name: string }) => m.name).sort()).toEqual(['Justina Quispe Mamani', 'Rosa Huamán']);

    const deactivated = await patch(api, `/v1/orgs/${org.id}/members/${created.body.id}`, admin, { active: false });
    expect(deactivated.body.active).toBe(false);
    expect((await get(api, `/v1/orgs/${org.id}`)).body.memberCount).toBe(1);
  });
});

describe('products', () => {
  it('are created, updated and deactivated by the association, and leave the public catalog when inactive', async () => {
    const { org, admin } = await createAssociation(api, root);
    const created = await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ sku: 'QUESO-ANDINO', stock: '0', minOrderQuantity: '5', orderMultiple: '0.5', active: true });
    const path = `/v1/orgs/${org.id}/products/${created.body.id}`;

    const updated = await patch(api, path, admin, { price: 3000, currency: 'PEN', name: { es: 'Queso andino madurado' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ price: 3000, currency: 'PEN' });
    const byName = await get(api, `/v1/catalog?association=${org.id}&q=queso%20andino%20mad`);
    expect(byName.body.items.map((i: { product: { id: string } }) => i.product.id)).toEqual([created.body.id]);

    expect((await patch(api, path, admin, { active: false })).body.active).toBe(false);
    expect((await get(api, path)).status).toBe(404);
    expect((await get(api, path, admin)).body.active).toBe(false);
    expect((await get(api, `/v1/catalog?association=${org.id}`)).body.items).toEqual([]);
    expect(
      (await get(api, `/v1/catalog?category=cheese&q=queso-andino-madurado`)).body.items.map((i: { product: { id: string } }) => i.product.id),
    ).not.toContain(created.body.id);
    expect((await get(api, `/v1/orgs/${org.id}/products?includeInactive=true`, admin)).body.items).toHaveLength(1);
    expect((await get(api, `/v1/orgs/${org.id}/products?includeInactive=true`)).status).toBe(401);

    expect((await patch(api, path, admin, { active: true })).body.active).toBe(true);
    expect((await get(api, `/v1/catalog?association=${org.id}`)).body.items).toHaveLength(1);
  });

  it('refuse a second product with the same SKU in one association', async () => {
    const { org, admin } = await createAssociation(api, root);
    expect((await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino)).status).toBe(201);
    const again = await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('sku-taken');
  });

  it.each([
    ['a negative price', { price: -100, currency: 'PEN' }, 'price'],
    ['a float price', { price: 28.5, currency: 'PEN' }, 'price'],
    ['an unknown currency', { price: 2800, currency: 'EUR' }, 'currency'],
    ['the old price object', { price: { amount: 2800, currency: 'PEN' } }, 'price'],
    ['an empty name', { name: { es: '   ' } }, 'name.es'],
    ['an unknown unit', { unit: 'sack' }, 'unit'],
    ['decimals a unit cannot have', { unit: 'dozen', minOrderQuantity: '1.5' }, 'minOrderQuantity'],
    ['an unknown field', { colour: 'blue' }, ''],
  ])('refuse %s with a 400 naming the field', async (_label, change, field) => {
    const { org, admin } = await createAssociation(api, root);
    const res = await post(api, `/v1/orgs/${org.id}/products`, admin, { ...quesoAndino, ...change });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    expect((await get(api, `/v1/orgs/${org.id}/products?includeInactive=true`, admin)).body.items).toEqual([]);
  });

  it('refuse a minimum that is not a whole number of order multiples', async () => {
    const { org, admin } = await createAssociation(api, root);
    const res = await post(api, `/v1/orgs/${org.id}/products`, admin, { ...quesoAndino, minOrderQuantity: '5', orderMultiple: '2' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('minOrderQuantity');
  });
});

describe('lots', () => {
  it('feed the product’s available stock, and adjustments move both', async () => {
    const { org, admin } = await createAssociation(api, root);
    const product = (await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino)).body;
    const justina = (await post(api, `/v1/orgs/${org.id}/members`, admin, { name: 'Justina Quispe', community: 'Ocongate' })).body;
    const lot1 = await post(api, `/v1/orgs/${org.id}/lots`, admin, {
      productId: product.id,
      quantity: '40.5',
      productionDate: '2026-11-02',
      producerIds: [justina.id],
    });
    expect(lot1.status).toBe(201);
    expect(lot1.body).toMatchObject({ quantity: '40.5', available: '40.5', producerCount: 1, communities: ['Ocongate'] });
    await post(api, `/v1/orgs/${org.id}/lots`, admin, { productId: product.id, quantity: 12, productionDate: '2026-11-09' });
    const productPath = `/v1/orgs/${org.id}/products/${product.id}`;
    expect((await get(api, productPath)).body.stock).toBe('52.5');

    const spoiled = await post(api, `/v1/orgs/${org.id}/lots/${lot1.body.id}/adjustments`, admin, { delta: '-2.25', reason: 'spoilage' });
    expect(spoiled.status).toBe(201);
    expect(spoiled.body.available).toBe('38.25');
    expect((await get(api, productPath)).body.stock).toBe('50.25');

    const tooMuch = await post(api, `/v1/orgs/${org.id}/lots/${lot1.body.id}/adjustments`, admin, { delta: -100, reason: 'loss' });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.code).toBe('insufficient-stock');
    expect((await get(api, productPath)).body.stock).toBe('50.25');

    const lots = await get(api, `/v1/orgs/${org.id}/lots?productId=${product.id}`, admin);
    expect(lots.body.items.map((l: { productionDate: string }) => l.productionDate)).toEqual(['2026-11-09', '2026-11-02']);
  });

  it('refuse producers who are not members and quantities the unit cannot hold, naming the field', async () => {
    const { org, admin } = await createAssociation(api, root);
    const product = (
      await post(api, `/v1/orgs/${org.id}/products`, admin, { ...quesoAndino, sku: 'QUESO-UNIT', unit: 'unit', minOrderQuantity: '1', orderMultiple: '1' })
    ).body;
    const res = await post(api, `/v1/orgs/${org.id}/lots`, admin, {
      productId: product.id,
      quantity: '2.5',
      productionDate: '2026-11-02',
      producerIds: ['mem_01JCCCCCCCCCCCCCCCCCCCCCCC'],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['producerIds.0', 'quantity']);
    expect((await get(api, `/v1/orgs/${org.id}/products/${product.id}`)).body.stock).toBe('0');
  });

  it('show the public the communities and the count of producers, never who they are', async () => {
    const { org, admin } = await createAssociation(api, root);
    const product = (await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino)).body;
    const member = (await post(api, `/v1/orgs/${org.id}/members`, admin, { name: 'Justina Quispe', community: 'Ocongate' })).body;
    const lot = (
      await post(api, `/v1/orgs/${org.id}/lots`, admin, {
        productId: product.id,
        quantity: 10,
        productionDate: '2026-11-02',
        producerIds: [member.id],
        notes: 'interno',
      })
    ).body;
    const publicView = await get(api, `/v1/lots/${lot.id}`);
    expect(publicView.status).toBe(200);
    expect(publicView.body.lot).toMatchObject({ producerCount: 1, communities: ['Ocongate'] });
    expect(publicView.body.lot).not.toHaveProperty('producerIds');
    expect(publicView.body.lot).not.toHaveProperty('notes');
    expect(publicView.body.association).not.toHaveProperty('contact');
    expect(JSON.stringify(publicView.body)).not.toContain('Justina');
  });
});

describe('tenant isolation', () => {
  it('gives another association’s admin a 403 on every write and every private read', async () => {
    const { org, admin } = await createAssociation(api, root);
    const product = (await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino)).body;
    const member = (await post(api, `/v1/orgs/${org.id}/members`, admin, { name: 'Justina', community: 'Ocongate' })).body;
    const lot = (await post(api, `/v1/orgs/${org.id}/lots`, admin, { productId: product.id, quantity: 10, productionDate: '2026-11-02' })).body;
    const intruder = (await createAssociation(api, root, { name: 'Otra Asociación' })).admin;
    const member2 = await api.token({ sub: 'm', org: (await createAssociation(api, root, { name: 'Tercera' })).org.id, roles: ['association_member'] });

    const writes: Array<[string, string, unknown]> = [
      ['PATCH', `/v1/orgs/${org.id}`, { familyCount: 1 }],
      ['POST', `/v1/orgs/${org.id}/members`, { name: 'X', community: 'Y' }],
      ['PATCH', `/v1/orgs/${org.id}/members/${member.id}`, { active: false }],
      ['POST', `/v1/orgs/${org.id}/products`, { ...quesoAndino, sku: 'INTRUDER' }],
      ['PATCH', `/v1/orgs/${org.id}/products/${product.id}`, { active: false }],
      ['POST', `/v1/orgs/${org.id}/lots`, { productId: product.id, quantity: 1, productionDate: '2026-11-02' }],
      ['POST', `/v1/orgs/${org.id}/lots/${lot.id}/adjustments`, { delta: -1, reason: 'loss' }],
    ];
    const reads = [`/v1/orgs/${org.id}/members`, `/v1/orgs/${org.id}/members/${member.id}`, `/v1/orgs/${org.id}/lots`, `/v1/orgs/${org.id}/lots/${lot.id}`];
    for (const token of [intruder, member2]) {
      for (const [method, path, body] of writes) {
        const res = await api.call(method, path, { token, body, headers: { 'idempotency-key': crypto.randomUUID() } });
        expect(res.status, `${method} ${path}`).toBe(403);
      }
      for (const path of reads) expect((await get(api, path, token)).status, path).toBe(403);
    }
    expect((await get(api, `/v1/orgs/${org.id}/products/${product.id}`)).body).toMatchObject({ active: true, stock: '10' });
  });

  it('does not let a lot of one association be read through another’s path', async () => {
    const a = await createAssociation(api, root);
    const b = await createAssociation(api, root, { name: 'B' });
    const product = (await post(api, `/v1/orgs/${a.org.id}/products`, a.admin, quesoAndino)).body;
    const lot = (await post(api, `/v1/orgs/${a.org.id}/lots`, a.admin, { productId: product.id, quantity: 1, productionDate: '2026-11-02' })).body;
    expect((await get(api, `/v1/orgs/${b.org.id}/lots/${lot.id}`, b.admin)).status).toBe(404);
    const adjust = await post(api, `/v1/orgs/${b.org.id}/lots/${lot.id}/adjustments`, b.admin, { delta: -1, reason: 'loss' });
    expect(adjust.status).toBe(404);
  });
});

import { catalogDomain } from '@ayni/catalog';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createAssociation, get, patch, post, quesoAndino } from '../support/catalog-fixtures.js';
import { pathsOf, send } from './fixtures.js';

let api: TestApi;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain]);
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

/** Two associations, each with a product and a member; the first one also has a deactivated member. */
async function twoAssociations() {
  const ours = await createAssociation(api, root);
  const theirs = await createAssociation(api, root, { name: 'Huaroq Sara' });
  const product = (await post(api, `/v1/orgs/${ours.org.id}/products`, ours.admin, quesoAndino)).body;
  const theirProduct = (await post(api, `/v1/orgs/${theirs.org.id}/products`, theirs.admin, quesoAndino)).body;
  const justina = (await post(api, `/v1/orgs/${ours.org.id}/members`, ours.admin, { name: 'Justina Quispe', community: 'Ocongate' })).body;
  const retired = (await post(api, `/v1/orgs/${ours.org.id}/members`, ours.admin, { name: 'Rosa Huamán', community: 'Marcapata' })).body;
  await patch(api, `/v1/orgs/${ours.org.id}/members/${retired.id}`, ours.admin, { active: false });
  const stranger = (await post(api, `/v1/orgs/${theirs.org.id}/members`, theirs.admin, { name: 'Ana Mamani', community: 'Sara' })).body;
  return { ours, theirs, product, theirProduct, justina, retired, stranger };
}

const UNKNOWN_MEMBER = 'mem_01JCCCCCCCCCCCCCCCCCCCCCCC';

describe('references in a new lot', () => {
  it('refuse producers of another association, unknown or deactivated, naming each one', async () => {
    // Prepare
    const { ours, product, justina, retired, stranger } = await twoAssociations();

    // Act
    const res = await post(api, `/v1/orgs/${ours.org.id}/lots`, ours.admin, {
      productId: product.id,
      quantity: '10',
      productionDate: '2026-11-02',
      producerIds: [justina.id, stranger.id, UNKNOWN_MEMBER, retired.id],
    });

    // Assess
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: 'producerIds.1', message: expect.stringMatching(/^no es un socio activo de esta asociación/) }),
      expect.objectContaining({ path: 'producerIds.2' }),
      expect.objectContaining({ path: 'producerIds.3' }),
    ]);
    expect((await get(api, `/v1/orgs/${ours.org.id}/products/${product.id}`)).body.stock).toBe('0');
  });

  it('refuse another association’s product', async () => {
    // Prepare
    const { ours, theirProduct } = await twoAssociations();

    // Act
    const res = await post(api, `/v1/orgs/${ours.org.id}/lots`, ours.admin, { productId: theirProduct.id, quantity: '10', productionDate: '2026-11-02' });

    // Assess
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['productId']);
  });
});

describe('references in an edited lot', () => {
  it('refuse new producers that are not active members of the association, and keep a producer deactivated since', async () => {
    // Prepare: a lot made by Justina and Rosa; Rosa retires afterwards.
    const { ours, product, justina, stranger } = await twoAssociations();
    const rosa = (await post(api, `/v1/orgs/${ours.org.id}/members`, ours.admin, { name: 'Rosa Condori', community: 'Pinchimuro' })).body;
    const lot = (
      await post(api, `/v1/orgs/${ours.org.id}/lots`, ours.admin, {
        productId: product.id,
        quantity: '10',
        productionDate: '2026-11-02',
        producerIds: [rosa.id],
      })
    ).body;
    await patch(api, `/v1/orgs/${ours.org.id}/members/${rosa.id}`, ours.admin, { active: false });
    const path = `/v1/orgs/${ours.org.id}/lots/${lot.id}`;

    // Act
    const refused = await send(api, 'PATCH', path, { token: ours.admin, body: { producerIds: [rosa.id, stranger.id, UNKNOWN_MEMBER] } });
    const accepted = await send(api, 'PATCH', path, { token: ours.admin, body: { producerIds: [rosa.id, justina.id] } });

    // Assess
    expect(refused.status).toBe(400);
    expect(pathsOf(refused)).toEqual(['producerIds.1', 'producerIds.2']);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ producerIds: [rosa.id, justina.id], communities: ['Ocongate', 'Pinchimuro'] });
  });
});

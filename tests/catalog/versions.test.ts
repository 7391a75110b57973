import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain, catalogKeys } from '@ayni/catalog';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createAssociation, get, post, quesoAndino } from '../support/catalog-fixtures.js';
import { send } from './fixtures.js';

let api: TestApi;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain]);
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

/** An association with a member, a product and a lot, and the path and a valid patch of each. */
async function everyResource() {
  const { org, admin } = await createAssociation(api, root);
  const member = (await post(api, `/v1/orgs/${org.id}/members`, admin, { name: 'Justina Quispe', community: 'Ocongate' })).body;
  const product = (await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino)).body;
  const lot = (await post(api, `/v1/orgs/${org.id}/lots`, admin, { productId: product.id, quantity: '10', productionDate: '2026-11-02' })).body;
  const resources = [
    { what: 'organisation', path: `/v1/orgs/${org.id}`, patch: { familyCount: 31 } },
    { what: 'member', path: `/v1/orgs/${org.id}/members/${member.id}`, patch: { community: 'Marcapata' } },
    { what: 'product', path: `/v1/orgs/${org.id}/products/${product.id}`, patch: { leadTimeDays: 4 } },
    { what: 'lot', path: `/v1/orgs/${org.id}/lots/${lot.id}`, patch: { notes: 'Prensa del lunes' } },
  ];
  return { org, admin, member, product, lot, resources };
}

describe('versions of catalog resources', () => {
  it('are sent as a strong ETag on reads and writes, and move by one on each edit', async () => {
    // Prepare
    const { admin, resources } = await everyResource();

    for (const { what, path, patch } of resources) {
      // Act
      const read = await send(api, 'GET', path, { token: admin });
      const edited = await send(api, 'PATCH', path, { token: admin, body: patch });
      const reread = await send(api, 'GET', path, { token: admin });

      // Assess
      expect(read.etag, what).toBe('"1"');
      expect(edited.status, what).toBe(200);
      expect(edited.etag, what).toBe('"2"');
      expect(reread.etag, what).toBe('"2"');
    }
  });

  it('apply a PATCH whose If-Match names the current version and refuse a stale one with a 412 problem', async () => {
    // Prepare
    const { admin, resources } = await everyResource();

    for (const { what, path, patch } of resources) {
      // Act
      const current = await send(api, 'PATCH', path, { token: admin, body: patch, ifMatch: '"1"' });
      const stale = await send(api, 'PATCH', path, { token: admin, body: patch, ifMatch: '"1"' });
      const weak = await send(api, 'PATCH', path, { token: admin, body: patch, ifMatch: 'W/"2"' });
      const anyOf = await send(api, 'PATCH', path, { token: admin, body: patch, ifMatch: '"7", "2"' });

      // Assess
      expect(current.status, what).toBe(200);
      expect(stale.status, what).toBe(412);
      expect(stale.contentType, what).toBe('application/problem+json');
      expect(stale.body, what).toMatchObject({ status: 412, type: expect.stringMatching(/\/problems\/precondition-failed$/) });
      expect(weak.status, `${what}: If-Match compares strongly`).toBe(412);
      expect(anyOf.status, what).toBe(200);
      expect(anyOf.etag, what).toBe('"3"');
    }
  });

  it('refuse a malformed If-Match with a 400 naming the header', async () => {
    // Prepare
    const { admin, resources } = await everyResource();

    // Act
    const res = await send(api, 'PATCH', resources[0]!.path, { token: admin, body: resources[0]!.patch, ifMatch: '3' });

    // Assess
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['header.if-match']);
  });

  it('let one of two concurrent PATCHes with the same If-Match through and answer the other 412', async () => {
    // Prepare
    const { admin, resources } = await everyResource();

    for (const { what, path } of resources) {
      const { etag } = await send(api, 'GET', path, { token: admin });
      const patches =
        what === 'organisation'
          ? [{ familyCount: 40 }, { district: 'Marcapata' }]
          : what === 'member'
            ? [{ community: 'Pinchimuro' }, { role: 'treasurer' }]
            : what === 'product'
              ? [{ leadTimeDays: 5 }, { photos: ['https://example.org/q.jpg'] }]
              : [{ notes: 'Uno' }, { expiryDate: '2026-12-31' }];

      // Act
      const answers = await Promise.all(patches.map((body) => send(api, 'PATCH', path, { token: admin, body, ifMatch: etag! })));

      // Assess
      expect(answers.map((a) => a.status).sort(), what).toEqual([200, 412]);
      const winner = answers.find((a) => a.status === 200)!;
      expect((await send(api, 'GET', path, { token: admin })).etag, what).toBe(winner.etag);
    }
  });

  it('apply concurrent PATCHes without If-Match one after the other, losing no field', async () => {
    // Prepare
    const { admin, resources } = await everyResource();
    const [org, member, product, lot] = resources.map((r) => r.path) as [string, string, string, string];
    const patches: Array<[string, Record<string, unknown>]> = [
      [org, { familyCount: 41 }],
      [org, { district: 'Marcapata' }],
      [org, { province: 'Canchis' }],
      [org, { story: { history: { es: 'Desde 2008.' } } }],
      [member, { community: 'Pinchimuro' }],
      [member, { role: 'treasurer' }],
      [member, { phone: '+51 984 000 222' }],
      [product, { leadTimeDays: 5 }],
      [product, { photos: ['https://example.org/q.jpg'] }],
      [product, { name: { en: 'Andean cheese' } }],
      [lot, { notes: 'Uno' }],
      [lot, { expiryDate: '2026-12-31' }],
    ];

    // Act
    const answers = await Promise.all(patches.map(([path, body]) => send(api, 'PATCH', path, { token: admin, body })));

    // Assess
    expect(answers.map((a) => a.status)).toEqual(patches.map(() => 200));
    expect((await send(api, 'GET', org, { token: admin })).body).toMatchObject({
      familyCount: 41,
      district: 'Marcapata',
      province: 'Canchis',
      story: { history: { es: 'Desde 2008.' }, mission: expect.anything() },
    });
    expect((await send(api, 'GET', org, { token: admin })).etag).toBe('"5"');
    expect((await send(api, 'GET', member, { token: admin })).body).toMatchObject({ community: 'Pinchimuro', role: 'treasurer', phone: '+51 984 000 222' });
    expect((await send(api, 'GET', product, { token: admin })).body).toMatchObject({
      leadTimeDays: 5,
      photos: ['https://example.org/q.jpg'],
      name: { es: quesoAndino.name.es, en: 'Andean cheese' },
    });
    expect((await send(api, 'GET', lot, { token: admin })).body).toMatchObject({ notes: 'Uno', expiryDate: '2026-12-31' });
  });

  it('do not lose the member count when the profile is edited while members are added', async () => {
    // Prepare
    const { org, admin } = await createAssociation(api, root);

    // Act
    await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => post(api, `/v1/orgs/${org.id}/members`, admin, { name: `Socia ${i}`, community: 'Ocongate' })),
      ...Array.from({ length: 6 }, (_, i) => send(api, 'PATCH', `/v1/orgs/${org.id}`, { token: admin, body: { familyCount: 30 + i } })),
    ]);

    // Assess
    expect((await get(api, `/v1/orgs/${org.id}`)).body.memberCount).toBe(6);
  });

  it('count an item written before versions existed as version 0, and move it to 1 on its first edit', async () => {
    // Prepare: the organisation and member as the seed wrote them before versions, without the attribute.
    const { org, admin, member } = await everyResource();
    for (const key of [catalogKeys.organisation(org.id), catalogKeys.member(org.id, member.id)]) {
      await api.runtime.store.doc.send(new UpdateCommand({ TableName: api.runtime.store.tableName, Key: key, UpdateExpression: 'REMOVE version' }));
    }

    for (const path of [`/v1/orgs/${org.id}`, `/v1/orgs/${org.id}/members/${member.id}`]) {
      // Act
      const read = await send(api, 'GET', path, { token: admin });
      const stale = await send(api, 'PATCH', path, { token: admin, body: { name: 'Otro nombre' }, ifMatch: '"1"' });
      const edited = await send(api, 'PATCH', path, { token: admin, body: { name: 'Otro nombre' }, ifMatch: '"0"' });

      // Assess
      expect(read.etag, path).toBe('"0"');
      expect(stale.status, path).toBe(412);
      expect(edited.status, path).toBe(200);
      expect(edited.etag, path).toBe('"1"');
    }
  });
});

describe('the OpenAPI document', () => {
  it('documents the ETag response header and the optional If-Match request header of each editable resource', async () => {
    // Act
    const doc = (await (await api.call('GET', '/openapi.json')).json()) as { paths: Record<string, Record<string, any>> };

    // Assess
    for (const path of ['/v1/orgs/{orgId}', '/v1/orgs/{orgId}/members/{memberId}', '/v1/orgs/{orgId}/products/{productId}', '/v1/orgs/{orgId}/lots/{lotId}']) {
      const { get: read, patch } = doc.paths[path]!;
      expect(read.responses['200'].headers?.ETag, `GET ${path}`).toBeDefined();
      expect(patch.responses['200'].headers?.ETag, `PATCH ${path}`).toBeDefined();
      expect(patch.responses['412'], `PATCH ${path}`).toBeDefined();
      const ifMatch = patch.parameters.find((p: { in: string; name: string }) => p.in === 'header' && p.name.toLowerCase() === 'if-match');
      expect(ifMatch, `PATCH ${path}`).toMatchObject({ required: false });
    }
  });
});

import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain, catalogKeys, nameKey, productIndexAttributes } from '@ayni/catalog';
import { newId } from '@ayni/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createAssociation, get, patch, post, quesoAndino } from '../support/catalog-fixtures.js';

let api: TestApi;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain]);
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

interface Card {
  product: { id: string; name: { es: string } };
}

/** Every page of a catalog query, followed cursor by cursor. */
async function pages(query: string, limit: number): Promise<string[][]> {
  const out: string[][] = [];
  let cursor: string | undefined;
  do {
    const res = await get(api, `/v1/catalog?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    out.push(res.body.items.map((c: Card) => c.product.name.es));
    cursor = res.body.nextCursor;
  } while (cursor);
  return out;
}

/** Products created in an order that is not their name order. */
const NAMES = ['Yogur de leche de altura', 'Queso maduro', 'Manjar blanco', 'Ñuña tostada', 'Ájí amarillo', 'Queso andino fresco', 'Kiwicha pop'];
const SORTED = ['Ájí amarillo', 'Kiwicha pop', 'Manjar blanco', 'Ñuña tostada', 'Queso andino fresco', 'Queso maduro', 'Yogur de leche de altura'];

async function associationWithProducts() {
  const { org, admin } = await createAssociation(api, root);
  const ids: Record<string, string> = {};
  for (const [i, name] of NAMES.entries()) {
    const res = await post(api, `/v1/orgs/${org.id}/products`, admin, {
      ...quesoAndino,
      sku: `SKU-${i}`,
      name: { es: name },
      category: name.startsWith('Queso') ? 'cheese' : 'dairy',
    });
    expect(res.status).toBe(201);
    ids[name] = res.body.id;
  }
  return { org, admin, ids };
}

describe('the catalog of one association', () => {
  it('pages through its active products in name order, each exactly once', async () => {
    // Prepare
    const { org } = await associationWithProducts();

    // Act
    const all = await pages(`association=${org.id}`, 3);

    // Assess
    expect(all.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(all.flat()).toEqual(SORTED);
  });

  it('keeps name order with a search, a category, and after a rename or a deactivation', async () => {
    // Prepare
    const { org, admin, ids } = await associationWithProducts();
    await patch(api, `/v1/orgs/${org.id}/products/${ids['Manjar blanco']}`, admin, { name: { es: 'Queso de cabra' } });
    await patch(api, `/v1/orgs/${org.id}/products/${ids['Kiwicha pop']}`, admin, { active: false });

    // Act
    // Every product's description says "Queso fresco…" (quesoAndino's): a search finds words there too.
    const cheeseByPrefix = (await pages(`association=${org.id}&q=queso`, 2)).flat();
    const goat = (await pages(`association=${org.id}&q=cabra`, 2)).flat();
    const cheeseByCategory = (await pages(`association=${org.id}&category=cheese`, 10)).flat();
    const all = (await pages(`association=${org.id}`, 10)).flat();

    // Assess
    expect(cheeseByPrefix).toEqual(['Ájí amarillo', 'Ñuña tostada', 'Queso andino fresco', 'Queso de cabra', 'Queso maduro', 'Yogur de leche de altura']);
    expect(goat).toEqual(['Queso de cabra']);
    expect(cheeseByCategory).toEqual(['Queso andino fresco', 'Queso maduro']);
    expect(all).toEqual(['Ájí amarillo', 'Ñuña tostada', 'Queso andino fresco', 'Queso de cabra', 'Queso maduro', 'Yogur de leche de altura']);
  });

  it('lists in name order the products of an association written before the name order existed', async () => {
    // Prepare: an association and products stored exactly as the seed wrote them before.
    const { doc, tableName } = api.runtime.store;
    const orgId = newId('org');
    const at = '2026-11-01T12:00:00.000Z';
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...catalogKeys.organisation(orgId),
          ...catalogKeys.organisationsByKind('association', nameKey('Asociación Antigua'), orgId),
          entity: 'Organisation',
          id: orgId,
          kind: 'association',
          name: 'Asociación Antigua',
          nameKey: nameKey('Asociación Antigua'),
          country: 'PE',
          region: 'Puno',
          languages: ['es'],
          memberCount: 0,
          photos: [],
          certifications: [],
          active: true,
          createdAt: at,
          updatedAt: at,
        },
      }),
    );
    for (const [i, name] of NAMES.entries()) {
      const product = {
        entity: 'Product' as const,
        id: newId('prd'),
        orgId,
        sku: `OLD-${i}`,
        name: { es: name },
        nameKey: nameKey(name),
        description: { es: 'Producto antiguo' },
        category: 'dairy' as const,
        unit: 'kg' as const,
        price: { amount: 1000, currency: 'PEN' as const },
        minOrderQuantity: 1000,
        orderMultiple: 1000,
        stock: 0,
        leadTimeDays: 2,
        active: i !== 1,
        photos: [],
        region: 'Puno',
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      await doc.send(
        new PutCommand({ TableName: tableName, Item: { ...catalogKeys.product(orgId, product.id), ...productIndexAttributes(product), ...product } }),
      );
    }

    // Act
    const first = (await pages(`association=${orgId}`, 4)).flat();
    const again = (await pages(`association=${orgId}`, 4)).flat();

    // Assess
    expect(first).toEqual(SORTED.filter((name) => name !== 'Queso maduro'));
    expect(again).toEqual(first);
  });
});

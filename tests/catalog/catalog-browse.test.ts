import { catalog, catalogDomain, createProductSchema, type CatalogDeps } from '@ayni/catalog';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { get, sumaqProfile } from '../support/catalog-fixtures.js';

let api: TestApi;
let deps: CatalogDeps;
let cusco: string;
let amazonas: string;
const ALL = 23;

interface Card {
  product: { id: string; name: { es: string }; category: string; orgId: string };
  association: { name: string; region: string; storyExcerpt?: string };
}

async function browse(query: string): Promise<{ status: number; items: Card[]; nextCursor?: string; body: Record<string, unknown> }> {
  const { status, body } = await get(api, `/v1/catalog${query}`);
  return { status, items: body.items ?? [], nextCursor: body.nextCursor, body };
}

async function browseAll(query: string, limit: number): Promise<Card[][]> {
  const pages: Card[][] = [];
  let cursor: string | undefined;
  do {
    const sep = query ? '&' : '?';
    const page = await browse(`${query}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.status).toBe(200);
    pages.push(page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

beforeAll(async () => {
  api = await createTestApi([catalogDomain]);
  deps = { store: api.runtime.store, clock: api.runtime.clock };
  cusco = (await catalog.createOrganisation(deps, { ...sumaqProfile })).id;
  amazonas = (
    await catalog.createOrganisation(deps, {
      ...sumaqProfile,
      name: 'Cacao Awajún',
      region: 'Amazonas',
      story: { mission: { es: 'Cacao nativo del río Nieva.' } },
    })
  ).id;
  const make = (orgId: string, i: number, category: string, name: string) =>
    catalog.createProduct(
      deps,
      orgId,
      createProductSchema.parse({
        sku: `SKU-${i}`,
        name: { es: name },
        description: { es: 'Producto de prueba' },
        category,
        unit: 'kg',
        price: 1000 + i,
        currency: 'PEN',
      }),
    );
  for (let i = 0; i < 15; i++) await make(cusco, i, i % 3 === 0 ? 'maize' : 'cheese', `Queso ${String.fromCharCode(65 + i)} de Ocongate`);
  for (let i = 15; i < 20; i++) await make(amazonas, i, 'cacao', `Cacao lote ${i}`);
  for (let i = 20; i < ALL; i++) await make(amazonas, i, 'cheese', `Queso amazónico ${i}`);
});

describe('the public catalog', () => {
  it('pages through every active product exactly once, ordered by name, and a cursor always yields the same page', async () => {
    const pages = await browseAll('', 7);
    const ids = pages.flat().map((c) => c.product.id);
    expect(ids).toHaveLength(ALL);
    expect(new Set(ids).size).toBe(ALL);
    expect(pages.map((p) => p.length)).toEqual([7, 7, 7, 2]);
    const names = pages.flat().map((c) =>
      c.product.name.es
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase(),
    );
    expect(names).toEqual([...names].sort());
    const first = await browse('?limit=7');
    const again = await browse(`?limit=7&cursor=${first.nextCursor}`);
    const repeat = await browse(`?limit=7&cursor=${first.nextCursor}`);
    expect(again.items.map((c) => c.product.id)).toEqual(repeat.items.map((c) => c.product.id));
    expect(again.items.map((c) => c.product.id)).toEqual(pages[1]!.map((c) => c.product.id));
  });

  it('filters by category, region and association, and combinations of them', async () => {
    const cheese = (await browseAll('?category=cheese', 50)).flat();
    expect(cheese).toHaveLength(10 + 3);
    expect(cheese.every((c) => c.product.category === 'cheese')).toBe(true);
    const amazonian = (await browseAll('?region=Amazonas', 50)).flat();
    expect(amazonian).toHaveLength(8);
    expect(amazonian.every((c) => c.association.region === 'Amazonas')).toBe(true);
    const amazonianCheese = (await browseAll('?category=cheese&region=Amazonas', 2)).flat();
    expect(amazonianCheese.map((c) => c.product.name.es).sort()).toEqual(['Queso amazónico 20', 'Queso amazónico 21', 'Queso amazónico 22']);
    const ofCusco = (await browseAll(`?association=${cusco}`, 4)).flat();
    expect(ofCusco).toHaveLength(15);
    expect(ofCusco.every((c) => c.product.orgId === cusco)).toBe(true);
    const maizeOfCusco = (await browseAll(`?association=${cusco}&category=maize`, 50)).flat();
    expect(maizeOfCusco).toHaveLength(5);
  });

  it('searches words of the names, the last one as a prefix, ignoring case and accents', async () => {
    const found = (await browseAll('?q=QUESO%20AMAZONICO', 50)).flat();
    expect(found.map((c) => c.product.name.es).sort()).toEqual(['Queso amazónico 20', 'Queso amazónico 21', 'Queso amazónico 22']);
    const inCategory = (await browseAll('?category=cacao&q=cacao%20lote%201', 50)).flat();
    expect(inCategory.map((c) => c.product.name.es).sort()).toEqual(['Cacao lote 15', 'Cacao lote 16', 'Cacao lote 17', 'Cacao lote 18', 'Cacao lote 19']);
    expect((await browse('?q=zzz')).items).toEqual([]);
  });

  it('carries the association’s name and the first lines of its story on each item', async () => {
    const card = (await browse(`?association=${amazonas}&limit=1`)).items[0]!;
    expect(card.association).toMatchObject({ name: 'Cacao Awajún', region: 'Amazonas', storyExcerpt: 'Cacao nativo del río Nieva.' });
  });

  it('refuses bad filters and foreign cursors with a 400 naming the parameter', async () => {
    const badCategory = await browse('?category=spaceships');
    expect(badCategory.status).toBe(400);
    expect((badCategory.body.errors as Array<{ path: string }>)[0]!.path).toBe('query.category');
    expect((await browse('?limit=1000')).status).toBe(400);
    const forged = await browse('?cursor=bm90LWEtY3Vyc29y');
    expect(forged.status).toBe(400);
    expect((forged.body.errors as Array<{ path: string }>)[0]!.path).toBe('query.cursor');
    const cheeseCursor = (await browse('?category=cheese&limit=1')).nextCursor!;
    const reused = await browse(`?category=cacao&cursor=${cheeseCursor}`);
    expect(reused.status).toBe(400);
  });
});

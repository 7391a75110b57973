import { BatchWriteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  catalog,
  catalogDomain,
  catalogKeys,
  productIndexAttributes,
  createProductSchema,
  MAX_WORDS_PER_PRODUCT,
  searchPostingsOf,
  type CatalogDeps,
  type CreateProductInput,
} from '@ayni/catalog';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createAssociation, get, patch, post } from '../support/catalog-fixtures.js';

let api: TestApi;
let deps: CatalogDeps;
let root: string;
let cusco: { org: { id: string }; admin: string };
let puno: { org: { id: string }; admin: string };
const ids: Record<string, string> = {};

/** What the DynamoDB calls of the store cost while `metering` is set (a middleware, as the benches measure). */
const meter = { on: false, calls: 0, readUnits: 0, postingsRead: 0 };

interface Card {
  product: { id: string; name: { es: string } };
  association: { region: string };
}

async function search(query: string): Promise<{ status: number; names: string[]; items: Card[]; nextCursor?: string; body: Record<string, unknown> }> {
  const { status, body } = await get(api, `/v1/catalog?${query}`);
  const items = (body.items ?? []) as Card[];
  return { status, names: items.map((c) => c.product.name.es), items, nextCursor: body.nextCursor, body };
}

/** Every page, cursor after cursor. */
async function pages(query: string, limit: number): Promise<string[][]> {
  const out: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await search(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    out.push(page.names);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const product = (sku: string, fields: Partial<CreateProductInput> & Pick<CreateProductInput, 'name' | 'description' | 'category'>) => ({
  sku,
  unit: 'unit',
  price: 12000,
  currency: 'PEN',
  leadTimeDays: 7,
  ...fields,
});

async function create(who: { org: { id: string }; admin: string }, body: Record<string, unknown>): Promise<string> {
  const res = await post(api, `/v1/orgs/${who.org.id}/products`, who.admin, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

beforeAll(async () => {
  api = await createTestApi([catalogDomain]);
  deps = { store: api.runtime.store, clock: api.runtime.clock };
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
  api.runtime.store.doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (!meter.on) return next(args);
      const result = await next(args);
      meter.calls++;
      const output = result.output as { ConsumedCapacity?: { CapacityUnits?: number } | Array<{ CapacityUnits?: number }>; ScannedCount?: number };
      for (const c of ([] as Array<{ CapacityUnits?: number }>).concat(output.ConsumedCapacity ?? [])) meter.readUnits += c.CapacityUnits ?? 0;
      if ((context as { commandName?: string }).commandName === 'QueryCommand') meter.postingsRead += output.ScannedCount ?? 0;
      return result;
    },
    { step: 'initialize', name: 'searchTestMeter' },
  );
  cusco = await createAssociation(api, root, { name: 'Tejedoras de Pitumarca', region: 'Cusco' });
  puno = await createAssociation(api, root, { name: 'Lecheros de Puno', region: 'Puno' });
  ids.chompa = await create(
    cusco,
    product('CHOMPA', {
      name: { es: 'Chómpa de alpaca tejida a mano', en: 'Hand-knitted alpaca sweater' },
      description: { es: 'Tejida por las socias de Pitumarca.' },
      category: 'textiles',
    }),
  );
  ids.chalina = await create(
    cusco,
    product('CHALINA', {
      name: { es: 'Chalina tejida' },
      description: { es: 'Hilada con fibra de ALPACA baby, teñida con tintes naturales.' },
      category: 'textiles',
    }),
  );
  ids.guantes = await create(
    cusco,
    product('GUANTES', { name: { es: 'Guantes de Alpaca', qu: 'Makiwatana' }, description: { es: 'Abrigados para el frío.' }, category: 'textiles' }),
  );
  ids.poncho = await create(
    cusco,
    product('PONCHO', { name: { es: 'Poncho de alpaca' }, description: { es: 'Poncho tradicional.' }, category: 'textiles', active: false }),
  );
  ids.queso = await create(
    puno,
    product('QUESO', {
      name: { es: 'Queso andino', qu: 'Kisu', en: 'Andean cheese' },
      description: { es: 'Queso de leche entera.', en: 'Fresh whole-milk cheese from the highlands.' },
      category: 'cheese',
      unit: 'kg',
    }),
  );
});

describe('searching the catalog', () => {
  it('finds a word anywhere in names and descriptions, in any case and without accents, never inactive products', async () => {
    const alpaca = await search('q=alpaca');
    expect(alpaca.status).toBe(200);
    expect(alpaca.names).toEqual(['Chalina tejida', 'Chómpa de alpaca tejida a mano', 'Guantes de Alpaca']);
    expect((await search('q=ALPACA')).names).toEqual(alpaca.names);
    expect((await search('q=chompa')).names).toEqual(['Chómpa de alpaca tejida a mano']);
    expect((await search('q=CHÓMPA')).names).toEqual(['Chómpa de alpaca tejida a mano']);
    expect((await search('q=poncho')).names).toEqual([]);
  });

  it('finds English and Quechua words', async () => {
    expect((await search('q=fresh')).names).toEqual(['Queso andino']);
    expect((await search('q=kisu')).names).toEqual(['Queso andino']);
    expect((await search('q=sweater')).names).toEqual(['Chómpa de alpaca tejida a mano']);
    expect((await search('q=makiwatana')).names).toEqual(['Guantes de Alpaca']);
  });

  it('filters by region and category in any case, alone and with a search', async () => {
    expect((await search('region=cusco')).names).toEqual(['Chalina tejida', 'Chómpa de alpaca tejida a mano', 'Guantes de Alpaca']);
    expect((await search('region=PUNO')).names).toEqual(['Queso andino']);
    expect((await search('category=Cheese')).names).toEqual(['Queso andino']);
    expect((await search('category=TEXTILES&region=cusco')).names).toHaveLength(3);
    expect((await search('q=alpaca&region=cuscó')).names).toHaveLength(3);
    expect((await search('q=alpaca&region=puno')).names).toEqual([]);
    expect((await search('q=queso&category=CHEESE')).names).toEqual(['Queso andino']);
    expect((await search('q=queso&category=textiles')).names).toEqual([]);
    expect((await search(`q=alpaca&association=${puno.org.id}`)).names).toEqual([]);
    expect((await search(`q=tejida&association=${cusco.org.id}`)).names).toEqual(['Chalina tejida', 'Chómpa de alpaca tejida a mano']);
  });

  it('wants every word, the last one as a prefix, and ignores stop words', async () => {
    expect((await search('q=alpaca%20guantes')).names).toEqual(['Guantes de Alpaca']);
    expect((await search('q=alpaca%20queso')).names).toEqual([]);
    expect((await search('q=alpa')).names).toHaveLength(3);
    expect((await search('q=guantes%20alp')).names).toEqual(['Guantes de Alpaca']);
    // Only the last word is a prefix.
    expect((await search('q=alp%20guantes')).names).toEqual([]);
    expect((await search('q=guantes%20de%20la%20alpaca')).names).toEqual(['Guantes de Alpaca']);
    expect((await search('q=the%20andean%20cheese')).names).toEqual(['Queso andino']);
    const onlyStopWords = await search('q=de%20la');
    expect(onlyStopWords.status).toBe(400);
    expect((onlyStopWords.body.errors as Array<{ path: string }>)[0]!.path).toBe('query.q');
  });

  it('pages in name order with cursors, and refuses a cursor that is not of this search', async () => {
    expect(await pages('q=alpaca', 1)).toEqual([['Chalina tejida'], ['Chómpa de alpaca tejida a mano'], ['Guantes de Alpaca']]);
    const first = await search('q=alpaca&limit=1');
    const again = await search(`q=alpaca&limit=1&cursor=${first.nextCursor}`);
    expect(again.names).toEqual(['Chómpa de alpaca tejida a mano']);
    const crafted = await search(`q=alpaca&cursor=${Buffer.from(JSON.stringify({ pk: 'ORG#x', sk: 'PROFILE' })).toString('base64url')}`);
    expect(crafted.status).toBe(400);
    expect((crafted.body.errors as Array<{ path: string }>)[0]!.path).toBe('query.cursor');
    const otherSearch = await search(`q=tejida&cursor=${first.nextCursor}`);
    expect(otherSearch.status).toBe(400);
    expect((otherSearch.body.errors as Array<{ path: string }>)[0]!.path).toBe('query.cursor');
    expect((await search('q=alpaca&cursor=not-a-cursor')).status).toBe(400);
  });

  it('follows edits: a word removed no longer finds the product, a word added does, a deactivated product is gone', async () => {
    const path = `/v1/orgs/${cusco.org.id}/products/${ids.chalina}`;
    expect((await patch(api, path, cusco.admin, { description: { es: 'Hilada con fibra de vicuña.' } })).status).toBe(200);
    expect((await search('q=alpaca')).names).toEqual(['Chómpa de alpaca tejida a mano', 'Guantes de Alpaca']);
    expect((await search('q=vicuna')).names).toEqual(['Chalina tejida']);
    expect((await patch(api, path, cusco.admin, { name: { en: 'Vicuña scarf', es: 'Bufanda tejida' } })).status).toBe(200);
    expect((await search('q=scarf')).names).toEqual(['Bufanda tejida']);
    expect((await search('q=chalina')).names).toEqual([]);
    expect((await search('q=tejida')).names).toEqual(['Bufanda tejida', 'Chómpa de alpaca tejida a mano']);

    expect((await patch(api, `/v1/orgs/${cusco.org.id}/products/${ids.guantes}`, cusco.admin, { active: false })).status).toBe(200);
    expect((await search('q=alpaca')).names).toEqual(['Chómpa de alpaca tejida a mano']);
    expect((await search('q=makiwatana')).names).toEqual([]);
    expect((await patch(api, `/v1/orgs/${cusco.org.id}/products/${ids.poncho}`, cusco.admin, { active: true })).status).toBe(200);
    expect((await search('q=alpaca')).names).toEqual(['Chómpa de alpaca tejida a mano', 'Poncho de alpaca']);
  });

  it('finds again, after its next edit, a product whose postings were never written (a write cut short)', async () => {
    // Prepare: a product whose edit stopped after the product write: none of its postings exist.
    const id = await create(
      puno,
      product('YOGUR', { name: { es: 'Yogur de aguaymanto' }, description: { es: 'Con fruta del valle.' }, category: 'dairy', unit: 'kg' }),
    );
    const stored = await catalog.getProduct(deps, puno.org.id, id, { includeInactive: true });
    const { doc, tableName } = api.runtime.store;
    await doc.send(
      new BatchWriteCommand({
        RequestItems: { [tableName]: searchPostingsOf(stored).map((p) => ({ DeleteRequest: { Key: { pk: p.pk, sk: p.sk } } })) },
      }),
    );
    expect((await search('q=aguaymanto')).names).toEqual([]);

    // Act: any edit, even one that sends what the product has.
    expect((await patch(api, `/v1/orgs/${puno.org.id}/products/${id}`, puno.admin, { leadTimeDays: stored.leadTimeDays })).status).toBe(200);

    // Assess
    expect((await search('q=aguaymanto')).names).toEqual(['Yogur de aguaymanto']);
  });

  it('indexes products written before search by reindexProducts (their region key too)', async () => {
    // Prepare: a product stored as before search: no postings, the region key as typed.
    const legacy = await createAssociation(api, root, { name: 'Asociación Antigua', region: 'Apurímac' });
    const created = await catalog.getProduct(
      deps,
      legacy.org.id,
      await create(legacy, product('OLD', { name: { es: 'Miel de eucalipto' }, description: { es: 'Miel cruda.' }, category: 'honey' })),
      { includeInactive: true },
    );
    const { doc, tableName } = api.runtime.store;
    await doc.send(
      new BatchWriteCommand({
        RequestItems: { [tableName]: searchPostingsOf(created).map((p) => ({ DeleteRequest: { Key: { pk: p.pk, sk: p.sk } } })) },
      }),
    );
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...catalogKeys.product(created.orgId, created.id), ...productIndexAttributes(created), gsi2pk: 'CATALOG#REGION#Apurímac', ...created },
      }),
    );
    expect((await search('q=eucalipto')).names).toEqual([]);
    expect((await search('region=apurimac')).names).toEqual([]);

    // Act
    const done = await catalog.reindexProducts(deps);

    // Assess
    expect(done.products).toBeGreaterThan(0);
    expect((await search('q=eucalipto')).names).toEqual(['Miel de eucalipto']);
    expect((await search('region=apurimac')).names).toEqual(['Miel de eucalipto']);
    expect((await search('region=Apurímac&q=miel')).names).toEqual(['Miel de eucalipto']);
  });

  it('indexes every word of a product whose postings exceed one transaction', async () => {
    // 20 distinct words in each language: 60 words, 4 postings each at most: far over 100 actions.
    const words = (lang: string) => Array.from({ length: 20 }, (_, i) => `${String.fromCharCode(97 + i)}${lang}mot${i}`);
    const [es, qu, en] = [words('es'), words('qu'), words('en')];
    const id = await create(
      cusco,
      product('LARGE', {
        name: { es: 'Tapiz grande', qu: 'Hatun awasqa', en: 'Large tapestry' },
        description: { es: es.join(' '), qu: qu.join(' '), en: `${en.join(' ')} beyondthecap` },
        category: 'crafts',
      }),
    );
    const stored = await catalog.getProduct(deps, cusco.org.id, id, { includeInactive: true });
    expect(searchPostingsOf(stored).length).toBeGreaterThan(100);
    const indexed = [...es, ...qu, ...en].slice(0, MAX_WORDS_PER_PRODUCT - 6);
    for (const word of [...indexed, 'tapiz', 'hatun', 'tapestry']) {
      const page = await catalog.browseCatalog(deps, { q: word, limit: 5 });
      expect(
        page.items.map((i) => i.product.id),
        word,
      ).toEqual([id]);
    }
    // The 61st distinct word is past the cap (names first, then descriptions: 6 + 54 words).
    expect((await catalog.browseCatalog(deps, { q: 'beyondthecap', limit: 5 })).items).toEqual([]);
  });

  // 130 products are made first (each a transaction with its word postings): slow on a busy machine, not what is measured.
  it('reads a bounded number of postings per page, answering with a cursor when more may exist', async () => {
    const many = await createAssociation(api, root, { name: 'Productores de tunta', region: 'Puno' });
    for (let i = 0; i < 130; i++) {
      await catalog.createProduct(
        deps,
        many.org.id,
        createProductSchema.parse(
          product(`TUNTA-${i}`, {
            name: { es: `Tunta ${String(i).padStart(3, '0')}` },
            description: { es: 'Papa deshidratada al hielo.' },
            category: 'tubers',
          }),
        ),
      );
    }
    // Every word matches: one Query of 21 postings (20 and one to know that more follow), one
    // BatchGetItem of the products, one of the association.
    Object.assign(meter, { on: true, calls: 0, readUnits: 0, postingsRead: 0 });
    const full = await search('q=tunta&limit=20');
    meter.on = false;
    expect(full.names).toHaveLength(20);
    expect(full.nextCursor).toBeDefined();
    expect(meter).toMatchObject({ calls: 3, postingsRead: 21 });

    // The word read ("tunta", longest key) is everywhere, the other nowhere: at most 100 postings,
    // then an empty page with a cursor; following it reads the rest and ends.
    Object.assign(meter, { on: true, calls: 0, readUnits: 0, postingsRead: 0 });
    const sparse = await search('q=tunta%20zzzz&limit=20');
    meter.on = false;
    expect(sparse.names).toEqual([]);
    expect(sparse.nextCursor).toBeDefined();
    expect(meter.postingsRead).toBe(100);
    expect(meter.calls).toBeLessThanOrEqual(5 + 5 + 1);
    const rest = await search(`q=tunta%20zzzz&limit=20&cursor=${sparse.nextCursor}`);
    expect(rest.names).toEqual([]);
    expect(rest.nextCursor).toBeUndefined();

    // The service reports the same postings read.
    const page = await catalog.browseCatalog(deps, { q: 'tunta zzzz', limit: 20 });
    expect(page.stats.postingsRead).toBe(100);
    // With a matching word after them, pages are fewer than `limit` only where postings ran out.
    expect((await pages('q=tunta%2012', 20)).flat()).toEqual(Array.from({ length: 10 }, (_, i) => `Tunta 12${i}`));
  }, 120_000);
});

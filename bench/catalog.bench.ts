/**
 * Listing a category costs the same whatever the size of the catalog: the same number of DynamoDB
 * calls and the same read units with 100 and with 10,000 products in the table, because a page is
 * one Query on the category index (+ one BatchGetItem for the associations on the page), never a Scan.
 * So does a search page (`q=`): the postings of one word (at most 100), the products they name and
 * their associations, whatever the size of the catalog; shown for a word every product has
 * (`andes`) and for the worst page, whose postings all name products without the other word.
 */
import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import {
  catalog,
  catalogEntryOf,
  catalogKeys,
  nameKey,
  PRODUCT_CATEGORIES,
  productIndexAttributes,
  searchPostingsOf,
  type CatalogDeps,
  type ProductItem,
} from '@ayni/catalog';
import { systemClock, newId } from '@ayni/core';
import { createDynamoClient, createStore, ensureTable, type Store } from '@ayni/store';

import { startDynamoDbLocal } from '../packages/devstack/src/dynamodb.js';

const SIZES = [100, 10_000];
const PAGE = 20;
const REPEATS = 20;
/** Four categories, so even the 100-product table fills a 20-item page of one category. */
const CATEGORIES = PRODUCT_CATEGORIES.slice(0, 4);
/** A word every product has; the same with a word none has (the read word is the longest key: `andes`). */
const SEARCHES = ['andes', 'andes zzz'];

async function fill(store: Store, deps: CatalogDeps, count: number): Promise<void> {
  const orgs = [];
  for (let i = 0; i < 10; i++) {
    orgs.push(
      await catalog.createOrganisation(deps, {
        kind: 'association',
        name: `Asociación ${i}`,
        country: 'PE',
        region: i % 2 ? 'Cusco' : 'Puno',
        story: { mission: { es: 'Productores de los Andes que venden juntos.' } },
      }),
    );
  }
  const now = '2026-11-20T15:00:00.000Z';
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const org = orgs[i % orgs.length]!;
    const name = `Producto ${String(i).padStart(5, '0')} de los Andes`;
    const product: ProductItem = {
      entity: 'Product',
      id: newId('prd'),
      orgId: org.id,
      sku: `SKU-${i}`,
      name: { es: name },
      nameKey: nameKey(name),
      description: { es: 'Un producto de una asociación de productores, con una descripción de longitud realista para el catálogo.' },
      category: CATEGORIES[i % CATEGORIES.length]!,
      unit: 'kg',
      price: { amount: 1500 + (i % 500), currency: 'PEN' },
      minOrderQuantity: 1000,
      orderMultiple: 1000,
      stock: 50_000,
      leadTimeDays: 3,
      active: true,
      photos: [],
      region: org.region,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    items.push({ ...catalogKeys.product(org.id, product.id), ...productIndexAttributes(product), ...product });
    // The entry that lists it in its association's catalog by name (written with the product by the service).
    const entry = catalogEntryOf(product);
    if (entry) items.push({ ...entry });
    // Its search postings (written after the product by the service), about 30 per product here.
    items.push(...searchPostingsOf(product).map((posting) => ({ ...posting })));
  }
  const batches = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  for (let i = 0; i < batches.length; i += 8) {
    await Promise.all(
      batches.slice(i, i + 8).map(async (batch) => {
        let request: Record<string, unknown>[] | undefined = batch.map((Item) => ({ PutRequest: { Item } }));
        while (request && request.length) {
          const result = await store.doc.send(new BatchWriteCommand({ RequestItems: { [store.tableName]: request as never } }));
          request = result.UnprocessedItems?.[store.tableName] as Record<string, unknown>[] | undefined;
        }
      }),
    );
  }
}

/** For contrast only (never on a request path): what a Scan with a filter would read for one page. */
async function scanCost(store: Store, category: string, wanted: number): Promise<number> {
  let found = 0;
  let units = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const result = await store.doc.send(
      new ScanCommand({
        TableName: store.tableName,
        FilterExpression: 'category = :c',
        ExpressionAttributeValues: { ':c': category },
        ExclusiveStartKey: start,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    units += result.ConsumedCapacity?.CapacityUnits ?? 0;
    found += result.Items?.length ?? 0;
    start = result.LastEvaluatedKey;
  } while (start && found < wanted);
  return units;
}

const dynamodb = await startDynamoDbLocal({ port: 0 });
try {
  // Generous timeouts: the fill and the Scan (for contrast) of the 10,000-product table are long calls on 2 cores.
  const client = createDynamoClient({ region: 'us-east-1', endpoint: dynamodb.endpoint, timeouts: { requestMs: 30_000, maxAttempts: 3 } });
  const rows: Array<Record<string, string | number>> = [];
  const searchRows: Array<Record<string, string | number>> = [];
  for (const size of SIZES) {
    const tableName = `bench-catalog-${size}`;
    await ensureTable(client, tableName);
    const store = createStore({ tableName, region: 'us-east-1' }, client);
    const deps: CatalogDeps = { store, clock: systemClock };
    await fill(store, deps, size);
    const category = 'cheese';
    const first = await catalog.browseCatalog(deps, { category, limit: PAGE });
    const second = await catalog.browseCatalog(deps, { category, limit: PAGE, cursor: first.nextCursor });
    for (let i = 0; i < 5; i++) await catalog.browseCatalog(deps, { category, limit: PAGE });
    const started = performance.now();
    for (let i = 0; i < REPEATS; i++) await catalog.browseCatalog(deps, { category, limit: PAGE });
    const ms = (performance.now() - started) / REPEATS;
    const scan = await scanCost(store, category, PAGE);
    rows.push({
      products: size,
      'items/page': first.items.length,
      'calls page 1': first.stats.calls,
      'read units page 1': first.stats.consumedReadUnits,
      'calls page 2': second.stats.calls,
      'read units page 2': second.stats.consumedReadUnits,
      'ms/page': Number(ms.toFixed(1)),
      'Scan+filter read units (avoided)': scan,
    });
    for (const q of SEARCHES) {
      const one = await catalog.browseCatalog(deps, { q, limit: PAGE });
      const two = one.nextCursor ? await catalog.browseCatalog(deps, { q, limit: PAGE, cursor: one.nextCursor }) : undefined;
      for (let i = 0; i < 5; i++) await catalog.browseCatalog(deps, { q, limit: PAGE });
      const t0 = performance.now();
      for (let i = 0; i < REPEATS; i++) await catalog.browseCatalog(deps, { q, limit: PAGE });
      searchRows.push({
        q,
        products: size,
        'items page 1': one.items.length,
        'calls page 1': one.stats.calls,
        'read units page 1': one.stats.consumedReadUnits,
        'postings page 1': one.stats.postingsRead ?? 0,
        'cursor page 1': one.nextCursor ? 'yes' : 'no',
        'calls page 2': two?.stats.calls ?? '-',
        'read units page 2': two?.stats.consumedReadUnits ?? '-',
        'ms/page': Number(((performance.now() - t0) / REPEATS).toFixed(1)),
      });
    }
  }
  console.table(rows);
  console.table(searchRows);
  for (const query of SEARCHES) {
    const [a, b] = searchRows.filter((r) => r.q === query) as [Record<string, number>, Record<string, number>];
    console.log(
      `search ${query}: ratio 10,000 / 100 products: calls ${(b['calls page 1']! / a['calls page 1']!).toFixed(2)}, ` +
        `read units ${(b['read units page 1']! / a['read units page 1']!).toFixed(2)}, postings ${(b['postings page 1']! / a['postings page 1']!).toFixed(2)}`,
    );
  }
  const [small, large] = rows as [Record<string, number>, Record<string, number>];
  console.log(
    `ratio 10,000 / 100 products: calls ${(large['calls page 1']! / small['calls page 1']!).toFixed(2)}, ` +
      `read units ${(large['read units page 1']! / small['read units page 1']!).toFixed(2)}, ` +
      `time ${(large['ms/page']! / small['ms/page']!).toFixed(2)}`,
  );
  client.destroy();
} finally {
  await dynamodb.stop();
}

import { englishOf, message, ValidationFailed } from '@ayni/core';
import { catalogKeys } from '../keys.js';
import { MESSAGES } from '../messages.js';
import type { OrganisationItem, ProductItem } from '../model.js';
import { searchPostingsOf, type PostingKey } from '../repository/index.js';
import type { CatalogQuery } from '../schemas.js';
import { foldText, indexedWords, matchesQuery, parseQuery } from '../search.js';
import { repo, type CatalogDeps } from './context.js';

/** Postings one search page reads at most before answering (with a cursor to go on). */
export const MAX_POSTINGS_PER_PAGE = 100;
/** Rounds of "write the postings, check the product did not change meanwhile" an edit makes. */
const MAX_INDEX_ROUNDS = 5;

export interface SearchPage {
  readonly items: Array<{ product: ProductItem; association: OrganisationItem }>;
  readonly nextCursor?: string | undefined;
  readonly stats: { calls: number; consumedReadUnits: number; postingsRead: number };
}

const postingId = (key: PostingKey) => `${key.pk}\u0000${key.sk}`;

/**
 * `GET /v1/catalog?q=`: words anywhere in names and descriptions (search.ts for the semantics).
 * A page reads the postings of one key only, in name order, as many as items are still wanted
 * plus one (DynamoDB leaving
 * out those of other associations, categories or regions), then the products they name in one
 * BatchGetItem, which decide the other words, `active` and the filters again: so a page reads at
 * most {@link MAX_POSTINGS_PER_PAGE} postings and as many products, whatever the size of the
 * catalog, and may hold fewer than `limit` items; it has a cursor whenever more postings remain.
 */
export async function searchCatalog(deps: CatalogDeps, query: CatalogQuery & { q: string }): Promise<SearchPage> {
  const search = parseQuery(query.q);
  if (!search) {
    const msg = message(MESSAGES, 'catalog.search-no-words');
    throw new ValidationFailed([{ path: 'query.q', message: englishOf(msg), msg }]);
  }
  const catalog = repo(deps);
  const region = query.region === undefined ? undefined : foldText(query.region);
  let startKey = catalog.searchStartKey(search.key, query.cursor);
  const found: ProductItem[] = [];
  let calls = 0;
  let units = 0;
  let read = 0;
  let next: PostingKey | undefined;
  while (found.length < query.limit && read < MAX_POSTINGS_PER_PAGE) {
    // One posting more than the items still wanted: when the page fills up, it tells whether more
    // may follow (no cursor, and no empty last page, when nothing does).
    const chunk = await catalog.queryPostings(search.key, startKey, Math.min(query.limit - found.length + 1, MAX_POSTINGS_PER_PAGE - read), {
      orgId: query.association,
      category: query.category,
      region,
    });
    calls++;
    units += chunk.consumedReadUnits;
    read += chunk.read;
    const products = await catalog.getProductsByKeys(chunk.postings);
    calls += products.calls;
    units += products.consumedReadUnits;
    next = chunk.lastKey;
    for (let i = 0; i < chunk.postings.length; i++) {
      const posting = chunk.postings[i]!;
      const product = products.products.get(posting.productId);
      // A posting left by an edit whose postings are not written yet (or by one cut short) names a
      // product that no longer has the word, is no longer active, or sits elsewhere in name order.
      if (!product?.active || chunk.keys[i]!.sk !== catalogKeys.catalogSort(product.nameKey, product.id)) continue;
      if (query.category && product.category !== query.category) continue;
      if (region !== undefined && foldText(product.region) !== region) continue;
      if (!matchesQuery(indexedWords(product), search)) continue;
      found.push(product);
      if (found.length === query.limit) {
        // Go on right after this posting (the rest of the chunk is read again by the next page).
        if (i < chunk.postings.length - 1) next = chunk.keys[i];
        break;
      }
    }
    if (!next) break;
    startKey = next;
  }
  const associations = await catalog.getOrganisationsCounted(found.map((p) => p.orgId));
  return {
    items: found.flatMap((product) => {
      const association = associations.organisations.get(product.orgId);
      return association?.active ? [{ product, association }] : [];
    }),
    nextCursor: next ? catalog.searchCursor(next) : undefined,
    stats: { calls: calls + associations.calls, consumedReadUnits: units + associations.consumedReadUnits, postingsRead: read },
  };
}

/**
 * Brings a product's search postings to what it is now, after its own write (create, edit,
 * deactivation, region move). A product in three languages can have a few hundred postings, more
 * than one transaction's 100 actions, so they are written after the product, not with it:
 * 1. put every posting of the product as written (plain puts: repeating them is harmless) and
 *    delete those of the version it replaced that it no longer has (a word dropped, or all of them
 *    after a rename: the sort key holds the name);
 * 2. read the product again (consistent): if another edit wrote it meanwhile, do 1 again from that
 *    version, deleting everything written so far that it no longer has, so concurrent edits end
 *    with the postings of the last one.
 * In between a reader may miss the product for a word just added, and may read postings of a word
 * just removed or of the old name; those it leaves out, because every hit is checked against the
 * product item (its words, name key, `active`, filters), so it never shows a product that does not
 * match, nor one twice. If the process stops between the product write and its postings, the
 * product's next edit (any PATCH, even one that sends what it has) writes them all again, and
 * `reindexProducts` repairs every product at once. Postings of a word dropped by an edit that was cut
 * short may stay; they are never shown (see above), only read.
 */
export async function indexProductWords(deps: CatalogDeps, product: ProductItem, previous?: ProductItem): Promise<{ calls: number }> {
  const catalog = repo(deps);
  const written = new Map<string, PostingKey>();
  for (const posting of previous ? searchPostingsOf(previous) : []) written.set(postingId(posting), { pk: posting.pk, sk: posting.sk });
  let target = product;
  let calls = 0;
  for (let round = 1; ; round++) {
    const puts = searchPostingsOf(target);
    const wanted = new Set(puts.map(postingId));
    const deletes = [...written.entries()].filter(([id]) => !wanted.has(id)).map(([, key]) => key);
    calls += await catalog.writePostings(puts, deletes);
    for (const posting of puts) written.set(postingId(posting), { pk: posting.pk, sk: posting.sk });
    for (const key of deletes) written.delete(postingId(key));
    const fresh = await catalog.getProduct(target.orgId, target.id, true);
    calls++;
    if (!fresh || fresh.version === target.version || round >= MAX_INDEX_ROUNDS) return { calls };
    target = fresh;
  }
}

/**
 * Writes the search postings and the catalog index attributes of every product, with Queries only
 * (associations, then each one's products): for products written before search existed, or after
 * an interrupted edit. Idempotent; run it once after deploying this version
 * (`catalog.reindexProducts({ store: runtime.store, clock: runtime.clock })`).
 */
export async function reindexProducts(deps: CatalogDeps): Promise<{ products: number }> {
  const catalog = repo(deps);
  let count = 0;
  for (let orgCursor: string | undefined, firstOrg = true; firstOrg || orgCursor; firstOrg = false) {
    const orgs = await catalog.listOrganisationsByKind('association', 25, orgCursor);
    for (const org of orgs.items) {
      for (let cursor: string | undefined, first = true; first || cursor; first = false) {
        const page = await catalog.listProductsOfOrganisation(org.id, 25, cursor, false);
        for (const product of page.items) {
          await catalog.rewriteIndexAttributes(product);
          await indexProductWords(deps, product);
          count++;
        }
        cursor = page.nextCursor;
      }
    }
    orgCursor = orgs.nextCursor;
  }
  return { products: count };
}

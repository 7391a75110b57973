import { catalogKeys } from '../keys.js';
import type { OrganisationItem, ProductItem } from '../model.js';
import type { CatalogQuery } from '../schemas.js';
import { foldText } from '../search.js';
import { repo, type CatalogDeps } from './context.js';
import { searchCatalog } from './search.js';

export interface CatalogPage {
  readonly items: Array<{ product: ProductItem; association: OrganisationItem }>;
  readonly nextCursor?: string | undefined;
  /** DynamoDB calls and read units this page cost (benchmarks read them). */
  readonly stats: { calls: number; consumedReadUnits: number; postingsRead?: number };
}

/**
 * The public catalog. With `q`, a search (service/search.ts: the postings of one word, then the
 * products), combined with any of the filters. Without, one Query on the most selective key the
 * filters allow, each ordered by name, remaining filters applied by DynamoDB, then one BatchGetItem.
 * Region and category compare without case or accents (`region=cusco` finds "Cusco").
 * - an association: its name-order entries (`CATALOG#<nameKey>#<productId>` in its partition), then
 *   the products of the page (the association itself is read first: it must be active, and its
 *   region answers a `region` filter);
 * - else the category, region or whole-catalog index, then the associations of the page.
 * The cost of a page does not depend on the size of the table.
 */
export async function browseCatalog(deps: CatalogDeps, query: CatalogQuery): Promise<CatalogPage> {
  if (query.q) return searchCatalog(deps, { ...query, q: query.q });
  if (query.association) return browseAssociation(deps, query.association, query);
  const catalog = repo(deps);
  const [index, partition] = query.category
    ? (['gsi1', catalogKeys.catalogByCategory(query.category)] as const)
    : query.region
      ? (['gsi2', catalogKeys.catalogByRegion(query.region)] as const)
      : (['gsi3', catalogKeys.catalogAll()] as const);
  const page = await catalog.queryCatalog({
    index,
    partition: { name: `${index}pk`, value: partition },
    limit: query.limit,
    cursor: query.cursor,
    filter:
      query.region && query.category
        ? {
            // The by-region key of the product (folded), which the category index projects.
            FilterExpression: 'gsi2pk = :region',
            ExpressionAttributeValues: { ':region': catalogKeys.catalogByRegion(query.region) },
          }
        : undefined,
  });
  const associations = await catalog.getOrganisationsCounted(page.items.map((p) => p.orgId));
  return {
    items: page.items.flatMap((product) => {
      const association = associations.organisations.get(product.orgId);
      return association?.active ? [{ product, association }] : [];
    }),
    nextCursor: page.nextCursor,
    stats: {
      calls: page.stats.calls + associations.calls,
      consumedReadUnits: page.stats.consumedReadUnits + associations.consumedReadUnits,
    },
  };
}

const EMPTY_PAGE: CatalogPage = { items: [], stats: { calls: 1, consumedReadUnits: 0 } };

async function browseAssociation(deps: CatalogDeps, orgId: string, query: CatalogQuery): Promise<CatalogPage> {
  const catalog = repo(deps);
  const association = await catalog.getOrganisation(orgId);
  if (!association || association.kind !== 'association' || !association.active) return EMPTY_PAGE;
  if (query.region && foldText(association.region) !== foldText(query.region)) return EMPTY_PAGE;
  const backfill = association.nameOrderIndexed ? { calls: 0 } : await writeNameOrderEntries(deps, orgId);
  const entries = await catalog.queryCatalogEntries({
    partition: { name: 'pk', value: catalogKeys.organisation(orgId).pk },
    sortPrefix: { name: 'sk', value: catalogKeys.catalogEntryPrefix() },
    limit: query.limit,
    cursor: query.cursor,
    filter: query.category ? { FilterExpression: 'category = :category', ExpressionAttributeValues: { ':category': query.category } } : undefined,
  });
  const products =
    entries.items.length > 0
      ? await catalog.getProductsCounted(
          orgId,
          entries.items.map((e) => e.productId),
        )
      : { products: new Map<string, ProductItem>(), calls: 0, consumedReadUnits: 0 };
  return {
    // In the entries' (name) order; a product deactivated between the two reads is left out.
    items: entries.items.flatMap((entry) => {
      const product = products.products.get(entry.productId);
      return product?.active ? [{ product, association }] : [];
    }),
    nextCursor: entries.nextCursor,
    stats: {
      calls: 1 + backfill.calls + entries.stats.calls + products.calls,
      consumedReadUnits: entries.stats.consumedReadUnits + products.consumedReadUnits,
    },
  };
}

/**
 * Writes the name-order entries of an association whose products were listed before entries
 * existed (written by the seed or by earlier versions), once: each active product gets its entry
 * unless it changed since it was read (its own edit then wrote or removed it), and the association
 * is marked so that this never runs again for it. Every later product write keeps its entry.
 */
export async function writeNameOrderEntries(deps: CatalogDeps, orgId: string): Promise<{ calls: number; written: number }> {
  const catalog = repo(deps);
  let calls = 0;
  let written = 0;
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await catalog.listProductsOfOrganisation(orgId, 25, cursor, true);
    calls++;
    const outcomes = await Promise.all(page.items.map((product) => catalog.putCatalogEntryIfUnchanged(product)));
    calls += outcomes.length;
    written += outcomes.filter(Boolean).length;
    cursor = page.nextCursor;
  }
  await catalog.markNameOrderIndexed(orgId);
  return { calls: calls + 1, written };
}

import type { DomainModule } from '@ayni/http';
import { createCatalogRouter } from './routes.js';

export { catalogKeys, nameKey } from './keys.js';
export { AI10_MAX_LENGTH, isAi10, isGtin, linkCodeOf, lotCodeAliases, LOT_CODE_PATTERN, normalizeGtin } from './gs1.js';
export {
  CatalogRepository,
  catalogEntryOf,
  GtinTaken,
  InsufficientStock,
  LotCodeTaken,
  type DigitalLinkItem,
  type GtinClaimItem,
  productIndexAttributes,
  searchPostingsOf,
  type LotItem,
  type MemberItem,
  type OrganisationItem,
  type ProductItem,
} from './repository/index.js';
export { indexedWords, MAX_WORDS_PER_PRODUCT, parseQuery } from './search.js';
export { etagOf, versionOf } from './versions.js';
export { catalogRoutes } from './routes.js';
export * from './schemas.js';
export * as catalog from './service/index.js';
export type { CatalogDeps } from './service/index.js';
export { lotView, productView, publicLotView, publicOrganisationView, storyExcerpt } from './views.js';

/** Organisations, members, products, lots and the public catalog. */
export const catalogDomain: DomainModule = {
  name: 'catalog',
  createRouter: (runtime) => createCatalogRouter({ store: runtime.store, clock: runtime.clock }),
};

import type { Store } from '@ayni/store';
import { CatalogRepository as Repository, type OrganisationItem as Org } from './repository/index.js';

/** Read access to organisations for other domains (orders, loans, provenance). */
export class OrganisationRepository {
  private readonly repository: Repository;
  constructor(store: Store) {
    this.repository = new Repository(store);
  }
  get(orgId: string): Promise<Org | undefined> {
    return this.repository.getOrganisation(orgId);
  }
  /** Organisations of one kind by name, a bounded page (C2): for one-off backfills in other domains. */
  listByKind(kind: Org['kind'], limit: number, cursor?: string) {
    return this.repository.listOrganisationsByKind(kind, limit, cursor);
  }
}

export { createOrganisation } from './service/index.js';

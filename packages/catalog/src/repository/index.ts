import type { Store } from '@ayni/store';
import { CatalogEntriesRepository } from './catalog-entries.js';
import { LotsRepository } from './lots.js';
import { MembersRepository } from './members.js';
import { OrganisationsRepository } from './organisations.js';
import { ProductsRepository } from './products.js';
import { SearchRepository } from './search.js';
import { CatalogTable } from './table.js';

export type {
  CatalogEntryItem,
  DigitalLinkItem,
  GtinClaimItem,
  LotAdjustmentItem,
  LotItem,
  MemberItem,
  OrganisationItem,
  ProductItem,
  SearchPostingItem,
} from '../model.js';
export { searchPostingsOf, type PostingKey } from './search.js';
export { catalogEntryOf, productIndexAttributes } from './catalog-entries.js';
export { InsufficientStock, LotCodeTaken, ProductGtinChanged } from './lots.js';
export { GtinTaken, SkuTaken, type GtinClaimChanges } from './products.js';
export { StaleVersion, type FieldChanges } from './table.js';

/** The only code that speaks DynamoDB for the catalog: the repository of each entity, as one. */
export interface CatalogRepository
  extends OrganisationsRepository,
    MembersRepository,
    ProductsRepository,
    CatalogEntriesRepository,
    LotsRepository,
    SearchRepository {}

type Room = abstract new (store: Store) => CatalogTable;
type Combined = new (store: Store) => CatalogRepository;

/** One class with the methods of every room (a name in two rooms is a mistake, found on load). */
function combine(rooms: readonly Room[]): Combined {
  class CatalogRepository extends CatalogTable {}
  for (const room of rooms) {
    for (const name of Object.getOwnPropertyNames(room.prototype)) {
      if (name === 'constructor') continue;
      if (Object.hasOwn(CatalogRepository.prototype, name)) throw new Error(`CatalogRepository: ${name} is in two rooms`);
      Object.defineProperty(CatalogRepository.prototype, name, Object.getOwnPropertyDescriptor(room.prototype, name)!);
    }
  }
  return CatalogRepository as unknown as Combined;
}

// Pure: a bundle that never constructs the repository (the orders functions) leaves the catalog's out.
export const CatalogRepository = /* @__PURE__ */ combine([
  OrganisationsRepository,
  MembersRepository,
  ProductsRepository,
  CatalogEntriesRepository,
  LotsRepository,
  SearchRepository,
]);

export { ANY_VERSION, requireOrganisation, type CatalogDeps } from './context.js';
export { createOrganisation, getOrganisations, listAssociations, migrateTaxIds, updateOrganisation, type TaxIdMigration } from './organisations.js';
export { addMember, getMember, getMembers, listMembers, updateMember } from './members.js';
export { createProduct, getProduct, listProducts, updateProduct } from './products.js';
export { browseCatalog, writeNameOrderEntries, type CatalogPage } from './catalog.js';
export { indexProductWords, MAX_POSTINGS_PER_PAGE, reindexProducts, searchCatalog, type SearchPage } from './search.js';
export { backfillDigitalLinks, linkLot, linkLotsOfProduct, type DigitalLinkBackfill } from './digital-links.js';
export { adjustLot, createLot, getLot, getLots, getOwnLot, listLotAdjustments, listLots, updateLot } from './lots.js';

import { type Currency, englishOf, fitsUnit, message, MILLI, newId, NotFound, ValidationFailed, type FieldIssue } from '@ayni/core';
import { normalizeGtin } from '../gs1.js';
import { nameKey } from '../keys.js';
import { changedFields, checkMerged, mergePatch } from '../merge-patch.js';
import { MESSAGES } from '../messages.js';
import type { ProductItem } from '../model.js';
import { GtinTaken, type GtinClaimChanges } from '../repository/index.js';
import { productShape, type CreateProductInput, type UpdateProductInput } from '../schemas.js';
import type { Precondition } from '../versions.js';
import { ANY_VERSION, edit, now, repo, requireOrganisation, type CatalogDeps } from './context.js';
import { linkLotsOfProduct } from './digital-links.js';
import { indexProductWords } from './search.js';

function checkOrderQuantities(product: Pick<ProductItem, 'unit' | 'minOrderQuantity' | 'orderMultiple'>): void {
  const inUnit = message(MESSAGES, 'catalog.field.positive-quantity-in-unit', { unit: product.unit });
  const issues: FieldIssue[] = (['minOrderQuantity', 'orderMultiple'] as const)
    .filter((field) => product[field] <= 0 || !fitsUnit(product[field], product.unit))
    .map((field) => ({ path: field, message: englishOf(inUnit), msg: inUnit }));
  if (product.minOrderQuantity % product.orderMultiple !== 0) {
    const msg = message(MESSAGES, 'catalog.field.whole-order-multiples');
    issues.push({ path: 'minOrderQuantity', message: englishOf(msg), msg });
  }
  if (issues.length > 0) throw new ValidationFailed(issues);
}

export async function createProduct(deps: CatalogDeps, orgId: string, input: CreateProductInput): Promise<ProductItem> {
  const org = await requireOrganisation(deps, orgId, 'association');
  const at = now(deps);
  const product: ProductItem = {
    entity: 'Product',
    id: newId('prd'),
    orgId,
    sku: input.sku,
    name: input.name,
    nameKey: nameKey(input.name.es),
    description: input.description,
    category: input.category,
    unit: input.unit,
    price: { amount: input.price, currency: input.currency },
    minOrderQuantity: input.minOrderQuantity ?? input.orderMultiple ?? MILLI,
    orderMultiple: input.orderMultiple ?? MILLI,
    stock: 0,
    leadTimeDays: input.leadTimeDays,
    active: input.active,
    photos: input.photos,
    ...(input.gtin ? { gtin: normalizeGtin(input.gtin) } : {}),
    tax: input.tax,
    region: org.region,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  checkOrderQuantities(product);
  await repo(deps).createProduct(product);
  await indexProductWords(deps, product);
  return product;
}

export async function getProduct(
  deps: CatalogDeps,
  orgId: string,
  productId: string,
  options: { includeInactive: boolean; consistent?: boolean },
): Promise<ProductItem> {
  const product = await repo(deps).getProduct(orgId, productId, options.consistent ?? options.includeInactive);
  if (!product || (!product.active && !options.includeInactive)) throw new NotFound(message(MESSAGES, 'catalog.product-not-found', { productId }));
  return product;
}

/**
 * Edits a product (merge patch: names and descriptions merge language by language). A GTIN sent
 * is stored in its 14-digit form and claimed for the product in the same transaction as the edit
 * (409 `gtin-taken` when another product holds it); the GTIN it replaces or that `null` removes is
 * freed. Once the product has the GTIN sent, each of its lots gets its Digital Link under it
 * (`linkLotsOfProduct`), so sending the GTIN again also repairs links an interrupted edit left out.
 */
export async function updateProduct(
  deps: CatalogDeps,
  orgId: string,
  productId: string,
  patch: UpdateProductInput,
  precondition: Precondition = ANY_VERSION,
): Promise<ProductItem> {
  const catalog = repo(deps);
  const sent = storedPatch(patch.gtin ? { ...patch, gtin: normalizeGtin(patch.gtin) } : patch);
  const read = () => getProduct(deps, orgId, productId, { includeInactive: true, consistent: true });
  let previous: ProductItem | undefined;
  const updated = await edit('product', precondition, read, async (current, version) => {
    // The tax treatment is replaced whole (a `reason` must not outlive an exemption).
    const merged = mergePatch(sent.tax ? { ...current, tax: undefined } : current, sent);
    checkMerged(productShape, merged, Object.keys(sent));
    const next: ProductItem = { ...merged, nameKey: nameKey(merged.name.es), version: version + 1, updatedAt: now(deps) };
    checkOrderQuantities(next);
    const gtins = sent.gtin === undefined ? {} : await gtinClaimChanges(deps, current, next);
    await catalog.saveProduct(next, current, changedFields(next, sent), version, gtins);
    previous = current;
    return next;
  });
  // After the product (its postings may not fit its transaction): see indexProductWords.
  await indexProductWords(deps, updated, previous);
  if (sent.gtin && updated.gtin) await linkLotsOfProduct(deps, updated);
  return updated;
}

/**
 * The patch in the stored item's shape: the API's `price` (an integer) and `currency` are the
 * stored `price: { amount, currency }`, so a new price keeps the currency and a new currency
 * keeps the price.
 */
function storedPatch(patch: UpdateProductInput): Omit<UpdateProductInput, 'price' | 'currency'> & { price?: { amount?: number; currency?: Currency } } {
  const { price, currency, ...rest } = patch;
  if (price === undefined && currency === undefined) return rest;
  return { ...rest, price: { ...(price === undefined ? {} : { amount: price }), ...(currency === undefined ? {} : { currency }) } };
}

/** The GTIN claims an edit makes: the new GTIN unless the product holds it already, the old one if it held it. */
async function gtinClaimChanges(deps: CatalogDeps, current: ProductItem, next: ProductItem): Promise<GtinClaimChanges> {
  const before = current.gtin ? normalizeGtin(current.gtin) : undefined;
  const after = next.gtin;
  const [held, heldBefore] = await Promise.all([
    after ? repo(deps).getGtinClaim(after) : Promise.resolve(undefined),
    before && before !== after ? repo(deps).getGtinClaim(before) : Promise.resolve(undefined),
  ]);
  if (after && held && held.productId !== next.id) throw new GtinTaken(after);
  return {
    ...(after && !held ? { claim: after } : {}),
    ...(heldBefore?.productId === next.id ? { release: before } : {}),
  };
}

/** Carries an association's new region onto one of its products (the by-region index reads it there). */
export async function moveProductToRegion(deps: CatalogDeps, orgId: string, productId: string, region: string): Promise<void> {
  const catalog = repo(deps);
  const read = () => getProduct(deps, orgId, productId, { includeInactive: true, consistent: true });
  let previous: ProductItem | undefined;
  const moved = await edit('product', ANY_VERSION, read, async (current, version) => {
    if (current.region === region) return current;
    const next: ProductItem = { ...current, region, version: version + 1, updatedAt: now(deps) };
    await catalog.saveProduct(next, current, { set: {}, remove: [] }, version);
    previous = current;
    return next;
  });
  // The postings carry the region (a filter DynamoDB applies to them).
  if (previous) await indexProductWords(deps, moved, previous);
}

export function listProducts(deps: CatalogDeps, orgId: string, options: { limit: number; cursor?: string | undefined; includeInactive: boolean }) {
  return repo(deps).listProductsOfOrganisation(orgId, options.limit, options.cursor, !options.includeInactive);
}

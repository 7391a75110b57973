import { hasRole } from '@ayni/auth';
import { OrganisationRepository, type ProductItem } from '@ayni/catalog';
import { Forbidden, NotFound, PreconditionFailed, ValidationFailed, message, newId, type Currency, type FieldIssue, type Unit } from '@ayni/core';
import type { Page } from '@ayni/store';
import { AgreementEnded, Contended } from '../errors.js';
import { MESSAGES } from '../messages.js';
import type { AgreementChange, AgreementHistoryItem, AgreementItem, AgreementPrice } from '../model.js';
import { StaleAgreement } from '../repository/agreements.js';
import type { ChangeAgreementInput, CreateAgreementInput } from '../schemas.js';
import { nowIso, repositories, today, type Actor, type OrdersDeps } from './context.js';
import { lineTotal, resolvePrice, type ResolvedPrice } from './pricing.js';

/** Creates an agreement between an association and a buyer organisation, for products of the association. */
export async function createAgreement(deps: OrdersDeps, associationId: string, input: CreateAgreementInput, actor: Actor): Promise<AgreementItem> {
  const repos = repositories(deps);
  const [buyer, products] = await Promise.all([
    repos.orders.getOrganisation(input.buyerId),
    repos.orders.getProducts(
      associationId,
      input.prices.map((p) => p.productId),
    ),
  ]);
  const issues: FieldIssue[] = [];
  if (!buyer || buyer.kind !== 'buyer' || !buyer.active)
    issues.push({ path: 'buyerId', message: 'is not an active buyer organisation', msg: message(MESSAGES, 'orders.field.not-active-buyer') });
  input.prices.forEach((price, i) => {
    const product = products.get(price.productId);
    if (!product)
      issues.push({
        path: `prices.${i}.productId`,
        message: 'is not a product of this association',
        msg: message(MESSAGES, 'orders.field.not-association-product'),
      });
    else if (product.price.currency !== input.currency) {
      issues.push({
        path: `prices.${i}.productId`,
        message: `is priced in ${product.price.currency}, not ${input.currency}`,
        msg: message(MESSAGES, 'orders.field.currency-mismatch', { productCurrency: product.price.currency, currency: input.currency }),
      });
    }
  });
  if (issues.length > 0) throw new ValidationFailed(issues);
  const at = nowIso(deps);
  const agreement: AgreementItem = {
    entity: 'Agreement',
    id: newId('agr'),
    associationId,
    buyerId: input.buyerId,
    currency: input.currency,
    validFrom: input.validFrom,
    ...(input.validTo ? { validTo: input.validTo } : {}),
    paymentTerms: input.paymentTerms,
    prices: input.prices.map((p) => ({ productId: p.productId, price: p.price, tiers: sortedTiers(p.tiers) })),
    ...(input.notes ? { notes: input.notes } : {}),
    createdBy: actor.sub,
    createdAt: at,
    version: 1,
    updatedAt: at,
  };
  const signed: AgreementHistoryItem = {
    entity: 'AgreementChange',
    agreementId: agreement.id,
    seq: 1,
    type: 'signed',
    changes: [
      ...agreement.prices.map((p): AgreementChange => ({ kind: 'price_added', productId: p.productId, newPrice: p.price, newTiers: p.tiers })),
      ...(agreement.validTo ? [{ kind: 'valid_to_changed' as const, newValidTo: agreement.validTo }] : []),
    ],
    actor: actor.sub,
    at,
  };
  await repos.agreements.create(agreement, signed);
  return agreement;
}

const sortedTiers = (tiers: AgreementPrice['tiers']) => [...tiers].sort((a, b) => a.minQuantity - b.minQuantity);

/** A version as its strong entity tag: `"3"`. Agreements signed before versions are at 0. */
export const agreementVersion = (agreement: Pick<AgreementItem, 'version'>): number => agreement.version ?? 0;
export const agreementEtag = (agreement: Pick<AgreementItem, 'version'>): string => `"${agreementVersion(agreement)}"`;

/** What an `If-Match` header asks for: nothing, any version (`*`), or one of these entity tags. */
export type Precondition = { readonly kind: 'none' } | { readonly kind: 'any' } | { readonly kind: 'tags'; readonly tags: readonly string[] };

export function parseIfMatch(header: string | undefined): Precondition {
  if (header === undefined) return { kind: 'none' };
  if (header.trim() === '*') return { kind: 'any' };
  return {
    kind: 'tags',
    tags: header
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t.length > 0),
  };
}

/** Strong comparison, as If-Match requires (a weak tag never matches): else 412 naming the current version. */
function checkPrecondition(precondition: Precondition, agreement: AgreementItem): void {
  if (precondition.kind !== 'tags' || precondition.tags.includes(agreementEtag(agreement))) return;
  const version = agreementVersion(agreement);
  throw new PreconditionFailed(message(MESSAGES, 'orders.agreement-version-changed', { version: String(version), etag: agreementEtag(agreement) }));
}

/** Where an agreement stands on a date. */
export function agreementStatus(agreement: Pick<AgreementItem, 'validFrom' | 'validTo'>, date: string): 'upcoming' | 'in_force' | 'ended' {
  if (agreement.validTo && agreement.validTo < date) return 'ended';
  return agreement.validFrom > date ? 'upcoming' : 'in_force';
}

/** Days from `date` to the agreement's last day (0: it ends that day); undefined if open-ended or ended. */
export function expiresInDays(agreement: Pick<AgreementItem, 'validFrom' | 'validTo'>, date: string): number | undefined {
  if (!agreement.validTo || agreement.validTo < date) return undefined;
  return Math.round((Date.parse(`${agreement.validTo}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
}

/** Agreements in force on `date` whose last day is at most `days` days away. */
function expiringWithin(days: number, date: string) {
  return (agreement: AgreementItem) => agreementStatus(agreement, date) === 'in_force' && (expiresInDays(agreement, date) ?? Number.POSITIVE_INFINITY) <= days;
}

const notFound = (agreementId: string) => new NotFound(message(MESSAGES, 'orders.agreement-not-found', { agreementId }));

/**
 * One agreement and a page of its history (newest first). For the association's people, its buyer
 * and platform staff; to anyone else (and under another association's path) it does not exist.
 */
export async function getAgreement(
  deps: OrdersDeps,
  associationId: string,
  agreementId: string,
  actor: Actor,
  limit: number,
  cursor?: string,
): Promise<{ agreement: AgreementItem; history: Page<AgreementHistoryItem> }> {
  const repos = repositories(deps);
  const agreement = await repos.agreements.get(agreementId);
  if (!agreement || agreement.associationId !== associationId || !canRead(actor, agreement)) throw notFound(agreementId);
  return { agreement, history: await repos.agreements.history(agreementId, limit, cursor) };
}

function canRead(actor: Actor, agreement: AgreementItem): boolean {
  const p = actor.principal;
  if (!p) return false;
  if (hasRole(p, 'platform_admin')) return true;
  if (p.org === agreement.associationId && hasRole(p, 'association_admin', 'association_member')) return true;
  return p.org === agreement.buyerId && hasRole(p, 'buyer');
}

export interface AgreementChangeResult {
  readonly agreement: AgreementItem;
  /** What changed (empty: nothing differed, nothing was written). */
  readonly changes: AgreementChange[];
}

const samePrice = (a: AgreementPrice, b: AgreementPrice) => a.price === b.price && JSON.stringify(a.tiers) === JSON.stringify(b.tiers);

/** Attempts at a change when another change commits between the read and the write. */
const CHANGE_ATTEMPTS = 5;

/**
 * Amends (adds, changes or removes products' prices), extends or shortens (`validTo`), or ends an
 * agreement (`end`: its last day becomes today). The change is written with the agreement's next
 * version and an immutable history entry in one transaction, conditional on the version read;
 * `If-Match` pins the version the caller read (412 otherwise). An agreement that has ended is not
 * changed any more (409 `agreement-ended`): sign a new one.
 */
export async function changeAgreement(
  deps: OrdersDeps,
  associationId: string,
  agreementId: string,
  input: ChangeAgreementInput & { end?: boolean },
  precondition: Precondition,
  actor: Actor,
): Promise<AgreementChangeResult> {
  const repos = repositories(deps);
  for (let attempt = 1; ; attempt++) {
    const current = await repos.agreements.get(agreementId);
    if (!current || current.associationId !== associationId) throw notFound(agreementId);
    checkPrecondition(precondition, current);
    const date = today(deps);
    if (current.validTo && current.validTo < date)
      throw new AgreementEnded(message(MESSAGES, 'orders.agreement-ended', { validTo: { date: current.validTo } }), {
        extensions: { validTo: current.validTo },
      });

    const issues: FieldIssue[] = [];
    const set = input.prices ?? [];
    const products = set.length
      ? await repos.orders.getProducts(
          associationId,
          set.map((p) => p.productId),
        )
      : new Map<string, ProductItem>();
    set.forEach((price, i) => {
      const product = products.get(price.productId);
      if (!product)
        issues.push({
          path: `prices.${i}.productId`,
          message: 'is not a product of this association',
          msg: message(MESSAGES, 'orders.field.not-association-product'),
        });
      else if (product.price.currency !== current.currency)
        issues.push({
          path: `prices.${i}.productId`,
          message: `is priced in ${product.price.currency}, not ${current.currency}`,
          msg: message(MESSAGES, 'orders.field.currency-mismatch', { productCurrency: product.price.currency, currency: current.currency }),
        });
    });
    (input.remove ?? []).forEach((productId, i) => {
      if (!current.prices.some((p) => p.productId === productId))
        issues.push({ path: `remove.${i}`, message: 'has no price in this agreement', msg: message(MESSAGES, 'orders.field.not-in-agreement') });
    });

    const changes: AgreementChange[] = [];
    const prices = new Map(current.prices.map((p) => [p.productId, p]));
    for (const wanted of set) {
      const next: AgreementPrice = { productId: wanted.productId, price: wanted.price, tiers: sortedTiers(wanted.tiers) };
      const before = prices.get(wanted.productId);
      if (before && samePrice(before, next)) continue;
      changes.push({
        kind: before ? 'price_changed' : 'price_added',
        productId: next.productId,
        ...(before ? { oldPrice: before.price, oldTiers: before.tiers } : {}),
        newPrice: next.price,
        newTiers: next.tiers,
      });
      prices.set(next.productId, next);
    }
    for (const productId of input.remove ?? []) {
      const before = prices.get(productId);
      if (!before) continue;
      changes.push({ kind: 'price_removed', productId, oldPrice: before.price, oldTiers: before.tiers });
      prices.delete(productId);
    }
    if (prices.size === 0 && (input.remove?.length ?? 0) > 0)
      issues.push({
        path: 'remove',
        message: 'an agreement keeps at least one price: end it instead',
        msg: message(MESSAGES, 'orders.field.agreement-keeps-a-price'),
      });

    let validTo = current.validTo;
    if (input.end) validTo = current.validTo && current.validTo < date ? current.validTo : date;
    else if (input.validTo !== undefined) {
      const earliest = current.validFrom > date ? current.validFrom : date;
      if (input.validTo !== null && input.validTo < earliest)
        issues.push({ path: 'validTo', message: `must not be before ${earliest}`, msg: message(MESSAGES, 'orders.field.not-before', { from: earliest }) });
      validTo = input.validTo ?? undefined;
    }
    if (issues.length > 0) throw new ValidationFailed(issues);
    if (validTo !== current.validTo)
      changes.push({ kind: 'valid_to_changed', ...(current.validTo ? { oldValidTo: current.validTo } : {}), ...(validTo ? { newValidTo: validTo } : {}) });
    if (changes.length === 0) return { agreement: current, changes };

    const at = nowIso(deps);
    const version = agreementVersion(current) + 1;
    const { validTo: _old, ...rest } = current;
    const next: AgreementItem = {
      ...rest,
      ...(validTo ? { validTo } : {}),
      // The agreement's order of products is kept; added products go last.
      prices: [...prices.values()],
      version,
      updatedAt: at,
    };
    const entry: AgreementHistoryItem = {
      entity: 'AgreementChange',
      agreementId,
      seq: version,
      type: input.end ? 'ended' : 'amended',
      changes,
      actor: actor.sub,
      at,
      ...(input.reason ? { reason: input.reason } : {}),
    };
    try {
      await repos.agreements.change(next, agreementVersion(current), entry);
      return { agreement: next, changes };
    } catch (error) {
      // Another change committed first: decide again from a fresh read (If-Match then answers 412).
      if (error instanceof StaleAgreement && attempt < CHANGE_ATTEMPTS) continue;
      if (error instanceof StaleAgreement) throw new Contended(message(MESSAGES, 'orders.agreement-busy'), { cause: error });
      throw error;
    }
  }
}

export async function listAssociationAgreements(
  deps: OrdersDeps,
  associationId: string,
  limit: number,
  cursor?: string,
  expiringWithinDays?: number,
): Promise<Page<AgreementItem>> {
  const page = await repositories(deps).agreements.listOfAssociation(associationId, limit, cursor);
  return expiringWithinDays === undefined ? page : { ...page, items: page.items.filter(expiringWithin(expiringWithinDays, today(deps))) };
}

export async function listBuyerAgreements(
  deps: OrdersDeps,
  buyerId: string,
  limit: number,
  cursor?: string,
  expiringWithinDays?: number,
): Promise<Page<AgreementItem>> {
  const page = await repositories(deps).agreements.listOfBuyer(buyerId, limit, cursor);
  return expiringWithinDays === undefined ? page : { ...page, items: page.items.filter(expiringWithin(expiringWithinDays, today(deps))) };
}

export interface PriceQuote extends ResolvedPrice {
  readonly associationId: string;
  readonly buyerId: string;
  readonly productId: string;
  readonly quantity: number;
  readonly unit: Unit;
  readonly currency: Currency;
  readonly lineTotal: number;
  readonly catalogPrice: number;
}

/**
 * The price a buyer would pay for a product at a quantity, and which rule produced it. Buyers quote
 * for themselves; the association's people for any buyer; platform staff for anyone.
 */
export async function quotePrice(
  deps: OrdersDeps,
  associationId: string,
  query: { buyerId?: string | undefined; productId: string; quantity?: number | undefined; date?: string | undefined },
  actor: Actor,
): Promise<PriceQuote> {
  const principal = actor.principal;
  const admin = !!principal && hasRole(principal, 'platform_admin');
  const staff = !!principal && principal.org === associationId && hasRole(principal, 'association_admin', 'association_member');
  const isBuyer = !!principal && hasRole(principal, 'buyer');
  const buyerId = query.buyerId ?? (isBuyer ? principal?.org : undefined);
  if (!buyerId) throw new ValidationFailed([{ path: 'query.buyerId', message: 'is required', msg: message(MESSAGES, 'orders.field.required') }]);
  if (!admin && !staff && !(isBuyer && principal?.org === buyerId)) throw new Forbidden(message(MESSAGES, 'orders.quote-own-org-only'));
  const repos = repositories(deps);
  const date = query.date ?? today(deps);
  const [products, agreements] = await Promise.all([
    repos.orders.getProducts(associationId, [query.productId]),
    repos.orders.findAgreementsInForce(associationId, buyerId, date),
  ]);
  const product = products.get(query.productId);
  if (!product || !product.active) throw new NotFound(message(MESSAGES, 'orders.product-not-offered', { productId: query.productId }));
  const quantity = query.quantity ?? product.minOrderQuantity;
  const price = resolvePrice(product, agreements, quantity);
  return {
    ...price,
    associationId,
    buyerId,
    productId: product.id,
    quantity,
    unit: product.unit,
    currency: product.price.currency,
    lineTotal: lineTotal(price.unitPrice, quantity),
    catalogPrice: product.price.amount,
  };
}

/**
 * One-off backfill (`npm run job -- backfill`): gives every agreement signed before heads existed its
 * head, so it can be read by id, amended and ended. Associations by name (C2), then each one's
 * agreements, bounded pages; never a Scan. Idempotent: an existing head is kept.
 */
export async function backfillAgreementHeads(deps: OrdersDeps): Promise<{ checked: number; headed: number }> {
  const repos = repositories(deps);
  const organisations = new OrganisationRepository(deps.store);
  let checked = 0;
  let headed = 0;
  for (let associations: string | undefined, first = true; first || associations; first = false) {
    const page = await organisations.listByKind('association', 100, associations);
    for (const association of page.items) {
      for (let cursor: string | undefined, firstPage = true; firstPage || cursor; firstPage = false) {
        const agreements = await repos.agreements.listOfAssociation(association.id, 100, cursor);
        for (const agreement of agreements.items) {
          checked++;
          if (await repos.agreements.ensureHead(agreement)) headed++;
        }
        cursor = agreements.nextCursor;
      }
    }
    associations = page.nextCursor;
  }
  return { checked, headed };
}

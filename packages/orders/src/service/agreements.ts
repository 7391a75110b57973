import { hasRole } from '@ayni/auth';
import { Forbidden, NotFound, ValidationFailed, message, newId, type Currency, type FieldIssue, type Unit } from '@ayni/core';
import type { Page } from '@ayni/store';
import { MESSAGES } from '../messages.js';
import type { AgreementItem } from '../model.js';
import type { CreateAgreementInput } from '../schemas.js';
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
  const agreement: AgreementItem = {
    entity: 'Agreement',
    id: newId('agr'),
    associationId,
    buyerId: input.buyerId,
    currency: input.currency,
    validFrom: input.validFrom,
    ...(input.validTo ? { validTo: input.validTo } : {}),
    paymentTerms: input.paymentTerms,
    prices: input.prices.map((p) => ({ productId: p.productId, price: p.price, tiers: [...p.tiers].sort((a, b) => a.minQuantity - b.minQuantity) })),
    ...(input.notes ? { notes: input.notes } : {}),
    createdBy: actor.sub,
    createdAt: nowIso(deps),
  };
  await repos.agreements.put(agreement);
  return agreement;
}

export function listAssociationAgreements(deps: OrdersDeps, associationId: string, limit: number, cursor?: string): Promise<Page<AgreementItem>> {
  return repositories(deps).agreements.listOfAssociation(associationId, limit, cursor);
}

export function listBuyerAgreements(deps: OrdersDeps, buyerId: string, limit: number, cursor?: string): Promise<Page<AgreementItem>> {
  return repositories(deps).agreements.listOfBuyer(buyerId, limit, cursor);
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
  const [products, agreement] = await Promise.all([
    repos.orders.getProducts(associationId, [query.productId]),
    repos.orders.findAgreement(associationId, buyerId, date),
  ]);
  const product = products.get(query.productId);
  if (!product || !product.active) throw new NotFound(message(MESSAGES, 'orders.product-not-offered', { productId: query.productId }));
  const quantity = query.quantity ?? product.minOrderQuantity;
  const price = resolvePrice(product, agreement, quantity);
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

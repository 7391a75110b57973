import type { ProductItem } from '@ayni/catalog';
import { formatQuantity, message, MILLI, mulDiv, toSafeMinor, type Message } from '@ayni/core';
import { MESSAGES } from '../messages.js';
import type { AgreementItem, AgreementPrice, PriceRule } from '../model.js';

export interface ResolvedPrice {
  readonly unitPrice: number;
  readonly rule: PriceRule;
  readonly agreementId?: string;
  readonly tierMinQuantity?: number;
  /** Which rule won and why, said in the reader's language when the response is written. */
  readonly explanation: Message;
}

/**
 * The agreements of a buyer and an association, newest first: the latest start of validity wins,
 * then the latest signed (two agreements may start the same day).
 */
export function newestFirst(agreements: readonly AgreementItem[]): AgreementItem[] {
  return [...agreements].sort((a, b) => (a.validFrom === b.validFrom ? b.createdAt.localeCompare(a.createdAt) : b.validFrom.localeCompare(a.validFrom)));
}

/**
 * Price of one unit of a product for a buyer and a line quantity. `agreements` are those in force
 * (one, several, or none): the product's agreed price comes from the newest of them that prices
 * THIS product (in the product's currency), never from one that does not mention it, so an agreement
 * about yoghurt leaves the cheese price of an older agreement in force. Within that agreement: its
 * highest tier whose minimum the quantity reaches, else its price for the product; with none, the
 * catalog price.
 */
export function resolvePrice(product: ProductItem, agreements: AgreementItem | readonly AgreementItem[] | undefined, quantity: number): ResolvedPrice {
  const inForce =
    agreements === undefined ? [] : Array.isArray(agreements) ? newestFirst(agreements as readonly AgreementItem[]) : [agreements as AgreementItem];
  let agreement: AgreementItem | undefined;
  let agreed: AgreementPrice | undefined;
  for (const candidate of inForce) {
    if (candidate.currency !== product.price.currency) continue;
    agreed = candidate.prices.find((p) => p.productId === product.id);
    if (agreed) {
      agreement = candidate;
      break;
    }
  }
  if (agreement && agreed) {
    const tier = [...agreed.tiers].sort((a, b) => b.minQuantity - a.minQuantity).find((t) => quantity >= t.minQuantity);
    if (tier) {
      return {
        unitPrice: tier.price,
        rule: 'tier',
        agreementId: agreement.id,
        tierMinQuantity: tier.minQuantity,
        explanation: message(MESSAGES, 'orders.price.tier', {
          minQuantity: { quantity: { value: formatQuantity(tier.minQuantity), unit: product.unit } },
          price: { money: { amount: tier.price, currency: product.price.currency } },
        }),
      };
    }
    return {
      unitPrice: agreed.price,
      rule: 'agreement',
      agreementId: agreement.id,
      explanation: agreement.validTo
        ? message(MESSAGES, 'orders.price.agreement-until', { validFrom: { date: agreement.validFrom }, validTo: { date: agreement.validTo } })
        : message(MESSAGES, 'orders.price.agreement', { validFrom: { date: agreement.validFrom } }),
    };
  }
  return {
    unitPrice: product.price.amount,
    rule: 'catalog',
    explanation: inForce.length > 0 ? message(MESSAGES, 'orders.price.catalog-not-agreed') : message(MESSAGES, 'orders.price.catalog'),
  };
}

/**
 * Line total in minor units: unit price (minor units per unit) × quantity (thousandths) ÷ 1000,
 * computed exactly with bigint and rounded half-up to the minor unit (0.5 céntimo goes up).
 */
export function lineTotal(unitPrice: number, quantity: number): number {
  return toSafeMinor(mulDiv(unitPrice, quantity, MILLI, 'half-up'));
}

import type { ProductItem } from '@ayni/catalog';
import { formatQuantity, message, MILLI, mulDiv, toSafeMinor, type Message } from '@ayni/core';
import { MESSAGES } from '../messages.js';
import type { AgreementItem, PriceRule } from '../model.js';

export interface ResolvedPrice {
  readonly unitPrice: number;
  readonly rule: PriceRule;
  readonly agreementId?: string;
  readonly tierMinQuantity?: number;
  /** Which rule won and why, said in the reader's language when the response is written. */
  readonly explanation: Message;
}

/**
 * Price of one unit of a product for a buyer and a line quantity: the agreement's highest tier whose
 * minimum the quantity reaches, else the agreement's price for the product, else the catalog price.
 * An agreement in another currency than the product never applies.
 */
export function resolvePrice(product: ProductItem, agreement: AgreementItem | undefined, quantity: number): ResolvedPrice {
  const agreed = agreement && agreement.currency === product.price.currency ? agreement.prices.find((p) => p.productId === product.id) : undefined;
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
    explanation: agreement ? message(MESSAGES, 'orders.price.catalog-not-agreed') : message(MESSAGES, 'orders.price.catalog'),
  };
}

/**
 * Line total in minor units: unit price (minor units per unit) × quantity (thousandths) ÷ 1000,
 * computed exactly with bigint and rounded half-up to the minor unit (0.5 céntimo goes up).
 */
export function lineTotal(unitPrice: number, quantity: number): number {
  return toSafeMinor(mulDiv(unitPrice, quantity, MILLI, 'half-up'));
}

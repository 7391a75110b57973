import type { ProductItem } from '@ayni/catalog';
import { formatQuantity, MILLI, mulDiv, toSafeMinor } from '@ayni/core';
import type { AgreementItem, PriceRule } from '../model.js';

export interface ResolvedPrice {
  readonly unitPrice: number;
  readonly rule: PriceRule;
  readonly agreementId?: string;
  readonly tierMinQuantity?: number;
  readonly explanation: string;
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
        explanation: `Tier of agreement ${agreement.id}: from ${formatQuantity(tier.minQuantity)} ${product.unit} the unit price is ${tier.price}.`,
      };
    }
    return {
      unitPrice: agreed.price,
      rule: 'agreement',
      agreementId: agreement.id,
      explanation: `Price agreed in agreement ${agreement.id} (valid from ${agreement.validFrom}${agreement.validTo ? ` to ${agreement.validTo}` : ''}).`,
    };
  }
  return {
    unitPrice: product.price.amount,
    rule: 'catalog',
    explanation: agreement
      ? `Agreement ${agreement.id} has no price for this product: catalog price.`
      : 'No agreement in force between this buyer and the association: catalog price.',
  };
}

/**
 * Line total in minor units: unit price (minor units per unit) × quantity (thousandths) ÷ 1000,
 * computed exactly with bigint and rounded half-up to the minor unit (0.5 céntimo goes up).
 */
export function lineTotal(unitPrice: number, quantity: number): number {
  return toSafeMinor(mulDiv(unitPrice, quantity, MILLI, 'half-up'));
}

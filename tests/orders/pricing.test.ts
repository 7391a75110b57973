import type { ProductItem } from '@ayni/catalog';
import { lineTotal, resolvePrice, TRANSITIONS, type AgreementItem } from '@ayni/orders';
import { describe, expect, it } from 'vitest';

const product = { id: 'prd_1', price: { amount: 2800, currency: 'PEN' }, unit: 'kg' } as ProductItem;
const agreement: AgreementItem = {
  entity: 'Agreement',
  id: 'agr_1',
  associationId: 'org_a',
  buyerId: 'org_b',
  currency: 'PEN',
  validFrom: '2026-01-01',
  paymentTerms: 'net_15',
  prices: [
    {
      productId: 'prd_1',
      price: 2500,
      tiers: [
        { minQuantity: 10_000, price: 2400 },
        { minQuantity: 50_000, price: 2200 },
      ],
    },
  ],
  createdBy: 'x',
  createdAt: '2026-01-01T00:00:00Z',
};

describe('line totals', () => {
  it('multiply exactly and round half-up to the minor unit', () => {
    expect(lineTotal(2333, 1500)).toBe(3500); // 3499.5 → 3500
    expect(lineTotal(2333, 1499)).toBe(3497); // 3497.167 → 3497
    expect(lineTotal(1, 500)).toBe(1); // 0.5 → 1
    expect(lineTotal(1, 499)).toBe(0);
    expect(lineTotal(999_999_999, 1_000_000_000)).toBe(999_999_999_000_000);
  });
});

describe('price resolution', () => {
  it('takes the highest tier reached, else the agreed price, else the catalog price', () => {
    expect(resolvePrice(product, agreement, 60_000)).toMatchObject({ rule: 'tier', unitPrice: 2200, tierMinQuantity: 50_000 });
    expect(resolvePrice(product, agreement, 10_000)).toMatchObject({ rule: 'tier', unitPrice: 2400 });
    expect(resolvePrice(product, agreement, 9_999)).toMatchObject({ rule: 'agreement', unitPrice: 2500 });
    expect(resolvePrice(product, undefined, 60_000)).toMatchObject({ rule: 'catalog', unitPrice: 2800 });
    expect(resolvePrice({ ...product, id: 'prd_2' } as ProductItem, agreement, 60_000)).toMatchObject({ rule: 'catalog', unitPrice: 2800 });
    expect(resolvePrice({ ...product, price: { amount: 100, currency: 'USD' } } as ProductItem, agreement, 60_000)).toMatchObject({
      rule: 'catalog',
      unitPrice: 100,
    });
  });
});

describe('price resolution over several agreements in force', () => {
  it('takes each product from the newest agreement that prices it, never from one that does not mention it', () => {
    const yogurtOnly: AgreementItem = { ...agreement, id: 'agr_2', validFrom: '2026-06-01', prices: [{ productId: 'prd_2', price: 800, tiers: [] }] };
    expect(resolvePrice(product, [yogurtOnly, agreement], 60_000)).toMatchObject({ rule: 'tier', unitPrice: 2200, agreementId: 'agr_1' });
    expect(resolvePrice(product, [agreement, yogurtOnly], 1_000)).toMatchObject({ rule: 'agreement', unitPrice: 2500, agreementId: 'agr_1' });
    const newer: AgreementItem = { ...agreement, id: 'agr_3', validFrom: '2026-07-01', prices: [{ productId: 'prd_1', price: 2300, tiers: [] }] };
    expect(resolvePrice(product, [agreement, newer, yogurtOnly], 60_000)).toMatchObject({ rule: 'agreement', unitPrice: 2300, agreementId: 'agr_3' });
    expect(resolvePrice(product, [yogurtOnly], 1_000)).toMatchObject({ rule: 'catalog', unitPrice: 2800 });
    expect(resolvePrice(product, [], 1_000)).toMatchObject({ rule: 'catalog', unitPrice: 2800 });
  });
});

describe('the state machine', () => {
  it('only cancels before dispatch and only expires placed orders', () => {
    expect(TRANSITIONS.cancel.from).toEqual(['placed', 'confirmed', 'partially_confirmed']);
    expect(TRANSITIONS.expire.from).toEqual(['placed']);
    expect(TRANSITIONS.confirm.parties).toEqual(['association']);
  });
});

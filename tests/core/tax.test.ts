import { lineTax, rucCheckDigit, SALES_TAX, taxIdProblem, taxTotals, typedTaxId } from '@ayni/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('tax ids', () => {
  it('accepts RUCs whose SUNAT check digit holds, and names what is wrong with the others', () => {
    // SUNAT's own RUC, and the seeded buyers'.
    for (const number of ['20131312955', '20602183956', '20510736487', '10467793549']) expect(taxIdProblem({ scheme: 'RUC', number })).toBeUndefined();
    expect(taxIdProblem({ scheme: 'RUC', number: '20131312954' })).toBe('ruc-check-digit');
    expect(taxIdProblem({ scheme: 'RUC', number: '2013131295' })).toBe('ruc-format');
    expect(taxIdProblem({ scheme: 'RUC', number: '3013131295x' })).toBe('ruc-format');
    expect(taxIdProblem({ scheme: 'RUC', number: '30131312955' })).toBe('ruc-prefix');
  });

  it('finds exactly one check digit for every ten digits (10 maps to 0, 11 to 1)', () => {
    fc.assert(
      fc.property(fc.constantFrom('10', '15', '16', '17', '20'), fc.stringMatching(/^[0-9]{8}$/), (prefix, rest) => {
        const first10 = prefix + rest;
        const valid = [...'0123456789'].filter((digit) => taxIdProblem({ scheme: 'RUC', number: first10 + digit }) === undefined);
        expect(valid).toEqual([String(rucCheckDigit(first10))]);
      }),
    );
  });

  it('accepts a Bolivian NIT of 7 to 12 digits', () => {
    expect(taxIdProblem({ scheme: 'NIT', number: '1020703023' })).toBeUndefined();
    expect(taxIdProblem({ scheme: 'NIT', number: '123456' })).toBe('nit-format');
    expect(taxIdProblem({ scheme: 'NIT', number: '0123456789' })).toBe('nit-format');
  });

  it('reads a tax id stored as a bare string as the scheme of the organisation’s country', () => {
    expect(typedTaxId('20602183956', 'PE')).toEqual({ scheme: 'RUC', number: '20602183956' });
    expect(typedTaxId('1020703023', 'BO')).toEqual({ scheme: 'NIT', number: '1020703023' });
    expect(typedTaxId({ scheme: 'RUC', number: '20602183956' }, 'PE')).toEqual({ scheme: 'RUC', number: '20602183956' });
    expect(typedTaxId(undefined, 'PE')).toBeUndefined();
  });
});

describe('sales tax of a line, rounded per line to the céntimo', () => {
  const IGV = SALES_TAX.PE.rateBps;

  it('splits a price that includes IGV into base and tax, and adds IGV to one that does not', () => {
    expect(lineTax(11_800, 'taxed', IGV, true)).toEqual({ treatment: 'taxed', rateBps: 1800, base: 10_000, tax: 1_800, total: 11_800 });
    // S/ 10.00 with IGV: 1000 / 1.18 = 847.46 → 847; the tax is what remains.
    expect(lineTax(1_000, 'taxed', IGV, true)).toMatchObject({ base: 847, tax: 153, total: 1_000 });
    // S/ 8.47 plus IGV: 152.46 → 152.
    expect(lineTax(847, 'taxed', IGV, false)).toMatchObject({ base: 847, tax: 152, total: 999 });
    // Half up: 25 × 18% = 4.5 → 5.
    expect(lineTax(25, 'taxed', IGV, false)).toMatchObject({ tax: 5, total: 30 });
    expect(lineTax(11_300, 'taxed', SALES_TAX.BO.rateBps, true)).toMatchObject({ base: 10_000, tax: 1_300 });
  });

  it('charges no tax on exonerated and unaffected lines', () => {
    expect(lineTax(2_500, 'exonerated', IGV, true)).toEqual({ treatment: 'exonerated', rateBps: 0, base: 2_500, tax: 0, total: 2_500 });
    expect(lineTax(2_500, 'unaffected', IGV, false)).toEqual({ treatment: 'unaffected', rateBps: 0, base: 2_500, tax: 0, total: 2_500 });
  });

  it('always adds up: base + tax = total, and the tax is within half a céntimo of the exact figure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.constantFrom(1800, 1300), fc.boolean(), (amount, rate, included) => {
        const line = lineTax(amount, 'taxed', rate, included);
        expect(line.base + line.tax).toBe(line.total);
        expect(included ? line.total : line.base).toBe(amount);
        // Exact tax × 2 × 10,000 in integers: |2·10⁴·tax − 2·rate·base| ≤ 10⁴ (+ rate when the base was rounded).
        const exactTwice = included ? (2n * BigInt(amount) * BigInt(rate)) / BigInt(10_000 + rate) : (2n * BigInt(amount) * BigInt(rate)) / 10_000n;
        const diff = 2n * BigInt(line.tax) - exactTwice;
        expect(diff <= 2n && diff >= -2n).toBe(true);
      }),
    );
  });

  it('totals a document as the sums of its rounded lines, by treatment', () => {
    const lines = [
      lineTax(1_000, 'taxed', IGV, true),
      lineTax(1_000, 'taxed', IGV, true),
      lineTax(2_500, 'exonerated', IGV, true),
      lineTax(400, 'unaffected', IGV, true),
    ];
    expect(taxTotals(lines)).toEqual({ taxed: 1_694, exonerated: 2_500, unaffected: 400, tax: 306, total: 4_900 });
  });
});

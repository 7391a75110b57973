import { mulDiv, toSafeMinor } from './money.js';

/**
 * Fiscal rules of the two countries Ayni serves: who an organisation is for the tax office (its
 * tax id) and how a sale is taxed (Peru's IGV, Bolivia's IVA). Pure functions: invoices snapshot
 * their results, so a later change of rate or treatment never alters an issued document.
 */
export const TAX_COUNTRIES = ['PE', 'BO'] as const;
export type TaxCountry = (typeof TAX_COUNTRIES)[number];

/** The tax id of each country: Peru's RUC (SUNAT), Bolivia's NIT (Servicio de Impuestos Nacionales). */
export const TAX_ID_SCHEMES = { PE: 'RUC', BO: 'NIT' } as const satisfies Record<TaxCountry, string>;
export type TaxIdScheme = (typeof TAX_ID_SCHEMES)[TaxCountry];

export interface TaxId {
  scheme: TaxIdScheme;
  number: string;
}

/** RUC prefixes SUNAT assigns: 10 persons, 15 and 16 non-domiciled and others, 17 foreigners, 20 companies and associations. */
const RUC_PREFIXES = ['10', '15', '16', '17', '20'];
const RUC_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** SUNAT's modulo-11 check digit of the first ten digits of a RUC (11 - sum mod 11; 10 → 0, 11 → 1). */
export function rucCheckDigit(first10: string): number {
  const sum = RUC_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first10[i]), 0);
  return (11 - (sum % 11)) % 10;
}

/** Why a tax number is not valid for its scheme, as a message key of the catalog packages, or undefined when it is. */
export type TaxIdProblem = 'ruc-format' | 'ruc-prefix' | 'ruc-check-digit' | 'nit-format';

export function taxIdProblem(taxId: TaxId): TaxIdProblem | undefined {
  if (taxId.scheme === 'RUC') {
    if (!/^[0-9]{11}$/.test(taxId.number)) return 'ruc-format';
    if (!RUC_PREFIXES.includes(taxId.number.slice(0, 2))) return 'ruc-prefix';
    if (rucCheckDigit(taxId.number.slice(0, 10)) !== Number(taxId.number[10])) return 'ruc-check-digit';
    return undefined;
  }
  // Bolivia publishes no check digit for the NIT: digits only, 7 to 12 of them, not starting with 0.
  return /^[1-9][0-9]{6,11}$/.test(taxId.number) ? undefined : 'nit-format';
}

/**
 * A tax id stored before ids were typed (a bare string), read as the scheme of its organisation's
 * country. The number is not re-validated here: `taxIdProblem` says whether it holds.
 */
export function typedTaxId(stored: string | TaxId | undefined, country: TaxCountry): TaxId | undefined {
  if (stored === undefined) return undefined;
  return typeof stored === 'string' ? { scheme: TAX_ID_SCHEMES[country], number: stored } : stored;
}

/**
 * How a product's sales are taxed. `taxed`: the country's general rate. `exonerated` (Peru:
 * exonerado, e.g. the agricultural goods of Appendix I of the IGV law) and `unaffected` (inafecto)
 * carry no tax and must state their legal reason on the invoice.
 */
export const TAX_TREATMENTS = ['taxed', 'exonerated', 'unaffected'] as const;
export type TaxTreatment = (typeof TAX_TREATMENTS)[number];

/** The general sales tax of each country, in basis points: IGV 18% (16% + 2% municipal), IVA 13%. */
export const SALES_TAX = {
  PE: { name: 'IGV', rateBps: 1800 },
  BO: { name: 'IVA', rateBps: 1300 },
} as const satisfies Record<TaxCountry, { name: string; rateBps: number }>;

export interface LineTax {
  treatment: TaxTreatment;
  rateBps: number;
  /** Taxable base (valor de venta), minor units. */
  base: number;
  tax: number;
  /** What the buyer pays for the line: base + tax. */
  total: number;
}

/**
 * The tax of one line, rounded per line to the minor unit, half up (SUNAT's rule for electronic
 * invoices: each line's base and tax are stated to the céntimo and the totals are their sums).
 * `amount` is the line total at the prices the organisation states: when they include the tax,
 * the base is amount ÷ (1 + rate) rounded and the tax is the rest, so base + tax = amount exactly;
 * when they do not, the tax is base × rate rounded and the total is base + tax.
 */
export function lineTax(amount: number, treatment: TaxTreatment, rateBps: number, pricesIncludeTax: boolean): LineTax {
  if (!Number.isSafeInteger(amount)) throw new RangeError('amount must be a safe integer of minor units');
  if (treatment !== 'taxed') return { treatment, rateBps: 0, base: amount, tax: 0, total: amount };
  if (pricesIncludeTax) {
    const base = toSafeMinor(mulDiv(amount, 10_000, 10_000 + rateBps, 'half-up'));
    return { treatment, rateBps, base, tax: amount - base, total: amount };
  }
  const tax = toSafeMinor(mulDiv(amount, rateBps, 10_000, 'half-up'));
  return { treatment, rateBps, base: amount, tax, total: amount + tax };
}

export interface TaxTotals {
  /** Bases by treatment (SUNAT: operaciones gravadas, exoneradas, inafectas). */
  taxed: number;
  exonerated: number;
  unaffected: number;
  tax: number;
  total: number;
}

/** The document's totals: the sums of its lines' rounded figures (never re-rounded). */
export function taxTotals(lines: readonly LineTax[]): TaxTotals {
  const totals: TaxTotals = { taxed: 0, exonerated: 0, unaffected: 0, tax: 0, total: 0 };
  for (const line of lines) {
    totals[line.treatment] += line.base;
    totals.tax += line.tax;
    totals.total += line.total;
  }
  return totals;
}

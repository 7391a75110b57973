import { formatQuantity, minorToDecimal, mulDiv, type Currency, type TaxTreatment, type Unit } from '@ayni/core';
import type { DocumentItem, DocumentLine, PartySnapshot } from './model.js';

/**
 * An invoice as a UBL 2.1 document in SUNAT's profile for electronic invoices (factura electrónica,
 * customization 2.0, sale within Peru): the XML an OSE (the electronic-invoicing operator) signs and
 * submits. Signing and submission are the next step and stay outside: the document leaves the
 * `ext:UBLExtensions` slot out (the signature goes there) and its `cac:Signature` names the
 * reference `#SignatureSP` the signer uses. Element order follows the UBL 2.1 schema, against which
 * `tests/orders/ubl.test.ts` validates every document it makes.
 */

const NS = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

const SUNAT = 'PE:SUNAT';
const catalogue = (n: string) => `urn:pe:gob:sunat:cpe:see:gem:catalogos:catalogo${n}`;

/** UN/ECE Recommendation 20 codes of Ayni's units (SUNAT's catalogue 03). */
const UNIT_CODES: Record<Unit, string> = { kg: 'KGM', unit: 'NIU', dozen: 'DZN', litre: 'LTR', metre: 'MTR' };

/** SUNAT's catalogue 07 (afectación del IGV) and catalogue 05 (tributos) for each treatment. */
const TREATMENT: Record<TaxTreatment, { affectation: string; scheme: string; name: string; typeCode: string }> = {
  taxed: { affectation: '10', scheme: '1000', name: 'IGV', typeCode: 'VAT' },
  exonerated: { affectation: '20', scheme: '9997', name: 'EXO', typeCode: 'VAT' },
  unaffected: { affectation: '30', scheme: '9998', name: 'INA', typeCode: 'FRE' },
};

const CURRENCY_WORDS: Record<Currency, string> = { PEN: 'SOLES', BOB: 'BOLIVIANOS', USD: 'DÓLARES AMERICANOS' };

/** Why an invoice cannot be written in SUNAT's profile, or undefined when it can. */
export function ublUnavailableReason(document: DocumentItem): 'not-peruvian' | 'no-tax-lines' | 'no-seller-ruc' | 'not-an-invoice' | undefined {
  if (document.kind !== 'invoice') return 'not-an-invoice';
  if (document.seller.country !== undefined && document.seller.country !== 'PE') return 'not-peruvian';
  if (!document.taxes || document.lines.some((line) => !line.tax)) return 'no-tax-lines';
  if (!document.seller.taxId) return 'no-seller-ruc';
  return undefined;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Ten-thousandths of a minor unit as a decimal with six places (a unit value before tax). */
function preciseAmount(tenThousandthsOfMinor: bigint): string {
  const digits = tenThousandthsOfMinor.toString().padStart(7, '0');
  return `${digits.slice(0, -6)}.${digits.slice(-6)}`;
}

type Node = string;
/** An element whose content is already XML (escape text with `text`). */
const el = (name: string, content: string | number, attributes: Record<string, string> = {}): Node => {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return `<${name}${attrs}>${content}</${name}>`;
};
const text = (name: string, value: string, attributes: Record<string, string> = {}) => el(name, escapeXml(value), attributes);
const money = (name: string, minor: number, currency: Currency) => el(name, minorToDecimal(minor, currency), { currencyID: currency });

function party(wrapper: string, p: PartySnapshot): Node {
  const taxId = p.taxId
    ? el(
        'cac:PartyIdentification',
        // Catalogue 06: 6 = RUC; a Bolivian party's NIT travels as 0 (a non-domiciled tax document).
        text('cbc:ID', p.taxId, {
          schemeID: (p.country ?? 'PE') === 'PE' ? '6' : '0',
          schemeName: 'Documento de Identidad',
          schemeAgencyName: SUNAT,
          schemeURI: catalogue('06'),
        }),
      )
    : '';
  return el(
    wrapper,
    el(
      'cac:Party',
      taxId +
        el('cac:PartyName', text('cbc:Name', p.name)) +
        el('cac:PartyLegalEntity', text('cbc:RegistrationName', p.name) + (p.region ? el('cac:RegistrationAddress', text('cbc:CityName', p.region)) : '')),
    ),
  );
}

function taxSubtotal(base: number, tax: number, treatment: TaxTreatment, currency: Currency, percent?: number): Node {
  const t = TREATMENT[treatment];
  const category =
    (percent === undefined ? '' : el('cbc:Percent', (percent / 100).toFixed(2))) +
    (percent === undefined
      ? ''
      : text('cbc:TaxExemptionReasonCode', t.affectation, { listAgencyName: SUNAT, listName: 'Afectacion del IGV', listURI: catalogue('07') })) +
    el(
      'cac:TaxScheme',
      text('cbc:ID', t.scheme, { schemeName: 'Codigo de tributos', schemeAgencyName: SUNAT, schemeURI: catalogue('05') }) +
        text('cbc:Name', t.name) +
        text('cbc:TaxTypeCode', t.typeCode),
    );
  return el('cac:TaxSubtotal', money('cbc:TaxableAmount', base, currency) + money('cbc:TaxAmount', tax, currency) + el('cac:TaxCategory', category));
}

function invoiceLine(line: DocumentLine, index: number, currency: Currency): Node {
  const tax = line.tax!;
  const quantity = line.quantity ?? 1000;
  // The unit value before tax, and the unit price the buyer pays (SUNAT's catalogue 16, type 01), to 6 places.
  const unitValue = mulDiv(BigInt(tax.base) * 10_000n, 1000, quantity, 'half-up');
  const unitPrice = mulDiv(BigInt(tax.total) * 10_000n, 1000, quantity, 'half-up');
  return el(
    'cac:InvoiceLine',
    el('cbc:ID', index + 1) +
      el('cbc:InvoicedQuantity', formatQuantity(quantity), {
        unitCode: UNIT_CODES[line.unit ?? 'unit'],
        unitCodeListID: 'UN/ECE rec 20',
        unitCodeListAgencyName: 'United Nations Economic Commission for Europe',
      }) +
      money('cbc:LineExtensionAmount', tax.base, currency) +
      el(
        'cac:PricingReference',
        el(
          'cac:AlternativeConditionPrice',
          el('cbc:PriceAmount', preciseAmount(unitPrice), { currencyID: currency }) +
            text('cbc:PriceTypeCode', '01', { listName: 'Tipo de Precio', listAgencyName: SUNAT, listURI: catalogue('16') }),
        ),
      ) +
      el('cac:TaxTotal', money('cbc:TaxAmount', tax.tax, currency) + taxSubtotal(tax.base, tax.tax, tax.treatment, currency, tax.rateBps)) +
      el('cac:Item', text('cbc:Description', line.description)) +
      el('cac:Price', el('cbc:PriceAmount', preciseAmount(unitValue), { currencyID: currency })),
  );
}

/**
 * The invoice in SUNAT's UBL 2.1 profile. Only for invoices of a Peruvian seller issued with tax
 * lines (`ublUnavailableReason` says why another cannot be).
 */
export function invoiceUbl(document: DocumentItem): string {
  const reason = ublUnavailableReason(document);
  if (reason) throw new RangeError(`the invoice cannot be written as UBL for SUNAT: ${reason}`);
  const taxes = document.taxes!;
  const currency = document.currency;
  const credit = document.dueDate > document.issueDate;
  const subtotals = (['taxed', 'exonerated', 'unaffected'] as const)
    .filter((treatment) => document.lines.some((line) => line.tax!.treatment === treatment))
    .map((treatment) => taxSubtotal(taxes[treatment], treatment === 'taxed' ? taxes.tax : 0, treatment, currency))
    .join('');
  const exemptions = document.lines.filter((line) => line.tax!.reason).map((line) => text('cbc:Note', `${line.description}: ${line.tax!.reason}`));
  const body =
    text('cbc:UBLVersionID', '2.1') +
    text('cbc:CustomizationID', '2.0', { schemeAgencyName: SUNAT }) +
    text('cbc:ProfileID', '0101', { schemeName: 'Tipo de Operacion', schemeAgencyName: SUNAT, schemeURI: catalogue('17') }) +
    text('cbc:ID', document.number) +
    text('cbc:IssueDate', document.issueDate) +
    text('cbc:IssueTime', document.issuedAt.slice(11, 19)) +
    text('cbc:DueDate', document.dueDate) +
    text('cbc:InvoiceTypeCode', '01', {
      listAgencyName: SUNAT,
      listName: 'Tipo de Documento',
      listURI: catalogue('01'),
      listID: '0101',
      name: 'Tipo de Operacion',
    }) +
    // Legend 1000: the total in words.
    text('cbc:Note', amountInSpanishWords(document.total, currency), { languageLocaleID: '1000' }) +
    exemptions.join('') +
    text('cbc:DocumentCurrencyCode', currency, {
      listID: 'ISO 4217 Alpha',
      listName: 'Currency',
      listAgencyName: 'United Nations Economic Commission for Europe',
    }) +
    el('cbc:LineCountNumeric', document.lines.length) +
    el('cac:OrderReference', text('cbc:ID', document.orderId)) +
    el(
      'cac:Signature',
      text('cbc:ID', document.number) +
        el(
          'cac:SignatoryParty',
          el('cac:PartyIdentification', text('cbc:ID', document.seller.taxId!)) + el('cac:PartyName', text('cbc:Name', document.seller.name)),
        ) +
        el('cac:DigitalSignatureAttachment', el('cac:ExternalReference', text('cbc:URI', '#SignatureSP'))),
    ) +
    party('cac:AccountingSupplierParty', document.seller) +
    party('cac:AccountingCustomerParty', document.buyer) +
    el(
      'cac:PaymentTerms',
      text('cbc:ID', 'FormaPago') + text('cbc:PaymentMeansID', credit ? 'Credito' : 'Contado') + (credit ? money('cbc:Amount', document.total, currency) : ''),
    ) +
    (credit
      ? el(
          'cac:PaymentTerms',
          text('cbc:ID', 'FormaPago') +
            text('cbc:PaymentMeansID', 'Cuota001') +
            money('cbc:Amount', document.total, currency) +
            text('cbc:PaymentDueDate', document.dueDate),
        )
      : '') +
    el('cac:TaxTotal', money('cbc:TaxAmount', taxes.tax, currency) + subtotals) +
    el(
      'cac:LegalMonetaryTotal',
      money('cbc:LineExtensionAmount', taxes.taxed + taxes.exonerated + taxes.unaffected, currency) +
        money('cbc:TaxInclusiveAmount', taxes.total, currency) +
        money('cbc:PayableAmount', document.total, currency),
    ) +
    document.lines.map((line, i) => invoiceLine(line, i, currency)).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Invoice xmlns="${NS.invoice}" xmlns:cac="${NS.cac}" xmlns:cbc="${NS.cbc}">${body}</Invoice>\n`;
}

const UNITS_WORDS = ['', 'UNO', 'DOS', 'TRES', 'CUATRO', 'CINCO', 'SEIS', 'SIETE', 'OCHO', 'NUEVE'];
const TEENS = ['DIEZ', 'ONCE', 'DOCE', 'TRECE', 'CATORCE', 'QUINCE', 'DIECISÉIS', 'DIECISIETE', 'DIECIOCHO', 'DIECINUEVE'];
const TWENTIES = ['VEINTE', 'VEINTIUNO', 'VEINTIDÓS', 'VEINTITRÉS', 'VEINTICUATRO', 'VEINTICINCO', 'VEINTISÉIS', 'VEINTISIETE', 'VEINTIOCHO', 'VEINTINUEVE'];
const TENS = ['', '', '', 'TREINTA', 'CUARENTA', 'CINCUENTA', 'SESENTA', 'SETENTA', 'OCHENTA', 'NOVENTA'];
const HUNDREDS = ['', 'CIENTO', 'DOSCIENTOS', 'TRESCIENTOS', 'CUATROCIENTOS', 'QUINIENTOS', 'SEISCIENTOS', 'SETECIENTOS', 'OCHOCIENTOS', 'NOVECIENTOS'];

function belowThousand(n: number): string {
  if (n === 100) return 'CIEN';
  const hundreds = HUNDREDS[Math.trunc(n / 100)]!;
  const rest = n % 100;
  let tail = '';
  if (rest < 10) tail = UNITS_WORDS[rest]!;
  else if (rest < 20) tail = TEENS[rest - 10]!;
  else if (rest < 30) tail = TWENTIES[rest - 20]!;
  else tail = TENS[Math.trunc(rest / 10)]! + (rest % 10 ? ` Y ${UNITS_WORDS[rest % 10]}` : '');
  return [hundreds, tail].filter(Boolean).join(' ');
}

/** `UNO` before a noun: `VEINTIÚN MIL`, `TREINTA Y UN MILLONES`. */
const apocopate = (words: string) => words.replace(/VEINTIUNO$/, 'VEINTIÚN').replace(/UNO$/, 'UN');

/** A whole number in Spanish words, upper case as invoices write it (`1001` → `MIL UNO`). */
export function spanishWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('a non-negative safe integer');
  if (n === 0) return 'CERO';
  const millions = Math.trunc(n / 1_000_000);
  const thousands = Math.trunc((n % 1_000_000) / 1000);
  const units = n % 1000;
  const parts: string[] = [];
  if (millions > 0) parts.push(millions === 1 ? 'UN MILLÓN' : `${apocopate(spanishWords(millions))} MILLONES`);
  if (thousands > 0) parts.push(thousands === 1 ? 'MIL' : `${apocopate(belowThousand(thousands))} MIL`);
  if (units > 0) parts.push(belowThousand(units));
  return parts.join(' ');
}

/** SUNAT's legend 1000: `SON CIENTO DIECIOCHO CON 50/100 SOLES`. */
export function amountInSpanishWords(minor: number, currency: Currency): string {
  const whole = Math.trunc(Math.abs(minor) / 100);
  const cents = Math.abs(minor) % 100;
  return `SON ${spanishWords(whole)} CON ${String(cents).padStart(2, '0')}/100 ${CURRENCY_WORDS[currency]}`;
}

import { lineTax, SALES_TAX, taxTotals } from '@ayni/core';
import { amountInSpanishWords, invoiceUbl, spanishWords, ublUnavailableReason, type DocumentItem } from '@ayni/orders';
import { describe, expect, it } from 'vitest';
import { ublInvoiceErrors } from '../support/ubl.js';

const IGV = SALES_TAX.PE.rateBps;

function invoice(overrides: Partial<DocumentItem> = {}): DocumentItem {
  const lines = [
    { description: 'Queso andino fresco (QUESO-ANDINO)', productId: 'prd_1', quantity: 12_500, unit: 'kg' as const, unitPrice: 2_800, amount: 35_000 },
    { description: 'Papa nativa (PAPA-NATIVA) & <chuño>', productId: 'prd_2', quantity: 20_000, unit: 'kg' as const, unitPrice: 400, amount: 8_000 },
  ].map((line, i) => ({
    ...line,
    tax:
      i === 0
        ? lineTax(line.amount, 'taxed', IGV, true)
        : { ...lineTax(line.amount, 'exonerated', IGV, true), reason: 'Apéndice I de la Ley del IGV, partida 0701.90.00: papas frescas' },
  }));
  const totals = taxTotals(lines.map((l) => l.tax));
  return {
    entity: 'Document',
    kind: 'invoice',
    number: 'F001-00000012',
    series: 'F001',
    sequence: 12,
    associationId: 'org_sumaq',
    buyerId: 'org_hotel',
    orderId: 'ord_1',
    seller: { id: 'org_sumaq', name: 'Asociación Sumaq Ausangate', taxId: '20602183956', region: 'Cusco', country: 'PE' },
    buyer: { id: 'org_hotel', name: 'Hotel Los Andes S.A.C.', taxId: '20510736487', region: 'Cusco', country: 'PE' },
    currency: 'PEN',
    lines,
    total: totals.total,
    taxes: { ...totals, name: 'IGV', rateBps: IGV, pricesIncludeTax: true, rounding: 'per-line-half-up' },
    issuedAt: '2026-12-01T15:04:05.000Z',
    issueDate: '2026-12-01',
    dueDate: '2026-12-31',
    paymentTerms: 'net_30',
    issuedBy: 'user-1',
    ...overrides,
  };
}

describe('an invoice in SUNAT’s UBL 2.1 profile', () => {
  it('validates against the OASIS UBL 2.1 Invoice schema, on credit and paid on delivery', async () => {
    expect(await ublInvoiceErrors(invoiceUbl(invoice()))).toEqual([]);
    expect(await ublInvoiceErrors(invoiceUbl(invoice({ dueDate: '2026-12-01', paymentTerms: 'on_delivery' })))).toEqual([]);
  });

  it('is checked by the schema for real: a misplaced or unknown element is refused', async () => {
    const xml = invoiceUbl(invoice());
    expect(await ublInvoiceErrors(xml.replace('<cbc:UBLVersionID>2.1</cbc:UBLVersionID>', '<cbc:Colour>blue</cbc:Colour>'))).not.toEqual([]);
    const swapped = xml.replace(/(<cbc:IssueDate>[^<]*<\/cbc:IssueDate>)(<cbc:IssueTime>[^<]*<\/cbc:IssueTime>)/, '$2$1');
    expect(swapped).not.toBe(xml);
    expect(await ublInvoiceErrors(swapped)).not.toEqual([]);
  });

  it('carries the fields SUNAT requires: RUCs, type 01, IGV and exonerated subtotals, totals in words, credit instalment', () => {
    const xml = invoiceUbl(invoice());
    expect(xml).toContain('<cbc:CustomizationID schemeAgencyName="PE:SUNAT">2.0</cbc:CustomizationID>');
    expect(xml).toContain('listID="0101" name="Tipo de Operacion">01</cbc:InvoiceTypeCode>');
    expect(xml).toMatch(/<cbc:ID schemeID="6"[^>]*>20602183956<\/cbc:ID>/);
    expect(xml).toMatch(/<cbc:ID schemeID="6"[^>]*>20510736487<\/cbc:ID>/);
    // 350.00 with IGV: base 296.61, IGV 53.39; 80.00 exonerated.
    expect(xml).toContain('<cac:TaxTotal><cbc:TaxAmount currencyID="PEN">53.39</cbc:TaxAmount>');
    expect(xml).toMatch(
      /<cbc:TaxableAmount currencyID="PEN">296.61<\/cbc:TaxableAmount><cbc:TaxAmount currencyID="PEN">53.39<\/cbc:TaxAmount><cac:TaxCategory><cac:TaxScheme><cbc:ID[^>]*>1000<\/cbc:ID><cbc:Name>IGV<\/cbc:Name>/,
    );
    expect(xml).toMatch(
      /<cbc:TaxableAmount currencyID="PEN">80.00<\/cbc:TaxableAmount><cbc:TaxAmount currencyID="PEN">0.00<\/cbc:TaxAmount><cac:TaxCategory><cac:TaxScheme><cbc:ID[^>]*>9997<\/cbc:ID>/,
    );
    expect(xml).toContain(
      '<cbc:LineExtensionAmount currencyID="PEN">376.61</cbc:LineExtensionAmount><cbc:TaxInclusiveAmount currencyID="PEN">430.00</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="PEN">430.00</cbc:PayableAmount>',
    );
    expect(xml).toContain('<cbc:Note languageLocaleID="1000">SON CUATROCIENTOS TREINTA CON 00/100 SOLES</cbc:Note>');
    expect(xml).toContain('<cbc:PaymentMeansID>Credito</cbc:PaymentMeansID>');
    expect(xml).toContain(
      '<cbc:PaymentMeansID>Cuota001</cbc:PaymentMeansID><cbc:Amount currencyID="PEN">430.00</cbc:Amount><cbc:PaymentDueDate>2026-12-31</cbc:PaymentDueDate>',
    );
    // Lines: quantity with its UN/ECE unit, the affectation code (10 taxed, 20 exonerated), unit value and price.
    expect(xml).toContain('unitCode="KGM"');
    expect(xml).toContain('>12.5</cbc:InvoicedQuantity>');
    expect(xml).toMatch(/<cbc:Percent>18.00<\/cbc:Percent><cbc:TaxExemptionReasonCode[^>]*>10<\/cbc:TaxExemptionReasonCode>/);
    expect(xml).toMatch(/<cbc:Percent>0.00<\/cbc:Percent><cbc:TaxExemptionReasonCode[^>]*>20<\/cbc:TaxExemptionReasonCode>/);
    expect(xml).toContain('<cbc:PriceAmount currencyID="PEN">28.000000</cbc:PriceAmount><cbc:PriceTypeCode');
    expect(xml).toContain('<cac:Price><cbc:PriceAmount currencyID="PEN">23.728800</cbc:PriceAmount></cac:Price>');
    // Text is escaped, and the exemption's legal reason is stated.
    expect(xml).toContain('Papa nativa (PAPA-NATIVA) &amp; &lt;chuño&gt;');
    expect(xml).toContain('Apéndice I de la Ley del IGV, partida 0701.90.00: papas frescas');
  });

  it('is not written for a Bolivian seller, a credit note, or an invoice issued before tax lines', () => {
    expect(ublUnavailableReason(invoice({ seller: { ...invoice().seller, country: 'BO' } }))).toBe('not-peruvian');
    expect(ublUnavailableReason(invoice({ kind: 'credit_note' }))).toBe('not-an-invoice');
    const { taxes: _taxes, ...legacy } = invoice();
    expect(ublUnavailableReason(legacy as DocumentItem)).toBe('no-tax-lines');
    expect(() => invoiceUbl(legacy as DocumentItem)).toThrow(RangeError);
  });
});

describe('amounts in Spanish words (SUNAT legend 1000)', () => {
  it.each([
    [0, 'CERO'],
    [1, 'UNO'],
    [16, 'DIECISÉIS'],
    [21, 'VEINTIUNO'],
    [45, 'CUARENTA Y CINCO'],
    [100, 'CIEN'],
    [101, 'CIENTO UNO'],
    [1_000, 'MIL'],
    [1_001, 'MIL UNO'],
    [21_000, 'VEINTIÚN MIL'],
    [31_500, 'TREINTA Y UN MIL QUINIENTOS'],
    [101_000, 'CIENTO UN MIL'],
    [1_000_000, 'UN MILLÓN'],
    [2_021_100, 'DOS MILLONES VEINTIÚN MIL CIEN'],
    [21_000_000, 'VEINTIÚN MILLONES'],
  ])('%i is %s', (n, words) => {
    expect(spanishWords(n)).toBe(words);
  });

  it('writes the cents as a fraction and names the currency', () => {
    expect(amountInSpanishWords(123_450, 'BOB')).toBe('SON MIL DOSCIENTOS TREINTA Y CUATRO CON 50/100 BOLIVIANOS');
    expect(amountInSpanishWords(7, 'USD')).toBe('SON CERO CON 07/100 DÓLARES AMERICANOS');
  });
});

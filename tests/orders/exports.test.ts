import { catalogDomain } from '@ayni/catalog';
import { ordersDomain } from '@ayni/orders';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { act, chullpi, createBuyer, createMarket, createProduct, get, placeOrder, postWithKey, quesoAndino, type Market } from './fixtures.js';

let api: TestApi;
let m: Market;
let invoiceNumber: string;
let creditNoteNumber: string;
let invoicedOrderId: string;
let secondOrderId: string;
const RANGE = 'from=2026-11-01&to=2026-12-31';

/** RFC 4180: quoted fields (doubled quotes, commas and line breaks inside), CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

async function csv(path: string, token: string, headers: Record<string, string> = {}) {
  const res = await api.call('GET', path, { token, headers });
  const buffer = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer);
  return {
    res,
    status: res.status,
    text,
    bom: text.startsWith('\uFEFF'),
    rows: res.status === 200 ? parseCsv(text.slice(1)) : [],
    body: res.status === 200 ? undefined : JSON.parse(text),
  };
}

/** Rows as objects keyed by header. */
const records = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i]])));

beforeAll(async () => {
  api = await createTestApi([catalogDomain, ordersDomain]);
  m = await createMarket(api);
  const queso = await createProduct(api, m, quesoAndino, [['50', '2026-11-10']]);
  const maiz = await createProduct(api, m, { ...chullpi, tax: { treatment: 'exonerated', reason: 'Apéndice I del TUO de la Ley del IGV' } }, [
    ['50', '2026-11-01'],
  ]);
  const placed = await placeOrder(api, m, [
    { productId: queso.id, quantity: '10' },
    { productId: maiz.id, quantity: '20' },
  ]);
  invoicedOrderId = placed.body.id;
  for (const action of ['confirm', 'dispatch', 'deliver', 'invoice']) expect((await act(api, m.admin, invoicedOrderId, action)).status).toBe(200);
  invoiceNumber = (await get(api, `/v1/orders/${invoicedOrderId}`, m.admin)).body.invoiceNumber;
  const note = await postWithKey(api, `/v1/orgs/${m.association.id}/invoices/${invoiceNumber}/credit-notes`, m.admin, {
    reason: 'Queso con la cadena de frío rota',
    amount: 5000,
  });
  expect(note.status).toBe(201);
  creditNoteNumber = note.body.number;
  const second = await placeOrder(api, m, [{ productId: maiz.id, quantity: '3' }]);
  expect(second.status).toBe(201);
  secondOrderId = second.body.id;
});

describe('CSV exports of an association', () => {
  it('orders: BOM, RFC 4180, Spanish headers, names and decimal money', async () => {
    const { res, status, bom, rows } = await csv(`/v1/orgs/${m.association.id}/exports/orders.csv?${RANGE}`, m.member);
    expect(status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="orders-2026-11-01_2026-12-31.csv"');
    expect(res.headers.get('link')).toBeNull();
    expect(bom).toBe(true);
    expect(rows[0]).toEqual([
      'Pedido',
      'Fecha de pedido',
      'Fecha de entrega',
      'Estado',
      'Asociación',
      'Comprador',
      'Productos',
      'Líneas',
      'Total',
      'Moneda',
      'Condición de pago',
      'Factura',
    ]);
    const byId = new Map(records(rows).map((r) => [r.Pedido, r]));
    expect(byId.size).toBe(2);
    const invoiced = byId.get(invoicedOrderId)!;
    expect(invoiced).toMatchObject({
      'Fecha de pedido': '2026-11-20',
      'Fecha de entrega': '2026-12-01',
      Estado: 'invoiced',
      Comprador: 'República del Pisco',
      Líneas: '2',
      Total: '520.00',
      Moneda: 'PEN',
      Factura: invoiceNumber,
    });
    expect(invoiced.Asociación).toMatch(/^Sumaq Ausangate /);
    expect(invoiced.Productos).toMatch(/ 10 kg; Maíz chullpi de Huaro 20 kg$/);
    expect(byId.get(secondOrderId)).toMatchObject({ Estado: 'placed', Total: '36.00', Productos: 'Maíz chullpi de Huaro 3 kg', Factura: '' });
  });

  it('answers English headers with ?lang=en and with Accept-Language: en', async () => {
    const byQuery = await csv(`/v1/orgs/${m.association.id}/exports/orders.csv?${RANGE}&lang=en`, m.member);
    expect(byQuery.rows[0]!.slice(0, 6)).toEqual(['Order', 'Placed on', 'Delivery date', 'Status', 'Association', 'Buyer']);
    const byHeader = await csv(`/v1/orgs/${m.association.id}/exports/sales.csv?${RANGE}`, m.member, { 'accept-language': 'en' });
    expect(byHeader.rows[0]).toEqual(['Date', 'Type', 'Order', 'Buyer', 'Product', 'SKU', 'Quantity', 'Unit', 'Amount', 'Currency', 'Credit note', 'Invoice']);
  });

  it('sales: the delivered lines with product names and exact quantities, then the credit note', async () => {
    const { status, rows } = await csv(`/v1/orgs/${m.association.id}/exports/sales.csv?${RANGE}`, m.admin);
    expect(status).toBe(200);
    const sales = records(rows);
    expect(sales).toHaveLength(3);
    expect(sales.map((r) => [r.Tipo, r.Producto, r.Cantidad, r.Unidad, r.Importe, r.Moneda, r.Comprador])).toEqual([
      ['sale', expect.stringMatching(/\S/), '10', 'kg', '280.00', 'PEN', 'República del Pisco'],
      ['sale', 'Maíz chullpi de Huaro', '20', 'kg', '240.00', 'PEN', 'República del Pisco'],
      ['credit_note', '', '', '', expect.stringMatching(/^-\d+\.\d{2}$/), 'PEN', 'República del Pisco'],
    ]);
    expect(sales[0]!.Producto).not.toBe(sales[0]!.SKU);
    expect(sales[2]).toMatchObject({ 'Nota de crédito': creditNoteNumber, Factura: invoiceNumber, Pedido: invoicedOrderId });
  });

  it('invoices: both tax ids, the tax bases, the tax and the total, then the credit note; paged with Link', async () => {
    const path = `/v1/orgs/${m.association.id}/exports/invoices.csv?${RANGE}&limit=1`;
    const first = await csv(path, m.admin);
    expect(first.status).toBe(200);
    expect(first.rows[0]).toEqual([
      'Número',
      'Tipo',
      'Fecha de emisión',
      'Fecha de vencimiento',
      'Asociación',
      'RUC/NIT del vendedor',
      'Comprador',
      'RUC/NIT del comprador',
      'Pedido',
      'Corrige a',
      'Motivo',
      'Impuesto',
      'Tasa (%)',
      'Op. gravadas',
      'Op. exoneradas',
      'Op. inafectas',
      'Base imponible',
      'Impuesto (monto)',
      'Total',
      'Moneda',
      'Condición de pago',
    ]);
    expect(records(first.rows)).toEqual([
      expect.objectContaining({
        Número: invoiceNumber,
        Tipo: 'invoice',
        'Fecha de emisión': '2026-11-20',
        'RUC/NIT del vendedor': 'RUC 20600000005',
        Comprador: 'República del Pisco',
        'RUC/NIT del comprador': 'RUC 20500000008',
        Pedido: invoicedOrderId,
        Impuesto: 'IGV',
        'Tasa (%)': '18',
        'Op. gravadas': '237.29',
        'Op. exoneradas': '240.00',
        'Op. inafectas': '0.00',
        'Base imponible': '477.29',
        'Impuesto (monto)': '42.71',
        Total: '520.00',
        Moneda: 'PEN',
      }),
    ]);
    const cursor = first.res.headers.get('x-next-cursor');
    expect(cursor).toBeTruthy();
    const link = first.res.headers.get('link')!;
    expect(link).toMatch(/^<\/v1\/orgs\/.+\/exports\/invoices\.csv\?.*cursor=.+>; rel="next"$/);
    const second = await csv(link.slice(1, link.indexOf('>')), m.admin);
    expect(second.status).toBe(200);
    expect(records(second.rows)).toEqual([
      expect.objectContaining({ Número: creditNoteNumber, Tipo: 'credit_note', 'Corrige a': invoiceNumber, Total: '50.00' }),
    ]);
    expect(second.res.headers.get('link')).toBeNull();
    expect(second.res.headers.get('x-next-cursor')).toBeNull();

    // A range before any document: nothing (the binary search finds no first number).
    const none = await csv(`/v1/orgs/${m.association.id}/exports/invoices.csv?from=2025-01-01&to=2025-12-31`, m.admin);
    expect(none.rows).toHaveLength(1);
  });

  it('pages orders across two pages with the Link header', async () => {
    const first = await csv(`/v1/orgs/${m.association.id}/exports/orders.csv?${RANGE}&limit=1`, m.admin);
    expect(first.rows).toHaveLength(2);
    const link = first.res.headers.get('link')!;
    expect(link).toMatch(/rel="next"$/);
    const second = await csv(link.slice(1, link.indexOf('>')), m.admin);
    expect(second.rows).toHaveLength(2);
    expect(new Set([first.rows[1]![0], second.rows[1]![0]])).toEqual(new Set([invoicedOrderId, secondOrderId]));
    expect(second.rows[0]).toEqual(first.rows[0]);
  });

  it('refuses a missing from, and a range over 366 days, naming the field', async () => {
    const missing = await csv(`/v1/orgs/${m.association.id}/exports/orders.csv?to=2026-12-31`, m.admin);
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toEqual([expect.stringMatching(/(^|\.)from$/)]);
    const tooLong = await csv(`/v1/orgs/${m.association.id}/exports/sales.csv?from=2025-12-30&to=2026-12-31`, m.admin);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors.map((e: { path: string }) => e.path)).toEqual([expect.stringMatching(/(^|\.)to$/)]);
    expect(JSON.stringify(tooLong.body)).toContain('366');
    // 366 days (a leap year's worth) is allowed.
    expect((await csv(`/v1/orgs/${m.association.id}/exports/sales.csv?from=2026-01-01&to=2027-01-01`, m.admin)).status).toBe(200);
    const tooBig = await csv(`/v1/orgs/${m.association.id}/exports/invoices.csv?${RANGE}&limit=1001`, m.admin);
    expect(tooBig.status).toBe(400);
    // A misspelt filter is named, not ignored (as on the JSON routes).
    const misspelt = await csv(`/v1/orgs/${m.association.id}/exports/orders.csv?${RANGE}&stauts=paid`, m.admin);
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.stauts']);
  });

  it('is for the association’s people only: another association and a buyer get 403', async () => {
    const other = await createMarket(api);
    for (const name of ['orders', 'sales', 'invoices']) {
      const path = `/v1/orgs/${m.association.id}/exports/${name}.csv?${RANGE}`;
      expect((await csv(path, other.admin)).status, name).toBe(403);
      expect((await csv(path, m.buyerToken)).status, name).toBe(403);
      expect((await csv(path, m.member)).status, name).toBe(200);
    }
  });
});

describe('CSV exports of a buyer', () => {
  it('orders and invoices, with the association’s name; another buyer and the association get 403', async () => {
    const orders = await csv(`/v1/buyers/${m.buyer.id}/exports/orders.csv?${RANGE}`, m.buyerToken);
    expect(orders.status).toBe(200);
    expect(orders.bom).toBe(true);
    const rows = records(orders.rows);
    expect(rows.map((r) => r.Pedido).sort()).toEqual([invoicedOrderId, secondOrderId].sort());
    expect(rows[0]!.Asociación).toMatch(/^Sumaq Ausangate /);

    const invoices = await csv(`/v1/buyers/${m.buyer.id}/exports/invoices.csv?${RANGE}&lang=en`, m.buyerToken);
    expect(invoices.status).toBe(200);
    expect(records(invoices.rows)).toEqual([
      expect.objectContaining({
        Number: invoiceNumber,
        Type: 'invoice',
        'Seller tax id': 'RUC 20600000005',
        'Buyer tax id': 'RUC 20500000008',
        'Tax amount': '42.71',
        Total: '520.00',
      }),
    ]);

    // Placed before the range: nothing.
    expect((await csv(`/v1/buyers/${m.buyer.id}/exports/orders.csv?from=2026-01-01&to=2026-11-19`, m.buyerToken)).rows).toHaveLength(1);

    const stranger = await createBuyer(api, m.root, 'Hotel Ajeno');
    for (const name of ['orders', 'invoices']) {
      const path = `/v1/buyers/${m.buyer.id}/exports/${name}.csv?${RANGE}`;
      expect((await csv(path, stranger.token)).status, name).toBe(403);
      expect((await csv(path, m.admin)).status, name).toBe(403);
    }
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../packages/loans/src/messages.js';
import { expectCompleteCatalog } from '../support/messages.js';
import { addCapital, approvedLoan, createLoansTestApi, expectStatus, fundWithStaff, type FundActors, type LoansTestApi } from './support.js';

let api: LoansTestApi;
let fund: FundActors;
let ASSOC: string;
const ASSOC_NAME = 'Cooperativa "Sumaq", Ocongate';
let disbursed: string;
let applied: string;

beforeAll(async () => {
  api = await createLoansTestApi();
  fund = await fundWithStaff(api, 'exports');
  ASSOC = await api.org('association', ASSOC_NAME);
  await addCapital(api, fund, 500_000, '2026-01-10');
  await addCapital(api, fund, 25_050, '2026-02-01');
  disbursed = (await approvedLoan(api, fund, ASSOC, 120_000)).id;
  await expectStatus(await api.post(`/v1/funds/${fund.fundId}/loans/${disbursed}/disbursement`, fund.officer, { valueDate: '2026-03-01' }), 201);
  await expectStatus(await api.post(`/v1/funds/${fund.fundId}/loans/${disbursed}/repayments`, fund.officer, { amount: 31_234, valueDate: '2026-04-01' }), 201);
  applied = (await approvedLoan(api, fund, ASSOC, 40_000)).id;
});

/** A strict RFC 4180 parser: quoted fields with doubled quotes, CRLF record ends, a final CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}`);
    i += 2;
    records.push(record);
    record = [];
  }
  const width = records[0]?.length;
  for (const r of records) expect(r.length).toBe(width);
  return records;
}

interface CsvPage {
  res: Response;
  bom: boolean;
  header: string[];
  rows: Record<string, string>[];
  raw: string[][];
  next: string | undefined;
}

async function getCsv(path: string, token: string, headers: Record<string, string> = {}): Promise<CsvPage> {
  const res = await api.call('GET', path, { token, headers });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(res.status, text).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const [header, ...raw] = parseCsv(text.replace(/^\uFEFF/, ''));
  const rows = raw.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]!])));
  const link = res.headers.get('link');
  const next = link?.match(/^<([^>]+)>; rel="next"$/)?.[1];
  if (link) expect(next).toBeDefined();
  return { res, bom, header: header!, rows, raw, next };
}

/** Every page of an export, following `Link: <…>; rel="next"`. */
async function allPages(path: string, token: string): Promise<CsvPage[]> {
  const pages = [await getCsv(path, token)];
  while (pages.at(-1)!.next) {
    expect(pages.length).toBeLessThan(20);
    pages.push(await getCsv(pages.at(-1)!.next!, token));
  }
  return pages;
}

const ledgerPath = (query: string) => `/v1/funds/${fund.fundId}/exports/ledger.csv?${query}`;
const loansPath = (query = '') => `/v1/funds/${fund.fundId}/exports/loans.csv${query ? `?${query}` : ''}`;
const decimal = (minor: number) => (minor / 100).toFixed(2);

describe('the ledger export', () => {
  it('is RFC 4180 CSV with a BOM, Spanish headers, and a row per journal line matching the JSON ledger, in decimals', async () => {
    const page = await getCsv(ledgerPath('from=2026-01-01&to=2026-06-01'), fund.officer);
    expect(page.bom).toBe(true);
    expect(page.res.headers.get('content-disposition')).toMatch(/^attachment; filename="ledger-.*\.csv"$/);
    expect(page.next).toBeUndefined();
    expect(page.res.headers.get('x-next-cursor')).toBeNull();
    expect(page.header.slice(0, 8)).toEqual(['fecha valor', 'asiento', 'tipo', 'glosa', 'donante', 'cuenta', 'debe', 'haber']);
    expect(page.header).toContain('asociación');

    const json = await expectStatus(await api.get(`/v1/funds/${fund.fundId}/ledger?limit=100`, fund.officer), 200);
    const expected = (json.items as any[]).flatMap((entry) =>
      entry.lines.map((line: any) => [entry.valueDate, entry.entryId, line.account, decimal(line.debit), decimal(line.credit), entry.currency]),
    );
    expect(expected.length).toBeGreaterThanOrEqual(7);
    expect(page.rows.map((r) => [r['fecha valor'], r.asiento, r.cuenta, r.debe, r.haber, r.moneda])).toEqual(expected);

    // Debits equal credits within every entry.
    const byEntry = new Map<string, { debit: number; credit: number }>();
    for (const row of page.rows) {
      expect(row.debe).toMatch(/^\d+\.\d{2}$/);
      expect(row.haber).toMatch(/^\d+\.\d{2}$/);
      const sum = byEntry.get(row.asiento!) ?? { debit: 0, credit: 0 };
      byEntry.set(row.asiento!, { debit: sum.debit + Math.round(Number(row.debe) * 100), credit: sum.credit + Math.round(Number(row.haber) * 100) });
    }
    expect(byEntry.size).toBe(json.items.length);
    for (const [entry, sum] of byEntry) expect(sum.debit, entry).toBe(sum.credit);

    // The kinds are said in Spanish, money is decimal, and the loan's rows name the association.
    expect(page.rows.filter((r) => r.tipo === 'aporte de capital').map((r) => r.debe)).toEqual(['5000.00', '0.00', '250.50', '0.00']);
    const disbursement = page.rows.filter((r) => r.tipo === 'desembolso');
    expect(disbursement.map((r) => [r.cuenta, r.debe, r.haber, r['préstamo'], r['asociación']])).toEqual(
      expect.arrayContaining([['loans_receivable', '1200.00', '0.00', disbursed, ASSOC_NAME]]),
    );
    const repayment = page.rows.filter((r) => r.tipo === 'pago');
    expect(repayment.length).toBeGreaterThanOrEqual(2);
    for (const row of repayment) expect([row['préstamo'], row['id asociación'], row['asociación']]).toEqual([disbursed, ASSOC, ASSOC_NAME]);
  });

  it('exports only the value dates asked for', async () => {
    const page = await getCsv(ledgerPath('from=2026-02-01&to=2026-03-01'), fund.officer);
    expect([...new Set(page.rows.map((r) => r['fecha valor']))]).toEqual(['2026-02-01', '2026-03-01']);
    expect([...new Set(page.rows.map((r) => r.tipo))]).toEqual(['aporte de capital', 'desembolso']);
  });

  it('says its headers and kinds in English with ?lang=en or Accept-Language: en, and in Spanish for Quechua', async () => {
    for (const page of [
      await getCsv(ledgerPath('from=2026-01-01&to=2026-06-01&lang=en'), fund.officer),
      await getCsv(ledgerPath('from=2026-01-01&to=2026-06-01'), fund.officer, { 'accept-language': 'en' }),
    ]) {
      expect(page.header.slice(0, 8)).toEqual(['value date', 'entry id', 'kind', 'memo', 'donor', 'account', 'debit', 'credit']);
      expect(page.rows[0]).toMatchObject({ kind: 'capital', debit: '5000.00', account: 'cash_capital' });
    }
    const quechua = await getCsv(ledgerPath('from=2026-01-01&to=2026-06-01'), fund.officer, { 'accept-language': 'qu' });
    expect(quechua.header[0]).toBe('fecha valor');
  });

  it('is paged by cursor: whole entries, at most `limit` rows, the next page in Link and X-Next-Cursor', async () => {
    const whole = await getCsv(ledgerPath('from=2026-01-01&to=2026-06-01'), fund.officer);
    const pages = await allPages(ledgerPath('from=2026-01-01&to=2026-06-01&limit=2'), fund.officer);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const first = pages[0]!;
    expect(first.rows).toHaveLength(2);
    expect(first.res.headers.get('x-next-cursor')).toBe(new URL(first.next!, 'http://x').searchParams.get('cursor'));
    expect(new URL(first.next!, 'http://x').searchParams.get('from')).toBe('2026-01-01');
    for (const page of pages) {
      expect(page.bom).toBe(true);
      expect(page.header).toEqual(whole.header);
      // A page never splits an entry.
      for (const entryId of new Set(page.rows.map((r) => r.asiento))) {
        expect(page.rows.filter((r) => r.asiento === entryId).length).toBe(whole.rows.filter((r) => r.asiento === entryId).length);
      }
    }
    expect(pages.flatMap((p) => p.raw)).toEqual(whole.raw);
  });

  it('refuses a range longer than 366 days, a reversed one, or a missing from: a 400 naming the field', async () => {
    await getCsv(ledgerPath('from=2025-06-01&to=2026-06-01'), fund.officer); // 366 days, both ends included
    const cases: Array<[string, string]> = [
      ['from=2025-06-01&to=2026-06-02', 'query.to'],
      ['from=2026-06-01&to=2026-05-31', 'query.to'],
      ['to=2026-06-01', 'query.from'],
      ['from=2026-01-01', 'query.to'],
      ['from=2026-02-30&to=2026-03-01', 'query.from'],
    ];
    for (const [query, field] of cases) {
      const problem = await expectStatus(await api.get(ledgerPath(query), fund.officer), 400);
      expect(problem.code, query).toBe('validation-failed');
      expect(
        problem.errors.map((e: { path: string }) => e.path),
        query,
      ).toEqual([field]);
    }
    const said = await expectStatus(await api.get(ledgerPath('from=2025-01-01&to=2026-06-01&lang=en'), fund.officer), 400);
    expect(said.errors[0].message).toBe('the value-date range may span at most 366 days (this one spans 517); export it in parts');
    const dicho = await expectStatus(await api.get(ledgerPath('from=2025-01-01&to=2026-06-01'), fund.officer), 400);
    expect(dicho.errors[0].message).toMatch(/^el rango de fechas valor puede abarcar como máximo 366 días/);
  });

  it('refuses more than 1000 rows a page', async () => {
    const problem = await expectStatus(await api.get(ledgerPath('from=2026-01-01&to=2026-06-01&limit=1001'), fund.officer), 400);
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['query.limit']);
  });
});

describe('the loans export', () => {
  it('has a row per loan with its association’s name, status and decimal money, Spanish headers by default', async () => {
    const page = await getCsv(loansPath(), fund.approver);
    expect(page.bom).toBe(true);
    expect(page.header.slice(0, 4)).toEqual(['préstamo', 'id asociación', 'asociación', 'estado']);
    expect(page.rows).toHaveLength(2);
    const loan = await expectStatus(await api.get(`/v1/funds/${fund.fundId}/loans/${disbursed}`, fund.officer), 200);
    const row = page.rows.find((r) => r['préstamo'] === disbursed)!;
    expect(row).toMatchObject({
      'id asociación': ASSOC,
      asociación: ASSOC_NAME,
      estado: 'en mora',
      moneda: 'PEN',
      'capital desembolsado': '1200.00',
      'saldo de capital': decimal(loan.principalOutstanding),
      'capital pagado': decimal(loan.principalRepaid),
      'interés pagado': decimal(loan.interestPaid),
      'moras pagadas': '0.00',
      castigado: '0.00',
      'días de atraso': String(loan.daysPastDue),
      'fecha de desembolso': '2026-03-01',
    });
    expect(Number(row['capital pagado']) + Number(row['interés pagado'])).toBeCloseTo(312.34, 2);
    expect(loan.status).toBe('in_arrears');
    expect(loan.daysPastDue).toBeGreaterThan(0);
    // The first installment (S/ 312.00) is paid; S/ 0.34 went to the second, due 2026-05-01.
    expect([row['próximo vencimiento'], row['monto próxima cuota']]).toEqual(['2026-05-01', '311.66']);
    const pending = page.rows.find((r) => r['préstamo'] === applied)!;
    expect(pending).toMatchObject({ estado: 'aprobado', 'fecha de desembolso': '', 'próximo vencimiento': '', 'saldo de capital': '0.00' });
  });

  it('speaks English with ?lang=en', async () => {
    const page = await getCsv(loansPath('lang=en'), fund.officer);
    expect(page.header.slice(0, 8)).toEqual([
      'loan id',
      'association id',
      'association',
      'status',
      'currency',
      'amount requested',
      'principal',
      'principal outstanding',
    ]);
    expect(page.rows.find((r) => r['loan id'] === disbursed)).toMatchObject({ status: 'in_arrears', association: ASSOC_NAME, principal: '1200.00' });
  });

  it('is paged by cursor across two pages with the Link header', async () => {
    const pages = await allPages(loansPath('limit=1'), fund.officer);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]!.rows).toHaveLength(1);
    expect(pages[0]!.res.headers.get('x-next-cursor')).toBeTruthy();
    const ids = pages.flatMap((p) => p.rows.map((r) => r['préstamo']));
    expect(ids.sort()).toEqual([disbursed, applied].sort());
  });
});

describe('who may export', () => {
  it('only the fund’s own staff: another fund’s staff and an association admin get 403, like the JSON routes', async () => {
    const other = await fundWithStaff(api, 'exports-other');
    const admin = await api.as('assoc-admin-exports', ['association_admin'], ASSOC);
    for (const token of [other.officer, other.approver, admin]) {
      for (const path of [ledgerPath('from=2026-01-01&to=2026-06-01'), loansPath(), `/v1/funds/${fund.fundId}/ledger`, `/v1/funds/${fund.fundId}/loans`]) {
        const res = await api.get(path, token);
        expect(res.status, path).toBe(403);
        expect(res.headers.get('content-type')).toBe('application/problem+json');
      }
    }
    expect((await api.call('GET', loansPath())).status).toBe(401);
  });
});

describe('the export column catalog', () => {
  it('is written in Spanish, Quechua (the Spanish headers) and English', () => {
    expectCompleteCatalog(EXPORT_COLUMNS);
    for (const texts of Object.values(EXPORT_COLUMNS)) expect(texts.qu).toBe(texts.es);
  });
});

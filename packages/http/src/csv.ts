import type { Context } from 'hono';

/**
 * CSV exports (RFC 4180) for spreadsheets: UTF-8 with a byte-order mark (Excel in Peru and Bolivia
 * otherwise reads it as Latin-1), CRLF line ends, a header row. A text cell that a spreadsheet would
 * run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`
 * (OWASP's CSV injection rule), unless it is a plain decimal number (`-50.00`); numbers are written as
 * they are. Money goes out as a plain decimal
 * (`minorToDecimal`) beside its currency, quantities as their exact decimal strings.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number (money from `minorToDecimal`, `-50.00`): a spreadsheet reads it as a number, nothing runs. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const line = (cells: readonly CsvCell[]) => cells.map(csvCell).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

/**
 * Answers a page of an export: `text/csv`, a download name, and the next page (if any) both as an
 * RFC 8288 `Link: <…>; rel="next"` and as `X-Next-Cursor`, since a CSV body has no room for a cursor.
 */
export function csvResponse(c: Context, fileName: string, body: string, nextCursor: string | undefined): Response {
  const headers: Record<string, string> = {
    'content-type': 'text/csv; charset=utf-8; header=present',
    'content-disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
  };
  if (nextCursor) {
    const next = new URL(c.req.url);
    next.searchParams.set('cursor', nextCursor);
    headers.link = `<${next.pathname}${next.search}>; rel="next"`;
    headers['x-next-cursor'] = nextCursor;
  }
  return c.body(body, 200, headers);
}

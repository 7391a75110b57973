import { csvCell, csvDocument } from '@ayni/http';
import { minorToDecimal } from '@ayni/core';
import { describe, expect, it } from 'vitest';

describe('CSV exports (RFC 4180, for spreadsheets)', () => {
  it('quotes what needs quoting, doubles quotes, and keeps formulas from running', () => {
    expect(csvCell('Queso andino')).toBe('Queso andino');
    expect(csvCell('Café Q’omer, Cusco')).toBe('"Café Q’omer, Cusco"');
    expect(csvCell('dijo "sí"')).toBe('"dijo ""sí"""');
    expect(csvCell('dos\nlíneas')).toBe('"dos\nlíneas"');
    expect(csvCell(' espacio')).toBe('" espacio"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+51 984 000 111')).toBe("'+51 984 000 111");
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('-50.00')).toBe('-50.00');
    expect(csvCell('-5+3')).toBe("'-5+3");
    expect(csvCell('-A1')).toBe("'-A1");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes a BOM, a header row and CRLF line ends', () => {
    expect(
      csvDocument(
        ['a', 'b'],
        [
          [1, 'x'],
          [2, 'y,z'],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n1,x\r\n2,"y,z"\r\n');
  });

  it('writes money as a plain decimal, never through a float', () => {
    expect(minorToDecimal(123_456, 'PEN')).toBe('1234.56');
    expect(minorToDecimal(-7, 'BOB')).toBe('-0.07');
    expect(minorToDecimal(9_007_199_254_740_991, 'USD')).toBe('90071992547409.91');
  });
});

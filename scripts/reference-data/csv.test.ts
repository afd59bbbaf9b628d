import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without type declarations
import { parseCsv, parseCsvRecords } from './csv.mjs';

describe('parseCsv', () => {
  it('keeps commas and doubled quotes inside quoted fields', () => {
    expect(parseCsv('a,b\n1,"x, y"\n2,"say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['1', 'x, y'],
      ['2', 'say "hi"'],
    ]);
  });

  it('accepts CRLF line ends, a byte-order mark and a missing final newline', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields', () => {
    expect(parseCsv('a,,c\n')).toEqual([['a', '', 'c']]);
  });

  it('rejects an unterminated quote and a row of another length, naming the line', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/Quote Not Closed/);
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow(/line 3/);
  });
});

describe('parseCsvRecords', () => {
  it('keys rows by the header and rejects ragged rows', () => {
    expect(parseCsvRecords('code,note\n01,"Nhập một phần diện tích, toàn bộ dân số"\n')).toEqual([
      { code: '01', note: 'Nhập một phần diện tích, toàn bộ dân số' },
    ]);
    expect(() => parseCsvRecords('a,b\n1\n')).toThrow(/line 2/);
  });
});

import { describe, expect, it } from 'vitest';
import { CSV_PROTECTED_STARTS } from '@/schema/csv-format';
import { escapeCsvCell, writeCsv } from './write-csv';

describe('escapeCsvCell', () => {
  it.each([
    ['=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@cmd', `"'@cmd"`],
    ['\tTab', `"'\tTab"`],
    ['\rCR', `"'\rCR"`],
    ['\nLF', `"'\nLF"`],
    ['\0NUL', `"'\0NUL"`],
    ["'quoted", `"''quoted"`],
    ["'", `"''"`],
  ])(
    'protects %j, which starts with a dangerous character, with a leading quote',
    (value, cell) => {
      expect(escapeCsvCell(value)).toBe(cell);
    },
  );

  it.each([
    ['', '""'],
    ['plain', '"plain"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['a,b', '"a,b"'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['a=b', '"a=b"'],
    ["it's", `"it's"`],
    [' =padded', '" =padded"'],
    ['😀👩‍👩‍👧', '"😀👩‍👩‍👧"'],
    ['𠀀 朱镕基 陶喆', '"𠀀 朱镕基 陶喆"'],
  ])('quotes %j and doubles its quotes', (value, cell) => {
    expect(escapeCsvCell(value)).toBe(cell);
  });

  it('protects a value whose dangerous character follows a doubled quote only by quoting', () => {
    expect(escapeCsvCell('"=1"')).toBe('"""=1"""');
  });

  it('protects exactly the characters of quality.md', () => {
    expect([...CSV_PROTECTED_STARTS].sort()).toEqual(
      ['=', '+', '-', '@', '\t', '\r', '\n', '\0', "'"].sort(),
    );
  });
});

describe('writeCsv', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(
      writeCsv([
        ['a', 'b'],
        ['c', '=d'],
      ]),
    ).toBe('\uFEFF"a","b"\r\n"c","\'=d"\r\n');
  });

  it('writes only the byte-order mark for no rows', () => {
    expect(writeCsv([])).toBe('\uFEFF');
  });
});

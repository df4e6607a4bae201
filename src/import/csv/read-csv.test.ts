import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv';

const cellsOf = (text: string) => readCsv(text).records.map((r) => r.cells);
const linesOf = (text: string) => readCsv(text).records.map((r) => r.line);

describe('readCsv', () => {
  it.each([
    [
      'quoted cells',
      '"a","b"\r\n"c","d"\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'unquoted cells',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'LF line ends',
      'a,b\nc,d\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'CR line ends',
      'a,b\rc,d\r',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'no final line break',
      'a,b\r\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['doubled quotes', '"say ""hi""",""""', [['say "hi"', '"']]],
    ['commas and line breaks in quotes', '"a,b","x\r\ny\nz"', [['a,b', 'x\r\ny\nz']]],
    ['empty cells', ',,\r\n""', [['', '', ''], ['']]],
    ['a trailing empty line', 'a\r\n\r\n', [['a'], ['']]],
    ['emoji and rare hanzi', '"😀",𠀀朱镕基,陶喆', [['😀', '𠀀朱镕基', '陶喆']]],
  ])('reads %s', (_name, text, cells) => {
    expect(readCsv(text).issues).toEqual([]);
    expect(cellsOf(text)).toEqual(cells);
  });

  it('reads an empty text as one record with one empty cell', () => {
    expect(cellsOf('')).toEqual([['']]);
  });

  it('counts the physical lines of quoted line breaks in the next records', () => {
    const text = 'h\r\n"a\r\nb"\r\n"c\nd\re"\r\nx\r\n';
    expect(linesOf(text)).toEqual([1, 2, 4, 7]);
  });

  it('gives each cell the line it starts on', () => {
    const { records } = readCsv('"a\nb","c"\n');
    expect(records[0]?.cellLines).toEqual([1, 2]);
  });

  it('reports an unterminated quote at the line and cell where it opens', () => {
    expect(readCsv('a,b\r\nc,"d\r\ne,f\r\n').issues).toEqual([
      { code: 'unterminated-quote', line: 2, cellIndex: 1 },
    ]);
  });

  it.each([
    ['a quote inside an unquoted cell', 'a,b"c\r\n', 1],
    ['text after a closing quote', 'a,"b"c\r\n', 1],
  ])('reports %s and reads on', (_name, text, cellIndex) => {
    const { issues, records } = readCsv(`${text}x,"y"\r\n`);
    expect(issues).toEqual([{ code: 'unexpected-quote', line: 1, cellIndex }]);
    expect(records[1]?.cells).toEqual(['x', 'y']);
  });

  it('lists every stray quote, not only the first', () => {
    expect(readCsv('a"\r\nb"\r\n"c"d').issues.map((i) => i.line)).toEqual([1, 2, 3]);
  });
});

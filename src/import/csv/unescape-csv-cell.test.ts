import { describe, expect, it } from 'vitest';
import { unescapeCsvCell } from './unescape-csv-cell';

describe('unescapeCsvCell', () => {
  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'+1", '+1'],
    ["'-1", '-1'],
    ["'@cmd", '@cmd'],
    ["'\tTab", '\tTab'],
    ["'\rCR", '\rCR'],
    ["'\nLF", '\nLF'],
    ["'\0", '\0'],
    ["''quoted", "'quoted"],
    ["''", "'"],
  ])('drops the protecting quote of %j', (cell, value) => {
    expect(unescapeCsvCell(cell)).toBe(value);
  });

  it.each(["'", "'plain", "it's", '=not protected', '', "'😀"])(
    'keeps %j, which the export never protects, as it is',
    (cell) => {
      expect(unescapeCsvCell(cell)).toBe(cell);
    },
  );
});

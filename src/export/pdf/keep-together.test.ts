import { describe, expect, it } from 'vitest';
import {
  estimateLines,
  estimateTableLines,
  headed,
  keepTogether,
  PAGE_LINES,
} from './keep-together';

describe('estimateLines', () => {
  it.each([
    { text: '', ems: 10, lines: 1 },
    { text: '一二三四五', ems: 5, lines: 1 },
    { text: '一二三四五六', ems: 5, lines: 2 },
    { text: 'abcdefghij', ems: 5, lines: 2 },
    { text: 'a\nb\nc', ems: 5, lines: 3 },
  ])('gives "$text" in $ems ems $lines line(s)', ({ text, ems, lines }) => {
    expect(estimateLines(text, ems)).toBe(lines);
  });

  it('counts a table row by its tallest cell, plus padding', () => {
    expect(
      estimateTableLines(
        [
          ['a', 'b\nc'],
          ['d', 'e'],
        ],
        10,
      ),
    ).toBe(3 + 2);
  });
});

describe('keepTogether', () => {
  it.each([
    { lines: 1, unbreakable: true },
    { lines: PAGE_LINES, unbreakable: true },
    { lines: PAGE_LINES + 1, unbreakable: false },
  ])('keeps a block of $lines lines together: $unbreakable', ({ lines, unbreakable }) => {
    expect(keepTogether(['a'], lines)).toEqual(
      unbreakable ? { stack: ['a'], unbreakable: true } : { stack: ['a'] },
    );
  });

  it('puts a heading in the first block when that block moves whole, else before it', () => {
    const short = keepTogether(['a'], 1);
    const long = keepTogether(['a'], PAGE_LINES + 1);
    expect(headed('H', [short, 'b'])).toEqual([{ stack: ['H', short], unbreakable: true }, 'b']);
    expect(headed('H', [long])).toEqual(['H', long]);
    expect(headed('H', [])).toEqual(['H']);
  });
});

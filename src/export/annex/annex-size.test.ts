import { describe, expect, it } from 'vitest';
import type { AnnexBlock } from './annex-model';
import {
  estimateLines,
  estimateTableLines,
  headed,
  heading,
  keepTogether,
  note,
  PAGE_LINES,
} from './annex-size';

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
    { lines: 1, keep: true },
    { lines: PAGE_LINES, keep: true },
    { lines: PAGE_LINES + 1, keep: false },
  ])('keeps a group of $lines lines together: $keep', ({ lines, keep }) => {
    expect(keepTogether([note('a')], lines)).toEqual({ kind: 'group', keep, blocks: [note('a')] });
  });

  it('puts a heading in the first group when that group is kept together, else before it', () => {
    const title: AnnexBlock = heading('H', 1);
    const short = keepTogether([note('a')], 1);
    const long = keepTogether([note('a')], PAGE_LINES + 1);
    expect(headed(title, [short, note('b')])).toEqual([
      { kind: 'group', keep: true, blocks: [title, short] },
      note('b'),
    ]);
    expect(headed(title, [long])).toEqual([title, long]);
    expect(headed(title, [])).toEqual([title]);
  });
});

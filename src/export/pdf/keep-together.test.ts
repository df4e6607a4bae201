import { describe, expect, it } from 'vitest';
import { PAGE_LINES } from '@/export/annex/annex-size';
import { keepTogether } from './keep-together';

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
});

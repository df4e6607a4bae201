import { describe, expect, it } from 'vitest';
import { cellKey, isSameCell } from './cell-ref';

const A = { engagementId: 'e|1', rowId: 'facility', role: 'customer' } as const;

describe('cell references', () => {
  it('gives distinct keys even to ids holding separators', () => {
    expect(cellKey(A)).not.toBe(
      cellKey({ engagementId: 'e', rowId: '1|facility', role: 'customer' }),
    );
  });

  it.each([
    { a: A, b: { ...A }, same: true },
    { a: A, b: { ...A, role: 'provider' as const }, same: false },
    { a: A, b: null, same: false },
    { a: null, b: null, same: false },
  ])('tells whether two references name the same cell ($same)', ({ a, b, same }) => {
    expect(isSameCell(a, b)).toBe(same);
  });
});

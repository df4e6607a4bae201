import { describe, expect, it } from 'vitest';
import { trailerEntries, xrefRows } from './write-pdf';

describe('xrefRows', () => {
  it('writes a free head, offsets of direct objects and places of packed ones, 7 bytes a row', () => {
    const rows = xrefRows(
      4,
      new Map([[1, 0x01020304]]),
      new Map([[2, { streamId: 3, index: 258 }]]),
    );
    expect([...rows]).toEqual([
      ...[0, 0, 0, 0, 0, 0xff, 0xff],
      ...[1, 1, 2, 3, 4, 0, 0],
      ...[2, 0, 0, 0, 3, 1, 2],
      ...[0, 0, 0, 0, 0, 0, 0],
    ]);
  });
});

describe('trailerEntries', () => {
  it('keeps the root, info and file identifier and drops the old size', () => {
    const trailer = '<<\n/Size 2317\n/Root 3 0 R\n/Info 2307 0 R\n/ID [<fc58> <fc58>]\n>>';
    expect(trailerEntries(trailer)).toBe('/Root 3 0 R\n/Info 2307 0 R\n/ID [<fc58> <fc58>]');
  });
});

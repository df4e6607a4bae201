import { describe, expect, it } from 'vitest';
import { jsonEqual, mergeJson } from './merge-json';

const cell = (rowId: string, reason: string) => ({
  engagementId: 'e1',
  rowId,
  role: 'customer',
  reason,
});

describe('mergeJson', () => {
  it.each([
    [
      'takes a change made on one side only',
      { a: 1, b: 1 },
      { a: 2, b: 1 },
      { a: 1, b: 1 },
      { a: 2, b: 1 },
    ],
    [
      'takes changes to different fields from both sides',
      { a: 1, b: 1 },
      { a: 2, b: 1 },
      { a: 1, b: 3 },
      { a: 2, b: 3 },
    ],
    ['takes a change both sides made alike once', { a: 1 }, { a: 2 }, { a: 2 }, { a: 2 }],
    [
      'keeps records both sides added to a list of records',
      { list: [{ id: 'x' }] },
      { list: [{ id: 'x' }, { id: 'm' }] },
      { list: [{ id: 'x' }, { id: 't' }] },
      { list: [{ id: 'x' }, { id: 't' }, { id: 'm' }] },
    ],
    [
      'merges overrides of different cells (named by their cell, not an id)',
      { overrides: [] },
      { overrides: [cell('data', 'mine')] },
      { overrides: [cell('facility', 'theirs')] },
      { overrides: [cell('facility', 'theirs'), cell('data', 'mine')] },
    ],
    [
      'removes a record one side removed and the other left alone',
      { list: [{ id: 'x' }, { id: 'y' }] },
      { list: [{ id: 'y' }] },
      { list: [{ id: 'x' }, { id: 'y', n: 1 }] },
      { list: [{ id: 'y', n: 1 }] },
    ],
  ])('%s', (_name, base, mine, theirs, expected) => {
    expect(mergeJson(base, mine, theirs)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['a field both sides changed differently', { a: 1 }, { a: 2 }, { a: 3 }, '.a'],
    [
      'the same cell both sides changed differently',
      { overrides: [cell('data', 'base')] },
      { overrides: [cell('data', 'mine')] },
      { overrides: [cell('data', 'theirs')] },
      '.overrides',
    ],
    [
      'a record one side removed and the other changed',
      { list: [{ id: 'x', n: 0 }] },
      { list: [] },
      { list: [{ id: 'x', n: 1 }] },
      '.list',
    ],
    [
      'a list of plain values both sides changed',
      { roles: ['a'] },
      { roles: ['a', 'b'] },
      { roles: [] },
      '.roles',
    ],
  ])('reports a conflict for %s', (_name, base, mine, theirs, path) => {
    const result = mergeJson(base, mine, theirs);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.conflicts[0]).toContain(path);
  });

  it('compares JSON values by content', () => {
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
  });
});

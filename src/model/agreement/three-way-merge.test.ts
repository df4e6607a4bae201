import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-content';
import type { ContentItems } from './content-items';
import { mergeThreeWay } from './three-way-merge';

const KEYS = ['contract/title', 'cell/e/a/customer', 'cell/e/b/provider', 'channel/1', 'party/p'];
// A side: the base with some items changed, removed or added.
const itemsArb = fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom('a', 'b', 'c'), {
  maxKeys: KEYS.length,
});
const toMap = (record: Record<string, string>): ContentItems => new Map(Object.entries(record));
const value = (items: ContentItems, key: string) =>
  items.has(key) ? canonicalJson(items.get(key)) : undefined;

describe('three-way merge of the agreed content', () => {
  it.each([
    ['only theirs changed', { t: 'a' }, { t: 'a' }, { t: 'b' }, 'theirs', 'b'],
    ['only mine changed', { t: 'a' }, { t: 'c' }, { t: 'a' }, 'mine', 'c'],
    ['both changed differently', { t: 'a' }, { t: 'c' }, { t: 'b' }, 'conflict', 'c'],
    ['theirs removed it', { t: 'a' }, { t: 'a' }, {}, 'theirs', undefined],
    ['theirs added it', {}, {}, { t: 'b' }, 'theirs', '"b"'],
  ])('when %s', (_, base, mine, theirs, side, merged) => {
    const result = mergeThreeWay(toMap(base), toMap(mine), toMap(theirs));
    expect(result.changes.map((c) => c.side)).toEqual([side]);
    const expected =
      merged === undefined ? undefined : merged.startsWith('"') ? merged : `"${merged}"`;
    expect(value(result.merged, 't')).toBe(expected);
  });

  it('lists nothing when both sides made the same change', () => {
    expect(mergeThreeWay(toMap({ t: 'a' }), toMap({ t: 'b' }), toMap({ t: 'b' })).changes).toEqual(
      [],
    );
  });

  it('without a base, counts every difference as theirs', () => {
    const result = mergeThreeWay(null, toMap({ t: 'a', u: 'x' }), toMap({ t: 'b' }));
    expect(result.changes.map((c) => [c.key, c.side])).toEqual([
      ['t', 'theirs'],
      ['u', 'theirs'],
    ]);
  });

  it('loses nothing: each item merged is mine, theirs, or listed as a change', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, itemsArb, (b, m, t) => {
        const [base, mine, theirs] = [toMap(b), toMap(m), toMap(t)];
        const { changes, merged } = mergeThreeWay(base, mine, theirs);
        const listed = new Map(changes.map((c) => [c.key, c]));
        for (const key of KEYS) {
          const change = listed.get(key);
          if (!change) expect(value(merged, key)).toBe(value(mine, key));
          else if (change.side === 'theirs') expect(value(merged, key)).toBe(value(theirs, key));
          else expect(value(merged, key)).toBe(value(mine, key));
          // Every difference between the sides is listed; every listed change is a difference.
          expect(listed.has(key)).toBe(value(mine, key) !== value(theirs, key));
        }
      }),
    );
  });

  it('applies no change twice: merging the result again changes nothing more', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, itemsArb, (b, m, t) => {
        const [base, mine, theirs] = [toMap(b), toMap(m), toMap(t)];
        const once = mergeThreeWay(base, mine, theirs).merged;
        const twice = mergeThreeWay(base, once, theirs);
        for (const key of KEYS) expect(value(twice.merged, key)).toBe(value(once, key));
        expect(twice.changes.every((c) => c.side !== 'theirs')).toBe(true);
      }),
    );
  });

  it('detects conflicts symmetrically', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, itemsArb, (b, m, t) => {
        const [base, mine, theirs] = [toMap(b), toMap(m), toMap(t)];
        const conflicts = (x: ContentItems, y: ContentItems) =>
          mergeThreeWay(base, x, y)
            .changes.filter((c) => c.side === 'conflict')
            .map((c) => c.key);
        expect(conflicts(mine, theirs)).toEqual(conflicts(theirs, mine));
        const sides = (x: ContentItems, y: ContentItems) =>
          mergeThreeWay(base, x, y).changes.map((c) => [c.key, c.side]);
        const swapped = sides(theirs, mine).map(([k, s]) => [
          k,
          s === 'mine' ? 'theirs' : s === 'theirs' ? 'mine' : s,
        ]);
        expect(sides(mine, theirs)).toEqual(swapped);
      }),
    );
  });
});

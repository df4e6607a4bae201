import { canonicalJson } from './canonical-content';
import type { ContentItems } from './content-items';

/**
 * Who changed an item against the base: only the other side ("theirs"), only this side ("mine"),
 * or both in different ways ("conflict"). Items both sides changed the same way are not listed.
 */
export type ChangeSide = 'theirs' | 'mine' | 'conflict';

/** One item on which the two sides differ, with its value in the base and on each side. */
export interface ItemChange {
  readonly key: string;
  readonly side: ChangeSide;
  /** Absent means the item does not exist there (added or removed). */
  readonly base?: unknown;
  readonly mine?: unknown;
  readonly theirs?: unknown;
}

/** The merge of two versions against their base: the differences and what merges without a choice. */
export interface MergeResult {
  readonly changes: readonly ItemChange[];
  /** Mine with every change only theirs made applied; conflicts keep mine until someone decides. */
  readonly merged: ContentItems;
}

const same = (a: unknown, b: unknown, hasA: boolean, hasB: boolean) =>
  hasA === hasB && (!hasA || canonicalJson(a) === canonicalJson(b));

function describeChange(key: string, side: ChangeSide, sides: readonly (ContentItems | null)[]) {
  const [base, mine, theirs] = sides;
  const change: { -readonly [K in keyof ItemChange]: ItemChange[K] } = { key, side };
  if (base?.has(key)) change.base = base.get(key);
  if (mine?.has(key)) change.mine = mine.get(key);
  if (theirs?.has(key)) change.theirs = theirs.get(key);
  return change;
}

/**
 * Three-way merge of item sets. With no base (the sides share no known version) every difference
 * counts as theirs: the user decides each one, and nothing of theirs is taken without a decision
 * other than through `merged`, which then equals theirs for those items.
 */
export function mergeThreeWay(
  base: ContentItems | null,
  mine: ContentItems,
  theirs: ContentItems,
): MergeResult {
  const reference = base ?? mine;
  const keys = [...new Set([...reference.keys(), ...mine.keys(), ...theirs.keys()])].sort();
  const changes: ItemChange[] = [];
  const merged = new Map(mine);
  for (const key of keys) {
    const has = [reference.has(key), mine.has(key), theirs.has(key)];
    const [b, m, t] = [reference.get(key), mine.get(key), theirs.get(key)];
    if (same(m, t, has[1] as boolean, has[2] as boolean)) continue;
    const mineChanged = !same(b, m, has[0] as boolean, has[1] as boolean);
    const theirsChanged = !same(b, t, has[0] as boolean, has[2] as boolean);
    const side: ChangeSide =
      mineChanged && theirsChanged ? 'conflict' : mineChanged ? 'mine' : 'theirs';
    changes.push(describeChange(key, side, [base, mine, theirs]));
    if (side === 'theirs') {
      if (has[2]) merged.set(key, t);
      else merged.delete(key);
    }
  }
  return { changes, merged };
}

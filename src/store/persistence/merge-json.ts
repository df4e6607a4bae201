/** A value as JSON has it: what saved workspaces are made of. */
type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** The result of a three-way merge: the merged value, or the paths both sides changed differently. */
export type MergeResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly conflicts: readonly string[] };

/** Whether two JSON values are the same. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const rb = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => k in rb && jsonEqual((a as never)[k], rb[k]));
}

const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// The parts of a record that name it. Overrides and RACI entries have no id: their cell is their name.
const KEY_FIELDS = ['id', 'engagementId', 'rowId', 'role', 'departmentId'] as const;

function keyOf(item: unknown): string | null {
  if (!isObject(item)) return null;
  const parts = KEY_FIELDS.map((f) => item[f]);
  if (parts.every((p) => p === undefined)) return null;
  return parts.every((p) => p === undefined || typeof p === 'string')
    ? JSON.stringify(parts)
    : null;
}

/** Lists of records with names (ids, or cells) merge record by record; other lists are one value. */
function keyedList(list: unknown): Map<string, unknown> | null {
  if (!Array.isArray(list)) return null;
  const map = new Map<string, unknown>();
  for (const item of list) {
    const key = keyOf(item);
    if (key === null || map.has(key)) return null;
    map.set(key, item);
  }
  return map;
}

function mergeAt(base: unknown, mine: unknown, theirs: unknown, path: string, out: string[]) {
  if (jsonEqual(mine, theirs) || jsonEqual(base, theirs)) return mine;
  if (jsonEqual(base, mine)) return theirs;
  if (isObject(base) && isObject(mine) && isObject(theirs)) {
    const merged: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const value = mergeAt(base[key], mine[key], theirs[key], `${path}.${key}`, out);
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }
  const [b, m, t] = [keyedList(base ?? []), keyedList(mine), keyedList(theirs)];
  if (b && m && t) return mergeList(b, m, t, mine as unknown[], theirs as unknown[], path, out);
  out.push(path || '.');
  return mine;
}

function mergeList(
  base: Map<string, unknown>,
  mine: Map<string, unknown>,
  theirs: Map<string, unknown>,
  mineOrder: readonly unknown[],
  theirOrder: readonly unknown[],
  path: string,
  out: string[],
): unknown[] {
  // Their order first, then what only this side added, in this side's order.
  const keys = [
    ...theirOrder.map((item) => keyOf(item) as string),
    ...mineOrder.map((item) => keyOf(item) as string).filter((k) => !theirs.has(k)),
  ];
  const merged: unknown[] = [];
  for (const key of keys) {
    const value = mergeAt(base.get(key), mine.get(key), theirs.get(key), `${path}[${key}]`, out);
    if (value !== undefined) merged.push(value);
  }
  return merged;
}

/**
 * Merges two versions of a JSON document made from one base, as two tabs' edits are: a change on
 * one side only is taken, a change both sides made alike is taken once, and a part both sides
 * changed differently (or one changed and the other removed) is a conflict. Lists of named records
 * (by id, or by cell) merge record by record, so edits to different records never conflict.
 */
export function mergeJson(base: unknown, mine: unknown, theirs: unknown): MergeResult {
  const conflicts: string[] = [];
  const value = mergeAt(base, mine, theirs, '', conflicts);
  return conflicts.length === 0 ? { ok: true, value } : { ok: false, conflicts };
}

import type { CustomIssueDetail } from './custom-issue';
import { describeValue } from './describe-value';
import { isLooseRecord, type LooseRecord, looseItems, looseString } from './loose-records';

/** A path relative to the workspace. */
export type Path = readonly PropertyKey[];

/** Receives one issue at a path relative to the workspace. */
export type ReportIssue = (path: Path, detail: CustomIssueDetail) => void;

/** An item of a list with its path. */
export type Located = readonly [item: LooseRecord, path: Path];

/** The object items of `record[key]` (at `base`) with their paths; see `looseItems`. */
export function itemsAt(record: unknown, key: string, max: number, base: Path = []): Located[] {
  return looseItems(record, key, max).map(([item, index]) => [item, [...base, key, index]]);
}

/** Reports, at its `id`, every item whose id was seen earlier in the list. */
export function reportDuplicateIds(items: readonly Located[], report: ReportIssue): void {
  const ids = new Set<string>();
  for (const [item, path] of items) {
    const id = looseString(item, 'id');
    if (id === undefined) continue;
    if (ids.has(id)) report([...path, 'id'], { code: 'duplicate-id', received: describeValue(id) });
    ids.add(id);
  }
}

/**
 * The items of `record[key]` by id, or undefined when the list or any id in it cannot be read:
 * references into a broken list are not checked, because its own issues say more.
 */
export function readById(
  record: unknown,
  key: string,
  max: number,
): ReadonlyMap<string, LooseRecord> | undefined {
  const list = isLooseRecord(record) ? record[key] : undefined;
  if (!Array.isArray(list) || list.length > max) return undefined;
  const byId = new Map<string, LooseRecord>();
  for (const item of list as unknown[]) {
    const id = looseString(item, 'id');
    if (!isLooseRecord(item) || id === undefined) return undefined;
    if (!byId.has(id)) byId.set(id, item);
  }
  return byId;
}

/** Reports a string reference that is not a key of `known` (when `known` could be read). */
export function checkReference(
  value: unknown,
  path: Path,
  known: ReadonlyMap<string, unknown> | undefined,
  expected: string,
  report: ReportIssue,
): void {
  if (known && typeof value === 'string' && !known.has(value)) {
    report(path, { code: 'unknown-reference', expected, received: describeValue(value) });
  }
}

// Reference checks run even when parts of the workspace failed their schema (so every issue is
// listed at once); these readers take what is well formed and skip the rest, which already has
// its own issue.

/** A value read as an object with unknown fields. */
export type LooseRecord = Readonly<Record<string, unknown>>;

/** Whether a value is a non-array object. */
export function isLooseRecord(value: unknown): value is LooseRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The object items of `record[key]` with their indexes; nothing when it is not an array or is longer
 * than `max` (that has its own `too-many` issue, and must not multiply into one issue per item).
 */
export function looseItems(record: unknown, key: string, max: number): [LooseRecord, number][] {
  const list = isLooseRecord(record) ? record[key] : undefined;
  if (!Array.isArray(list) || list.length > max) return [];
  const items: [LooseRecord, number][] = [];
  list.forEach((item: unknown, index) => {
    if (isLooseRecord(item)) items.push([item, index]);
  });
  return items;
}

/** `record[key]` when it is a string. */
export function looseString(record: unknown, key: string): string | undefined {
  const value = isLooseRecord(record) ? record[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

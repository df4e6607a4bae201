/** The median of a non-empty list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number;
/** Median, minimum and maximum of the runs; all null when there are none. */
export function summarise(
  runs: readonly number[],
): { median: number; min: number; max: number } | { median: null; min: null; max: null };
/** Rounds to a number of decimals. */
export function round(value: number, decimals?: number): number;

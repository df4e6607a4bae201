// Pure helpers: the median and range of a list of runs. No I/O, so the unit test can run them.

/** The median of a non-empty list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median, minimum and maximum of the runs; all null when there are none. */
export function summarise(runs) {
  if (runs.length === 0) return { median: null, min: null, max: null };
  for (const value of runs) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TypeError(`not a finite number: ${String(value)}`);
    }
  }
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs) };
}

/** Rounds to a number of decimals, so the JSON does not carry timer noise. */
export function round(value, decimals = 1) {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

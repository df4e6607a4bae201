import { LIMITS } from './limits';

/** The JSON-ish type name of a value, as an issue's `received` for a wrong type. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * A short rendering of a received value: primitives as themselves (long strings cut), containers by
 * their type, so an issue never carries a whole hostile payload.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > LIMITS.receivedLength
      ? `${value.slice(0, LIMITS.receivedLength)}…`
      : value;
  }
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint' ||
    value === null ||
    value === undefined
  ) {
    return String(value);
  }
  return describeType(value);
}

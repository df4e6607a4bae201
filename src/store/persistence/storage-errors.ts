/** Why the browser would not keep our data. */
export type StorageProblem = 'quota' | 'blocked' | 'unavailable';

const QUOTA_NAMES = ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'];
// Legacy DOMException codes for a full store: 22 in most browsers, 1014 in old Firefox.
const QUOTA_CODES = [22, 1014];
const BLOCKED_NAMES = ['SecurityError', 'NotAllowedError', 'InvalidStateError'];

/**
 * Sorts a storage error into what the user needs to know: storage is full, storage is blocked
 * (policies, private windows), or storage is not there at all.
 */
export function classifyStorageError(error: unknown): StorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? Number(error.code) : 0;
  if (QUOTA_NAMES.includes(name) || QUOTA_CODES.includes(code)) return 'quota';
  if (BLOCKED_NAMES.includes(name)) return 'blocked';
  return 'unavailable';
}

import type { SavedWorkspaceRecord } from './saved-record';

/** Where saved workspaces live: IndexedDB, localStorage as a fallback, or memory when neither works. */
export type StorageKind = 'indexedDB' | 'localStorage' | 'memory';

/** What a checked write did: written, or refused because another tab wrote a newer revision first. */
export type WriteOutcome = 'written' | 'conflict';

/**
 * The few operations the app needs from a key-value store. Values are raw (unknown) because what is
 * stored may come from older or newer versions of the app, or be damaged; readers validate it.
 * Every operation may throw a storage error (quota, security); callers classify it.
 */
export interface WorkspaceStorage {
  readonly kind: StorageKind;
  listRecords(): Promise<unknown[]>;
  readRecord(id: string): Promise<unknown>;
  /**
   * Writes a record only if the stored one is still at `expectedRevision` (null: there must be none),
   * in one transaction, so two tabs can never silently overwrite each other.
   */
  writeRecord(record: SavedWorkspaceRecord, expectedRevision: number | null): Promise<WriteOutcome>;
  deleteRecord(id: string): Promise<void>;
  /** Copies damaged data aside before anything else touches it; returns the backup's key. */
  writeBackup(id: string, raw: unknown, now: Date): Promise<string>;
  readSetting(key: string): Promise<unknown>;
  writeSetting(key: string, value: unknown): Promise<void>;
}

/** Key prefixes shared by the key-value backends. */
export const KEYS = {
  record: (id: string) => `workspace:${id}`,
  backup: (id: string, now: Date) => `backup:${id}:${now.toISOString()}`,
  setting: (key: string) => `setting:${key}`,
  recordPrefix: 'workspace:',
} as const;

/** The revision a stored value is at, or null when there is none (or it is unreadable). */
export function storedRevision(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || !('revision' in value)) return null;
  return typeof value.revision === 'number' ? value.revision : null;
}

import type { LibraryState } from './library-store';

/**
 * Asks the browser to keep our data even when space runs low (navigator.storage.persist), once, and
 * says whether it agreed; where it did not, the UI reminds the user to export a backup.
 */
export async function requestPersistence(): Promise<LibraryState['persistence']> {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager?.persist) return 'unsupported';
  try {
    const granted = (await manager.persisted?.()) || (await manager.persist());
    return granted ? 'granted' : 'not-granted';
  } catch {
    return 'not-granted';
  }
}

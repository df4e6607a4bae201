import type { LibraryActions } from './library-actions';
import type { PersistenceController } from './persistence-controller';

/** The running persistence, once storage is open. */
export interface Persistence {
  readonly controller: PersistenceController;
  readonly library: LibraryActions;
}

let current: Persistence | null = null;

/**
 * Where the UI finds the persistence actions. Kept apart from the code that opens storage, which
 * brings the schema with it and is loaded after first paint.
 */
export function getPersistence(): Persistence | null {
  return current;
}

/** Registers the persistence once storage is open. */
export function setPersistence(persistence: Persistence): void {
  current = persistence;
}

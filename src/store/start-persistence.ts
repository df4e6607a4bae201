import type { Workspace } from '@/model/workspace';
import { browserStorage } from './persistence/browser-storage';
import { createLibraryActions } from './persistence/library-actions';
import { useLibraryStore } from './persistence/library-store';
import { openStorage } from './persistence/open-storage';
import { createPersistenceController } from './persistence/persistence-controller';
import { setPersistence } from './persistence/persistence-handle';
import { rememberSavedWork } from './persistence/returning-visitor';
import { workspaceStore } from './use-workspace-store';

// Two tabs starting together must not both store the same closed tab's work.
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks
    ? (locks.request('srw-recover-unsaved-work', task) as unknown as Promise<T>)
    : task();
}

/**
 * Opens the browser's storage and the last workspace (or a new one from `fallback`), and keeps the
 * work saved from then on. Called once, at start. `commitTyping` puts text still being typed into
 * the workspace before a save or a merge. Says whether saved work was opened or a new workspace made.
 */
export async function startPersistence(
  fallback: Workspace,
  defaultName: string,
  commitTyping: () => void,
): Promise<'opened' | 'created'> {
  const { storage, problem } = await openStorage();
  useLibraryStore.setState({ storageKind: storage.kind, storageProblem: problem });
  const controller = createPersistenceController({
    storage,
    workspaceStore,
    libraryStore: useLibraryStore,
    localStorage: browserStorage('localStorage'),
    tabStorage: browserStorage('sessionStorage'),
    exclusive,
    commitTyping,
  });
  const library = createLibraryActions({
    storage,
    controller,
    workspaceStore,
    libraryStore: useLibraryStore,
  });
  setPersistence({ controller, library });
  const outcome = await controller.start(fallback, defaultName);
  if (storage.kind !== 'memory') rememberSavedWork();
  return outcome;
}

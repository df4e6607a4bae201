import type { Workspace } from '@/model/workspace';
import { createLibraryActions } from './persistence/library-actions';
import { useLibraryStore } from './persistence/library-store';
import { openStorage } from './persistence/open-storage';
import { createPersistenceController } from './persistence/persistence-controller';
import { setPersistence } from './persistence/persistence-handle';
import { rememberSavedWork } from './persistence/returning-visitor';
import { workspaceStore } from './use-workspace-store';

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Opens the browser's storage and the last workspace (or a new one from `fallback`), and keeps the
 * work saved from then on. Called once, at start.
 */
export async function startPersistence(fallback: Workspace, defaultName: string): Promise<void> {
  const { storage, problem } = await openStorage();
  useLibraryStore.setState({ storageKind: storage.kind, storageProblem: problem });
  const controller = createPersistenceController({
    storage,
    workspaceStore,
    libraryStore: useLibraryStore,
    localStorage: safeLocalStorage(),
  });
  const library = createLibraryActions({
    storage,
    controller,
    workspaceStore,
    libraryStore: useLibraryStore,
  });
  setPersistence({ controller, library });
  await controller.start(fallback, defaultName);
  if (storage.kind !== 'memory') rememberSavedWork();
}

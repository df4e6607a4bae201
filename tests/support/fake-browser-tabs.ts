import { createStore } from 'zustand/vanilla';
import { setResourceService } from '@/model/edit-engagements';
import type { Workspace } from '@/model/workspace';
import { createLibraryActions } from '@/store/persistence/library-actions';
import { INITIAL_LIBRARY_STATE, type LibraryState } from '@/store/persistence/library-store';
import { createMemoryStorage } from '@/store/persistence/memory-storage';
import { createPersistenceController } from '@/store/persistence/persistence-controller';
import type { TabMessage } from '@/store/persistence/tab-sync';
import type { WorkspaceStorage } from '@/store/persistence/workspace-storage';
import { createWorkspaceStore } from '@/store/workspace-store';
import { createFakeWebStorage } from './fake-web-storage';

/** Tabs of one browser: they share storage, localStorage and a message bus, as real tabs do. */
export function createBrowser(storage: WorkspaceStorage = createMemoryStorage([], 'indexedDB')) {
  const listeners = new Set<(m: TabMessage) => void>();
  const localStorage = createFakeWebStorage();
  let ids = 0;
  let tabs = 0;
  function openTab(tabStorage: WorkspaceStorage = storage) {
    const workspaceStore = createWorkspaceStore();
    const libraryStore = createStore<LibraryState>()(() => INITIAL_LIBRARY_STATE);
    let own: ((m: TabMessage) => void) | null = null;
    const controller = createPersistenceController({
      storage: tabStorage,
      workspaceStore,
      libraryStore,
      localStorage,
      debounceMs: 1,
      tabId: `tab-${++tabs}`,
      newId: () => `ws-${++ids}`,
      openSync: (onMessage) => {
        own = onMessage;
        listeners.add(onMessage);
        return {
          post: (m) => {
            for (const l of listeners) if (l !== own) l(m);
          },
          close: () => listeners.delete(onMessage),
        };
      },
    });
    const library = createLibraryActions({ storage, controller, workspaceStore, libraryStore });
    const edit = () =>
      workspaceStore
        .getState()
        .edit(
          setResourceService,
          'engagement-1',
          workspaceStore.getState().workspace.engagements[0]?.resourceService === 'paas'
            ? 'saas'
            : 'paas',
        );
    return { workspaceStore, libraryStore, controller, library, edit, lib: libraryStore.getState };
  }
  return { storage, localStorage, openTab };
}

/** A browser with two tabs, both started on the same (first) workspace, made by `fallback`. */
export async function startTwoTabs(fallback: () => Workspace) {
  const browser = createBrowser();
  const a = browser.openTab();
  const b = browser.openTab();
  await a.controller.start(fallback(), '');
  await b.controller.start(fallback(), '');
  return { browser, a, b };
}

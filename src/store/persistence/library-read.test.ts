import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createWorkspace } from '@/model/create-workspace';
import { createFakeWebStorage } from '../../../tests/support/fake-web-storage';
import { createWorkspaceStore } from '../workspace-store';
import { createLibraryActions } from './library-actions';
import { INITIAL_LIBRARY_STATE, type LibraryState } from './library-store';
import { createMemoryStorage } from './memory-storage';
import { createPersistenceController } from './persistence-controller';
import { KEYS } from './workspace-storage';

function openTab() {
  const storage = createMemoryStorage([], 'indexedDB');
  const workspaceStore = createWorkspaceStore();
  const libraryStore = createStore<LibraryState>()(() => INITIAL_LIBRARY_STATE);
  let ids = 0;
  const controller = createPersistenceController({
    storage,
    workspaceStore,
    libraryStore,
    localStorage: createFakeWebStorage(),
    debounceMs: 1,
    newId: () => `ws-${++ids}`,
    openSync: () => ({ post: () => undefined, close: () => undefined }),
  });
  const library = createLibraryActions({ storage, controller, workspaceStore, libraryStore });
  return { storage, workspaceStore, libraryStore, controller, library };
}

describe('library.read', () => {
  it('reads another saved workspace without opening it', async () => {
    const tab = openTab();
    const paas = createWorkspace({ resourceService: 'paas', mode: 'softwareDelivery' });
    await tab.controller.create('first', paas);
    await tab.controller.create(
      'second',
      createWorkspace({ resourceService: 'saas', mode: 'cloudService' }),
    );
    const open = tab.workspaceStore.getState().workspace;
    const before = [...tab.storage.entries];
    const read = await tab.library.read('ws-1');
    expect(read).toEqual({ kind: 'ok', workspace: paas });
    expect(tab.libraryStore.getState().current?.id).toBe('ws-2');
    expect(tab.workspaceStore.getState().workspace).toBe(open);
    expect([...tab.storage.entries]).toEqual(before);
  });

  it.each([
    ['missing', undefined],
    ['corrupt', { id: 'ws-9', name: 'x', revision: 1, updatedAt: '', shared: false, document: 1 }],
  ] as const)('says when a workspace is %s, and starts no recovery', async (kind, stored) => {
    const tab = openTab();
    if (stored) tab.storage.entries.set(KEYS.record('ws-9'), stored);
    expect(await tab.library.read('ws-9')).toEqual({ kind });
    expect(tab.libraryStore.getState().phase).toBe('starting');
    expect(tab.libraryStore.getState().recovery).toBeNull();
  });
});

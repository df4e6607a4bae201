import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createWorkspace } from '@/model/create-workspace';
import { DELIVERY_MODES } from '@/model/delivery-modes';
import { setDeliveryMode, setResourceService } from '@/model/edit-engagements';
import { replaceWorkspace } from '@/model/replace-workspace';
import { RESOURCE_SERVICE_TYPES } from '@/model/service-types';
import type { Workspace } from '@/model/workspace';
import { createFakeWebStorage } from '../../../tests/support/fake-web-storage';
import { createWorkspaceStore } from '../workspace-store';
import { createLibraryActions } from './library-actions';
import { INITIAL_LIBRARY_STATE, type LibraryState } from './library-store';
import { createMemoryStorage } from './memory-storage';
import { createPersistenceController } from './persistence-controller';

const FALLBACK = createWorkspace({ resourceService: 'iaas', mode: 'cloudService' });

/** The simple model: named workspaces, the open one, and its undo history since it was opened. */
interface Model {
  workspaces: Map<string, { name: string; workspace: Workspace; touched: number }>;
  currentId: string;
  past: Workspace[];
  future: Workspace[];
}

type Step =
  | { kind: 'edit-type'; value: (typeof RESOURCE_SERVICE_TYPES)[number] }
  | { kind: 'edit-mode'; value: (typeof DELIVERY_MODES)[number] }
  | { kind: 'undo' }
  | { kind: 'rename'; name: string }
  | { kind: 'import'; value: (typeof RESOURCE_SERVICE_TYPES)[number] }
  | { kind: 'create' }
  | { kind: 'delete' }
  | { kind: 'reload' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('edit-type' as const),
    value: fc.constantFrom(...RESOURCE_SERVICE_TYPES),
  }),
  fc.record({ kind: fc.constant('edit-mode' as const), value: fc.constantFrom(...DELIVERY_MODES) }),
  fc.constant({ kind: 'undo' as const }),
  fc.record({ kind: fc.constant('rename' as const), name: fc.string({ maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('import' as const),
    value: fc.constantFrom(...RESOURCE_SERVICE_TYPES),
  }),
  fc.constant({ kind: 'create' as const }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'reload' as const }),
);

function openBrowser() {
  const storage = createMemoryStorage([], 'indexedDB');
  const localStorage = createFakeWebStorage();
  let clock = 0;
  let ids = 0;
  const openTab = () => {
    const workspaceStore = createWorkspaceStore();
    const libraryStore = createStore<LibraryState>()(() => INITIAL_LIBRARY_STATE);
    const controller = createPersistenceController({
      storage,
      workspaceStore,
      libraryStore,
      localStorage,
      debounceMs: 0,
      now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++clock)),
      newId: () => `w${++ids}`,
      openSync: () => ({ post: () => {}, close: () => {} }),
    });
    const library = createLibraryActions({ storage, controller, workspaceStore, libraryStore });
    return { workspaceStore, libraryStore, controller, library };
  };
  return { openTab, tick: () => clock };
}

function edit(model: Model, next: Workspace): void {
  const entry = model.workspaces.get(model.currentId);
  if (!entry || next === entry.workspace) return;
  model.past.push(entry.workspace);
  model.future = [];
  entry.workspace = next;
}

describe('persistence against a simple model', () => {
  it('ends every sequence of edit, undo, rename, import, create, delete and reload in the model’s state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const browser = openBrowser();
        let tab = browser.openTab();
        await tab.controller.start(FALLBACK, '');
        const model: Model = {
          workspaces: new Map([['w1', { name: '', workspace: FALLBACK, touched: browser.tick() }]]),
          currentId: 'w1',
          past: [],
          future: [],
        };
        for (const s of steps) {
          const entry = model.workspaces.get(model.currentId);
          if (!entry) throw new Error('model lost its current workspace');
          const engagementId = entry.workspace.engagements[0]?.id ?? '';
          const store = tab.workspaceStore.getState();
          if (s.kind === 'edit-type') {
            store.edit(setResourceService, engagementId, s.value);
            edit(model, setResourceService(entry.workspace, engagementId, s.value));
          } else if (s.kind === 'edit-mode') {
            store.edit(setDeliveryMode, engagementId, s.value);
            edit(model, setDeliveryMode(entry.workspace, engagementId, s.value));
          } else if (s.kind === 'undo') {
            store.undo();
            const previous = model.past.pop();
            if (previous) {
              model.future.unshift(entry.workspace);
              entry.workspace = previous;
            }
          } else if (s.kind === 'rename') {
            await tab.library.rename(model.currentId, s.name);
            entry.name = s.name;
          } else if (s.kind === 'import') {
            const imported = createWorkspace({
              resourceService: s.value,
              mode: 'softwareDelivery',
            });
            store.edit(replaceWorkspace, imported);
            edit(model, imported);
          } else if (s.kind === 'create') {
            const id = await tab.controller.create('', FALLBACK);
            model.workspaces.set(id ?? '', {
              name: '',
              workspace: FALLBACK,
              touched: browser.tick(),
            });
            model.currentId = id ?? '';
            model.past = [];
            model.future = [];
          } else if (s.kind === 'delete') {
            await tab.controller.flush();
            await tab.library.remove(model.currentId, '', FALLBACK);
            model.workspaces.delete(model.currentId);
            model.past = [];
            model.future = [];
            model.currentId = tab.libraryStore.getState().current?.id ?? '';
            if (!model.workspaces.has(model.currentId)) {
              model.workspaces.set(model.currentId, {
                name: '',
                workspace: FALLBACK,
                touched: browser.tick(),
              });
            }
          } else {
            await tab.controller.flush();
            tab.controller.close();
            tab = browser.openTab();
            await tab.controller.start(FALLBACK, '');
            model.past = [];
            model.future = [];
          }
          await tab.controller.flush();
          const current = model.workspaces.get(model.currentId);
          expect(tab.libraryStore.getState().current?.id).toBe(model.currentId);
          expect(tab.libraryStore.getState().current?.name).toBe(current?.name);
          expect(tab.workspaceStore.getState().workspace).toEqual(current?.workspace);
          expect(
            tab.libraryStore
              .getState()
              .summaries.map((x) => x.id)
              .sort(),
          ).toEqual([...model.workspaces.keys()].sort());
        }
      }),
      { numRuns: 60 },
    );
  });
});

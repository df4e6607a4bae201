import type { StoreApi } from 'zustand';
import type { Workspace } from '@/model/workspace';
import { EMPTY_HISTORY } from '../history';
import type { WorkspaceState } from '../workspace-store';
import {
  clearEmergencySnapshot,
  takeEmergencySnapshots,
  writeEmergencySnapshot,
} from './emergency-snapshot';
import type { LibraryState } from './library-store';
import { recoverSnapshots } from './recover-snapshots';
import { requestPersistence } from './request-persistence';
import { makeRecord, readRecord, summariseRecord } from './saved-record';
import { classifyStorageError } from './storage-errors';
import { openTabSync, type TabMessage } from './tab-sync';
import type { WorkspaceStorage } from './workspace-storage';

/** What the controller needs from its surroundings; tests give fakes. */
export interface PersistenceDeps {
  readonly storage: WorkspaceStorage;
  readonly workspaceStore: StoreApi<WorkspaceState>;
  readonly libraryStore: StoreApi<LibraryState>;
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly localStorage?: Storage | undefined;
  readonly debounceMs?: number;
  readonly openSync?: typeof openTabSync;
}

/** Opening a workspace: done, or why not. */
export type OpenOutcome = 'opened' | 'newer' | 'corrupt' | 'missing' | 'failed';

const SETTING_LAST_OPENED = 'last-opened';

/**
 * Keeps the workspace of this tab in storage: autosave (debounced, flushed when the page is hidden),
 * checked writes so tabs never overwrite each other, live update from other tabs, and the list of
 * saved workspaces. Every storage failure is caught and shown as a save state; nothing is thrown.
 */
export function createPersistenceController(deps: PersistenceDeps) {
  const { storage, workspaceStore, libraryStore } = deps;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const debounceMs = deps.debounceMs ?? 400;
  const set = libraryStore.setState;
  const get = libraryStore.getState;
  let lastSaved: Workspace | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  const sync = (deps.openSync ?? openTabSync)((message) => void onTabMessage(message));

  const isDirty = () => get().current !== null && workspaceStore.getState().workspace !== lastSaved;

  async function refreshList(): Promise<void> {
    try {
      const raw = await storage.listRecords();
      const summaries = raw.flatMap((value) => summariseRecord(value) ?? []);
      summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      set({ summaries });
    } catch (error) {
      set({ storageProblem: classifyStorageError(error) });
    }
  }

  function showWorkspace(workspace: Workspace, current: LibraryState['current']): void {
    lastSaved = workspace;
    workspaceStore.setState({ workspace, history: EMPTY_HISTORY });
    // Memory keeps nothing past this tab, so it is never reported as saved.
    const save: LibraryState['save'] =
      storage.kind === 'memory' ? { kind: 'not-saved', reason: 'memory' } : { kind: 'saved' };
    set({ current, save, conflict: null, readOnly: false });
  }

  async function writeNew(
    name: string,
    workspace: Workspace,
    shared: boolean,
  ): Promise<string | null> {
    const id = newId();
    const record = makeRecord({ id, name, revision: 1, shared }, workspace, now());
    try {
      await storage.writeRecord(record, null);
      showWorkspace(workspace, { id, name, revision: 1, shared });
      await storage.writeSetting(SETTING_LAST_OPENED, id);
      sync.post({ type: 'listChanged' });
      await refreshList();
      return id;
    } catch (error) {
      const problem = classifyStorageError(error);
      // The work stays on screen, in memory, and the user is told it is not kept.
      showWorkspace(workspace, { id, name, revision: 0, shared });
      lastSaved = null;
      set({ storageProblem: problem, save: { kind: 'not-saved', reason: problem } });
      return null;
    }
  }

  async function saveNow(): Promise<void> {
    if (inFlight) await inFlight;
    const { current, readOnly, conflict } = get();
    if (!current || readOnly || conflict || !isDirty()) return;
    if (storage.kind === 'memory') {
      set({ save: { kind: 'not-saved', reason: 'memory' } });
      return;
    }
    const workspace = workspaceStore.getState().workspace;
    const record = makeRecord({ ...current, revision: current.revision + 1 }, workspace, now());
    set({ save: { kind: 'saving' } });
    inFlight = (async () => {
      try {
        const outcome = await storage.writeRecord(record, current.revision);
        if (outcome === 'conflict') {
          const theirs = summariseRecord(await storage.readRecord(current.id));
          set({
            conflict: { theirRevision: theirs?.revision ?? 0 },
            save: { kind: 'not-saved', reason: 'conflict' },
          });
          return;
        }
        lastSaved = workspace;
        clearEmergencySnapshot(current.id, deps.localStorage);
        set({ current: { ...current, revision: record.revision }, storageProblem: null });
        set({ save: isDirty() ? { kind: 'pending' } : { kind: 'saved' } });
        sync.post({ type: 'saved', id: current.id, revision: record.revision });
        if (get().persistence === 'unknown') {
          void requestPersistence().then((persistence) => set({ persistence }));
        }
      } catch (error) {
        const problem = classifyStorageError(error);
        set({ storageProblem: problem, save: { kind: 'not-saved', reason: problem } });
      }
    })();
    await inFlight;
    inFlight = null;
    if (isDirty() && get().save.kind === 'pending') schedule();
  }

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void saveNow();
    }, debounceMs);
  }

  async function open(id: string): Promise<OpenOutcome> {
    await flush();
    let raw: unknown;
    try {
      raw = await storage.readRecord(id);
    } catch (error) {
      set({ storageProblem: classifyStorageError(error) });
      return 'failed';
    }
    if (raw === undefined) return 'missing';
    const read = readRecord(raw);
    if (read.kind === 'newer') {
      set({ unopenable: { ...get().unopenable, [id]: 'newer' } });
      return 'newer';
    }
    if (read.kind === 'corrupt') {
      const backupKey = await storage.writeBackup(id, raw, now()).catch(() => '');
      set({ phase: 'recovery', recovery: { id, raw, issues: read.issues, backupKey } });
      set({ unopenable: { ...get().unopenable, [id]: 'corrupt' } });
      return 'corrupt';
    }
    const { record, workspace } = read;
    showWorkspace(workspace, {
      id,
      name: record.name,
      revision: record.revision,
      shared: record.shared,
    });
    await storage.writeSetting(SETTING_LAST_OPENED, id).catch(() => undefined);
    return 'opened';
  }

  async function onTabMessage(message: TabMessage): Promise<void> {
    await refreshList();
    if (message.type !== 'saved') return;
    const current = get().current;
    if (!current || message.id !== current.id || message.revision <= current.revision) return;
    if (isDirty() || get().save.kind === 'saving') {
      set({
        conflict: { theirRevision: message.revision },
        save: { kind: 'not-saved', reason: 'conflict' },
      });
      return;
    }
    const raw = await storage.readRecord(current.id).catch(() => undefined);
    const read = readRecord(raw);
    if (read.kind === 'ok') {
      lastSaved = read.workspace;
      workspaceStore.setState({ workspace: read.workspace });
      set({ current: { ...current, name: read.record.name, revision: read.record.revision } });
    } else if (read.kind === 'newer') {
      set({ readOnly: true, save: { kind: 'not-saved', reason: 'read-only' } });
    }
  }

  /** Writes pending edits now; when the page is going away, also keeps a synchronous snapshot. */
  async function flush(pageIsClosing = false): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    const { current, readOnly } = get();
    if (pageIsClosing && current && !readOnly && isDirty() && storage.kind !== 'memory') {
      const workspace = workspaceStore.getState().workspace;
      const record = makeRecord({ ...current, revision: current.revision + 1 }, workspace, now());
      writeEmergencySnapshot({ baseRevision: current.revision, record }, deps.localStorage);
    }
    await saveNow();
  }

  return {
    refreshList,
    open,
    flush,
    saveNow,
    /** Starts: applies work a closed tab left unsaved, then opens the last workspace or a new one. */
    async start(fallback: Workspace, defaultName: string): Promise<void> {
      await recoverSnapshots(storage, takeEmergencySnapshots(deps.localStorage), newId, now);
      await refreshList();
      const last = await storage.readSetting(SETTING_LAST_OPENED).catch(() => undefined);
      const summaries = get().summaries;
      const candidate = summaries.find((s) => s.id === last) ?? summaries[0];
      const outcome = candidate ? await open(candidate.id) : 'missing';
      if (outcome !== 'opened' && outcome !== 'corrupt')
        await writeNew(defaultName, fallback, false);
      if (get().phase === 'starting') set({ phase: 'ready' });
      workspaceStore.subscribe((state, previous) => {
        if (state.workspace === previous.workspace || state.workspace === lastSaved) return;
        if (get().save.kind !== 'not-saved') set({ save: { kind: 'pending' } });
        schedule();
      });
    },
    /** Creates a workspace from the given content and opens it. */
    async create(name: string, workspace: Workspace, shared = false): Promise<string | null> {
      await flush();
      return writeNew(name, workspace, shared);
    },
    /** Renames the open workspace; the new name is saved like any edit. */
    async renameCurrent(name: string): Promise<void> {
      const current = get().current;
      if (!current) return;
      set({ current: { ...current, name } });
      lastSaved = null;
      await saveNow();
    },
    /** Drops this tab's unsaved edits and shows the stored revision (after a conflict, at the user's word). */
    async reload(): Promise<OpenOutcome> {
      const current = get().current;
      if (!current) return 'missing';
      set({ conflict: null });
      lastSaved = workspaceStore.getState().workspace;
      return open(current.id);
    },
    /** Stops writing from this tab: the user chose to leave damaged or newer data untouched. */
    stayReadOnly(): void {
      set({ readOnly: true, save: { kind: 'not-saved', reason: 'read-only' } });
    },
    post: (message: TabMessage) => sync.post(message),
    close: () => sync.close(),
  };
}

/** The controller's actions. */
export type PersistenceController = ReturnType<typeof createPersistenceController>;

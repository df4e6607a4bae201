import type { StoreApi } from 'zustand';
import type { Workspace } from '@/model/workspace';
import { serialiseWorkspaceDocument } from '@/schema/serialise-workspace-document';
import { EMPTY_HISTORY } from '../history';
import type { WorkspaceState } from '../workspace-store';
import { clearEmergencySnapshot, writeEmergencySnapshot } from './emergency-snapshot';
import type { LibraryState } from './library-store';
import { mergeName, mergeWorkspaces } from './merge-workspaces';
import { recoverAllSnapshots } from './recover-snapshots';
import { requestPersistence } from './request-persistence';
import { makeRecord, readRecord, summariseRecord } from './saved-record';
import { classifyStorageError } from './storage-errors';
import { openTabSync, type TabMessage } from './tab-sync';
import { readTabWorkspace, rememberTabWorkspace } from './tab-workspace';
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
  /** Names this tab's snapshot; a random id by default. */
  readonly tabId?: string;
  /** Runs the start-up recovery alone among the tabs (the Web Locks API in a browser). */
  readonly exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Puts text still being typed into the workspace before it is saved or merged. */
  readonly commitTyping?: () => void;
  /** This tab's own storage (sessionStorage): which workspace it shows, so a reload reopens it. */
  readonly tabStorage?: Storage | undefined;
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
  const tabId = deps.tabId ?? globalThis.crypto.randomUUID();
  const exclusive = deps.exclusive ?? (<T>(task: () => Promise<T>) => task());
  const commitTyping = deps.commitTyping ?? (() => {});
  // The workspace and name as last stored from (or read into) this tab: the base of every merge.
  let lastSaved: Workspace | null = null;
  let savedName = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  // Whether this tab may have a snapshot in localStorage (written when its page was hidden).
  let snapshotKept = false;
  const sync = (deps.openSync ?? openTabSync)((message) => void onTabMessage(message));

  const isDirty = () => {
    const current = get().current;
    return (
      current !== null &&
      (workspaceStore.getState().workspace !== lastSaved || current.name !== savedName)
    );
  };

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
    savedName = current?.name ?? '';
    if (current) rememberTabWorkspace(deps.tabStorage, current.id);
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
    // Said at once: "All changes saved" of the workspace before must not stand for this one.
    set({ save: { kind: 'saving' } });
    try {
      await storage.writeRecord(record, null);
      await storage.writeSetting(SETTING_LAST_OPENED, id);
      await refreshList();
      // Shown as saved last, with no wait after it: what the caller does with the id (remember
      // which share link it came from) is done before the page can be left on seeing "saved".
      showWorkspace(workspace, { id, name, revision: 1, shared });
      sync.post({ type: 'listChanged' });
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

  /**
   * Merges what another tab saved into this tab's unsaved work: true when done (the workspace on
   * screen now holds both), false when both changed the same thing differently.
   */
  async function absorbTheirs(): Promise<boolean> {
    const raw = await storage.readRecord(get().current?.id ?? '').catch(() => undefined);
    const read = readRecord(raw);
    // Typing that went on while storage answered is this tab's work too: merged, not replaced.
    commitTyping();
    const current = get().current;
    if (read.kind !== 'ok' || !current || !lastSaved || read.record.id !== current.id) return false;
    if (read.record.revision <= current.revision) return true;
    const mine = workspaceStore.getState().workspace;
    const merged = mergeWorkspaces(lastSaved, mine, read.workspace);
    const name = mergeName(savedName, current.name, read.record.name);
    if (!merged || name === null) return false;
    lastSaved = read.workspace;
    savedName = read.record.name;
    set({ current: { ...current, name, revision: read.record.revision } });
    if (merged !== mine) workspaceStore.setState({ workspace: merged });
    return true;
  }

  function showConflict(theirRevision: number): void {
    set({ conflict: { theirRevision }, save: { kind: 'not-saved', reason: 'conflict' } });
  }

  async function writeOnce(): Promise<'done' | 'retry'> {
    const { current } = get();
    if (!current) return 'done';
    const workspace = workspaceStore.getState().workspace;
    const record = makeRecord({ ...current, revision: current.revision + 1 }, workspace, now());
    set({ save: { kind: 'saving' } });
    try {
      const outcome = await storage.writeRecord(record, current.revision);
      if (outcome === 'conflict') {
        if (await absorbTheirs()) return 'retry';
        const theirs = summariseRecord(await storage.readRecord(current.id));
        showConflict(theirs?.revision ?? 0);
        return 'done';
      }
      lastSaved = workspace;
      savedName = record.name;
      set({ current: { ...(get().current ?? current), revision: record.revision } });
      // A snapshot taken while this write was under way may hold newer work: kept, on the new base.
      if (snapshotKept && isDirty()) keepSnapshot();
      else {
        clearEmergencySnapshot(current.id, tabId, deps.localStorage);
        snapshotKept = false;
      }
      set({ storageProblem: null, save: isDirty() ? { kind: 'pending' } : { kind: 'saved' } });
      sync.post({ type: 'saved', id: current.id, revision: record.revision });
      if (get().persistence === 'unknown') {
        void requestPersistence().then((persistence) => set({ persistence }));
      }
    } catch (error) {
      const problem = classifyStorageError(error);
      set({ storageProblem: problem, save: { kind: 'not-saved', reason: problem } });
    }
    return 'done';
  }

  async function saveNow(): Promise<void> {
    if (inFlight) await inFlight;
    const { current, readOnly, conflict, save } = get();
    if (!current || readOnly || conflict) return;
    if (!isDirty()) {
      // A merge may have found this tab's edits already saved by another.
      if (save.kind === 'pending') set({ save: { kind: 'saved' } });
      return;
    }
    if (storage.kind === 'memory') {
      set({ save: { kind: 'not-saved', reason: 'memory' } });
      return;
    }
    inFlight = (async () => {
      // Each retry follows a merge with a newer save of another tab; a few are plenty.
      for (let attempt = 0; attempt < 5 && (await writeOnce()) === 'retry'; attempt++) {}
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
    if (inFlight) await inFlight;
    // Text still being typed counts as this tab's work, so it is merged rather than replaced.
    commitTyping();
    const current = get().current;
    if (!current || message.id !== current.id || message.revision <= current.revision) return;
    if (get().conflict || get().readOnly) return;
    // A clean tab takes the newer save; a tab with unsaved edits merges them into it and saves the
    // union. Only a true conflict (the same thing changed differently) asks the user.
    if (await absorbTheirs()) {
      if (isDirty()) schedule();
      return;
    }
    const read = readRecord(await storage.readRecord(current.id).catch(() => undefined));
    if (read.kind === 'newer')
      set({ readOnly: true, save: { kind: 'not-saved', reason: 'read-only' } });
    else if (read.kind === 'ok') showConflict(message.revision);
  }

  /** Stores the work every tab left in snapshots; one tab at a time, each snapshot removed once stored. */
  async function recoverAll(): Promise<void> {
    const copies = await recoverAllSnapshots(storage, deps.localStorage, exclusive, newId, now);
    if (copies.length === 0) return;
    set({ recovered: [...get().recovered, ...copies] });
    sync.post({ type: 'listChanged' });
  }

  /** Writes pending edits now; when the page is going away, also keeps a synchronous snapshot. */
  async function flush(pageIsClosing = false): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    commitTyping();
    const { current, readOnly } = get();
    if (pageIsClosing && current && !readOnly && isDirty() && storage.kind !== 'memory') {
      keepSnapshot();
    }
    await saveNow();
  }

  /** Writes this tab's unsaved work to its snapshot at once, with the stored revision it is based on. */
  function keepSnapshot(): void {
    const current = get().current;
    if (!current) return;
    const workspace = workspaceStore.getState().workspace;
    const record = makeRecord({ ...current, revision: current.revision + 1 }, workspace, now());
    const base = lastSaved
      ? { name: savedName, document: serialiseWorkspaceDocument(lastSaved) }
      : undefined;
    writeEmergencySnapshot(
      { baseRevision: current.revision, record, ...(base ? { base } : {}) },
      tabId,
      deps.localStorage,
    );
    snapshotKept = true;
  }

  return {
    refreshList,
    open,
    flush,
    saveNow,
    /** Starts: applies work a closed tab left unsaved, then opens the last workspace or a new one. */
    async start(fallback: Workspace, defaultName: string): Promise<'opened' | 'created'> {
      await recoverAll();
      await refreshList();
      // A reloaded tab reopens its own workspace; a new tab the one opened last in any tab.
      const own = readTabWorkspace(deps.tabStorage);
      const last = await storage.readSetting(SETTING_LAST_OPENED).catch(() => undefined);
      const summaries = get().summaries;
      const candidate =
        summaries.find((s) => s.id === own) ?? summaries.find((s) => s.id === last) ?? summaries[0];
      const outcome = candidate ? await open(candidate.id) : 'missing';
      const created = outcome !== 'opened' && outcome !== 'corrupt';
      if (created) await writeNew(defaultName, fallback, false);
      if (get().phase === 'starting') set({ phase: 'ready' });
      workspaceStore.subscribe((state, previous) => {
        if (state.workspace === previous.workspace || state.workspace === lastSaved) return;
        if (get().save.kind !== 'not-saved') set({ save: { kind: 'pending' } });
        schedule();
      });
      return created ? 'created' : 'opened';
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
      await saveNow();
    },
    /** Drops this tab's unsaved edits and shows the stored revision (after a conflict, at the user's word). */
    async reload(): Promise<OpenOutcome> {
      const current = get().current;
      if (!current) return 'missing';
      set({ conflict: null });
      lastSaved = workspaceStore.getState().workspace;
      savedName = current.name;
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

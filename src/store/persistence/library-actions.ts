import type { StoreApi } from 'zustand';
import type { Workspace } from '@/model/workspace';
import type { WorkspaceState } from '../workspace-store';
import type { LibraryState } from './library-store';
import type { PersistenceController } from './persistence-controller';
import { asRecord, readRecord, summariseRecord } from './saved-record';
import { classifyStorageError } from './storage-errors';
import type { WorkspaceStorage } from './workspace-storage';

interface LibraryDeps {
  readonly storage: WorkspaceStorage;
  readonly controller: PersistenceController;
  readonly workspaceStore: StoreApi<WorkspaceState>;
  readonly libraryStore: StoreApi<LibraryState>;
}

/** Managing the list of saved workspaces: rename, duplicate, delete with undo, and the recovery choices. */
export function createLibraryActions({
  storage,
  controller,
  workspaceStore,
  libraryStore,
}: LibraryDeps) {
  const get = libraryStore.getState;
  const set = libraryStore.setState;
  const fail = (error: unknown) => set({ storageProblem: classifyStorageError(error) });
  const changed = async () => {
    controller.post({ type: 'listChanged' });
    await controller.refreshList();
  };

  return {
    async rename(id: string, name: string): Promise<void> {
      if (get().current?.id === id) return controller.renameCurrent(name);
      try {
        const raw = await storage.readRecord(id);
        const summary = summariseRecord(raw);
        if (!summary || typeof raw !== 'object' || raw === null) return;
        await storage.writeRecord(
          { ...(raw as object), ...summary, name, revision: summary.revision + 1 } as never,
          summary.revision,
        );
        await changed();
      } catch (error) {
        fail(error);
      }
    },

    /** Copies a workspace under a new name and opens the copy. */
    async duplicate(id: string, name: string): Promise<void> {
      if (get().current?.id === id) {
        await controller.create(name, workspaceStore.getState().workspace);
        return;
      }
      const read = readRecord(await storage.readRecord(id).catch(() => undefined));
      if (read.kind === 'ok') await controller.create(name, read.workspace);
    },

    /** Deletes a workspace; it is kept in memory until the next deletion, so it can be undone. */
    async remove(
      id: string,
      fallbackName: string,
      fallback: WorkspaceState['workspace'],
    ): Promise<void> {
      try {
        const raw = await storage.readRecord(id);
        const summary = summariseRecord(raw);
        await storage.deleteRecord(id);
        if (summary) set({ lastDeleted: { summary, record: raw } });
        await changed();
        if (get().current?.id !== id) return;
        const next = get().summaries[0];
        const opened = next ? await controller.open(next.id) : 'missing';
        if (opened !== 'opened') await controller.create(fallbackName, fallback);
      } catch (error) {
        fail(error);
      }
    },

    /** Puts the last deleted workspace back and opens it. */
    async undoRemove(): Promise<void> {
      const deleted = get().lastDeleted;
      if (!deleted) return;
      const record = asRecord(deleted.record);
      if (!record) return;
      try {
        await storage.writeRecord(record, null);
        set({ lastDeleted: null });
        await changed();
        await controller.open(deleted.summary.id);
      } catch (error) {
        fail(error);
      }
    },

    /**
     * Reads a saved workspace without opening it (to compare with it): its content, or why it cannot
     * be used. Nothing is written and the open workspace stays open.
     */
    async read(
      id: string,
    ): Promise<
      { kind: 'ok'; workspace: Workspace } | { kind: 'newer' | 'corrupt' | 'missing' | 'failed' }
    > {
      try {
        const raw = await storage.readRecord(id);
        if (raw === undefined) return { kind: 'missing' };
        const read = readRecord(raw);
        return read.kind === 'ok' ? { kind: 'ok', workspace: read.workspace } : { kind: read.kind };
      } catch {
        return { kind: 'failed' };
      }
    },

    /** Every workspace that can be read, for a backup, and how many could not be (damaged or newer). */
    async readAll(): Promise<{
      items: { name: string; shared: boolean; workspace: Workspace }[];
      skipped: number;
    }> {
      await controller.flush();
      const raw = await storage.listRecords();
      const items: { name: string; shared: boolean; workspace: Workspace }[] = [];
      for (const value of raw) {
        const read = readRecord(value);
        if (read.kind === 'ok')
          items.push({
            name: read.record.name,
            shared: read.record.shared,
            workspace: read.workspace,
          });
      }
      return { items, skipped: raw.length - items.length };
    },

    /** Adds every workspace of a backup as a new workspace; if storage fails midway, the ones added are taken out again. */
    async restore(
      items: readonly { name: string; shared: boolean; workspace: Workspace }[],
    ): Promise<boolean> {
      const added: string[] = [];
      try {
        for (const item of items) {
          const id = await controller.create(item.name, item.workspace, item.shared);
          if (id === null) throw new Error('not saved');
          added.push(id);
        }
        return true;
      } catch {
        for (const id of added) await storage.deleteRecord(id).catch(() => undefined);
        await changed();
        return false;
      }
    },

    /** After a conflict: keeps this tab's version as a new workspace; the other tab's stays as it is. */
    async keepMineAsCopy(name: string): Promise<void> {
      set({ conflict: null });
      await controller.create(name, workspaceStore.getState().workspace);
    },

    /** Recovery: deletes the damaged record (its backup stays) and starts a new workspace. */
    async resetDamaged(name: string, fallback: WorkspaceState['workspace']): Promise<void> {
      const recovery = get().recovery;
      if (recovery) await storage.deleteRecord(recovery.id).catch(fail);
      set({ phase: 'ready', recovery: null });
      await controller.create(name, fallback);
    },

    /** Recovery: leaves the damaged record untouched and works in memory, writing nothing. */
    continueWithoutSaving(): void {
      set({ phase: 'ready', recovery: null, current: null });
      controller.stayReadOnly();
    },
  };
}

/** The library's actions. */
export type LibraryActions = ReturnType<typeof createLibraryActions>;

import { describe, expect, it } from 'vitest';
import { createWorkspace } from '@/model/create-workspace';
import { setDeliveryMode } from '@/model/edit-engagements';
import { createBrowser, startTwoTabs } from '../../../tests/support/fake-browser-tabs';
import { createMemoryStorage } from './memory-storage';
import { KEYS } from './workspace-storage';

const SCENARIO = { resourceService: 'iaas', mode: 'cloudService' } as const;

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('persistence controller', () => {
  it('creates and opens a first workspace on an empty browser', async () => {
    const tab = createBrowser().openTab();
    await tab.controller.start(createWorkspace(SCENARIO), '');
    expect(tab.lib().phase).toBe('ready');
    expect(tab.lib().current).toMatchObject({ id: 'ws-1', revision: 1 });
    expect(tab.lib().summaries.map((s) => s.id)).toEqual(['ws-1']);
  });

  it('autosaves an edit and opens it again after a reload', async () => {
    const browser = createBrowser();
    const tab = browser.openTab();
    await tab.controller.start(createWorkspace(SCENARIO), '');
    tab.edit();
    expect(tab.lib().save.kind).toBe('pending');
    await settle();
    expect(tab.lib().save.kind).toBe('saved');
    const reloaded = browser.openTab();
    await reloaded.controller.start(createWorkspace(SCENARIO), '');
    expect(reloaded.workspaceStore.getState().workspace.engagements[0]?.resourceService).toBe(
      'paas',
    );
  });

  it('keeps an edit made just before the tab closed', async () => {
    const browser = createBrowser();
    const realWrite = browser.storage.writeRecord;
    const tab = browser.openTab();
    await tab.controller.start(createWorkspace(SCENARIO), '');
    // The page closes before the asynchronous write lands: only the synchronous snapshot survives.
    browser.storage.writeRecord = () => new Promise<never>(() => {});
    tab.edit();
    void tab.controller.flush(true);
    browser.storage.writeRecord = realWrite;
    const reopened = browser.openTab();
    await reopened.controller.start(createWorkspace(SCENARIO), '');
    expect(reopened.workspaceStore.getState().workspace.engagements[0]?.resourceService).toBe(
      'paas',
    );
  });

  it('keeps newer work hidden mid-save when the older save lands and the tab then goes', async () => {
    const browser = createBrowser();
    const realWrite = browser.storage.writeRecord;
    const tab = browser.openTab();
    await tab.controller.start(createWorkspace(SCENARIO), '');
    // The save of a first edit is slow; meanwhile a second edit is made and the page is hidden.
    let land = () => {};
    browser.storage.writeRecord = (record, expected) =>
      new Promise((resolve) => {
        land = () => resolve(realWrite(record, expected));
      });
    tab.edit();
    await settle();
    browser.storage.writeRecord = () => new Promise<never>(() => {});
    tab.edit();
    void tab.controller.flush(true);
    // The first save lands; the tab is gone before the second one does.
    land();
    await settle();
    browser.storage.writeRecord = realWrite;
    const reopened = browser.openTab();
    await reopened.controller.start(createWorkspace(SCENARIO), '');
    expect(reopened.workspaceStore.getState().workspace.engagements[0]?.resourceService).toBe(
      'saas',
    );
    expect(reopened.lib().recovered).toEqual([]);
  });

  it('updates a clean tab live when another tab saves', async () => {
    const { a, b } = await startTwoTabs(() => createWorkspace(SCENARIO));
    a.edit();
    await settle();
    await settle();
    expect(b.workspaceStore.getState().workspace.engagements[0]?.resourceService).toBe('paas');
    expect(b.lib().current?.revision).toBe(2);
  });

  it('never lets a stale tab overwrite a newer revision, and keeps both versions', async () => {
    const { browser, a, b } = await startTwoTabs(() => createWorkspace(SCENARIO));
    a.workspaceStore.getState().edit(setDeliveryMode, 'engagement-1', 'softwareDelivery');
    b.workspaceStore.getState().edit(setDeliveryMode, 'engagement-1', 'managedDelivery');
    await a.controller.saveNow();
    await settle();
    await b.controller.saveNow();
    expect(b.lib().conflict).not.toBeNull();
    expect(b.lib().save).toEqual({ kind: 'not-saved', reason: 'conflict' });
    const stored = await browser.storage.readRecord('ws-1');
    expect(JSON.stringify(stored)).toContain('softwareDelivery');

    await b.library.keepMineAsCopy('mine');
    await settle();
    expect(b.lib().current?.name).toBe('mine');
    expect(b.workspaceStore.getState().workspace.engagements[0]?.mode).toBe('managedDelivery');
    expect(b.lib().summaries).toHaveLength(2);
  });

  it.each([
    ['QuotaExceededError', 'quota'],
    ['SecurityError', 'blocked'],
  ] as const)(
    'keeps working in memory and says so when storage throws %s',
    async (name, reason) => {
      const storage = createMemoryStorage([], 'indexedDB');
      const browser = createBrowser(storage);
      const tab = browser.openTab();
      await tab.controller.start(createWorkspace(SCENARIO), '');
      storage.writeRecord = async () => {
        throw new DOMException('no room', name);
      };
      tab.edit();
      await settle();
      expect(tab.lib().save).toEqual({ kind: 'not-saved', reason });
      // The app goes on working in memory: the next edit applies on screen.
      tab.edit();
      expect(tab.workspaceStore.getState().workspace.engagements[0]?.resourceService).toBe('saas');
    },
  );

  it('copies damaged data to a backup and waits for the user instead of overwriting it', async () => {
    const damaged = {
      id: 'bad',
      name: 'x',
      revision: 3,
      updatedAt: '',
      shared: false,
      document: { format: 'nope' },
    };
    const storage = createMemoryStorage([[KEYS.record('bad'), damaged]], 'indexedDB');
    const tab = createBrowser(storage).openTab();
    await tab.controller.start(createWorkspace(SCENARIO), '');
    expect(tab.lib().phase).toBe('recovery');
    expect(await storage.readRecord('bad')).toEqual(damaged);
    const backups = [...storage.entries.keys()].filter((k) => k.startsWith('backup:bad:'));
    expect(backups).toHaveLength(1);
    expect(storage.entries.get(backups[0] ?? '')).toEqual(damaged);
  });

  it('refuses data from a newer app and leaves it untouched', async () => {
    const newer = {
      id: 'future',
      name: 'x',
      revision: 1,
      updatedAt: '2030-01-01T00:00:00.000Z',
      shared: false,
      document: {
        format: 'shared-responsibility-workbench/workspace',
        schemaVersion: 99,
        workspace: {},
      },
    };
    const storage = createMemoryStorage([[KEYS.record('future'), newer]], 'indexedDB');
    const tab = createBrowser(storage).openTab();
    await tab.controller.start(createWorkspace(SCENARIO), '');
    expect(tab.lib().unopenable).toEqual({ future: 'newer' });
    expect(await storage.readRecord('future')).toEqual(newer);
    expect(tab.lib().current?.id).not.toBe('future');
  });

  it('deletes a workspace and undoes the deletion', async () => {
    const tab = createBrowser().openTab();
    await tab.controller.start(createWorkspace(SCENARIO), 'first');
    await tab.controller.create('second', createWorkspace(SCENARIO));
    await tab.library.remove('ws-2', 'new', createWorkspace(SCENARIO));
    expect(tab.lib().summaries.map((s) => s.name)).toEqual(['first']);
    expect(tab.lib().current?.name).toBe('first');
    await tab.library.undoRemove();
    expect(
      tab
        .lib()
        .summaries.map((s) => s.name)
        .sort(),
    ).toEqual(['first', 'second']);
    expect(tab.lib().current?.name).toBe('second');
  });
});

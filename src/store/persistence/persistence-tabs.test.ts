import { describe, expect, it } from 'vitest';
import { createWorkspace } from '@/model/create-workspace';
import { setCellAssignments } from '@/model/edit-cells';
import type { CellRef, Workspace } from '@/model/workspace';
import { type createBrowser, startTwoTabs } from '../../../tests/support/fake-browser-tabs';

const SCENARIO = { resourceService: 'iaas', mode: 'cloudService' } as const;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
// Emptied cells where the baseline has an owner: each is an override with its reason.
const cell = (rowId: string): CellRef => ({
  engagementId: 'engagement-1',
  rowId,
  role: rowId === 'facility' ? 'provider' : 'customer',
});
const reasonOf = (workspace: Workspace, rowId: string) =>
  workspace.overrides.find((o) => o.rowId === rowId)?.reason;
const hang = () => new Promise<never>(() => {});

type Tab = ReturnType<ReturnType<typeof createBrowser>['openTab']>;
function override(tab: Tab, rowId: string, reason: string) {
  tab.workspaceStore.getState().edit(setCellAssignments, cell(rowId), [], reason);
}

/**
 * Each tab overrides a row and closes before its asynchronous save lands (only the synchronous
 * snapshots survive); then a new tab starts and recovers them.
 */
async function closeBothBeforeSaving(
  browser: ReturnType<typeof createBrowser>,
  ...edits: readonly (readonly [Tab, string, string])[]
): Promise<Tab> {
  const realWrite = browser.storage.writeRecord;
  browser.storage.writeRecord = hang;
  for (const [tab, rowId, reason] of edits) override(tab, rowId, reason);
  for (const [tab] of edits) void tab.controller.flush(true);
  browser.storage.writeRecord = realWrite;
  const reopened = browser.openTab();
  await reopened.controller.start(createWorkspace(SCENARIO), '');
  return reopened;
}

describe('two tabs on one workspace', () => {
  it('merges quick edits to different cells instead of refusing one', async () => {
    const { browser, a, b } = await startTwoTabs(() => createWorkspace(SCENARIO));
    override(a, 'businessData', 'from A');
    override(b, 'facility', 'from B');
    await settle();
    await settle();
    for (const tab of [a, b]) {
      expect(tab.lib().conflict).toBeNull();
      expect(reasonOf(tab.workspaceStore.getState().workspace, 'businessData')).toBe('from A');
      expect(reasonOf(tab.workspaceStore.getState().workspace, 'facility')).toBe('from B');
    }
    expect(JSON.stringify(await browser.storage.readRecord('ws-1'))).toContain('from B');
    expect(JSON.stringify(await browser.storage.readRecord('ws-1'))).toContain('from A');
  });

  it('keeps both tabs’ unsaved work when they close together before either save lands', async () => {
    const { browser, a, b } = await startTwoTabs(() => createWorkspace(SCENARIO));
    const reopened = await closeBothBeforeSaving(
      browser,
      [a, 'businessData', 'from A'],
      [b, 'facility', 'from B'],
    );
    const workspace = reopened.workspaceStore.getState().workspace;
    expect(reasonOf(workspace, 'businessData')).toBe('from A');
    expect(reasonOf(workspace, 'facility')).toBe('from B');
    expect(reopened.lib().recovered).toEqual([]);
    expect(reopened.lib().summaries).toHaveLength(1);
  });

  it('keeps a closed tab’s conflicting work as a recovered workspace and says so', async () => {
    const { browser, a, b } = await startTwoTabs(() => createWorkspace(SCENARIO));
    const reopened = await closeBothBeforeSaving(
      browser,
      [a, 'businessData', 'from A'],
      [b, 'businessData', 'from B'],
    );
    expect(reopened.lib().summaries).toHaveLength(2);
    expect(reopened.lib().recovered).toEqual([
      expect.objectContaining({ fromId: 'ws-1', copyId: expect.any(String) }),
    ]);
    const stored = JSON.stringify(await browser.storage.listRecords());
    expect(stored).toContain('from A');
    expect(stored).toContain('from B');
  });

  it('asks the user when a live tab’s edit truly conflicts with a newer save', async () => {
    const { a, b } = await startTwoTabs(() => createWorkspace(SCENARIO));
    override(a, 'businessData', 'from A');
    override(b, 'businessData', 'from B');
    await settle();
    await settle();
    const conflicted = [a, b].filter((tab) => tab.lib().conflict !== null);
    expect(conflicted).toHaveLength(1);
    expect(
      reasonOf(conflicted[0]?.workspaceStore.getState().workspace as Workspace, 'businessData'),
    ).toMatch(/from [AB]/);
  });
});

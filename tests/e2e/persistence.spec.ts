import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test';
import { readAllRecords, writeRecord } from './idb-helpers';
import { closeShellDialog, downloadFromExportMenu, openShellDialog } from './shell';
import { openSavedTab } from './tabs';

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

async function pickSaaS(page: Page) {
  await page.getByRole('radio', { name: /SaaS/ }).check();
}

test.describe('never lose work', () => {
  test('keeps an edit across a reload', async ({ page }) => {
    await page.goto('/?lang=en');
    await saved(page);
    await pickSaaS(page);
    await saved(page);
    await page.goto('/?lang=en');
    await expect(page.getByRole('radio', { name: /SaaS/ })).toBeChecked();
  });

  test('keeps an edit made just before the tab closes', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('/?lang=en');
    await saved(page);
    await page.getByRole('radio', { name: /managed operations/ }).check();
    await page.waitForTimeout(50);
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto('/?lang=en');
    await expect(again.getByRole('radio', { name: /managed operations/ })).toBeChecked();
  });

  test('two tabs on one workspace see each other’s edits', async ({ context }) => {
    const a = await openSavedTab(context, saved);
    const b = await openSavedTab(context, saved);
    await a.getByRole('radio', { name: /PaaS/ }).check();
    await expect(b.getByRole('radio', { name: /PaaS/ })).toBeChecked();
    await b.getByRole('radio', { name: /Cloud software delivery/ }).check();
    await expect(a.getByRole('radio', { name: /Cloud software delivery/ })).toBeChecked();
    await expect(a.getByRole('radio', { name: /PaaS/ })).toBeChecked();
  });

  test('a stale tab cannot overwrite a newer revision, and both versions are kept', async ({
    context,
  }) => {
    const a = await context.newPage();
    await a.goto('/?lang=en');
    await saved(a);
    const b = await context.newPage();
    // This tab hears nothing from the others, so it goes stale when tab A saves.
    await b.addInitScript(() => {
      // @ts-expect-error the test removes the API on purpose
      delete window.BroadcastChannel;
    });
    await b.goto('/?lang=en');
    await saved(b);
    await a.getByRole('radio', { name: /PaaS/ }).check();
    await saved(a);
    await b.getByRole('radio', { name: /SaaS/ }).check();
    await expect(b.getByRole('alert')).toContainText('Another tab saved a newer version');
    await expect(b.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
    await b.getByRole('button', { name: 'Keep mine as a new workspace' }).click();
    await saved(b);
    await expect(b.getByRole('radio', { name: /SaaS/ })).toBeChecked();
    await openShellDialog(b, 'workspaces');
    await expect(
      b.getByRole('list', { name: 'Saved in this browser' }).getByRole('listitem'),
    ).toHaveCount(2);
    await a.reload();
    await expect(a.getByRole('radio', { name: /PaaS/ })).toBeChecked();
  });

  test('keeps working and says so when storage is full', async ({ page }) => {
    const fillStorage = () => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
        if (String(key).startsWith('workspace:'))
          throw new DOMException('full', 'QuotaExceededError');
        return put.call(this, value, key);
      };
    };
    // Full for the page and for the autosave's worker, which writes the records.
    await page.addInitScript(fillStorage);
    let workerServed = false;
    await page.route('**/record-writer-worker-*.js', async (route) => {
      workerServed = true;
      const body = await (await route.fetch()).text();
      await route.fulfill({
        body: `(${fillStorage.toString()})();\n${body}`,
        contentType: 'text/javascript',
      });
    });
    await page.goto('/?lang=en');
    await expect(page.getByRole('status').filter({ hasText: 'storage is full' })).toBeVisible();
    expect(workerServed).toBe(true);
    await pickSaaS(page);
    await expect(page.getByRole('radio', { name: /SaaS/ })).toBeChecked();
  });

  test('keeps working in memory and says so when storage is blocked', async ({ page }) => {
    await page.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Object.defineProperty(window, 'indexedDB', { get: blocked });
      Object.defineProperty(window, 'localStorage', { get: blocked });
    });
    await page.goto('/?lang=en');
    await expect(page.getByRole('status').filter({ hasText: 'keeps no data' })).toBeVisible();
    await pickSaaS(page);
    await expect(page.getByRole('radio', { name: /SaaS/ })).toBeChecked();
  });

  test('shows the recovery screen for damaged data and keeps a backup', async ({ page }) => {
    await page.goto('/?lang=en');
    await saved(page);
    const damaged = {
      id: 'damaged',
      name: 'Bank core',
      revision: 4,
      updatedAt: '2026-01-01T00:00:00.000Z',
      shared: false,
      document: {
        format: 'shared-responsibility-workbench/workspace',
        schemaVersion: 1,
        workspace: { parties: 'oops' },
      },
    };
    await writeRecord(page, 'workspace:damaged', damaged);
    await writeRecord(page, 'setting:last-opened', 'damaged');
    // As a new tab: a reloaded tab would reopen its own workspace, not the last opened one.
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await expect(
      page.getByRole('heading', { name: 'A saved workspace could not be read' }),
    ).toBeVisible();
    const records = await readAllRecords(page);
    expect(records['workspace:damaged']).toEqual(damaged);
    const backups = Object.keys(records).filter((k) => k.startsWith('backup:damaged:'));
    expect(backups).toHaveLength(1);
    await page.getByRole('button', { name: 'Start a new workspace (the backup stays)' }).click();
    await saved(page);
    expect(
      Object.keys(await readAllRecords(page)).filter((k) => k.startsWith('backup:damaged:')),
    ).toHaveLength(1);
  });

  test('creates, renames, duplicates, deletes and restores workspaces', async ({ page }) => {
    await page.goto('/?lang=en');
    await saved(page);
    await openShellDialog(page, 'workspaces');
    await page.getByLabel('Workspace name').fill('Bank core system');
    await page.getByLabel('Workspace name').press('Enter');
    await saved(page);
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect(page.getByLabel('Workspace name')).toHaveValue('Bank core system (copy)');
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('Deleted “Bank core system (copy)”.')).toBeVisible();
    await expect(page.getByLabel('Workspace name')).toHaveValue('Bank core system');
    await page.getByRole('button', { name: 'Undo delete' }).click();
    await expect(page.getByLabel('Workspace name')).toHaveValue('Bank core system (copy)');
    await expect(
      page.getByRole('list', { name: 'Saved in this browser' }).getByRole('listitem'),
    ).toHaveCount(2);
  });
});

test.describe('backup', () => {
  test('backs up every workspace in one file and restores them in another browser', async ({
    browser,
  }) => {
    const page = await (await browser.newContext()).newPage();
    await page.goto('/?type=paas&mode=cloudService&lang=en');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    await openShellDialog(page, 'workspaces');
    await page.getByRole('button', { name: 'New workspace' }).click();
    await expect(
      page.getByRole('list', { name: 'Saved in this browser' }).getByRole('listitem'),
    ).toHaveCount(2);
    await closeShellDialog(page);
    const file = await downloadFromExportMenu(page, 'Back up all workspaces');
    expect(file.suggestedFilename()).toMatch(/^workspaces-backup_\d{4}-\d{2}-\d{2}\.json$/);
    const path = `${test.info().outputDir}/backup.json`;
    await file.saveAs(path);

    const other = await (await browser.newContext()).newPage();
    await other.goto('/?lang=en');
    await expect(other.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    await openShellDialog(other, 'export');
    await other.getByLabel('Restore from a backup file').setInputFiles(path);
    await expect(other.getByText('Restored 2 workspace(s) from the backup')).toBeVisible();
    await closeShellDialog(other);
    await openShellDialog(other, 'workspaces');
    await expect(
      other.getByRole('list', { name: 'Saved in this browser' }).getByRole('listitem'),
    ).toHaveCount(3);
  });
});

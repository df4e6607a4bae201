import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test';
import { readAllRecords } from './idb-helpers';
import { openShellDialog } from './shell';
import { openSavedTab } from './tabs';

// Start-up after a reload merges other tabs' work first: on a loaded machine that takes a while.
const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({
    timeout: 15_000,
  });

const cell = (page: Page, role: string, row: string) =>
  page.getByRole('table').getByRole('button', { name: `${role}, ${row}`, exact: true });

/** Opens a cell's editor and prepares a supporter with a reason, up to the Apply button. */
async function prepareSupporter(page: Page, role: string, row: string, reason: string) {
  await cell(page, role, row).click();
  await page.getByRole('button', { name: 'Change this cell' }).click();
  await page.getByRole('button', { name: 'Add a duty' }).click();
  const duty = page.getByRole('group', { name: 'Duty 1' });
  await duty.getByLabel('Duty', { exact: true }).selectOption('supporter');
  await duty.getByLabel('Carried by').selectOption('opsService');
  await page.getByLabel('Reason for the change').fill(reason);
}

/** Applies both tabs' prepared edits a few milliseconds apart: well inside the autosave delay. */
async function applyBoth(a: Page, b: Page) {
  const apply = (page: Page) =>
    page
      .getByRole('button', { name: 'Apply change' })
      .evaluate((button: HTMLElement) => button.click());
  await Promise.all([apply(a), apply(b)]);
}

const workspaceRecords = async (page: Page) =>
  Object.entries(await readAllRecords(page)).filter(([key]) => key.startsWith('workspace:'));

test.describe('no edit is ever lost', () => {
  // Several tabs, each starting up after a reload or close: slow on a loaded two-core machine.
  test.describe.configure({ timeout: 90_000 });

  test('two tabs’ quick edits both survive when both tabs reload at once', async ({ context }) => {
    const a = await openSavedTab(context, saved);
    const b = await openSavedTab(context, saved);
    await prepareSupporter(a, 'Cloud service provider', 'Business data', 'Reason of tab A');
    await prepareSupporter(b, 'Cloud service provider', 'Application software', 'Reason of B');
    // Both applied within a few milliseconds, and both tabs reload before either autosave runs.
    await applyBoth(a, b);
    await Promise.all([a.reload(), b.reload()]);
    for (const page of [a, b]) {
      await saved(page);
      await expect(cell(page, 'Cloud service provider', 'Business data')).toContainText(
        'Supporter',
      );
      await expect(cell(page, 'Cloud service provider', 'Application software')).toContainText(
        'Supporter',
      );
    }
    // Different cells merge: one workspace, no copy.
    expect(await workspaceRecords(a)).toHaveLength(1);
  });

  test('two tabs changing the same cell differently keep both versions and say so', async ({
    context,
  }) => {
    const a = await openSavedTab(context, saved);
    const b = await openSavedTab(context, saved);
    await prepareSupporter(a, 'Cloud service provider', 'Business data', 'Version of tab A');
    await prepareSupporter(b, 'Cloud service provider', 'Business data', 'Version of tab B');
    await applyBoth(a, b);
    await Promise.all([a.close({ runBeforeUnload: true }), b.close({ runBeforeUnload: true })]);
    const again = await context.newPage();
    await again.goto('/?lang=en');
    await saved(again);
    const texts = JSON.stringify(await workspaceRecords(again));
    expect(texts).toContain('Version of tab A');
    expect(texts).toContain('Version of tab B');
    // Either both tabs' saves met live (one tab was asked, and its snapshot became a copy at the
    // close), or the start-up found the conflict: in both cases the user is told here.
    await expect(
      again.getByRole('status').filter({ hasText: 'Both versions are kept' }),
    ).toBeVisible();
    const workspaces = await openShellDialog(again, 'workspaces');
    await expect(
      workspaces.getByRole('list', { name: 'Saved in this browser' }).getByRole('listitem'),
    ).toHaveCount(2);
  });

  test('reloading with the second engagement on screen leaves the first one alone', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    await saved(page);
    const templates = await openShellDialog(page, 'templates');
    await templates
      .getByRole('button', {
        name: 'Create from template: Customer reselling its application as SaaS',
      })
      .click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await saved(page);
    await page.getByRole('radio', { name: /PaaS/ }).check();
    await saved(page);
    const picker = page.getByLabel('Engagement', { exact: true });
    const second = await picker.locator('option').nth(1).getAttribute('value');
    await picker.selectOption({ index: 1 });
    await expect(page).toHaveURL(new RegExp(`type=saas&mode=cloudService.*engagement=${second}`));
    // The views' links keep the new address, for a new tab or a bookmark.
    await expect(
      page.getByRole('navigation').getByRole('link', { name: 'Parties and engagements' }),
    ).toHaveAttribute('href', new RegExp(`type=saas&mode=cloudService.*engagement=${second}`));
    await page.reload();
    await expect(picker).toHaveValue(second ?? '');
    await expect(page.getByRole('radio', { name: /SaaS/ })).toBeChecked();
    await picker.selectOption({ index: 0 });
    await expect(page.getByRole('radio', { name: /PaaS/ })).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: 'The address' })).toHaveCount(0);
  });

  test('a stale or foreign address is reported, not applied', async ({ page }) => {
    await page.goto('/?lang=en');
    await saved(page);
    await page.getByRole('radio', { name: /PaaS/ }).check();
    await saved(page);
    await page.goto('/?type=saas&mode=managedDelivery&lang=en');
    const notice = page.getByRole('status').filter({ hasText: 'The address asks for SaaS' });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('radio', { name: /PaaS/ })).toBeChecked();
    await page.goto('/?type=saas&engagement=from-another-browser&lang=en');
    await expect(
      page.getByRole('status').filter({ hasText: 'engagement (from-another-browser)' }),
    ).toBeVisible();
    await expect(page.getByRole('radio', { name: /PaaS/ })).toBeChecked();
    // Applying is the user's choice, and an ordinary edit.
    await page.goto('/?type=saas&lang=en');
    await page.getByRole('button', { name: /^Apply SaaS/ }).click();
    await expect(page.getByRole('radio', { name: /SaaS/ })).toBeChecked();
    await saved(page);
  });

  test('text being typed in the shell’s dialogs survives a reload and a closed tab', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto('/?lang=en');
    await saved(page);
    // Typed with the dialog open, no pause and the field not left: only the page hide commits it.
    let contract = await openShellDialog(page, 'contract');
    await contract.getByLabel('Notes').fill('Typed, the field not left yet');
    await page.reload();
    contract = await openShellDialog(page, 'contract');
    await expect(contract.getByLabel('Notes')).toHaveValue('Typed, the field not left yet');
    await contract.getByLabel('Contract title').fill('Typed just before closing');
    await page.close({ runBeforeUnload: true });
    let again = await context.newPage();
    await again.goto('/?lang=en');
    await saved(again);
    contract = await openShellDialog(again, 'contract');
    await expect(contract.getByLabel('Contract title')).toHaveValue('Typed just before closing');
    await expect(contract.getByLabel('Notes')).toHaveValue('Typed, the field not left yet');
    await again.keyboard.press('Escape');
    await expect(again.getByRole('dialog')).toBeHidden();
    // The workspace name, in the workspaces dialog, the same way.
    let workspaces = await openShellDialog(again, 'workspaces');
    await workspaces.getByLabel('Workspace name').fill('Named just before closing');
    await again.close({ runBeforeUnload: true });
    again = await context.newPage();
    await again.goto('/?lang=en');
    await saved(again);
    workspaces = await openShellDialog(again, 'workspaces');
    await expect(workspaces.getByLabel('Workspace name')).toHaveValue('Named just before closing');
  });

  test('a cell edit being prepared survives a reload, its reason included', async ({ page }) => {
    await page.goto('/?lang=en');
    await saved(page);
    await prepareSupporter(page, 'Cloud service provider', 'Business data', 'Half-written reason');
    await page.reload();
    await expect(page.getByLabel('Reason for the change')).toHaveValue('Half-written reason');
    await page.getByRole('button', { name: 'Apply change' }).click();
    await expect(cell(page, 'Cloud service provider', 'Business data')).toContainText('Changed');
    await page.reload();
    await saved(page);
    await expect(page.getByLabel('Reason for the change')).toHaveCount(0);
  });
});

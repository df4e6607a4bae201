import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseCsvRecords } from './csv-file';
import { expect, test } from './guarded-test';
import { downloadFromExportMenu, openShellDialog } from './shell';

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

async function openView(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name }).click();
}

test('the multi-cloud template: a renamed provider shows in every view and in the CSV', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/?lang=en');
  await saved(page);
  await openShellDialog(page, 'templates');
  await page.getByRole('button', { name: 'Create from template: Multi-cloud and hybrid' }).click();
  await saved(page);

  await openView(page, 'Parties and engagements');
  const name = page.getByRole('textbox', { name: 'Name of Cloud Provider A' });
  await name.fill('Cloud Alpha');
  await name.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name of Cloud Alpha' })).toBeVisible();

  await openView(page, 'Matrix');
  await expect(page.getByRole('columnheader', { name: /Cloud service provider/ })).toContainText(
    'Cloud Alpha',
  );

  await openView(page, 'All engagements');
  const first = page.getByRole('table').first();
  await expect(first.getByRole('columnheader', { name: /Cloud service provider/ })).toContainText(
    'Cloud Alpha',
  );
  await page.screenshot({ path: '/tmp/shots-final/combined-en.png', fullPage: true });

  await openView(page, 'What each party owes');
  await page.getByLabel('Party', { exact: true }).selectOption({ label: 'Cloud Alpha' });
  await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/shots-final/party-en.png', fullPage: true });

  await openView(page, 'Information sharing');
  await expect(page.getByText(/Cloud Alpha.*→/).first()).toBeVisible();

  // The browser's back button returns to the previous view.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'What each party owes' })).toBeVisible();

  await openView(page, 'Matrix');
  await saved(page);
  const file = await downloadFromExportMenu(page, 'Download matrix (CSV)');
  const path = join(tmpdir(), `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  const records = parseCsvRecords(readFileSync(path, 'utf8'));
  const providers = new Set(records.filter((r) => r.role_id === 'provider').map((r) => r.party));
  expect(providers).toContain('Cloud Alpha');
  expect(records.some((r) => r.party === 'Cloud Provider A')).toBe(false);
  // Both engagements of the template are in the file.
  expect(new Set(records.map((r) => r.engagement_id)).size).toBe(2);
});

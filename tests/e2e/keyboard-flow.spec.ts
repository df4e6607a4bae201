import type { Locator, Page } from '@playwright/test';
import { expect, test } from './guarded-test';

/** Presses Tab until the target has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, limit = 80, key = 'Tab'): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target}`);
}

test('the main flow works with the keyboard alone: scenario, edit with a reason, export', async ({
  page,
}) => {
  await page.goto('/?type=iaas&mode=cloudService&lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await tabTo(page, page.getByRole('radio', { name: /IaaS/ }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /PaaS/ })).toBeChecked();

  const table = page.getByRole('table');
  await tabTo(
    page,
    table.getByRole('button', { name: 'Cloud service customer, Business data', exact: true }),
  );
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Cloud service provider · Business data' }),
  ).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Change this cell' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Add a duty' }));
  await page.keyboard.press('Enter');
  const duty = page.getByRole('group', { name: 'Duty 1' });
  await tabTo(page, duty.getByLabel('Duty', { exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(duty.getByLabel('Duty', { exact: true })).toHaveValue('supporter');
  await tabTo(page, page.getByLabel('Reason for the change'));
  await page.keyboard.type('Backups are run by the provider under the operations contract.');
  await tabTo(page, page.getByRole('button', { name: 'Apply change' }));
  await page.keyboard.press('Enter');
  await expect(
    table.getByRole('button', { name: 'Cloud service provider, Business data', exact: true }),
  ).toContainText('Changed');

  // After Apply, focus is back on the cell; the export menu is in the action bar above.
  await expect(
    table.getByRole('button', { name: 'Cloud service provider, Business data', exact: true }),
  ).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Export and share' }), 120, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'Download matrix (CSV)' }));
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Export and share' })).toBeFocused();
});

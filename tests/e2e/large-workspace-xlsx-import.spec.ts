// An enterprise workspace (500 engagements, 100 parties, generated here): reading the file and making
// the Excel workbook run in the worker, so the page answers a click while either is under way.
import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test';
import { countDownloads, openLargeWorkspace } from './large-workspace';
import { openShellDialog } from './shell';

// A click on a plain button, answered by a listener, within moments: the main thread is free. The
// limit leaves room for a shared, loaded test machine.
async function answersClick(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const button = document.createElement('button');
    button.textContent = 'probe';
    document.body.append(button);
    const start = performance.now();
    const answered = new Promise<number>((resolve) =>
      button.addEventListener('click', () => resolve(performance.now() - start), { once: true }),
    );
    setTimeout(() => button.click(), 0);
    const took = await answered;
    button.remove();
    return took;
  });
}

test('a 500-engagement import and XLSX export leave the page answering clicks', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The worker reads and checks the file: the page answers meanwhile, and then offers to open it.
  await openLargeWorkspace(page, async () => {
    expect(await answersClick(page)).toBeLessThan(1_000);
  });

  const exportDialog = await openShellDialog(page, 'export');
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await exportDialog.getByRole('button', { name: 'Download workbook (XLSX)' }).click();
  const progress = page.getByRole('progressbar', { name: 'Making the workbook' });
  await expect(progress).toBeVisible();
  expect(await answersClick(page)).toBeLessThan(1_000);
  const focused = () => page.evaluate(() => document.activeElement?.outerHTML ?? '');
  const before = await focused();
  await page.keyboard.press('Tab');
  await expect.poll(focused, { timeout: 5_000 }).not.toBe(before);
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(
    page.getByRole('status').filter({ hasText: /The workbook was saved \(50\d sheets\)/ }),
  ).toBeVisible();
});

test('Cancel stops a 500-engagement XLSX export without saving', async ({ page }) => {
  test.setTimeout(120_000);
  await openLargeWorkspace(page);
  const downloads = countDownloads(page);
  const exportDialog = await openShellDialog(page, 'export');
  await exportDialog.getByRole('button', { name: 'Download workbook (XLSX)' }).click();
  await expect(page.getByRole('progressbar', { name: 'Making the workbook' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The export was cancelled; nothing was saved.' }),
  ).toBeVisible();
  await page.waitForTimeout(2_000);
  expect(downloads()).toBe(0);
});

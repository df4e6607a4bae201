import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test';
import { downloadFromExportMenu } from './shell';

// Many users sit on closed intranets: after one visit the app must open with no network at all.
// guarded-test fails the test on any console error (a fetch that missed the cache would log one) and
// on any request to another origin.

/** Loads the app and waits until its service worker is active and controls the page. */
async function loadUntilControlled(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('table')).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state))
    .toBe('activated');
}

test.describe('offline', () => {
  test('opens the matrix and a lazily loaded panel with the network cut', async ({
    page,
    context,
  }) => {
    await loadUntilControlled(page, '/?lang=en');
    const fromNetwork: string[] = [];
    page.on('response', (response) => {
      if (!response.fromServiceWorker()) fromNetwork.push(response.url());
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The 2.0 system explained' })).toBeVisible();
    expect(fromNetwork).toEqual([]);
  });

  // The PDF library and the base font are precached; the extended font subsets are not, but the
  // app's own texts only need the base one (tests/unit/pdf-fonts.test.ts).
  test('exports the contract annex PDF with the network cut', async ({ page, context }) => {
    test.setTimeout(60_000);
    await loadUntilControlled(page, '/?lang=en');
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    const download = await downloadFromExportMenu(page, 'Download contract annex (PDF)');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  });
});

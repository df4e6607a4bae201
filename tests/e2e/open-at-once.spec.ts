import type { Locator, Page } from '@playwright/test';
import { expect, test } from './guarded-test';

// A view, a dialog or a tab whose code loads on demand opens complete, with no "Loading…" line
// (which React keeps on screen for at least 300 ms), once the pointer has been on its link or button.

/** Records, from now on, whether a "Loading…" line appears anywhere in the page. */
async function watchForLoadingLine(page: Page) {
  await page.evaluate(() => {
    const seen = () =>
      [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent === 'Loading…');
    const w = window as unknown as { __loadingSeen: boolean };
    w.__loadingSeen = seen();
    new MutationObserver(() => {
      if (seen()) w.__loadingSeen = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const loadingSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __loadingSeen: boolean }).__loadingSeen);

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
});

/**
 * Points at `target` (the pointer, or focus for `point: 'focus'`), lets its code arrive, clicks it,
 * and returns whether a "Loading…" line showed before `shown` is visible.
 */
async function openAfterPointing(
  page: Page,
  target: Locator,
  shown: Locator,
  point: 'hover' | 'focus' = 'hover',
): Promise<boolean> {
  await (point === 'hover' ? target.hover() : target.focus());
  await page.waitForLoadState('networkidle');
  await watchForLoadingLine(page);
  await target.click();
  await expect(shown).toBeVisible();
  return loadingSeen(page);
}

test('a view opens at once after its link was pointed at', async ({ page }) => {
  const link = page.getByRole('navigation').getByRole('link', { name: 'Parties and engagements' });
  const heading = page.getByRole('heading', { name: 'Parties and engagements', level: 2 });
  expect(await openAfterPointing(page, link, heading)).toBe(false);
});

test('a dialog opens with its content after its button was pointed at', async ({ page }) => {
  const button = page
    .getByRole('region', { name: 'Actions' })
    .getByRole('button', { name: 'Export and share', exact: true });
  const content = page.getByRole('button', { name: 'Download matrix (CSV)' });
  expect(await openAfterPointing(page, button, content)).toBe(false);
});

test('the layer picture tab opens at once after it had focus', async ({ page }) => {
  const tab = page.getByRole('tab', { name: 'Layer picture' });
  const panel = page.getByRole('tabpanel', { name: 'Layer picture' });
  expect(await openAfterPointing(page, tab, panel, 'focus')).toBe(false);
});

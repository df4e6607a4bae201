import type { BrowserContext, Page } from '@playwright/test';

/** Opens the app (English) in a new tab of the context and waits for the tab's own "saved" check. */
export async function openSavedTab(
  context: BrowserContext,
  saved: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/?lang=en');
  await saved(page);
  return page;
}

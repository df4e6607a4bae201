import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test';

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

test.describe('share links', () => {
  test('a link carries the workspace and opens as a new, shared workspace', async ({ browser }) => {
    const sender = await (await browser.newContext()).newPage();
    await sender.goto('/?type=saas&mode=managedDelivery&lang=en');
    await saved(sender);
    await sender.getByLabel('Contract title').fill('Office suite');
    await sender.getByLabel('Contract title').press('Enter');
    await sender.getByRole('button', { name: 'Share as a link' }).click();
    await expect(sender.getByText(/The link itself carries all the data/)).toBeVisible();
    const link = await sender.getByLabel('Link to this workspace').inputValue();
    expect(link).toMatch(/#share=v1\./);

    const receiver = await (await browser.newContext()).newPage();
    await receiver.goto('/?lang=en');
    await saved(receiver);
    await receiver.goto(link);
    await expect(
      receiver.getByText('Opened the shared workspace “Office suite” as a new workspace.'),
    ).toBeVisible();
    await expect(receiver.getByRole('radio', { name: /SaaS/ })).toBeChecked();
    await expect(receiver.getByRole('radio', { name: /managed operations/ })).toBeChecked();
    expect(new URL(receiver.url()).hash).toBe('');
    const list = receiver.getByRole('list', { name: 'Saved in this browser' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list).toContainText('from a share link');
  });

  for (const [what, fragment] of [
    ['tampered', '#share=v1.AAAA'],
    ['oversized', `#share=v1.${'A'.repeat(60_001)}`],
  ] as const) {
    test(`a ${what} link is refused and nothing changes`, async ({ page }) => {
      await page.goto('/?type=paas&mode=cloudService&lang=en');
      await saved(page);
      await page.goto(`/?lang=en${fragment}`);
      await expect(
        page.getByText('The shared link could not be opened, and nothing was changed:'),
      ).toBeVisible();
      await expect(page.getByRole('radio', { name: /PaaS/ })).toBeChecked();
      await expect(
        page.getByRole('list', { name: 'Saved in this browser' }).getByRole('listitem'),
      ).toHaveCount(1);
    });
  }
});

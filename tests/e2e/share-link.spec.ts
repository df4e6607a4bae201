import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test';
import { closeShellDialog, fillContract, openShellDialog } from './shell';

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

const savedZh = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: '所有更改已保存' })).toBeVisible();

/** Makes a share link of a SaaS, managed-delivery workspace with a contract title. */
async function makeLink(page: Page, title: string): Promise<string> {
  await page.goto('/?type=saas&mode=managedDelivery&lang=en');
  await saved(page);
  await fillContract(page, { 'Contract title': title });
  const dialog = await openShellDialog(page, 'export');
  await dialog.getByRole('button', { name: 'Share as a link' }).click();
  await expect(dialog.getByText(/The link itself carries all the data/)).toBeVisible();
  const link = await dialog.getByLabel('Link to this workspace').inputValue();
  expect(link).toMatch(/#share=v1\./);
  await closeShellDialog(page);
  return link;
}

test.describe('share links', () => {
  test('a link opens as a preview, and "Save as a new workspace" saves and opens it', async ({
    browser,
  }) => {
    const sender = await (await browser.newContext()).newPage();
    const link = await makeLink(sender, 'Office suite');

    const receiver = await (await browser.newContext()).newPage();
    await receiver.goto('/?lang=en');
    await saved(receiver);
    await receiver.goto(link);
    const preview = receiver.getByRole('region', { name: 'Preview of a shared workspace' });
    await expect(preview).toContainText('Contract title: Office suite');
    await expect(preview).toContainText('Nothing has been saved yet');
    expect(new URL(receiver.url()).hash).toBe('');
    // Nothing is saved until the user says so.
    await openShellDialog(receiver, 'workspaces');
    await expect(
      receiver.getByRole('list', { name: 'Saved in this browser' }).getByRole('listitem'),
    ).toHaveCount(1);
    await closeShellDialog(receiver);
    await preview.getByRole('button', { name: 'Save as a new workspace' }).click();
    await expect(
      receiver.getByText('Opened the shared workspace “Office suite” as a new workspace.'),
    ).toBeVisible();
    await expect(receiver.getByRole('radio', { name: /SaaS/ })).toBeChecked();
    await expect(receiver.getByRole('radio', { name: /managed operations/ })).toBeChecked();
    await openShellDialog(receiver, 'workspaces');
    const list = receiver.getByRole('list', { name: 'Saved in this browser' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list).toContainText('from a share link');
  });

  for (const language of ['en', 'zh-CN'] as const) {
    test(`the same link opened twice leaves one saved copy (${language})`, async ({ browser }) => {
      const sender = await (await browser.newContext()).newPage();
      const link = await makeLink(sender, 'Office suite');
      const url = new URL(link);
      url.searchParams.set('lang', language);

      const receiver = await (await browser.newContext()).newPage();
      await receiver.goto(`/?lang=${language}`);
      await (language === 'en' ? saved : savedZh)(receiver);
      await receiver.goto(url.toString());
      await receiver
        .getByRole('button', {
          name: language === 'en' ? 'Save as a new workspace' : '另存为新工作区',
        })
        .click();
      await (language === 'en' ? saved : savedZh)(receiver);

      // Elsewhere, then the same link again.
      await receiver.goto(`/?type=paas&lang=${language}`);
      await (language === 'en' ? saved : savedZh)(receiver);
      await receiver.goto(url.toString());
      await expect(
        receiver.getByText(
          language === 'en'
            ? 'You opened this link before: its saved copy “Office suite” is open now'
            : '此链接之前已打开过：已打开其保存的副本“Office suite”',
        ),
      ).toBeVisible();
      await expect(
        receiver.getByRole('button', {
          name: language === 'en' ? 'Save as a new workspace' : '另存为新工作区',
        }),
      ).toHaveCount(0);
      await expect(receiver.getByRole('radio', { name: /SaaS/ })).toBeChecked();
      await openShellDialog(receiver, 'workspaces', language);
      const list = receiver.getByRole('list', {
        name: language === 'en' ? 'Saved in this browser' : /本浏览器/,
      });
      // The receiver's own workspace and the one copy of the link.
      await expect(list.getByRole('listitem')).toHaveCount(2);
    });
  }

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
      await openShellDialog(page, 'workspaces');
      await expect(
        page.getByRole('list', { name: 'Saved in this browser' }).getByRole('listitem'),
      ).toHaveCount(1);
    });
  }
});

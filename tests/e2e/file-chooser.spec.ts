import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './guarded-test';
import { openShellDialog } from './shell';

// The browser's own file input names its button in the browser's language ("Choose File" in this
// English Chromium); the app's pickers name it in the page's, and still behave as file inputs.
test.describe('file pickers', () => {
  test('speak the page’s language and open the chooser by click and by keyboard', async ({
    page,
  }) => {
    await page.goto('/?lang=zh-CN');
    const dialog = await openShellDialog(page, 'export', 'zh-CN');
    const buttons = dialog.getByText('选择文件…', { exact: true });
    await expect(buttons).toHaveCount(2);
    const importInput = dialog.getByLabel('导入文件（JSON 或 CSV）');
    await expect(importInput).toHaveAttribute('type', 'file');
    await expect(dialog.getByLabel('从备份文件恢复')).toHaveAttribute('type', 'file');

    // A folder per run: two runs writing one file while the other reads it made Chromium refuse the
    // changed file ("could not be read").
    const broken = join(mkdtempSync(join(tmpdir(), 'file-chooser-')), '坏文件.json');
    writeFileSync(broken, '{ oops');
    const byClick = page.waitForEvent('filechooser');
    // Where the button is drawn, the (unseen) input takes the click.
    await buttons.first().scrollIntoViewIfNeeded();
    const box = await buttons.first().boundingBox();
    if (!box) throw new Error('the import button is not on screen');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await (await byClick).setFiles(broken);
    await expect(dialog.getByRole('alert')).toContainText('“坏文件.json”未导入，未做任何更改');
    // Cleared after each choice, so choosing the same file again (after an edit) reads it again.
    await expect(importInput).toHaveValue('');

    // Keyboard: Tab reaches the input, its ring shows on the button drawn for it, Space opens it.
    await dialog.getByRole('button', { name: '以链接分享' }).focus();
    await page.keyboard.press('Tab');
    await expect(importInput).toBeFocused();
    await expect(buttons.first()).toHaveCSS('outline-style', 'solid');
    // Under load the picker once did not open on the first press (1 run in 63 with two workers;
    // the cause is not known): the key is pressed again rather than failing on it.
    await expect(async () => {
      const byKeyboard = page.waitForEvent('filechooser', { timeout: 3_000 });
      await page.keyboard.press('Space');
      expect((await byKeyboard).isMultiple()).toBe(false);
    }).toPass({ timeout: 15_000 });
  });

  test('take a file dropped on the button drawn for them', async ({ page }) => {
    await page.goto('/?lang=en');
    const dialog = await openShellDialog(page, 'export');
    const button = dialog.getByText('Choose a file…', { exact: true }).first();
    const dropped = join(mkdtempSync(join(tmpdir(), 'file-drop-')), 'dropped.json');
    writeFileSync(dropped, '{ oops');
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    if (!box) throw new Error('the import button is not on screen');
    // A drag from the desktop, as the browser gets it: trusted drag events carrying a file, which
    // only the DevTools protocol can make (a drop event made by script carries no file to an input).
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const data = { items: [], files: [dropped], dragOperationsMask: 1 };
    const cdp = await page.context().newCDPSession(page);
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
    }
    await expect(dialog.getByRole('alert')).toContainText(
      '“dropped.json” was not imported, and nothing was changed.',
    );
  });
});

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/** The action bar's buttons, in each language. */
const SHELL = {
  en: {
    bar: 'Actions',
    export: 'Export and share',
    contract: 'Contract details',
    workspaces: 'Workspaces',
    templates: 'Templates',
  },
  'zh-CN': {
    bar: '操作',
    export: '导出与分享',
    contract: '合同信息',
    workspaces: '管理工作区',
    templates: '场景模板',
  },
} as const;

/** A dialog the action bar opens. */
export type ShellDialogName = 'export' | 'contract' | 'workspaces' | 'templates';

/** Opens one of the action bar's dialogs and returns it. */
export async function openShellDialog(
  page: Page,
  which: ShellDialogName,
  language: 'en' | 'zh-CN' = 'en',
): Promise<Locator> {
  const words = SHELL[language];
  await page
    .getByRole('region', { name: words.bar })
    .getByRole('button', { name: words[which], exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: words[which] });
  await dialog.waitFor();
  return dialog;
}

/** Closes the open dialog with Escape, as a keyboard user would. */
export async function closeShellDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

/**
 * Clicks an item of the export menu (opening the menu first) and waits for the file; the menu is
 * closed again afterwards, so the test goes on with the page.
 */
export async function downloadFromExportMenu(
  page: Page,
  item: string,
  language: 'en' | 'zh-CN' = 'en',
) {
  const dialog = await openShellDialog(page, 'export', language);
  const waiting = page.waitForEvent('download');
  await dialog.getByRole('button', { name: item }).click();
  const file = await waiting;
  await closeShellDialog(page);
  return file;
}

/**
 * Downloads a file by a button's name into the temp folder: the contract annex from the export
 * menu of the action bar, anything else (a view's own files) from the page.
 */
export async function downloadToDisk(
  page: Page,
  button: string,
): Promise<{ name: string; path: string }> {
  const annex = /contract annex|合同附件/.test(button);
  const waiting = annex ? null : page.waitForEvent('download');
  if (!annex) await page.getByRole('button', { name: button }).click();
  const file = waiting
    ? await waiting
    : await downloadFromExportMenu(page, button, /合同附件/.test(button) ? 'zh-CN' : 'en');
  const path = join(tmpdir(), `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

/** Fills the contract's fields in the contract details dialog, committing each, and closes it. */
export async function fillContract(
  page: Page,
  fields: Readonly<Record<string, string>>,
  language: 'en' | 'zh-CN' = 'en',
): Promise<void> {
  const dialog = await openShellDialog(page, 'contract', language);
  for (const [label, value] of Object.entries(fields)) {
    await dialog.getByLabel(label, { exact: true }).fill(value);
    await dialog.getByLabel(label, { exact: true }).press('Enter');
  }
  await closeShellDialog(page);
}

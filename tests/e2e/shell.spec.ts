import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test';
import { closeShellDialog, openShellDialog } from './shell';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWS = ['matrix', 'parties', 'combined', 'party', 'plan', 'departments', 'compare'] as const;

const WORDS = {
  en: {
    saved: 'All changes saved',
    serviceType: 'Service type',
    export: 'Export and share',
    cell: 'Cloud service provider, Business data',
    edit: 'Change this cell',
    editor: 'Change this cell',
    template: 'Create from template: Multi-cloud and hybrid',
    unnamed: 'Party 2 has no name.',
    noCustomer: 'names no cloud service customer party',
    fixParties: 'Go to parties and engagements',
    fixContract: 'Fill in the contract details',
    partiesHeading: 'Parties and engagements',
    csv: 'Download matrix (CSV)',
  },
  'zh-CN': {
    saved: '所有更改已保存',
    serviceType: '服务类型',
    export: '导出与分享',
    cell: '云服务商，业务数据',
    edit: '调整该单元格',
    editor: '调整该单元格',
    template: '从模板创建：多云与混合云',
    unnamed: '参与方 2 没有名称。',
    noCustomer: '未指定云服务客户',
    fixParties: '前往参与方与合作',
    fixContract: '填写合同信息',
    partiesHeading: '参与方与合作',
    csv: '下载责任矩阵（CSV）',
  },
} as const;

type Language = keyof typeof WORDS;

async function open(page: Page, language: Language, query = '') {
  await page.goto(`/?lang=${language}${query}`);
  await expect(page.getByRole('status').filter({ hasText: WORDS[language].saved })).toBeVisible();
}

/** Fills the workspace with the multi-cloud template: several engagements, parties, a plan. */
async function fromTemplate(page: Page, language: Language) {
  const dialog = await openShellDialog(page, 'templates', language);
  await dialog.getByRole('button', { name: WORDS[language].template }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: WORDS[language].saved })).toBeVisible();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
}

for (const language of ['en', 'zh-CN'] as const) {
  const w = WORDS[language];
  test.describe(`the app shell (${language})`, () => {
    test('at 1400x900 the export menu and the scenario picker are in the first screen', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await open(page, language);
      await expect(page.getByRole('button', { name: w.export, exact: true })).toBeInViewport({
        ratio: 1,
      });
      await expect(page.getByRole('group', { name: w.serviceType })).toBeInViewport();
      await expect(page.getByRole('radio').first()).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('table')).toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });

    for (const width of [1400, 768, 390]) {
      test(`at ${width} px a clicked cell shows its editor in view, and Escape returns focus to it`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        await open(page, language);
        const cell = page.getByRole('table').getByRole('button', { name: w.cell, exact: true });
        await cell.click();
        const panel = page.getByRole('complementary');
        const edit = panel.getByRole('button', { name: w.edit });
        await expect(edit).toBeInViewport({ ratio: 1 });
        // The matrix stays in view beside (or above) the panel.
        await expect(cell).toBeInViewport();
        await edit.click();
        const editor = panel.getByRole('form', { name: w.editor });
        await expect(editor).toBeVisible();
        await expect(editor.getByRole('button').first()).toBeInViewport();
        await page.keyboard.press('Escape');
        await expect(cell).toBeFocused();
        await expect(editor).toHaveCount(0);
        // Escape again (from the panel) closes it, and focus stays on the cell.
        await panel.getByRole('button', { name: w.edit }).focus();
        await page.keyboard.press('Escape');
        await expect(page.getByRole('complementary')).toHaveCount(0);
        await expect(cell).toBeFocused();
      });
    }

    test('at 390 px no view overflows the page sideways', async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 390, height: 844 });
      await open(page, language);
      await fromTemplate(page, language);
      for (const view of VIEWS) {
        await page.goto(`/?lang=${language}${view === 'matrix' ? '' : `&view=${view}`}`);
        await expect(page.getByRole('main')).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible();
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
        }));
        expect(widths.scroll, `view ${view}`).toBeLessThanOrEqual(widths.viewport);
      }
    });

    test('the pre-export check lists unnamed parties, links to the fix, and still exports', async ({
      page,
    }) => {
      await open(page, language);
      const file = join(tmpdir(), `unnamed-${language}-${Date.now()}.json`);
      writeFileSync(file, JSON.stringify(UNNAMED_PARTY_FILE));
      const dialog = await openShellDialog(page, 'export', language);
      await dialog.locator('input[type="file"]').first().setInputFiles(file);
      await dialog
        .getByRole('button', { name: language === 'en' ? 'Open as a new workspace' : /新工作区/ })
        .click();
      await expect(page.getByRole('dialog')).toBeHidden();
      const again = await openShellDialog(page, 'export', language);
      const check = again.getByRole('region', { name: /export|导出前/i }).first();
      await expect(check).toContainText(w.unnamed);
      await expect(check).toContainText(w.noCustomer);
      // Still possible to export.
      const waiting = page.waitForEvent('download');
      await again.getByRole('button', { name: w.csv }).click();
      expect((await waiting).suggestedFilename()).toMatch(/\.csv$/);
      await check.getByRole('button', { name: w.fixParties }).first().click();
      await expect(page.getByRole('dialog')).toBeHidden();
      await expect(page.getByRole('heading', { level: 2, name: w.partiesHeading })).toBeVisible();
      // The link lands on the unnamed party's name field itself.
      await expect(page.locator('#party-name-unnamed')).toBeFocused();
      await expect(page.locator('#party-name-unnamed')).toBeInViewport();
    });

    test('the pre-export check opens the contract dialog on its empty title field', async ({
      page,
    }) => {
      await open(page, language);
      const dialog = await openShellDialog(page, 'export', language);
      const check = dialog.getByRole('region', { name: /export|导出前/i }).first();
      await check.getByRole('button', { name: w.fixContract }).first().click();
      await expect(page.locator('#contract-title')).toBeFocused();
    });

    for (const width of [1400, 768, 390]) {
      test(`axe finds nothing at ${width} px, with and without the cell panel and a dialog`, async ({
        page,
      }) => {
        test.setTimeout(60_000);
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        await open(page, language);
        await expectNoAxeViolations(page);
        await page.getByRole('table').getByRole('button', { name: w.cell, exact: true }).click();
        await expect(page.getByRole('complementary')).toBeVisible();
        await expectNoAxeViolations(page);
        await openShellDialog(page, 'export', language);
        await expect(page.getByRole('dialog').getByRole('heading').nth(1)).toBeVisible();
        await expectNoAxeViolations(page);
        await closeShellDialog(page);
      });
    }
  });
}

/** A workspace whose second party has no name and whose engagement names no customer. */
const UNNAMED_PARTY_FILE = {
  format: 'shared-responsibility-workbench/workspace',
  schemaVersion: 2,
  workspace: {
    contract: { title: 'Core banking', version: '1', date: '2026-12-01', notes: '' },
    parties: [
      { id: 'cloud', name: 'CloudCo', roles: ['provider'] },
      { id: 'unnamed', name: '', roles: ['customer'] },
    ],
    engagements: [
      {
        id: 'e1',
        name: 'Core',
        resourceService: 'iaas',
        mode: 'cloudService',
        customerPartyId: null,
        providerPartyId: 'cloud',
        securityServices: [],
        operationsService: null,
      },
    ],
    overrides: [],
    channels: [],
    departments: [],
    raci: [],
  },
};

// The native dialog announces its closing in a 'close' event of a later task; a click on another
// action-bar button before that event (a fast user, a busy page) must still open that dialog.
test('a dialog opened right after another one closed opens', async ({ page }) => {
  await open(page, 'en');
  await openShellDialog(page, 'contract');
  // In one task: Close, then the Workspaces button, before the first dialog's 'close' event runs.
  await page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]');
    const close = dialog?.querySelector<HTMLButtonElement>('.modal-dialog-close');
    const workspaces = [...document.querySelectorAll<HTMLButtonElement>('.action-bar button')].find(
      (b) => b.textContent === 'Workspaces',
    );
    if (!close || !workspaces) throw new Error('no dialog Close or Workspaces button');
    close.click();
    workspaces.click();
  });
  await expect(page.getByRole('dialog', { name: 'Workspaces' })).toBeVisible();
  // And it still closes, giving the page back.
  await closeShellDialog(page);
});

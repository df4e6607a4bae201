import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { parseCsv } from './csv-file';
import { expect, test } from './guarded-test';
import { openShellDialog } from './shell';

const SHOTS = '/tmp/shots-templates-compare';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
}

/** The cells of a table marked "changed", as "row / column". */
async function changedCells(table: Locator): Promise<string[]> {
  return table.evaluate((element) => {
    const columns = [...element.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    return [...element.querySelectorAll('tbody tr')].flatMap((tr) => {
      const row = tr.querySelector('th')?.textContent ?? '';
      return [...tr.querySelectorAll('td')]
        .map((td, i) =>
          td.classList.contains('compare-cell-changed') && td.textContent?.includes('changed')
            ? `${row} / ${columns[i + 1]}`
            : '',
        )
        .filter(Boolean);
    });
  });
}

async function createFromTemplate(page: Page, name: string) {
  await openShellDialog(page, 'templates');
  await page.getByRole('button', { name: `Create from template: ${name}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'from a template' })).toBeVisible();
  await saved(page);
}

test.describe('templates and compare', () => {
  test('creates a multi-cloud workspace from a template, with its engagements and no findings', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto('/?lang=en');
    await saved(page);
    await openShellDialog(page, 'templates');
    const picker = page.getByRole('region', { name: 'Start from a template' });
    await expect(picker.getByRole('listitem')).toHaveCount(6);
    await picker.scrollIntoViewIfNeeded();
    await picker.screenshot({ path: `${SHOTS}/template-picker-en.png` });
    await expectNoAxeViolations(page);
    await page
      .getByRole('button', { name: 'Create from template: Multi-cloud and hybrid' })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Created “Multi-cloud and hybrid (example)”' }),
    ).toBeVisible();
    await saved(page);

    const picker2 = page.getByLabel('Engagement', { exact: true });
    await expect(picker2.locator('option')).toHaveText([
      'Online channels on public cloud IaaS (Provider A)',
      'Data platform on private cloud PaaS (Provider B)',
    ]);
    const checks = page.getByRole('region', { name: 'Checks' });
    for (const engagement of ['multiCloudPublic', 'multiCloudPrivate']) {
      await picker2.selectOption(engagement);
      await expect(checks.getByText('All four principles pass')).toBeVisible();
    }
    await expect(page.getByLabel('Workspace', { exact: true })).toHaveValue(/./);
    await expect(
      page.getByLabel('Workspace', { exact: true }).locator('option:checked'),
    ).toHaveText('Multi-cloud and hybrid (example)');

    // It was saved in the library and opens again after a reload.
    await page.reload();
    await saved(page);
    await expect(page.getByLabel('Engagement', { exact: true }).locator('option')).toHaveCount(2);
  });

  test('the template picker in Chinese', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1000 });
    await page.goto('/?lang=zh-CN');
    await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
    await openShellDialog(page, 'templates', 'zh-CN');
    const picker = page.getByRole('region', { name: '从模板开始' });
    await expect(picker.getByRole('listitem').first()).toContainText('公有云 IaaS');
    await picker.scrollIntoViewIfNeeded();
    await picker.screenshot({ path: `${SHOTS}/template-picker-zh-CN-768.png` });
  });

  test('compares public and private cloud IaaS, marks the moved duties and exports them as CSV', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto('/?type=iaas&mode=cloudService&view=compare&lang=en');
    await saved(page);
    await expect(page.getByLabel('Service type').first()).toHaveValue('iaas');
    const tables = page.getByRole('table');
    await expect(tables).toHaveCount(2);
    await expect(tables.nth(0).locator('caption')).toHaveText('A: IaaS · Cloud service');
    await expect(tables.nth(1).locator('caption')).toHaveText('B: IaaS · Cloud software delivery');
    for (const i of [0, 1]) {
      expect(await changedCells(tables.nth(i))).toEqual([
        'Data-centre facility / Cloud service customer',
        'Data-centre facility / Cloud service provider',
      ]);
    }
    const differences = page.getByRole('region', { name: 'Differences' });
    await expect(differences).toContainText(
      '“Owner · whole layer” moves from Cloud service provider to Cloud service customer.',
    );
    await expect(differences).toContainText('2 cell(s) differ, in 1 row(s).');
    await expectNoAxeViolations(page);

    const waiting = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download differences (CSV)' }).click();
    const file = await waiting;
    expect(file.suggestedFilename()).toMatch(/^responsibility-comparison_\d{4}-\d{2}-\d{2}\.csv$/);
    const path = join(tmpdir(), `${Date.now()}-${file.suggestedFilename()}`);
    await file.saveAs(path);
    const rows = parseCsv(readFileSync(path, 'utf8'));
    expect(rows[0]).toEqual([
      'row_id',
      'row',
      'role_id',
      'role',
      'change',
      'a',
      'a_duties',
      'b',
      'b_duties',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        'facility',
        'Data-centre facility',
        'customer',
        'Cloud service customer',
        'changed',
        'IaaS · Cloud service',
        'none',
        'IaaS · Cloud software delivery',
        'Owner · whole layer',
      ],
      [
        'facility',
        'Data-centre facility',
        'provider',
        'Cloud service provider',
        'changed',
        'IaaS · Cloud service',
        'Owner · whole layer',
        'IaaS · Cloud software delivery',
        'none',
      ],
    ]);
  });

  test('compares an engagement here with one in another saved workspace without opening it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto('/?lang=en');
    await saved(page);
    await createFromTemplate(page, 'Government cloud (managed delivery)');
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Compare' })
      .click();
    await page
      .getByRole('radio', { name: /An engagement here and one in another workspace/ })
      .check();
    await expect(page.getByLabel('Saved workspace')).toHaveValue(/.+/);
    const tables = page.getByRole('table');
    await expect(tables.nth(1).locator('caption')).toContainText('(in “Untitled workspace”)');
    await expect(tables.nth(0)).toContainText('Example City Data Bureau');
    // Government cloud against the default public cloud IaaS: the facility goes back to the provider.
    await expect(page.getByRole('region', { name: 'Differences' })).toContainText(
      '“Owner · whole layer” moves from Cloud service customer to Cloud service provider.',
    );
    await page.screenshot({ path: `${SHOTS}/compare-workspaces-en-1400.png`, fullPage: true });
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Matrix' })
      .click();
    await expect(
      page.getByLabel('Workspace', { exact: true }).locator('option:checked'),
    ).toHaveText('Government cloud (managed delivery) (example)');
  });

  for (const language of ['en', 'zh-CN'] as const) {
    for (const width of [1400, 768]) {
      test(`screenshot of compare in ${language} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 1000 });
        await page.goto(`/?type=iaas&mode=cloudService&view=compare&lang=${language}`);
        await expect(page.getByRole('table')).toHaveCount(2);
        await page.screenshot({
          path: `${SHOTS}/compare-${language}-${width}.png`,
          fullPage: true,
        });
        if (width === 768) await expectNoAxeViolations(page);
      });
    }
  }
});

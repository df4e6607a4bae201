import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function openIn(page: Page, language: 'en' | 'zh-CN') {
  await page.goto('/');
  const switcher = page.getByRole('combobox', { name: /Language|语言/ });
  await switcher.selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

function cellOf(page: Page, layer: RegExp, column: number) {
  return page.getByRole('table').getByRole('row', { name: layer }).getByRole('cell').nth(column);
}

test.describe('first screen', () => {
  test('shows the IaaS public-cloud baseline in English', async ({ page }) => {
    await openIn(page, 'en');
    await expect(
      page.getByRole('heading', { name: 'Shared Responsibility Workbench' }),
    ).toBeVisible();
    await expect(page.getByRole('radio', { name: /IaaS/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: /^Cloud service/ })).toBeChecked();
    const headers = page.getByRole('table').getByRole('columnheader');
    await expect(headers).toHaveText([
      'Asset layer',
      'Cloud service customer',
      'Cloud service provider',
    ]);
    // No security vendor engaged: its column, all "No duty", is left out and the matrix says so.
    await expect(page.getByText(/No cloud security vendor is engaged/)).toBeVisible();
    await expect(cellOf(page, /Data-centre facility/, 1)).toHaveText(/Owner · whole layer/);
    await expect(cellOf(page, /Virtualised infrastructure/, 0)).toHaveText(/Owner · secure use/);
    await expect(cellOf(page, /Virtualised infrastructure/, 1)).toHaveText(
      /Owner · the service itself/,
    );
    await expect(cellOf(page, /Business data/, 0)).toHaveText(/Owner · whole layer/);
  });

  test('moves the duties when the service type and delivery mode change', async ({ page }) => {
    await openIn(page, 'en');
    await page.getByRole('radio', { name: /SaaS/ }).check();
    await expect(cellOf(page, /Platform software/, 1)).toHaveText(/Owner · whole layer/);
    await expect(cellOf(page, /Application software/, 0)).toHaveText(/Owner · secure use/);

    await page.getByRole('radio', { name: /Cloud software delivery/ }).check();
    await expect(cellOf(page, /Data-centre facility/, 0)).toHaveText(/Owner · whole layer/);
    await expect(cellOf(page, /Data-centre facility/, 1)).toHaveText('No duty');

    await page.getByRole('radio', { name: /managed operations/ }).check();
    await expect(cellOf(page, /Data-centre facility/, 1)).toHaveText(
      /Supporter · whole layer · via operations service/,
    );
    await expect(
      page.getByRole('rowheader', { name: /Cloud operations and maintenance service/ }),
    ).toBeVisible();
  });

  test('shows the report terms in Chinese', async ({ page }) => {
    await openIn(page, 'zh-CN');
    await expect(page.getByRole('heading', { name: '云安全责任共担工作台' })).toBeVisible();
    await page.getByRole('radio', { name: /PaaS/ }).check();
    await page.getByRole('radio', { name: /云软件交付\+服务托管模式/ }).check();
    await expect(page.getByRole('table')).toHaveAccessibleName(
      /平台能力类云服务 · 云软件交付\+服务托管模式/,
    );
    await expect(cellOf(page, /平台软件/, 0)).toHaveText(/负责 · 安全使用/);
    await expect(cellOf(page, /平台软件/, 1)).toHaveText(/负责 · 服务自身/);
    await expect(cellOf(page, /平台软件/, 1)).toHaveText(/支撑 · 安全使用 · 经云运维运营服务/);
  });

  test('remembers the language across a reload', async ({ page }) => {
    await openIn(page, 'en');
    await page.reload();
    await expect(
      page.getByRole('heading', { name: 'Shared Responsibility Workbench' }),
    ).toBeVisible();
  });

  for (const language of ['zh-CN', 'en'] as const) {
    test(`has no WCAG 2.2 AA violations in ${language}`, async ({ page }) => {
      await openIn(page, language);
      await page.getByRole('radio', { name: /managed|托管/ }).check();
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
    });
  }
});

// What arrives once storage has opened (the save status, the workspace switcher, the templates offer)
// must not push the page down: a click aimed at a tab while it moves lands on nothing.
test.describe('first screen, while storage opens', () => {
  for (const language of ['zh-CN', 'en'] as const) {
    for (const width of [1280, 768, 390]) {
      test(`nothing moves in ${language} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.addInitScript(() => {
          const shifts: number[] = [];
          Object.assign(window, { layoutShifts: shifts });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              shifts.push((entry as unknown as { value: number }).value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`/?lang=${language}`);
        await expect(
          page.getByRole('status').filter({ hasText: /All changes saved|所有更改已保存/ }),
        ).toBeVisible();
        // The action bar's buttons are enabled once storage has opened: everything late has arrived.
        await expect(page.getByRole('button', { name: /^(Workspaces|管理工作区)$/ })).toBeEnabled();
        await page.waitForTimeout(300);
        const shifts = await page.evaluate(
          () => (window as unknown as { layoutShifts: number[] }).layoutShifts,
        );
        expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
      });
    }
  }
});

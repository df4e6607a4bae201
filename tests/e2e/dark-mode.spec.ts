import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const SAVED = { en: 'All changes saved', 'zh-CN': '所有更改已保存' } as const;

async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    where,
  ).toEqual([]);
}

for (const language of ['en', 'zh-CN'] as const) {
  for (const width of [1400, 390]) {
    test(`in dark mode axe finds nothing on the workbench and the parties view (${language}, ${width} px)`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.goto(`/?lang=${language}&type=paas&mode=managedDelivery`);
      await expect(page.getByRole('status').filter({ hasText: SAVED[language] })).toBeVisible();
      // The dark palette is in force: the page is dark, its text light.
      const colours = await page.evaluate(() => {
        const style = getComputedStyle(document.documentElement);
        return { scheme: style.colorScheme, page: style.backgroundColor };
      });
      expect(colours.scheme).toBe('dark');
      expect(colours.page).toBe('rgb(17, 22, 29)');
      await expectNoAxeViolations(page, 'workbench');
      await page.goto(`/?lang=${language}&view=parties`);
      await expect(page.locator('#view-heading')).toBeVisible();
      await expectNoAxeViolations(page, 'parties');
    });
  }
}

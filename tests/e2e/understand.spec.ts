import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './guarded-test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('understanding and checking a scenario', () => {
  test('links a finding to its cell after the customer loses business data', async ({ page }) => {
    await page.goto('/?type=iaas&mode=cloudService&lang=en');
    const checks = page.getByRole('region', { name: 'Checks' });
    await expect(checks.getByRole('status')).toContainText('All four principles pass');

    await page
      .getByRole('button', { name: 'Cloud service customer, Business data', exact: true })
      .click();
    await page.getByRole('button', { name: 'Change this cell' }).click();
    await page.getByRole('button', { name: 'Remove duty 1' }).click();
    await page.getByLabel('Reason for the change').fill('Testing what the checks say.');
    await page.getByRole('button', { name: 'Apply change' }).click();

    await expect(checks.getByRole('status')).toContainText(/error/);
    const finding = checks.getByRole('button', {
      name: /Business data is not owned by the customer/,
    });
    // Look at another cell first, so following the finding visibly moves the selection back.
    await page
      .getByRole('button', { name: 'Cloud service provider, Data-centre facility' })
      .click();
    await finding.click();
    await expect(
      page.getByRole('button', { name: 'Cloud service customer, Business data', exact: true }),
    ).toBeFocused();
    await expect(
      page.getByRole('heading', { name: 'Cloud service customer · Business data' }),
    ).toBeVisible();
  });

  test('draws who owns each layer and how it moves across modes', async ({ page }) => {
    await page.goto('/?type=paas&mode=cloudService&lang=en');
    // One responsibility picture: the matrix first, the layer picture and the shift as its tabs.
    await page.getByRole('tab', { name: 'Layer picture' }).click();
    const picture = page.getByRole('img', { name: /Platform capability service \(PaaS\)/ }).first();
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAccessibleDescription(
      /Data-centre facility \(under the service\): owned by Cloud service provider/,
    );

    await page.getByRole('radio', { name: /Cloud software delivery/ }).check();
    await expect(picture).toHaveAccessibleDescription(
      /Data-centre facility \(under the service\): owned by Cloud service customer/,
    );

    await page.getByRole('tab', { name: 'How it shifts' }).click();
    const figures = page.getByRole('figure');
    await expect(figures.filter({ hasText: 'Cloud service' }).first()).toBeVisible();
    await page.getByRole('radio', { name: 'Compare service types' }).check();
    await expect(page.getByRole('figure', { name: /IaaS/ })).toBeVisible();
    await expect(page.getByRole('figure', { name: /SaaS/ })).toBeVisible();
  });

  test('explains the 2.0 system in Chinese', async ({ page }) => {
    await page.goto('/?lang=zh-CN');
    await page.getByRole('button', { name: '四大基本原则' }).click();
    for (const principle of ['目的一致性', '责任合理性', '优势最大化', '协作透明性']) {
      await expect(
        page
          .getByRole('region', { name: /2.0 体系/ })
          .getByText(principle)
          .first(),
      ).toBeVisible();
    }
  });

  for (const language of ['zh-CN', 'en'] as const) {
    test(`has no WCAG 2.2 AA violations while editing, with findings and the guide open, in ${language}`, async ({
      page,
    }) => {
      await page.goto(`/?type=saas&mode=managedDelivery&lang=${language}`);
      await page.getByRole('switch').first().check();
      await page.getByRole('table').getByRole('button').first().click();
      await page.getByRole('button', { name: /Change this cell|调整该单元格/ }).click();
      await page.getByRole('button', { name: /Remove duty 1|删除第 1 项责任/ }).click();
      await page.getByRole('button', { name: /Apply change|应用调整/ }).click();
      for (const section of await page
        .getByRole('region', { name: /2.0/ })
        .getByRole('button')
        .all()) {
        await section.click();
      }
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
    });
  }
});

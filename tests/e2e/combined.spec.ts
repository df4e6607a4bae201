import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test';
import { writeRecord } from './idb-helpers';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const supporter = (partyId: string, serviceId: string) => ({
  duty: 'supporter',
  scope: 'whole',
  via: 'securityService',
  serviceId,
  partyId,
  basis: { source: 'override' },
});

// Two engagements: core banking on IaaS (cloud service) from CloudCo, whose business data was changed
// with a reason; mail on SaaS (software delivery) from SoftCo, whose application-software cell of the
// provider was emptied without a reason (two findings).
const WORKSPACE = {
  contract: { title: 'Combined view test', version: '1', date: '', notes: '' },
  parties: [
    { id: 'acme', name: 'Acme Bank', roles: ['customer'] },
    { id: 'cloudco', name: 'CloudCo', roles: ['provider'] },
    { id: 'softco', name: 'SoftCo', roles: ['provider'] },
    { id: 'shieldco', name: 'ShieldCo', roles: ['securityVendor'] },
  ],
  engagements: [
    {
      id: 'engagement-1',
      name: 'Core banking',
      resourceService: 'iaas',
      mode: 'cloudService',
      customerPartyId: 'acme',
      providerPartyId: 'cloudco',
      securityServices: [{ id: 'security-1', vendorPartyId: 'shieldco', layers: 'default' }],
      operationsService: { id: 'ops-1', providerPartyId: 'cloudco', layers: 'default' },
    },
    {
      id: 'engagement-2',
      name: 'Mail',
      resourceService: 'saas',
      mode: 'softwareDelivery',
      customerPartyId: 'acme',
      providerPartyId: 'softco',
      securityServices: [{ id: 'security-2', vendorPartyId: 'shieldco', layers: 'default' }],
      operationsService: null,
    },
  ],
  overrides: [
    {
      engagementId: 'engagement-1',
      rowId: 'businessData',
      role: 'provider',
      assignments: [supporter('shieldco', 'security-1')],
      reason: 'Backups are in the security contract.',
    },
    {
      engagementId: 'engagement-2',
      rowId: 'applicationSoftware',
      role: 'provider',
      assignments: [],
      reason: '',
    },
  ],
  channels: [],
  departments: [],
  raci: [],
};

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

/** Seeds the workspace into storage as a returning user's, and opens the combined view. */
async function openCombined(page: Page, language: 'en' | 'zh-CN' = 'en') {
  await page.goto('/?lang=en');
  await saved(page);
  await writeRecord(page, 'workspace:combined-test', {
    id: 'combined-test',
    name: 'Combined view test',
    revision: 1,
    updatedAt: new Date().toISOString(),
    shared: false,
    document: {
      format: 'shared-responsibility-workbench/workspace',
      schemaVersion: 2,
      workspace: WORKSPACE,
    },
  });
  await writeRecord(page, 'setting:last-opened', 'combined-test');
  // As a new tab: a reloaded tab reopens its own workspace, a new one the one opened last.
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(`/?lang=${language}`);
  if (language === 'en') await saved(page);
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /All engagements|全部合作/ })
    .click();
  await expect(page).toHaveURL(/view=combined/);
}

/** The rows shown, as "engagement / row" in page order. */
function shownRows(page: Page) {
  return page.locator('.combined-engagement').evaluateAll((sections) =>
    sections.flatMap((section) => {
      const engagement = section.querySelector('h3')?.textContent ?? '';
      return [...section.querySelectorAll('tbody th .combined-row-name')].map(
        (name) => `${engagement} / ${name.textContent}`,
      );
    }),
  );
}

const count = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing/ });

test.describe('the combined view of all engagements', () => {
  test('shows every engagement with the parties in each role', async ({ page }) => {
    await openCombined(page);
    await expect(count(page)).toHaveText('Showing 13 of 13 rows, in 2 of 2 engagements.');
    const banking = page.getByRole('table', { name: 'Core banking' });
    const mail = page.getByRole('table', { name: 'Mail' });
    await expect(banking.getByRole('columnheader')).toHaveText([
      'Asset layer',
      'Cloud service customerAcme Bank',
      'Cloud service providerCloudCo',
      'Cloud security vendorShieldCo',
    ]);
    await expect(mail.getByRole('columnheader').nth(2)).toHaveText('Cloud service providerSoftCo');
    await expect(banking.getByRole('rowheader')).toHaveCount(7);
    await expect(mail.getByRole('rowheader')).toHaveCount(6);
    // The provider column of core banking holds ShieldCo's support: the cell says who carries it.
    await expect(
      banking.getByRole('button', { name: /Cloud service provider, Business data/ }),
    ).toContainText('Supporter · whole layer · via security service · by ShieldCo');
    await expect(mail.getByRole('rowheader', { name: /Application software/ })).toContainText(
      'Layer has no complete owner',
    );
  });

  test('narrows the rows with each filter, counts them, and clears', async ({ page }) => {
    await openCombined(page);
    const filters = page.getByRole('group', { name: 'Filters' });
    await filters.getByLabel('Party').selectOption({ label: 'CloudCo' });
    await expect(count(page)).toHaveText('Showing 3 of 13 rows, in 1 of 2 engagements.');
    expect(await shownRows(page)).toEqual([
      'Core banking / Virtualised infrastructure',
      'Core banking / Data-centre facility',
      'Core banking / Cloud operations and maintenance service itself',
    ]);
    await filters.getByLabel('Party').selectOption({ label: 'Any party' });

    await filters.getByLabel('Role').selectOption({ label: 'Cloud service provider' });
    await expect(count(page)).toContainText('Showing 4 of 13 rows');
    await filters.getByLabel('Asset layer').selectOption({ label: 'Business data' });
    expect(await shownRows(page)).toEqual(['Core banking / Business data']);
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect(count(page)).toContainText('Showing 13 of 13 rows');

    await filters.getByLabel('Only cells changed from the baseline').check();
    await expect(count(page)).toContainText('Showing 2 of 13 rows');
    expect(await shownRows(page)).toEqual([
      'Core banking / Business data',
      'Mail / Application software',
    ]);
    await filters.getByLabel('Only cells with findings').check();
    await expect(count(page)).toHaveText('Showing 1 of 13 rows, in 1 of 2 engagements.');
    expect(await shownRows(page)).toEqual(['Mail / Application software']);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);

    await filters.getByLabel('Party').selectOption({ label: 'Acme Bank' });
    await filters.getByLabel('Role').selectOption({ label: 'Cloud security vendor' });
    await expect(count(page)).toContainText('Showing 0 of 13 rows');
    await expect(count(page)).toContainText('No row matches these filters.');
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect(count(page)).toContainText('Showing 13 of 13 rows');
    await expect(filters.getByLabel('Only cells with findings')).not.toBeChecked();
  });

  test('opens a cell in its engagement’s matrix', async ({ page }) => {
    await openCombined(page);
    await page
      .getByRole('button', {
        name: 'Mail: Cloud service provider, Application software. Open in the matrix',
      })
      .click();
    await expect(page).not.toHaveURL(/view=combined/);
    await expect(page.getByLabel('Engagement', { exact: true })).toHaveValue('engagement-2');
    const cell = page
      .locator('table.matrix')
      .getByRole('button', { name: 'Cloud service provider, Application software', exact: true });
    await expect(cell).toHaveAttribute('aria-current', 'true');
    await expect(cell).toBeFocused();
  });

  for (const language of ['en', 'zh-CN'] as const) {
    test(`passes axe and is screenshotted in ${language}`, async ({ page }) => {
      await openCombined(page, language);
      await expect(page.locator('.combined-engagement')).toHaveCount(2);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
      for (const width of [1400, 768]) {
        await page.setViewportSize({ width, height: 1100 });
        await page.screenshot({
          path: `/tmp/shots-combined/combined-${language}-${width}.png`,
          fullPage: true,
        });
      }
    });
  }
});

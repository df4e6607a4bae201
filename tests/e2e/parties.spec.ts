import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { parseCsvRecords } from './csv-file';
import { expect, test } from './guarded-test';
import { downloadFromExportMenu } from './shell';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

async function addParty(page: Page, name: string, roles: readonly string[]) {
  await page.getByLabel('Name of the new party').fill(name);
  const roleGroup = page.getByRole('group', { name: 'Roles of the new party' });
  for (const role of roles) await roleGroup.getByLabel(role).check();
  await page.getByRole('button', { name: 'Add party' }).click();
  await expect(page.getByRole('textbox', { name: `Name of ${name}` })).toHaveValue(name);
}

/** An engagement's card, found by its heading. */
function engagementCard(page: Page, heading: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4, name: heading, exact: true }) });
}

async function nameEngagement(card: Locator, name: string) {
  await card.getByLabel('Engagement name').fill(name);
  await card.getByLabel('Engagement name').press('Enter');
}

/** Bank buys IaaS from Cloud A and SaaS from Cloud B, which also sells it a security service. */
async function buildTwoProviderWorkspace(page: Page) {
  await addParty(page, 'Bank', ['Cloud service customer']);
  await addParty(page, 'Cloud A', ['Cloud service provider']);
  await addParty(page, 'Cloud B', ['Cloud service provider', 'Cloud security vendor']);
  await nameEngagement(engagementCard(page, 'Engagement 1: IaaS, Cloud service'), 'Core banking');
  const core = engagementCard(page, 'Core banking');
  await core.getByLabel('Cloud service customer').selectOption({ label: 'Bank' });
  await core.getByLabel('Cloud service provider').selectOption({ label: 'Cloud A' });
  await page.getByRole('button', { name: 'Add engagement' }).click();
  await expect(page.getByLabel('Engagement name').last()).toBeFocused();
  await nameEngagement(engagementCard(page, 'Engagement 2: IaaS, Cloud service'), 'CRM');
  const crm = engagementCard(page, 'CRM');
  await crm
    .getByLabel('Service type')
    .selectOption({ label: 'Application capability service (SaaS)' });
  await crm.getByLabel('Cloud service customer').selectOption({ label: 'Bank' });
  await crm.getByLabel('Cloud service provider').selectOption({ label: 'Cloud B' });
  await crm.getByRole('button', { name: 'Add a security service' }).click();
  await crm.getByLabel('Vendor of Security service 1').selectOption({ label: 'Cloud B' });
}

test.describe('parties and engagements', () => {
  test('a renamed provider shows in the view, the matrix header and the CSV', async ({ page }) => {
    await page.goto('/?view=parties&lang=en');
    await saved(page);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Parties and engagements' }),
    ).toBeVisible();
    await buildTwoProviderWorkspace(page);

    const name = page.getByRole('textbox', { name: 'Name of Cloud A' });
    await name.fill('Cloud Alpha');
    await name.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Name of Cloud Alpha' })).toHaveValue(
      'Cloud Alpha',
    );
    const core = engagementCard(page, 'Core banking');
    await expect(core.getByLabel('Cloud service provider')).toHaveValue('party-2');
    await expect(core.getByLabel('Cloud service provider').locator('option:checked')).toHaveText(
      'Cloud Alpha',
    );

    await core.getByRole('button', { name: 'Open in matrix' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Responsibility matrix' }),
    ).toBeVisible();
    const header = page.getByRole('columnheader', { name: /Cloud service provider/ });
    await expect(header).toContainText('Cloud Alpha');

    // The other engagement names its own provider and vendor in its headers.
    await page.getByLabel('Engagement', { exact: true }).selectOption({ label: 'CRM' });
    await expect(page.getByRole('columnheader', { name: /Cloud service provider/ })).toContainText(
      'Cloud B',
    );
    await expect(page.getByRole('columnheader', { name: /Cloud security vendor/ })).toContainText(
      'Cloud B',
    );
    await expect(
      page.getByRole('group', { name: /Layers the Security service covers/ }),
    ).toContainText('Cloud B');

    await saved(page);
    const file = await downloadFromExportMenu(page, 'Download matrix (CSV)');
    const path = join(tmpdir(), `${Date.now()}-${file.suggestedFilename()}`);
    await file.saveAs(path);
    const records = parseCsvRecords(readFileSync(path, 'utf8'));
    const providerParties = new Set(
      records
        .filter((r) => r.engagement_id === 'engagement-1' && r.role_id === 'provider')
        .map((r) => r.party),
    );
    expect(providerParties).toContain('Cloud Alpha');
    expect(records.some((r) => r.party === 'Cloud A')).toBe(false);
    expect(
      records.some(
        (r) =>
          r.engagement_id === 'engagement-2' &&
          r.role_id === 'securityVendor' &&
          r.party === 'Cloud B',
      ),
    ).toBe(true);
  });

  test('refuses an empty name, warns of a taken one, and undoes a removal', async ({ page }) => {
    await page.goto('/?view=parties&lang=en');
    await saved(page);
    await page.getByRole('button', { name: 'Add party' }).click();
    await expect(
      page.getByText('Enter a name: a party without a name is not added.'),
    ).toBeVisible();
    await expect(page.getByLabel('Name of the new party')).toBeFocused();
    await addParty(page, 'Bank', ['Cloud service customer']);
    await page.getByLabel('Name of the new party').fill('bank ');
    await expect(
      page.getByText('Another party is also called “bank”.', { exact: false }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Remove Bank' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Removed “Bank”.' })).toBeVisible();
    // The notice's own button, named apart from the edit history's Undo in the header.
    const undoRemoval = page.getByRole('button', {
      name: 'Undo removal',
      description: 'Removed “Bank”.',
    });
    await expect(undoRemoval).toBeFocused();
    await undoRemoval.click();
    await expect(page.getByRole('textbox', { name: 'Name of Bank' })).toHaveValue('Bank');
  });

  for (const language of ['en', 'zh-CN'] as const) {
    test(`has no WCAG 2.2 AA violations in ${language}`, async ({ page }) => {
      await page.goto('/?view=parties&lang=en');
      await saved(page);
      await buildTwoProviderWorkspace(page);
      await page.getByRole('combobox', { name: /Language|语言/ }).selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
    });
  }
});

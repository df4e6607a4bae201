import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test';

/** A matrix cell by its accessible name: "<role>, <row>" (Chinese uses a full-width comma). */
function cell(page: Page, role: string, row: string, separator = ', ') {
  return page
    .getByRole('table')
    .getByRole('button', { name: `${role}${separator}${row}`, exact: true });
}

test.describe('workbench', () => {
  test('opens the scenario and language the address asks for', async ({ page }) => {
    await page.goto('/?type=saas&mode=softwareDelivery&lang=en');
    await expect(page.getByRole('radio', { name: /SaaS/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: /Cloud software delivery/ })).toBeChecked();
    await expect(cell(page, 'Cloud service provider', 'Application software')).toContainText(
      'Owner · the service itself',
    );
    await page.getByRole('radio', { name: /PaaS/ }).check();
    await expect(page).toHaveURL(/type=paas&mode=softwareDelivery&lang=en/);
  });

  test('falls back to defaults with a visible notice for unknown parameters', async ({ page }) => {
    await page.goto('/?type=xaas&mode=managedDelivery&lang=en');
    await expect(page.getByRole('status').filter({ hasText: 'type=xaas' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /IaaS/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: /managed operations/ })).toBeChecked();
  });

  test('adds security-vendor support when the security service is switched on', async ({
    page,
  }) => {
    await page.goto('/?type=iaas&mode=cloudService&lang=en');
    const vendorData = cell(page, 'Cloud security vendor', 'Business data');
    // No vendor engaged: the vendor's column is not shown at all.
    await expect(vendorData).toHaveCount(0);
    await page.getByRole('switch', { name: 'Security service' }).check();
    await expect(vendorData).toContainText('Supporter · whole layer · via security service');
    await page
      .getByRole('group', { name: /Layers the Security service covers/ })
      .getByLabel('Business data')
      .uncheck();
    await expect(vendorData).toContainText('No duty');
    await expect(page.getByRole('switch', { name: 'Operations service' })).toBeEnabled();
    await page.getByRole('radio', { name: /Cloud software delivery/ }).check();
    await expect(page.getByRole('switch', { name: 'Operations service' })).toBeDisabled();
  });

  test('edits a cell with a reason, marks it, and undoes and redoes the edit', async ({ page }) => {
    await page.goto('/?type=iaas&mode=cloudService&lang=en');
    const providerData = cell(page, 'Cloud service provider', 'Business data');
    await providerData.click();
    await expect(
      page.getByRole('heading', { name: 'Cloud service provider · Business data' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Change this cell' }).click();
    await page.getByRole('button', { name: 'Add a duty' }).click();
    const duty = page.getByRole('group', { name: 'Duty 1' });
    await duty.getByLabel('Duty', { exact: true }).selectOption('supporter');
    await duty.getByLabel('Carried by').selectOption('opsService');
    await page.getByRole('button', { name: 'Apply change' }).click();
    await expect(page.getByRole('alert')).toHaveText(/Give a reason/);
    await page
      .getByLabel('Reason for the change')
      .fill('Backup of business data is in the operations contract, annex B.');
    await page.getByRole('button', { name: 'Apply change' }).click();

    await expect(providerData).toContainText('Supporter · whole layer · via operations service');
    await expect(providerData).toContainText('Changed');
    await expect(page.getByText('1 cell(s) changed from the baseline')).toBeVisible();
    await expect(
      page.getByText('Backup of business data is in the operations contract, annex B.'),
    ).toBeVisible();

    await page.keyboard.press('Control+z');
    await expect(providerData).toContainText('No duty');
    await page.keyboard.press('Control+y');
    await expect(providerData).toContainText('Changed');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(providerData).toContainText('No duty');
    await page.keyboard.press('Control+Shift+z');
    await expect(providerData).toContainText('Changed');

    await page.getByRole('button', { name: 'Reset all to baseline' }).click();
    await expect(providerData).toContainText('No duty');
    await expect(page.getByText('Baseline, no changes')).toBeVisible();
  });

  test('shows the basis of a derived row apart from the report', async ({ page }) => {
    await page.goto('/?type=iaas&mode=managedDelivery&lang=zh-CN');
    await cell(page, '云服务商', '云运维运营服务自身', '，').click();
    await expect(page.getByText(/依据 §2.4 推导/)).toBeVisible();
    await cell(page, '云服务客户', '机房基础设施', '，').click();
    await expect(page.getByText('报告 §2.3.2')).toBeVisible();
  });
});

test.describe('keyboard', () => {
  test('moves between cells with the arrow keys and opens the detail with Enter', async ({
    page,
  }) => {
    await page.goto('/?type=iaas&mode=cloudService&lang=en');
    // The matrix shows at once on a first visit but takes focus only once storage has answered.
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    const first = cell(page, 'Cloud service customer', 'Business data');
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(cell(page, 'Cloud service customer', 'Application software')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(cell(page, 'Cloud service provider', 'Application software')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('End');
    await expect(cell(page, 'Cloud service provider', 'Application software')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { name: 'Cloud service provider · Application software' }),
    ).toBeVisible();
    // Only the selected cell is in the Tab order, so Tab leaves the matrix.
    await expect(cell(page, 'Cloud service provider', 'Application software')).toHaveAttribute(
      'tabindex',
      '0',
    );
    await expect(first).toHaveAttribute('tabindex', '-1');
  });
});

const FACILITY_AND_DATA_OWNERS = [
  { mode: 'cloudService', facility: 'Cloud service provider' },
  { mode: 'softwareDelivery', facility: 'Cloud service customer' },
  { mode: 'managedDelivery', facility: 'Cloud service customer' },
] as const;

test.describe('owners of facility and business data in every scenario', () => {
  for (const type of ['iaas', 'paas', 'saas'] as const) {
    for (const { mode, facility } of FACILITY_AND_DATA_OWNERS) {
      test(`${type} in ${mode}: the facility is the ${facility}'s, business data the customer's`, async ({
        page,
      }) => {
        await page.goto(`/?type=${type}&mode=${mode}&lang=en`);
        await expect(cell(page, facility, 'Data-centre facility')).toContainText(
          'Owner · whole layer',
        );
        await expect(cell(page, 'Cloud service customer', 'Business data')).toContainText(
          'Owner · whole layer',
        );
      });
    }
  }
});

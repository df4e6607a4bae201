import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { parseCsv } from './csv-file';
import { expect, test } from './guarded-test';
import { openShellDialog } from './shell';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = process.env.PARTY_SHOTS;

// CloudCo is provider, security vendor and operations provider of a public IaaS, and customer of a
// government SaaS run by SoftCo; the contract changed one of CloudCo's cells.
const WORKSPACE = {
  format: 'shared-responsibility-workbench/workspace',
  schemaVersion: 2,
  workspace: {
    contract: { title: 'Bank core', version: '1.2', date: '2026-11-28', notes: '' },
    parties: [
      { id: 'bank', name: 'Bank', roles: ['customer'] },
      { id: 'cloud', name: 'CloudCo', roles: ['provider', 'securityVendor', 'customer'] },
      { id: 'soft', name: 'SoftCo', roles: ['provider'] },
      { id: 'shield', name: 'ShieldCo', roles: ['securityVendor'] },
    ],
    engagements: [
      {
        id: 'e1',
        name: 'Public IaaS',
        resourceService: 'iaas',
        mode: 'cloudService',
        customerPartyId: 'bank',
        providerPartyId: 'cloud',
        securityServices: [{ id: 's1', vendorPartyId: 'cloud', layers: 'default' }],
        operationsService: { id: 'ops1', providerPartyId: 'cloud', layers: 'default' },
      },
      {
        id: 'e2',
        name: 'Government SaaS',
        resourceService: 'saas',
        mode: 'managedDelivery',
        customerPartyId: 'cloud',
        providerPartyId: 'soft',
        securityServices: [{ id: 's2', vendorPartyId: 'shield', layers: 'default' }],
        operationsService: { id: 'ops2', providerPartyId: 'soft', layers: 'default' },
      },
    ],
    overrides: [
      {
        engagementId: 'e1',
        rowId: 'businessData',
        role: 'provider',
        assignments: [
          { duty: 'owner', scope: 'use', partyId: 'cloud', basis: { source: 'override' } },
        ],
        reason: '=Backups per annex B',
      },
    ],
    channels: [],
    departments: [],
    raci: [],
  },
};

// The view names the service that carries a support; the matrix says "via" it.
const VIA: Readonly<Record<string, string>> = {
  '—': '',
  'Security service': ' · via security service',
  'Operations service': ' · via operations service',
};

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

async function openSeeded(page: Page) {
  await page.goto('/?lang=en');
  await saved(page);
  const file = join(tmpdir(), `party-duties-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(WORKSPACE));
  await openShellDialog(page, 'export');
  await page.getByLabel('Import a file (JSON or CSV)').setInputFiles(file);
  await page.getByRole('button', { name: 'Open as a new workspace' }).click();
  await saved(page);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'What each party owes' })
    .click();
}

const text = async (cell: Locator) => ((await cell.textContent()) ?? '').trim();

/** Each duty of a table as `row | role | duty · scope[ · via]`, as the matrix words it. */
async function listedDuties(table: Locator): Promise<string[]> {
  const lines: string[] = [];
  for (const row of await table.locator('tbody tr').all()) {
    const name = await text(row.locator('th .party-duty-row'));
    const cells = row.locator('td');
    const role = await text(cells.nth(0));
    const duty = await text(cells.nth(1).locator('.assignment > span').last());
    const scope = await text(cells.nth(2));
    const via = VIA[await text(cells.nth(3))];
    lines.push(`${name} | ${role} | ${duty} · ${scope}${via}`);
  }
  return lines.sort();
}

/** Every assignment the matrix shows in the given columns, worded like listedDuties. */
async function matrixDuties(page: Page, roles: readonly string[]): Promise<string[]> {
  const matrix = page.locator('table.matrix');
  const columns = await matrix.locator('thead th').allTextContents();
  const lines: string[] = [];
  for (const row of await matrix.locator('tbody tr').all()) {
    const name = await text(row.locator('th .row-header-name'));
    const cells = row.locator('td');
    for (let i = 0; i < (await cells.count()); i += 1) {
      const role = roles.find((r) => columns[i + 1]?.startsWith(r));
      if (!role) continue;
      for (const words of await cells.nth(i).locator('li .assignment > span:last-child').all()) {
        lines.push(`${name} | ${role} | ${await text(words)}`);
      }
    }
  }
  return lines.sort();
}

async function download(page: Page, button: string) {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  const path = join(tmpdir(), `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

test.describe('what each party owes', () => {
  test('per-party view matches the matrix', async ({ page }) => {
    test.setTimeout(90_000);
    await openSeeded(page);
    await page.getByLabel('Party', { exact: true }).selectOption({ label: 'CloudCo' });
    await expect(
      page.getByText('10 duties as owner, 5 as supporter, across 2 engagement(s).'),
    ).toBeVisible();
    const expectations = [
      { engagement: 'Public IaaS', roles: ['Cloud service provider', 'Cloud security vendor'] },
      { engagement: 'Government SaaS', roles: ['Cloud service customer'] },
    ];
    const listed: string[][] = [];
    for (const { engagement, roles } of expectations) {
      const table = page.getByRole('table', { name: `Duties of CloudCo in ${engagement}` });
      listed.push(await listedDuties(table));
      await expect(page.getByRole('region', { name: engagement })).toContainText(
        `Acts here as: ${roles.join(', ')}`,
      );
    }
    expect(listed.map((lines) => lines.length)).toEqual([10, 5]);
    const rows = page
      .getByRole('table', { name: 'Duties of CloudCo in Public IaaS' })
      .locator('tbody tr');
    const changed = rows.filter({ hasText: 'Backups per annex B' });
    await expect(changed).toContainText('Set for the contract');
    await expect(changed).toContainText('Baseline: no duty');
    await expect(rows.filter({ hasText: 'Cloud security service itself' })).toContainText(
      'Derived from §2.4',
    );
    await expect(rows.filter({ hasText: 'Data-centre facility' })).toContainText('Report §2.3.2');
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);

    // CSV: one line per listed duty, the injection guard on the contract's reason.
    const csv = await download(page, 'Download list (CSV)');
    expect(csv.name).toBe('duties-of-CloudCo_Bank-core_v1.2_2026-11-28.csv');
    const csvRows = parseCsv(readFileSync(csv.path, 'utf8'));
    expect(csvRows[0]).toEqual([
      'Party',
      'Engagement',
      'Layer or service',
      'Role',
      'Duty',
      'Scope',
      'Carried by',
      'Basis',
      'Changed for the contract',
      'Reason',
    ]);
    expect(csvRows).toHaveLength(1 + listed.flat().length);
    expect(csvRows.slice(1).every((r) => r[0] === 'CloudCo')).toBe(true);
    expect(csvRows.filter((r) => r[1] === 'Government SaaS')).toHaveLength(listed[1]?.length ?? -1);
    expect(csvRows).toContainEqual([
      'CloudCo',
      'Public IaaS',
      'Business data',
      'Cloud service provider',
      'Owner',
      'secure use',
      '—',
      'Set for the contract',
      'yes',
      "'=Backups per annex B",
    ]);

    // PDF: the list as text, with the contract it belongs to.
    const pdf = await download(page, 'Download list (PDF)');
    expect(pdf.name).toBe('duties-of-CloudCo_Bank-core_v1.2_2026-11-28.pdf');
    await expect(
      page.getByRole('status').filter({ hasText: /The PDF list was saved/ }),
    ).toBeVisible();
    const pdfText = execFileSync('pdftotext', ['-raw', pdf.path, '-'], { encoding: 'utf8' });
    for (const part of [
      'Duties of CloudCo',
      'Bank core',
      '2026-11-28',
      '10 duties as owner, 5 as supporter, across 2 engagement(s).',
      'Engagement 1: Public IaaS',
      'Engagement 2: Government SaaS',
      '=Backups per annex B',
      'Signed for CloudCo',
    ]) {
      expect(pdfText).toContain(part);
    }
    expect(pdfText).toMatch(/Page 1 of \d+/);
    expect(execFileSync('pdffonts', [pdf.path], { encoding: 'utf8' })).toMatch(/yes\s+yes\s+yes/);

    // Each engagement's matrix shows exactly these duties in CloudCo's columns.
    for (const [i, { engagement, roles }] of expectations.entries()) {
      await page
        .getByRole('table', { name: `Duties of CloudCo in ${engagement}` })
        .getByRole('button', { name: /^Open in matrix/ })
        .first()
        .click();
      await expect(page.getByRole('heading', { name: 'Responsibility matrix' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Cell detail' })).toBeVisible();
      expect(await matrixDuties(page, roles)).toEqual(listed[i]);
      await page.goBack();
      await expect(page.getByLabel('Party', { exact: true })).toBeVisible();
      await page.getByLabel('Party', { exact: true }).selectOption({ label: 'CloudCo' });
    }
  });

  test('makes the list in Chinese, in the report’s words', async ({ page }) => {
    test.setTimeout(60_000);
    await openSeeded(page);
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByLabel('参与方', { exact: true }).selectOption({ label: 'CloudCo' });
    await expect(page.getByText('负责 10 项，支撑 5 项，涉及 2 项合作。')).toBeVisible();
    const pdf = await download(page, '下载清单（PDF）');
    expect(pdf.name).toBe('责任清单-CloudCo_Bank-core_v1.2_2026-11-28.pdf');
    const pdfText = execFileSync('pdftotext', ['-raw', pdf.path, '-'], { encoding: 'utf8' });
    for (const part of [
      'CloudCo的责任清单',
      '合作 1：Public IaaS',
      '云服务商',
      '负责',
      '安全使用',
    ]) {
      expect(pdfText).toContain(part);
    }
    expect(pdfText).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/);
  });

  test('looks right in both languages and at tablet width', async ({ page }) => {
    test.skip(!SHOTS, 'screenshots only when PARTY_SHOTS names a folder');
    await openSeeded(page);
    await page.getByLabel('Party', { exact: true }).selectOption({ label: 'CloudCo' });
    for (const width of [1400, 768]) {
      await page.setViewportSize({ width, height: 1000 });
      await page.screenshot({ path: join(SHOTS ?? '', `en-${width}.png`), fullPage: true });
    }
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByLabel('参与方', { exact: true }).selectOption({ label: 'CloudCo' });
    for (const width of [1400, 768]) {
      await page.setViewportSize({ width, height: 1000 });
      await page.screenshot({ path: join(SHOTS ?? '', `zh-${width}.png`), fullPage: true });
    }
  });
});

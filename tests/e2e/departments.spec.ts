import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parseCsv } from './csv-file';
import { expect, test } from './guarded-test';
import { downloadToDisk, openShellDialog } from './shell';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = '/tmp/shots-departments';

/** A SaaS engagement on a public cloud with a named customer and provider. */
const WORKSPACE_FILE = {
  format: 'shared-responsibility-workbench/workspace',
  schemaVersion: 2,
  workspace: {
    contract: { title: 'Bank core', version: '1.0', date: '2026-11-29', notes: '' },
    parties: [
      { id: 'acme', name: 'Acme Bank', roles: ['customer'] },
      { id: 'cloudco', name: 'CloudCo', roles: ['provider'] },
    ],
    engagements: [
      {
        id: 'e1',
        name: 'Mail',
        resourceService: 'saas',
        mode: 'cloudService',
        customerPartyId: 'acme',
        providerPartyId: 'cloudco',
        securityServices: [],
        operationsService: null,
      },
    ],
    overrides: [],
    channels: [
      {
        id: 'c1',
        fromPartyId: 'cloudco',
        toPartyId: 'acme',
        category: 'keyActivities',
        what: 'incidents',
        trigger: 'incident',
        timeliness: '1h',
        medium: 'ticket',
      },
    ],
    departments: [],
    raci: [],
  },
};

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

async function seed(page: Page, language: 'en' | 'zh-CN' = 'en') {
  await page.goto('/?lang=en');
  await saved(page);
  const path = join(tmpdir(), `departments-${Date.now()}.json`);
  writeFileSync(path, JSON.stringify(WORKSPACE_FILE));
  await openShellDialog(page, 'export');
  await page.getByLabel('Import a file (JSON or CSV)').setInputFiles(path);
  await page.getByRole('button', { name: 'Replace the open workspace' }).click();
  await page.getByRole('button', { name: 'Replace', exact: true }).click();
  await saved(page);
  if (language === 'zh-CN') await page.getByLabel('Language').selectOption('zh-CN');
}

function dataRow(page: Page) {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /Business data|业务数据/ }) });
}

test.describe('departments inside the customer (RACI)', () => {
  test('flags two accountable departments, lists it in the checks, and exports the RACI', async ({
    page,
  }) => {
    await seed(page);
    await page.getByRole('link', { name: 'Departments (RACI)' }).click();
    await page.getByRole('button', { name: 'Add the four standard departments' }).click();
    await expect(page.getByRole('columnheader', { name: 'Operations' })).toBeVisible();

    const security = page.getByRole('button', { name: 'A Accountable: Security, Business data' });
    await security.click();
    await page.getByRole('button', { name: 'A Accountable: Business, Business data' }).click();
    await expect(security).toHaveAttribute('aria-pressed', 'true');
    await expect(dataRow(page)).toContainText('Several accountable departments: keep one');

    await page.getByRole('link', { name: 'Matrix' }).click();
    const checks = page.getByRole('region', { name: 'Checks' });
    await expect(checks).toContainText('Customer duty with several accountable departments');
    await expect(checks).toContainText('several departments of Acme Bank are Accountable (A)');

    await page.getByRole('link', { name: 'Departments (RACI)' }).click();
    await page.getByRole('button', { name: 'A Accountable: Security, Business data' }).click();
    await expect(dataRow(page)).toContainText('One accountable department');
    await expect(dataRow(page)).not.toContainText('Several');
    await saved(page);

    const { name, path } = await downloadToDisk(page, 'Download RACI (CSV)');
    expect(name).toBe('departments-raci_Bank-core_v1.0_2026-11-29.csv');
    const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
    expect(header).toEqual([
      'engagement_id',
      'engagement',
      'row_id',
      'row',
      'customer_duty',
      'party',
      'department_id',
      'department',
      'raci',
      'raci_meaning',
      'row_check',
    ]);
    // SaaS on a public cloud: two customer duties × four departments.
    expect(rows).toHaveLength(8);
    const business = rows.find((r) => r[2] === 'businessData' && r[7] === 'Business');
    expect(business?.slice(8)).toEqual(['A', 'Accountable', 'One accountable department']);
    expect(business?.[5]).toBe('Acme Bank');

    await page.getByRole('link', { name: 'Matrix' }).click();
    await expect(checks).not.toContainText('several accountable departments');
    const pdf = await downloadToDisk(page, 'Download contract annex (PDF)');
    const text = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Inside the customer: departments (RACI)');
    expect(text).toContain('Customer duty without an accountable department');
  });

  for (const language of ['en', 'zh-CN'] as const) {
    test(`looks right and has no WCAG 2.2 AA violations in ${language}`, async ({ page }) => {
      // Two full-page screenshots on a shared machine can take a while.
      test.setTimeout(90_000);
      await seed(page, language);
      await page.getByRole('link', { name: /Departments \(RACI\)|部门分工（RACI）/ }).click();
      await page
        .getByRole('button', { name: /Add the four standard departments|添加四个常用部门/ })
        .click();
      await page
        .getByRole('button', { name: /^A[ （].*(Security|安全部门).*(Business data|业务数据)$/ })
        .click();
      await page
        .getByRole('button', { name: /^A[ （].*(Business|业务部门).*(Business data|业务数据)$/ })
        .click();
      await page
        .getByRole('button', {
          name: /^R[ （].*(Development|开发部门).*(Application software|应用软件)$/,
        })
        .click();
      await expect(dataRow(page)).toContainText(/Several|多个/);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
      for (const width of [1400, 768]) {
        await page.setViewportSize({ width, height: 1000 });
        await page.screenshot({
          path: `${SHOTS}/departments-${language}-${width}.png`,
          fullPage: true,
        });
      }
    });
  }
});

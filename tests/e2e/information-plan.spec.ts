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
const SHOTS = '/tmp/shots-info-plan';

/** A workspace whose public-cloud IaaS engagement names its customer, provider and security vendor. */
function seedFile(): string {
  const path = join(tmpdir(), `plan-seed-${Date.now()}.json`);
  const workspace = {
    contract: { title: 'Bank core', version: '1.0', date: '2026-11-29', notes: '' },
    parties: [
      { id: 'acme', name: 'ACME Bank', roles: ['customer'] },
      { id: 'cloudco', name: 'CloudCo', roles: ['provider'] },
      { id: 'shieldco', name: 'ShieldCo', roles: ['securityVendor'] },
    ],
    engagements: [
      {
        id: 'engagement-1',
        name: 'Core banking IaaS',
        resourceService: 'iaas',
        mode: 'cloudService',
        customerPartyId: 'acme',
        providerPartyId: 'cloudco',
        securityServices: [{ id: 'security-1', vendorPartyId: 'shieldco', layers: 'default' }],
        operationsService: null,
      },
    ],
    overrides: [],
    channels: [],
    departments: [],
    raci: [],
  };
  const document = {
    format: 'shared-responsibility-workbench/workspace',
    schemaVersion: 2,
    workspace,
  };
  writeFileSync(path, JSON.stringify(document));
  return path;
}

/** Opens the app in a language with the seeded workspace in place of the first one. */
async function openSeeded(page: Page, language: 'en' | 'zh-CN') {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`/?lang=${language}`);
  const saved = language === 'en' ? 'All changes saved' : '所有更改已保存';
  await expect(page.getByRole('status').filter({ hasText: saved })).toBeVisible();
  const choose = language === 'en' ? 'Import a file (JSON or CSV)' : /导入文件/;
  await openShellDialog(page, 'export', language);
  await page.getByLabel(choose).setInputFiles(seedFile());
  await page
    .getByRole('button', { name: language === 'en' ? 'Open as a new workspace' : /新工作区/ })
    .click();
  await page
    .getByRole('navigation', { name: language === 'en' ? 'Views' : /视图/ })
    .getByRole('link', { name: language === 'en' ? 'Information sharing' : '信息共享' })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: /Information sharing|信息共享/ }),
  ).toBeVisible();
}

test.describe('information-sharing plan', () => {
  test('fills in the suggested channels, edits and undoes one, and exports the plan', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openSeeded(page, 'en');
    // Its heading says "all in place" once nothing is left to report.
    const findings = page.getByRole('region', {
      name: /Parties without a channel to the customer|Channels to the customer: all in place/,
    });
    await expect(findings.getByRole('listitem')).toHaveCount(2);
    await expect(findings).toContainText(
      'CloudCo owns or supports something in Core banking IaaS but passes no security information to the customer, ACME Bank.',
    );
    await expect(findings).toContainText('ShieldCo owns or supports something');
    await page.screenshot({ path: `${SHOTS}/plan-en-1400-findings.png` });

    await page.getByRole('button', { name: 'Fill in suggested channels' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Added 15 suggested channel(s)' }),
    ).toBeVisible();
    await expect(findings.getByRole('listitem')).toHaveCount(0);
    await expect(findings).toContainText(
      'Every party that owns or supports something has a channel',
    );
    await expect(
      page.getByLabel(
        'What is passed on, Key activities of each party, CloudCo (Cloud service provider) → ACME Bank (Cloud service customer)',
      ),
    ).toHaveValue(
      'Platform incidents, maintenance windows, provider staff access to tenant resources',
    );
    await expect(
      page.getByLabel(/^What is passed on, Important external intelligence, ShieldCo[^→]*→ ACME/),
    ).toHaveValue('Threat intelligence');

    const timeliness = page.getByLabel(
      /^How fast, Key activities of each party, ShieldCo[^→]*→ ACME/,
    );
    await expect(timeliness).toHaveValue(
      'High-severity alerts within 15 minutes; service incidents within 1 hour',
    );
    await timeliness.fill('Critical alerts within 5 minutes');
    await timeliness.press('Enter');
    await expect(timeliness).toHaveValue('Critical alerts within 5 minutes');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(timeliness).toHaveValue(
      'High-severity alerts within 15 minutes; service incidents within 1 hour',
    );

    await page.screenshot({ path: `${SHOTS}/plan-en-1400.png`, fullPage: true });
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);

    const csv = await downloadToDisk(page, 'Download plan (CSV)');
    expect(csv.name).toMatch(/^information-sharing-plan_Bank-core_v1\.0_2026-11-29\.csv$/);
    const rows = parseCsv(readFileSync(csv.path, 'utf8'));
    expect(rows[0]).toEqual([
      'from_party_id',
      'from_party',
      'to_party_id',
      'to_party',
      'category_id',
      'category',
      'what',
      'trigger',
      'timeliness',
      'medium',
    ]);
    // 15 suggested channels (provider ↔ security vendor among them, §1.2) after the header.
    expect(rows).toHaveLength(16);
    expect(rows[1]?.slice(0, 6)).toEqual([
      'cloudco',
      'CloudCo',
      'acme',
      'ACME Bank',
      'assetFacts',
      'Asset facts and their changes',
    ]);
    expect(
      rows.find((r) => r[0] === 'acme' && r[2] === 'shieldco' && r[4] === 'keyActivities')?.[6],
    ).toBe('Scope of authorisation; changes of security goals');

    await page.getByRole('link', { name: 'Matrix' }).click();
    const pdf = await downloadToDisk(page, 'Download contract annex (PDF)');
    const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Information-sharing plan');
    expect(text).toMatch(
      /CloudCo \(Cloud service provider\) → ACME Bank \(Cloud service\s+customer\)/,
    );
    expect(text).toContain('Threat intelligence');
    // The engagement has a security vendor but no agreed joint response: the annex says so.
    expect(text).toContain('Joint response to security incidents');
    expect(text).toContain('None agreed.');
  });

  test('undoes a removed channel, and fills in Chinese texts in Chinese', async ({ page }) => {
    test.setTimeout(90_000);
    await openSeeded(page, 'zh-CN');
    const findings = page.getByRole('region', {
      name: /没有通向云服务客户的信息通道的参与方|通向云服务客户的信息通道：均已建立/,
    });
    await expect(findings.getByRole('listitem')).toHaveCount(2);
    await findings.getByRole('button', { name: '添加从ShieldCo到ACME Bank的信息通道' }).click();
    await expect(findings.getByRole('listitem')).toHaveCount(1);
    await page.getByRole('button', { name: '填入建议的信息通道' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: '已添加 12 个建议的信息通道' }),
    ).toBeVisible();
    const what = page.getByLabel(/^传递内容，资产的基本信息及变化，CloudCo/);
    await expect(what).toHaveValue('云服务的变更与下线；已披露漏洞影响哪些云服务');
    await page
      .getByRole('button', { name: /^删除信息通道“资产的基本信息及变化”，CloudCo/ })
      .click();
    await expect(what).toHaveCount(0);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(what).toHaveValue('云服务的变更与下线；已披露漏洞影响哪些云服务');

    await page.screenshot({ path: `${SHOTS}/plan-zh-1400.png`, fullPage: true });
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
    await page.setViewportSize({ width: 768, height: 1000 });
    await page.screenshot({ path: `${SHOTS}/plan-zh-768.png`, fullPage: true });
    await page.getByRole('combobox', { name: /语言/ }).selectOption('en');
    await expect(page.getByRole('button', { name: 'Fill in suggested channels' })).toBeVisible();
    // The last message follows the language; the channels keep the texts they were written with.
    await expect(page.getByText('Channel removed. Undo restores it.')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/plan-en-768.png`, fullPage: true });

    await page.getByRole('link', { name: 'Matrix' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    const pdf = await downloadToDisk(page, '下载合同附件（PDF）');
    const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('信息共享计划');
    expect(text).toContain('勒索软件与威胁预警');
  });
});

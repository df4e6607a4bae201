import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseCsv } from './csv-file';
import { expect, test } from './guarded-test';
import { closeShellDialog, downloadFromExportMenu, fillContract, openShellDialog } from './shell';

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

async function download(
  page: Page,
  button: string,
  language: 'en' | 'zh-CN' = 'en',
): Promise<{ name: string; path: string }> {
  const file = await downloadFromExportMenu(page, button, language);
  const path = join(tmpdir(), `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

async function editProviderDataCell(page: Page, reason: string) {
  await page
    .getByRole('button', { name: 'Cloud service provider, Business data', exact: true })
    .click();
  await page.getByRole('button', { name: 'Change this cell' }).click();
  await page.getByRole('button', { name: 'Add a duty' }).click();
  await page
    .getByRole('group', { name: 'Duty 1' })
    .getByLabel('Duty', { exact: true })
    .selectOption('supporter');
  await page
    .getByRole('group', { name: 'Duty 1' })
    .getByLabel('Carried by')
    .selectOption('opsService');
  await page.getByLabel('Reason for the change').fill(reason);
  await page.getByRole('button', { name: 'Apply change' }).click();
}

test.describe('exports and imports', () => {
  test('downloads the matrix as CSV that opens as expected', async ({ page }) => {
    await page.goto('/?type=iaas&mode=cloudService&lang=en');
    await saved(page);
    await fillContract(page, { 'Contract title': 'Bank core', Version: '1.2' });
    await editProviderDataCell(page, '=HYPERLINK("x") is not a formula here, "quoted"');
    const { name, path } = await download(page, 'Download matrix (CSV)');
    expect(name).toMatch(/^responsibility-matrix_Bank-core_v1\.2_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      'engagement_id',
      'engagement',
      'layer_id',
      'layer',
      'role_id',
      'role',
      'party',
      'duty',
      'scope',
      'via',
      'basis',
      'overridden',
      'reason',
      'ccm_ssrm_ownership',
      'fedramp_inheritable',
      'shared_label',
      'content_fingerprint',
    ]);
    // Every row names the version it was written from (domain §11).
    expect(rows.slice(1).every((r) => /^[0-9a-f]{64}$/.test(r[16] ?? ''))).toBe(true);
    const changed = rows.find((r) => r[2] === 'businessData' && r[4] === 'provider');
    expect(changed?.slice(7, 10)).toEqual(['supporter', 'whole', 'opsService']);
    expect(changed?.[11]).toBe('yes');
    expect(changed?.[12]).toBe(`'=HYPERLINK("x") is not a formula here, "quoted"`);
    // The provider now supports, and supporters do not change ownership: still the customer's.
    expect(changed?.slice(13, 16)).toEqual(['CSC-owned', 'No', 'Customer']);
  });

  test('refuses a broken file with where and what, and changes nothing', async ({ page }) => {
    await page.goto('/?type=paas&mode=cloudService&lang=en');
    await saved(page);
    const bad = join(tmpdir(), 'broken.json');
    writeFileSync(
      bad,
      '{\n  "format": "shared-responsibility-workbench/workspace",\n  "schemaVersion": 1,\n  oops\n}',
    );
    await openShellDialog(page, 'export');
    await page.getByLabel('Import a file (JSON or CSV)').setInputFiles(bad);
    await expect(page.getByRole('alert')).toContainText(
      '“broken.json” was not imported, and nothing was changed',
    );
    await expect(page.getByRole('alert')).toContainText(/Line 4, character \d+: not valid JSON/);
    await closeShellDialog(page);
    await expect(page.getByRole('radio', { name: /PaaS/ })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('exports JSON and imports it back as a new workspace, or in place with undo', async ({
    page,
  }) => {
    await page.goto('/?type=saas&mode=managedDelivery&lang=en');
    await saved(page);
    await editProviderDataCell(page, 'Ops contract annex B');
    const { path } = await download(page, 'Download workspace (JSON)');
    await page.getByRole('button', { name: 'Reset all to baseline' }).click();
    await openShellDialog(page, 'export');
    await page.getByLabel('Import a file (JSON or CSV)').setInputFiles(path);
    await page.getByRole('button', { name: 'Replace the open workspace' }).click();
    await page.getByRole('button', { name: 'Replace', exact: true }).click();
    const cell = page.getByRole('button', {
      name: 'Cloud service provider, Business data',
      exact: true,
    });
    await expect(cell).toContainText('Changed');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(cell).not.toContainText('Changed');
    await openShellDialog(page, 'export');
    await page.getByLabel('Import a file (JSON or CSV)').setInputFiles(path);
    await page.getByRole('button', { name: 'Open as a new workspace' }).click();
    await expect(cell).toContainText('Changed');
    await openShellDialog(page, 'workspaces');
    await expect(
      page.getByRole('list', { name: 'Saved in this browser' }).getByRole('listitem'),
    ).toHaveCount(2);
  });

  test('makes a contract annex PDF with Chinese text, page numbers and embedded font subsets', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto('/?type=iaas&mode=cloudService&lang=zh-CN');
    await expect(page.getByRole('status').filter({ hasText: '所有更改已保存' })).toBeVisible();
    await fillContract(page, { 合同名称: '银行核心系统 陶喆' }, 'zh-CN');
    const { name, path } = await download(page, '下载合同附件（PDF）', 'zh-CN');
    expect(name).toMatch(/^云安全责任附件_银行核心系统-陶喆_\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    for (const expected of [
      '云安全责任共担附件',
      '银行核心系统 陶喆',
      '机房基础设施',
      '云服务商',
      // Exported with gaps: the annex says what it lacks (no date, no parties named).
      '本附件尚缺的内容',
      '合同没有日期。',
    ]) {
      expect(text).toContain(expected);
    }
    // pdftotext drops the spaces around hanzi that the annex prints: 第 1 页 / 共 n 页.
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/);
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).toMatch(/yes\s+yes\s+yes/);
    expect(readFileSync(path).length).toBeLessThan(150_000);
  });
});

test.describe('print', () => {
  test('prints the contract annex rather than the screen, with page numbers', async ({ page }) => {
    await page.goto('/?type=iaas&mode=cloudService&lang=en');
    await saved(page);
    await editProviderDataCell(page, 'Backups are in the ops contract');
    await page.emulateMedia({ media: 'print' });
    const path = join(tmpdir(), `print-${Date.now()}.pdf`);
    await page.pdf({ path, format: 'A4' });
    // Reading order, not layout: a wrapped table cell then comes out as one run of words.
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Backups are in the ops\s+contract/);
    expect(text).toContain('Data-centre facility');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).not.toContain('Reset all to baseline');
  });
});

import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readXlsx } from '../support/read-xlsx';
import { expect, test } from './guarded-test';
import { closeShellDialog, fillContract, openShellDialog } from './shell';

async function save(file: Download): Promise<{ name: string; path: string }> {
  const path = join(tmpdir(), `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

async function downloadAll(page: Page, button: string, count: number) {
  const files: Download[] = [];
  const done = new Promise<void>((resolve) => {
    page.on('download', (file) => {
      files.push(file);
      if (files.length === count) resolve();
    });
  });
  // The formats are items of the export menu in the action bar.
  await openShellDialog(page, 'export', /[\u4e00-\u9fff]/.test(button) ? 'zh-CN' : 'en');
  await page.getByRole('dialog').getByRole('button', { name: button }).click();
  await done;
  return Promise.all(files.map(save));
}

function schemaValidator(file: string) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const path = new URL(`../fixtures/oscal/${file}`, import.meta.url);
  return ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
}

test.describe('compliance formats', () => {
  test('downloads an Excel workbook with the sheets, frozen panes and the report’s Chinese terms', async ({
    page,
  }) => {
    await page.goto('/?type=iaas&mode=cloudService&lang=zh-CN');
    await expect(page.getByRole('status').filter({ hasText: '所有更改已保存' })).toBeVisible();
    await fillContract(page, { 合同名称: '=银行核心系统' }, 'zh-CN');
    const [file] = await downloadAll(page, '下载工作簿（XLSX）', 1);
    expect(file?.name).toMatch(/^云安全责任工作簿_=银行核心系统_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = readXlsx(new Uint8Array(readFileSync(file?.path ?? '')));
    expect(book.sheets.map((sheet) => sheet.name)).toEqual([
      '合同',
      '责任矩阵 1',
      '明细',
      '各方责任清单',
      '与基线的调整',
      '信息共享计划',
      '部门分工（RACI）',
      '原则检查',
      '签署',
    ]);
    const matrix = book.sheets[1];
    expect(matrix?.frozen).toEqual({ rows: 3, columns: 1 });
    const texts = [...(matrix?.cells.values() ?? [])].join('\n');
    for (const term of [
      '云服务客户',
      '云服务商',
      '云安全厂商',
      '机房基础设施',
      '业务数据',
      '云服务客户负责（CSC-owned）',
    ]) {
      expect(texts).toContain(term);
    }
    for (const sheet of book.sheets) {
      for (const [ref, text] of sheet.cells) {
        expect(/^[=+\-@]/.test(text), `${sheet.name}!${ref} ${text}`).toBe(false);
      }
    }
    // The sign-off sheet carries the agreement: status and the content's fingerprint in full.
    const signOff = [...(book.sheets.at(-1)?.cells.values() ?? [])];
    expect(signOff).toContain('指纹（SHA-256）');
    expect(signOff).toContain('草稿');
    expect(signOff.some((text) => /^[0-9a-f]{64}$/.test(text))).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: '工作簿已保存' })).toBeVisible();
  });

  test('downloads OSCAL that validates against the 1.2.2 schemas and imports back to the same matrix', async ({
    page,
  }) => {
    await page.goto('/?type=saas&mode=managedDelivery&lang=en');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    const cell = page.getByRole('button', {
      name: 'Cloud service provider, Business data',
      exact: true,
    });
    await cell.click();
    await page.getByRole('button', { name: 'Change this cell' }).click();
    await page.getByRole('button', { name: 'Add a duty' }).click();
    const duty = page.getByRole('group', { name: 'Duty 1' });
    await duty.getByLabel('Duty', { exact: true }).selectOption('supporter');
    await duty.getByLabel('Carried by').selectOption('opsService');
    await page.getByLabel('Reason for the change').fill('Ops contract annex B');
    await page.getByRole('button', { name: 'Apply change' }).click();
    await expect(cell).toContainText('Changed');

    const files = await downloadAll(page, 'Download OSCAL (JSON)', 2);
    const ssp = files.find((f) => f.name.startsWith('oscal-ssp_'));
    const catalog = files.find((f) => f.name.startsWith('oscal-catalog_'));
    expect(ssp?.name).toMatch(/^oscal-ssp_\d{4}-\d{2}-\d{2}\.json$/);
    const sspDocument = JSON.parse(readFileSync(ssp?.path ?? '', 'utf8'));
    const validateSsp = schemaValidator('oscal_ssp_schema.json');
    expect(validateSsp(sspDocument), JSON.stringify(validateSsp.errors)).toBe(true);
    const validateCatalog = schemaValidator('oscal_catalog_schema.json');
    const catalogDocument = JSON.parse(readFileSync(catalog?.path ?? '', 'utf8'));
    expect(validateCatalog(catalogDocument), JSON.stringify(validateCatalog.errors)).toBe(true);
    expect(sspDocument['system-security-plan']['import-profile'].href).toBe(catalog?.name);
    const fingerprint = sspDocument['system-security-plan'].metadata.props.find(
      (prop: { name: string }) => prop.name === 'content-fingerprint',
    );
    expect(fingerprint?.value).toMatch(/^[0-9a-f]{64}$/);

    await closeShellDialog(page);
    await page.getByRole('button', { name: 'Reset all to baseline' }).click();
    await expect(cell).not.toContainText('Changed');
    await openShellDialog(page, 'export');
    await page.getByLabel('Import a file (JSON or CSV)').setInputFiles(ssp?.path ?? '');
    await page.getByRole('button', { name: 'Replace the open workspace' }).click();
    await page.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect(cell).toContainText('Changed');
    await expect(cell).toContainText('Supporter');
  });

  test('shows the crosswalk column in the matrix on request, marked derived', async ({ page }) => {
    await page.goto('/?type=iaas&mode=cloudService&lang=zh-CN');
    const toggle = page.getByLabel('显示 CCM、FedRAMP 和云服务商用语对照');
    await expect(page.getByRole('columnheader', { name: /其他框架对照/ })).toHaveCount(0);
    await toggle.check();
    await expect(page.getByRole('columnheader', { name: /其他框架对照（推导）/ })).toBeVisible();
    const facility = page.getByRole('row', { name: /机房基础设施/ });
    await expect(facility).toContainText('云服务商负责（CSP-owned）');
    await expect(facility).toContainText('可继承（Yes）');
    await expect(page.getByText(/CCM 的“3rd-party”取值/)).toBeVisible();
    await toggle.uncheck();
    await expect(page.getByRole('columnheader', { name: /其他框架对照/ })).toHaveCount(0);
  });
});

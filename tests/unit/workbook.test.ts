import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '@/export/xlsx/build-workbook';
import { workbookLabelsFor } from '@/features/import-export/workbook-labels-from';
import { goldenWorkspace } from '../fixtures/csv/golden-workspace';
import { readXlsx } from '../support/read-xlsx';

// The workbook is written by src/export/xlsx/writer and read back here with a zip reader and the
// sheet XML, so the test checks the file a user opens rather than our data before writing.
async function workbookOf(language: 'en' | 'zh-CN') {
  const blob = await buildWorkbook(goldenWorkspace(), await workbookLabelsFor(language));
  return readXlsx(new Uint8Array(await blob.arrayBuffer()));
}

describe('Excel workbook', () => {
  it('has the sheets in order, in Chinese', async () => {
    const book = await workbookOf('zh-CN');
    expect(book.sheets.map((s) => s.name)).toEqual([
      '合同',
      '责任矩阵 1',
      '责任矩阵 2',
      '明细',
      '各方责任清单',
      '与基线的调整',
      '信息共享计划',
      '部门分工（RACI）',
      '原则检查',
      '签署',
    ]);
  });

  it('freezes the title block with the header row and the first column, and merges the title', async () => {
    const book = await workbookOf('zh-CN');
    const matrix = book.sheets[1];
    expect(matrix?.frozen).toEqual({ rows: 3, columns: 1 });
    expect(matrix?.merges).toContain('A1:G1');
    expect(book.sheets[3]?.frozen).toEqual({ rows: 3, columns: 1 });
  });

  it('lays the matrix out as on screen with the report’s terms and the crosswalk', async () => {
    const matrix = (await workbookOf('zh-CN')).sheets[1];
    const texts = [...(matrix?.cells.values() ?? [])].join('\n');
    for (const term of [
      '云服务客户',
      '云服务商',
      '云安全厂商',
      '机房基础设施',
      '业务数据',
      '负责',
      '支撑',
    ]) {
      expect(texts).toContain(term);
    }
    expect(matrix?.cells.get('E3')).toBe('CSA CCM v4 SSRM 责任归属');
    expect(texts).toContain('云服务客户负责（CSC-owned）');
    expect(texts).toContain('推导');
  });

  it('has no cell a spreadsheet could run as a formula', async () => {
    for (const language of ['en', 'zh-CN'] as const) {
      for (const sheet of (await workbookOf(language)).sheets) {
        for (const [ref, text] of sheet.cells) {
          expect(/^[=+\-@]/.test(text), `${sheet.name}!${ref}: ${text}`).toBe(false);
        }
        expect(sheet.xml).not.toContain('<f>');
      }
    }
  });

  it('prints A4 landscape fitted to the width with the header rows repeated', async () => {
    const book = await workbookOf('en');
    for (const sheet of book.sheets) {
      expect(sheet.xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
      expect(sheet.xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
      expect(sheet.xml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
      expect(sheet.xml).toContain('<pageSetUpPr fitToPage="1"/>');
    }
    expect(book.workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Matrix 1'!$1:$3</definedName>`,
    );
  });

  it('gives the sign-off sheet a row per party with empty cells to sign', async () => {
    const signOff = (await workbookOf('en')).sheets.at(-1);
    expect(signOff?.cells.get('C3')).toBe('Name of signatory');
    expect(signOff?.cells.get('A4')).toBe('某银行 "总行"');
    expect(signOff?.cells.get('C4') ?? '').toBe('');
    expect(signOff?.cells.get('F4') ?? '').toBe('');
  });
});

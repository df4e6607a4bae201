import { describe, expect, it } from 'vitest';
import {
  buildExportFileName,
  contractFileName,
  type ExportFileNameParts,
  type FileNameLabels,
} from './export-file-name';
import { utf8ByteLength } from './file-name-part';

const ZH: FileNameLabels = {
  matrix: '云安全责任矩阵',
  workspace: '云安全责任工作区',
  annex: '云安全责任附件',
};
const EN: FileNameLabels = {
  matrix: 'responsibility-matrix',
  workspace: 'responsibility-workspace',
  annex: 'responsibility-annex',
};

const parts = (patch: Partial<ExportFileNameParts> = {}): ExportFileNameParts => ({
  kind: 'matrix',
  title: '银行核心系统',
  version: '1.2',
  date: '2026-11-28',
  extension: 'csv',
  ...patch,
});

describe('buildExportFileName', () => {
  it.each([
    [ZH, parts(), '云安全责任矩阵_银行核心系统_v1.2_2026-11-28.csv'],
    [EN, parts({ title: 'Bank core' }), 'responsibility-matrix_Bank-core_v1.2_2026-11-28.csv'],
    [
      ZH,
      parts({ kind: 'annex', extension: 'pdf' }),
      '云安全责任附件_银行核心系统_v1.2_2026-11-28.pdf',
    ],
    [
      EN,
      parts({ kind: 'workspace', extension: 'json', title: '' }),
      'responsibility-workspace_v1.2_2026-11-28.json',
    ],
    [EN, parts({ version: 'V2' }), 'responsibility-matrix_银行核心系统_V2_2026-11-28.csv'],
    [ZH, parts({ version: '第二版' }), '云安全责任矩阵_银行核心系统_第二版_2026-11-28.csv'],
    [ZH, parts({ version: '', date: '' }), '云安全责任矩阵_银行核心系统.csv'],
  ])('names the file after what it holds (%#)', (labels, given, name) => {
    expect(buildExportFileName(given, labels)).toBe(name);
  });

  it.each([
    ['a:b/c\\d|e?f*g<h>i"j', 'a-b-c-d-e-f-g-h-i-j'],
    ['  spaced   out  ', 'spaced-out'],
    ['...hidden', 'hidden'],
    ['trailing dots...', 'trailing-dots'],
    ['tab\tand\nline', 'tab-and-line'],
    ['bidi\u202Efdp.exe', 'bidifdp.exe'],
    ['zero\u200Bwidth\u0000nul', 'zerowidthnul'],
    ['朱镕基 陶喆 𠀀 😀', '朱镕基-陶喆-𠀀-😀'],
  ])('makes the title %j safe on Windows and macOS', (title, safe) => {
    expect(buildExportFileName(parts({ title, version: '', date: '' }), EN)).toBe(
      `responsibility-matrix_${safe}.csv`,
    );
  });

  it('falls back to a plain word when the kind has no label', () => {
    const name = buildExportFileName(parts({ title: '', version: '', date: '' }), {
      ...EN,
      matrix: '///',
    });
    expect(name).toBe('export.csv');
  });

  it('avoids names Windows reserves for devices', () => {
    const name = buildExportFileName(parts({ title: '', version: '', date: '' }), {
      ...EN,
      matrix: 'CON',
    });
    expect(name).toBe('CON_.csv');
  });

  it('shortens a long title so the name stays within 200 UTF-8 bytes, never splitting a character', () => {
    const name = buildExportFileName(
      parts({ title: '𠀀责'.repeat(200), version: '9'.repeat(200) }),
      ZH,
    );
    expect(utf8ByteLength(name)).toBeLessThanOrEqual(200);
    expect(name).toMatch(/^云安全责任矩阵_(𠀀责)+𠀀?_v9+_2026-11-28\.csv$/u);
    // encodeURIComponent throws on half a surrogate pair.
    expect(() => encodeURIComponent(name)).not.toThrow();
  });

  it('keeps only letters and digits of the extension', () => {
    expect(buildExportFileName(parts({ extension: '.c/s v' }), EN)).toMatch(/\.csv$/);
  });

  it('ends the name with a tag as given, without a v', () => {
    const given = parts({ kind: 'proposal', title: 'ACME Bank', version: '', date: '' });
    const name = buildExportFileName(
      { ...given, tag: '0a1b2c3d', extension: 'json' },
      {
        proposal: 'proposal',
      },
    );
    expect(name).toBe('proposal_ACME-Bank_0a1b2c3d.json');
  });
});

describe('contractFileName', () => {
  const today = new Date('2026-12-07T05:00:00Z');
  const contract = { title: 'Bank core', version: '1.2', date: '2026-11-28' };

  it.each([
    [
      'matrix',
      'csv',
      { matrix: 'responsibility-matrix' },
      'responsibility-matrix_Bank-core_v1.2_2026-11-28.csv',
    ],
    ['raci', 'csv', { raci: 'raci' }, 'raci_Bank-core_v1.2_2026-11-28.csv'],
    ['comparison', 'csv', { comparison: 'cmp' }, 'cmp_Bank-core_v1.2_2026-11-28.csv'],
    ['annex', 'pdf', {}, 'export_Bank-core_v1.2_2026-11-28.pdf'],
  ] as const)('names a %s %s after the contract', (kind, extension, labels, name) => {
    expect(contractFileName(contract, kind, extension, labels, today)).toBe(name);
  });

  it("uses today's date when the contract has none", () => {
    const undated = { title: '', version: '', date: '' };
    expect(contractFileName(undated, 'workbook', 'xlsx', { workbook: 'wb' }, today)).toBe(
      'wb_2026-12-07.xlsx',
    );
  });
});

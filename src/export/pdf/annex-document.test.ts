import type { Content, DynamicContent } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import type { AnnexLabels } from '@/export/annex/annex-labels';
import type { AnnexLanguage } from '@/export/annex/annex-model';
import { buildAnnexModel } from '@/export/annex/build-annex-model';
import type { Workspace } from '@/model/workspace';
import { annexWorkspace } from '../../../tests/fixtures/annex-workspace';
import { annexLabelsEn, annexLabelsZhCn } from '../../../tests/support/annex-labels';
import { renderAnnexDocument } from './annex-document';
import { collectText } from './map-text';

function buildAnnexDocument(workspace: Workspace, labels: AnnexLabels, language: AnnexLanguage) {
  return renderAnnexDocument(buildAnnexModel(workspace, labels, { language }));
}

const A4 = { width: 595.28, height: 841.89, orientation: 'portrait' } as const;

function pageText(content: DynamicContent | Content | undefined, page: number, count: number) {
  const made = typeof content === 'function' ? content(page, count, A4) : content;
  return made ? collectText(made) : '';
}

describe.each([
  {
    language: 'zh-CN' as const,
    labels: annexLabelsZhCn,
    sections: [
      '合同信息',
      '参与方',
      '合作 1：公有云主机',
      '服务场景',
      '责任矩阵',
      '图例',
      '偏离基线',
      '合作 2：政务云办公系统',
      '原则检查',
      '依据说明',
      '签署',
    ],
    footer: '第 2 页 / 共 5 页',
    header: '华东区域云平台服务合同·版本：2.1',
  },
  {
    language: 'en' as const,
    labels: annexLabelsEn,
    sections: [
      'Contract',
      'Parties',
      'Engagement 1: 公有云主机',
      'Scenario',
      'Responsibility matrix',
      'Legend',
      'Deviations from the baseline',
      'Engagement 2: 政务云办公系统',
      'Principle checks',
      'Basis notes',
      'Signatures',
    ],
    footer: 'Page 2 of 5',
    header: '华东区域云平台服务合同, Version: 2.1',
  },
])('the annex document in $language', ({ language, labels, sections, footer, header }) => {
  const document = buildAnnexDocument(annexWorkspace(), labels, language);
  const text = collectText(document.content);

  it('has every section, in order', () => {
    let from = 0;
    for (const section of sections) {
      const at = text.indexOf(`\n${section}\n`, from);
      expect(at, section).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });

  it('carries the contract metadata and the reasons', () => {
    for (const expected of [
      '华东区域云平台服务合同',
      '2.1',
      '2024-06-30',
      '本附件为合同不可分割的组成部分。',
      '客户应用由服务商代为运维 👍',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('numbers pages in the footer and names the contract in the header after page 1', () => {
    expect(pageText(document.footer, 2, 5)).toBe(footer);
    expect(pageText(document.header, 2, 5)).toBe(header);
    expect(pageText(document.header, 1, 5)).toBe('');
  });

  it('is tagged with its language', () => {
    expect(document.language).toBe(language);
  });
});

describe('an annex without a title or parties', () => {
  it('falls back to the annex title and says that no party is listed', () => {
    const workspace = {
      ...annexWorkspace(),
      parties: [],
      contract: { title: '', version: '', date: '', notes: '' },
    };
    const text = collectText(buildAnnexDocument(workspace, annexLabelsEn, 'en').content);
    expect(text.startsWith('Shared responsibility annex\n')).toBe(true);
    expect(text).toContain('No parties are listed yet.');
    expect(text).toContain('not set');
  });
});

describe('signature blocks', () => {
  it('lays them out two to a row, each row moving whole, the heading with the first', () => {
    const { content } = buildAnnexDocument(annexWorkspace(), annexLabelsEn, 'en');
    const blocks = content as Content[];
    const rows = blocks.slice(-2);
    for (const row of rows) expect(row).toMatchObject({ unbreakable: true });
    expect(collectText(rows[0] as Content).startsWith('Signatures\n')).toBe(true);
  });
});

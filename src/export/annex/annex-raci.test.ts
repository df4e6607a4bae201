import { describe, expect, it } from 'vitest';
import { deriveMatrix } from '@/model/derive-matrix';
import { addDepartment, addStandardDepartments, setRaciLetters } from '@/model/edit-departments';
import type { Workspace } from '@/model/workspace';
import { annexWorkspace } from '../../../tests/fixtures/annex-workspace';
import { annexLabelsEn, annexLabelsZhCn } from '../../../tests/support/annex-labels';
import { annexText } from '../../../tests/support/annex-text';
import { buildRaciSection } from './annex-raci';
import { buildAnnexModel } from './build-annex-model';

const at = (engagementId: string, rowId: string) =>
  ({ engagementId, rowId, role: 'customer' }) as const;

/** The annex workspace with the customer's four standard departments and a custom one. */
function withRaci(): Workspace {
  let workspace = addStandardDepartments(annexWorkspace(), 'customer');
  workspace = addDepartment(workspace, 'customer', 'custom', '法务部');
  workspace = setRaciLetters(workspace, at('e1', 'businessData'), 'department-1', ['accountable']);
  workspace = setRaciLetters(workspace, at('e1', 'businessData'), 'department-3', [
    'responsible',
    'accountable',
  ]);
  return setRaciLetters(workspace, at('e1', 'businessData'), 'department-5', ['informed']);
}

function sectionText(workspace: Workspace, labels = annexLabelsEn): string {
  const matrices = new Map(
    workspace.engagements.map((e) => [e.id, deriveMatrix(e, workspace.overrides)]),
  );
  return annexText(buildRaciSection(workspace, matrices, labels));
}

describe('buildRaciSection', () => {
  it('prints nothing while the workspace has no departments', () => {
    expect(sectionText(annexWorkspace())).toBe('');
  });

  it.each([
    [
      'en',
      annexLabelsEn,
      [
        'Inside the customer: departments (RACI)',
        'R Responsible',
        'Engagement 1: 公有云主机',
        'Customer duty',
        'Security',
        '法务部',
        'R A',
        'several accountable departments',
        'no accountable department',
      ],
    ],
    [
      'zh-CN',
      annexLabelsZhCn,
      [
        '云服务客户内部：部门分工（RACI）',
        'R 执行',
        '安全部门',
        '有多个问责部门',
        '未指定问责部门',
      ],
    ],
  ] as const)('prints the legend and each engagement’s RACI in %s', (_language, labels, words) => {
    const text = sectionText(withRaci(), labels);
    for (const word of words) expect(text).toContain(word);
  });

  it('puts the section after the engagements and before the checks, which list the RACI finding', () => {
    const text = annexText(buildAnnexModel(withRaci(), annexLabelsEn, { language: 'en' }));
    const section = text.indexOf('Inside the customer: departments (RACI)');
    expect(section).toBeGreaterThan(text.indexOf('Engagement 2: 政务云办公系统'));
    expect(section).toBeLessThan(text.indexOf('Principle checks'));
    expect(text.slice(text.indexOf('Principle checks'))).toContain(
      'Customer duty with several accountable departments',
    );
  });
});

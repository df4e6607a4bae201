import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '@/model/check-workspace';
import { deriveMatrix } from '@/model/derive-matrix';
import type { Workspace } from '@/model/workspace';
import { annexWorkspace } from '../../../tests/fixtures/annex-workspace';
import { annexLabelsEn, annexLabelsZhCn } from '../../../tests/support/annex-labels';
import { annexText } from '../../../tests/support/annex-text';
import { buildFindings } from './annex-findings';

function findingsText(workspace: Workspace, labels = annexLabelsZhCn): string {
  const matrices = new Map(
    workspace.engagements.map((e) => [e.id, deriveMatrix(e, workspace.overrides)]),
  );
  return annexText(buildFindings(checkWorkspace(workspace), workspace, matrices, labels));
}

describe('buildFindings', () => {
  const workspace = annexWorkspace();

  it.each([
    {
      labels: annexLabelsZhCn,
      lines: [
        '目的一致性原则：通过',
        '责任合理性原则：1 个警告',
        '优势最大化原则：1 个错误',
        '协作透明性原则：1 个警告',
      ],
    },
    {
      labels: annexLabelsEn,
      lines: [
        'Shared purpose: passes',
        'Reasonable responsibility: 1 warning(s)',
        'Maximised strengths: 1 error(s)',
        'Transparent collaboration: 1 warning(s)',
      ],
    },
  ])('gives each principle its result, in the report order', ({ labels, lines }) => {
    const text = findingsText(workspace, labels);
    const positions = lines.map((line) => text.indexOf(line));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each([
    '[警告] 偏离基线但未说明理由',
    '合作 2：政务云办公系统·机房基础设施·云服务商',
    '[错误] 支撑方缺少在范围内的保障类服务',
    '[警告] 该方与云服务客户之间缺少信息传递渠道',
    '合作 1：公有云主机·朱镕基网络安全实验室',
  ])('says what and where: "%s"', (expected) => {
    expect(findingsText(workspace)).toContain(expected);
  });

  it('says in one line that all principles pass when nothing is found', () => {
    const clean: Workspace = { ...workspace, engagements: [], overrides: [] };
    expect(findingsText(clean)).toBe('四大基本原则全部通过，无错误、无警告。');
  });
});

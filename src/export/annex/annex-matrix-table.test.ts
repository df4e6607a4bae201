import { describe, expect, it } from 'vitest';
import { deriveMatrix } from '@/model/derive-matrix';
import { annexWorkspace } from '../../../tests/fixtures/annex-workspace';
import { annexLabelsEn, annexLabelsZhCn } from '../../../tests/support/annex-labels';
import { annexText } from '../../../tests/support/annex-text';
import { findColumnParties, matrixCell } from './annex-matrix-table';

const workspace = annexWorkspace();
const [first, second] = workspace.engagements;
if (!first || !second) throw new Error('fixture needs two engagements');
const matrix = deriveMatrix(first, workspace.overrides);
const row = (id: string) => matrix.rows.find((candidate) => candidate.id === id);

describe('matrixCell', () => {
  const context = { workspace, showParty: false };
  it.each([
    {
      labels: annexLabelsZhCn,
      id: 'businessData',
      role: 'customer' as const,
      text: '■ 责 负责·整体',
    },
    {
      labels: annexLabelsEn,
      id: 'businessData',
      role: 'customer' as const,
      text: '■ O Owner, whole layer',
    },
    {
      labels: annexLabelsZhCn,
      id: 'businessData',
      role: 'securityVendor' as const,
      text: '□ 撑 支撑·整体·经云安全服务 †',
    },
    { labels: annexLabelsZhCn, id: 'facility', role: 'customer' as const, text: '—' },
    {
      labels: annexLabelsZhCn,
      id: 'applicationSoftware',
      role: 'provider' as const,
      text: '□ 撑 支撑·整体·经云运维运营服务 *',
    },
    {
      labels: annexLabelsEn,
      id: 'opsService:ops1',
      role: 'provider' as const,
      text: '■ O Owner, the service itself †',
    },
  ])('writes $role on $id as "$text", with its mark and letter', ({ labels, id, role, text }) => {
    const cells = row(id)?.cells;
    if (!cells) throw new Error(`no row ${id}`);
    expect(annexText(matrixCell(cells[role], { ...context, labels }))).toBe(text);
  });

  it('tints a cell with an owner and leaves a supporter-only cell white', () => {
    const cells = row('businessData')?.cells;
    expect(
      cells && matrixCell(cells.customer, { ...context, labels: annexLabelsEn }),
    ).toHaveProperty('tint', 'owner');
    expect(
      cells && matrixCell(cells.securityVendor, { ...context, labels: annexLabelsEn }),
    ).not.toHaveProperty('tint', 'owner');
  });

  it('names the party in a cell only when asked to', () => {
    const cells = row('businessData')?.cells;
    const text =
      cells &&
      annexText(
        matrixCell(cells.securityVendor, { ...context, showParty: true, labels: annexLabelsZhCn }),
      );
    expect(text).toContain('（朱镕基网络安全实验室）');
  });
});

describe('findColumnParties', () => {
  it.each([
    { role: 'customer' as const, parties: ['customer'] },
    { role: 'provider' as const, parties: ['cloud'] },
    { role: 'securityVendor' as const, parties: ['vendor'] },
  ])('heads the $role column with $parties', ({ role, parties }) => {
    expect(findColumnParties(matrix, first, role)).toEqual(parties);
  });

  it('names no vendor when the engagement has no security service', () => {
    const other = deriveMatrix(second, workspace.overrides);
    expect(findColumnParties(other, second, 'securityVendor')).toEqual([]);
  });
});

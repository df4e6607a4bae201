import { describe, expect, it } from 'vitest';
import { annexLabelsEn } from './annex-labels-en.fixture';
import { annexLabelsZhCn } from './annex-labels-zh-cn.fixture';
import { buildSignatures, listSignatories } from './annex-signatures';
import { annexWorkspace } from './annex-workspace.fixture';
import { collectText } from './map-text';

describe('signatures', () => {
  const workspace = annexWorkspace();

  it('gives every party a block with its roles', () => {
    expect(listSignatories(workspace).map((s) => s.name)).toEqual(
      workspace.parties.map((p) => p.name),
    );
  });

  it('gives each role a blank block when no party is named', () => {
    expect(listSignatories({ ...workspace, parties: [] }).map((s) => s.roles)).toEqual([
      ['customer'],
      ['provider'],
      ['securityVendor'],
    ]);
  });

  it.each([
    {
      labels: annexLabelsZhCn,
      words: ['朱镕基网络安全实验室', '云服务商、云安全厂商', '签字（盖章）：', '日期：'],
    },
    {
      labels: annexLabelsEn,
      words: [
        '陶喆文化传媒有限公司',
        'Cloud service provider, Cloud security vendor',
        'Signature (and seal): ',
        'Date: ',
      ],
    },
  ])('prints name, roles, a signature line and a date line', ({ labels, words }) => {
    const text = collectText(buildSignatures(workspace, labels));
    for (const word of words) expect(text).toContain(word);
  });

  it('lays the blocks out two to a row, each row moving whole', () => {
    const rows = buildSignatures(workspace, annexLabelsEn);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatchObject({ unbreakable: true });
  });
});

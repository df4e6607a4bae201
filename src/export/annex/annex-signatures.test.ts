import { describe, expect, it } from 'vitest';
import { annexWorkspace } from '../../../tests/fixtures/annex-workspace';
import { annexLabelsEn, annexLabelsZhCn } from '../../../tests/support/annex-labels';
import { annexText } from '../../../tests/support/annex-text';
import { buildSignatures, listSignatories } from './annex-signatures';

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
    const text = annexText(buildSignatures(workspace, labels));
    for (const word of words) expect(text).toContain(word);
  });

  it('gives one signatory per party, in the order they were entered', () => {
    const [block] = buildSignatures(workspace, annexLabelsEn);
    expect(block?.kind === 'signatures' && block.signatories.map((s) => s.name)).toEqual(
      workspace.parties.map((party) => party.name),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { chunkForLayout, MAX_CHUNK, MAX_LATIN_CHUNK } from './layout-chunks';

function kept(text: string): string[] {
  return chunkForLayout(text)
    .filter((chunk) => chunk.keep)
    .map((chunk) => chunk.text);
}

describe('chunkForLayout', () => {
  it.each([
    '虚拟化基础设施资源',
    '本附件为合同不可分割的组成部分。Annex to the master agreement.',
    '□ 撑 支撑·安全使用·经云运维运营服务 *',
    '（如公有云、专有云）',
    '第 1 页 / 共 4 页',
    'Cloud service customer',
    '',
  ])('keeps every character of "%s", in order', (text) => {
    expect(
      chunkForLayout(text)
        .map((chunk) => chunk.text)
        .join(''),
    ).toBe(text);
  });

  it.each([
    { text: '虚拟化基础设施资源', chunks: ['虚拟化', '基础设施', '资源'] },
    { text: '（如公有云、专有云）', chunks: ['（如公有云、', '专有云）'] },
    { text: '负责·整体', chunks: ['负责·', '整体'] },
  ])('groups "$text" at word boundaries into $chunks', ({ text, chunks }) => {
    expect(kept(text)).toEqual(chunks);
  });

  it('never keeps more than four hanzi together, so lines stay nearly flush', () => {
    const chunks = kept('一二三四五六七八九十百千万亿兆京垓');
    for (const chunk of chunks) expect(Array.from(chunk).length).toBeLessThanOrEqual(MAX_CHUNK);
  });

  it.each([
    { text: 'Page 1 of 3', chunks: ['Page 1 of 3'] },
    {
      text: 'Backups of business data are in the security contract.',
      chunks: ['Backups of ', 'business data ', 'are in the ', 'security ', 'contract.'],
    },
    {
      text: 'Supplied by: Party 9\nCovers: data',
      chunks: ['Supplied by: ', 'Party 9', 'Covers: data'],
    },
  ])('groups Latin words of "$text" into short kept chunks $chunks', ({ text, chunks }) => {
    expect(kept(text)).toEqual(chunks);
  });

  it('leaves line breaks and words longer than a chunk for pdfmake', () => {
    const free = chunkForLayout('a\nInternationalisation ready')
      .filter((chunk) => !chunk.keep)
      .map((chunk) => chunk.text);
    expect(free).toEqual(['\n', 'Internationalisation ']);
    for (const chunk of kept('Backups of business data are in the security contract, annex 2.'))
      expect(chunk.trimEnd().length).toBeLessThanOrEqual(MAX_LATIN_CHUNK);
  });
});

import { describe, expect, it } from 'vitest';
import { chunkForLayout, MAX_CHUNK } from './layout-chunks';

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

  it('leaves Latin text for pdfmake to break at spaces', () => {
    expect(chunkForLayout('Page 1 of 3')).toEqual([{ text: 'Page 1 of 3', keep: false }]);
  });
});

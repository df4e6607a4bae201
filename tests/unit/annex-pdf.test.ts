// Builds the real annex PDF in Node with pdfmake's browser build (the one the app ships) and opens it
// with poppler, as a person receiving the file would: text, embedded subset fonts, size.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildAnnexModel } from '@/export/annex/build-annex-model';
import { buildAnnexPdf } from '@/export/pdf/build-annex-pdf';
import type { Workspace } from '@/model/workspace';
import { annexWorkspace, singleEngagementWorkspace } from '../fixtures/annex-workspace';
import { annexLabelsEn, annexLabelsZhCn } from '../support/annex-labels';
import { createFileFontLoader } from '../support/file-font-loader';

// ANNEX_PDF_OUT keeps the files somewhere known, to render and look at them.
const outDir = process.env.ANNEX_PDF_OUT ?? mkdtempSync(join(tmpdir(), 'annex-pdf-'));
mkdirSync(outDir, { recursive: true });

type Language = 'zh-CN' | 'en';

async function build(name: string, workspace: Workspace, language: Language) {
  const labels = language === 'zh-CN' ? annexLabelsZhCn : annexLabelsEn;
  const fonts = createFileFontLoader();
  const annex = buildAnnexModel(workspace, labels, { language });
  const result = await buildAnnexPdf(annex, { fonts });
  const path = join(outDir, `${name}.pdf`);
  const bytes = new Uint8Array(await result.blob.arrayBuffer());
  writeFileSync(path, bytes);
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
  const fontsReport = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  return { result, bytes, text, fontsReport, loaded: fonts.loaded, path };
}

/** Font rows of pdffonts: name, type, encoding, then emb sub uni as yes/no, object id. */
function fontRows(report: string): string[][] {
  return report
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s+/));
}

/** Fifty engagements of the sample contract, for the size budget of quality.md. */
function fiftyEngagements(): Workspace {
  const workspace = annexWorkspace();
  const [template] = workspace.engagements;
  if (!template) throw new Error('fixture needs an engagement');
  const engagements = Array.from({ length: 50 }, (_, i) => ({
    ...template,
    id: `e${i + 1}`,
    name: `${template.name} ${i + 1}`,
    resourceService: (['iaas', 'paas', 'saas'] as const)[i % 3] ?? 'iaas',
  }));
  // A complete contract agrees the joint response of every engagement, as the sample's first does.
  const [joint] = workspace.jointResponses;
  const jointResponses = joint
    ? engagements.map((engagement) => ({ ...joint, engagementId: engagement.id }))
    : [];
  return { ...workspace, engagements, overrides: [], jointResponses };
}

// No font or anything else may come from the network: pdfmake must not reach for Roboto or a CDN.
const fetchSpy = vi.fn(async () => new Response('', { status: 599 }));
beforeAll(() => vi.stubGlobal('fetch', fetchSpy));
afterAll(() => {
  vi.unstubAllGlobals();
  // The files are kept only where ANNEX_PDF_OUT asks for them; a temp folder is removed.
  if (!process.env.ANNEX_PDF_OUT) rmSync(outDir, { recursive: true, force: true });
});

describe.each([
  { language: 'zh-CN' as const, page: '第 1 页 / 共', layer: '业务数据', heading: '责任矩阵' },
  {
    language: 'en' as const,
    page: 'Page 1 of',
    layer: 'Business data',
    heading: 'Responsibility matrix',
  },
])('the annex PDF in $language', ({ language, page, layer, heading }) => {
  let two: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    two = await build(`annex-2-${language}`, annexWorkspace(), language);
  });

  it('holds the contract, parties with rare hanzi, matrix words, reasons and page numbers', () => {
    expect(two.result.blob.type).toBe('application/pdf');
    for (const expected of [
      '华东区域云平台服务合同',
      '陶喆文化传媒有限公司',
      '朱镕基网络安全实验室',
      '客户应用由服务商代为运维',
      page,
      layer,
      heading,
    ]) {
      expect(two.text).toContain(expected);
    }
    const count = two.result.pageCount;
    expect(two.text).toContain(language === 'en' ? `of ${count}` : `共 ${count} 页`);
  });

  it('prints the crosswalk to CCM, FedRAMP and provider words once, marked derived', () => {
    const flat = two.text.replace(/\s+/g, ' ');
    for (const value of ['CSP-owned', 'Shared CSP and CSC', '3rd-party outsourced', 'Partial']) {
      expect(flat).toContain(value);
    }
    expect(flat).toContain(
      language === 'en' ? 'Other vocabularies (derived)' : '其他框架对照（推导）',
    );
  });

  it('embeds every font as a subset, fetching only the extended chunks the rare hanzi need', () => {
    const rows = fontRows(two.fontsReport);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row.slice(-5, -2)).toEqual(['yes', 'yes', 'yes']);
    expect(two.loaded[0]).toBe('noto-sans-sc-base.ttf');
    // 镕 and 喆 sit in two chunks; nothing else of the extended font is read.
    expect(two.loaded.filter((file) => file.includes('-ext-'))).toHaveLength(2);
  });

  it('reports the emoji it cannot draw and marks its place, instead of dropping it silently', () => {
    expect(two.result.missingCharacters).toEqual(['👍']);
    expect(two.text).toContain('客户应用由服务商代为运维 〓');
  });

  it('is written compactly, with object streams (PDF 1.5), and opens with every page', () => {
    const info = execFileSync('pdfinfo', [two.path], { encoding: 'utf8' });
    expect(info).toMatch(/^PDF version:\s+1\.5$/m);
    expect(info).toMatch(new RegExp(`^Pages:\\s+${two.result.pageCount}$`, 'm'));
  });

  it('fetches nothing from the network', () => {
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('keeps a one-engagement annex under 100 KB', async () => {
    const one = await build(`annex-1-${language}`, singleEngagementWorkspace(), language);
    expect(one.bytes.length).toBeLessThan(100 * 1024);
    expect(one.result.pageCount).toBeGreaterThanOrEqual(1);
  });

  it('keeps a 50-engagement annex within 300 KB', async () => {
    const fifty = await build(`annex-50-${language}`, fiftyEngagements(), language);
    expect(fifty.bytes.length).toBeLessThan(300 * 1024);
    expect(fifty.text).toContain(language === 'en' ? 'Engagement 50' : '合作 50');
  }, 20_000);
});

// Punctuation and signs in the PDF: Noto Sans SC draws quotation marks, § † · and the like
// full-width, as Chinese text wants; a document in English takes their Latin forms (Noto Sans).
// Measured as a reader's tool sees the file (poppler).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '@/export/pdf/render-pdf';
import { createFileFontLoader } from '../support/file-font-loader';

const outDir = mkdtempSync(join(tmpdir(), 'pdf-punctuation-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The widths, in points, of the words of a one-line document in `language`, at 10 pt. */
async function wordWidths(language: string, line: string): Promise<number[]> {
  const { blob } = await renderPdf(
    { language, content: [{ text: line, fontSize: 10 }] },
    { fonts: createFileFontLoader() },
  );
  const path = join(outDir, `${language}.pdf`);
  writeFileSync(path, new Uint8Array(await blob.arrayBuffer()));
  const boxes = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  return [...boxes.matchAll(/<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"/g)].map(
    ([, from, to]) => Number(to) - Number(from),
  );
}

describe('punctuation in the PDF', () => {
  it.each([
    // Two marks of 1 em (10 pt) each in Chinese; a Latin width in English (Noto Sans: 3.6 pt each).
    { language: 'zh-CN', quotes: [19, 21] },
    { language: 'en', quotes: [5, 11] },
  ])('take their $language width', async ({ language, quotes: [least, most] }) => {
    const [quoted, plain] = await wordWidths(language, '“Deviations” Deviations');
    const quotes = (quoted ?? 0) - (plain ?? 0);
    expect(quotes).toBeGreaterThan(least ?? 0);
    expect(quotes).toBeLessThan(most ?? 0);
  });

  it.each([
    // A full em (10 pt) each in Chinese; a Latin width, under 7 pt, in English.
    { language: 'zh-CN', sign: '§', least: 9.5, most: 10.5 },
    { language: 'zh-CN', sign: '†', least: 9.5, most: 10.5 },
    { language: 'zh-CN', sign: '·', least: 9.5, most: 10.5 },
    { language: 'en', sign: '§', least: 3, most: 7 },
    { language: 'en', sign: '†', least: 3, most: 7 },
    { language: 'en', sign: '·', least: 1, most: 4 },
  ])('draw $sign at its $language width', async ({ language, sign, least, most }) => {
    const [signed, plain] = await wordWidths(language, `x${sign}2.3 x2.3`);
    const width = (signed ?? 0) - (plain ?? 0);
    expect(width).toBeGreaterThan(least);
    expect(width).toBeLessThan(most);
  });
});

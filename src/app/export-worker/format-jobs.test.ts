import { describe, expect, it } from 'vitest';
import type { ExportJobContext } from '@/export/worker/export-protocol';
import { goldenWorkspace } from '../../../tests/fixtures/csv/golden-workspace';
import { readXlsx } from '../../../tests/support/read-xlsx';
import { oscalJob } from './oscal-job';
import { workbookJob } from './workbook-job';

function context(): ExportJobContext & { readonly seen: number[] } {
  const seen: number[] = [];
  return {
    baseUri: 'http://x/',
    progress: (f) => seen.push(f),
    signal: new AbortController().signal,
    seen,
  };
}

describe('the export worker’s workbook and OSCAL jobs', () => {
  it('makes the workbook in the language, counting its sheets, with rising progress', async () => {
    const ctx = context();
    const output = await workbookJob({ workspace: goldenWorkspace(), language: 'zh-CN' }, ctx);
    const book = readXlsx(new Uint8Array(await output.blob.arrayBuffer()));
    expect(book.sheets[0]?.name).toBe('合同');
    expect(output.sheetCount).toBe(book.sheets.length);
    expect(ctx.seen.at(-1)).toBe(1);
    expect(ctx.seen).toEqual([...ctx.seen].sort((a, b) => a - b));
  });

  it('makes the plan with the catalogue as its companion, linking to the given name', async () => {
    const input = {
      workspace: goldenWorkspace(),
      language: 'en' as const,
      workspaceKey: 'k',
      lastModified: '2026-01-01T00:00:00Z',
      catalogHref: 'catalog.json',
    };
    const output = await oscalJob(input, context());
    const ssp = JSON.parse(await output.blob.text());
    const catalog = JSON.parse((await output.companion?.text()) ?? '{}');
    expect(ssp['system-security-plan']).toBeDefined();
    expect(catalog.catalog).toBeDefined();
    expect(JSON.stringify(ssp)).toContain('catalog.json');
  });
});

// Builds the real list PDF in Node with the annex's runtime and fonts, and reads it back as a
// person receiving the file would: text through poppler, fonts embedded as subsets.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listPartyDuties } from '@/model/party-duties';
import { createFileFontLoader } from '../../../tests/support/file-font-loader';
import { partyDutiesLabelsEn, partyDutiesWorkspace } from './party-duties-pdf.fixture';
import { buildPartyDutiesPdf } from './party-duties-pdf-file';

// Nothing may come from the network: pdfmake must not reach for Roboto or a CDN.
const fetchSpy = vi.fn(async () => new Response('', { status: 599 }));
beforeAll(() => vi.stubGlobal('fetch', fetchSpy));
afterAll(() => vi.unstubAllGlobals());

describe('buildPartyDutiesPdf', () => {
  it('writes a PDF whose text is the list, in embedded subset fonts', async () => {
    const workspace = partyDutiesWorkspace();
    const groups = listPartyDuties(workspace, 'cloud');
    const labels = partyDutiesLabelsEn('华云科技', '6 as owner, 3 as supporter');
    const result = await buildPartyDutiesPdf(workspace, groups, labels, 'en', {
      fonts: createFileFontLoader(),
    });
    const path = join(mkdtempSync(join(tmpdir(), 'party-duties-pdf-')), 'list.pdf');
    writeFileSync(path, new Uint8Array(await result.blob.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
    for (const part of [
      'Duties of 华云科技',
      '华东区域云平台服务合同',
      'Engagement 1: 公有云主机',
      'Backups under annex B',
      'rule securitySupport',
      'Page 1 of',
    ]) {
      expect(text).toContain(part);
    }
    expect(result.missingCharacters).toEqual([]);
    expect(result.pageCount).toBeGreaterThanOrEqual(1);
    expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).toMatch(/yes\s+yes\s+yes/);
    expect(fetchSpy).not.toHaveBeenCalled();
  }, 30_000);
});

// Builds the real list PDF in Node with the annex's runtime and fonts read from public/fonts. Its
// text is read back with poppler in the e2e test (tests/e2e/party-duties.spec.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listPartyDuties } from '@/model/party-duties';
import {
  partyDutiesLabelsEn,
  partyDutiesWorkspace,
} from '../../../tests/fixtures/party-duties-pdf';
import { createFileFontLoader } from '../../../tests/support/file-font-loader';
import { buildPartyDutiesPdf } from './party-duties-pdf-file';

// Nothing may come from the network: pdfmake must not reach for Roboto or a CDN.
const fetchSpy = vi.fn(async () => new Response('', { status: 599 }));
beforeAll(() => vi.stubGlobal('fetch', fetchSpy));
afterAll(() => vi.unstubAllGlobals());

async function build(party: string) {
  const workspace = partyDutiesWorkspace();
  const fonts = createFileFontLoader();
  const labels = partyDutiesLabelsEn(party, 'summary');
  const result = await buildPartyDutiesPdf(
    workspace,
    listPartyDuties(workspace, 'cloud'),
    labels,
    'en',
    {
      fonts,
    },
  );
  const bytes = new Uint8Array(await result.blob.arrayBuffer());
  return { result, head: new TextDecoder().decode(bytes.subarray(0, 5)), loaded: fonts.loaded };
}

describe('buildPartyDutiesPdf', () => {
  it('writes a PDF in the base font, its Latin forms and only the common shards its names need', async () => {
    const { result, head, loaded } = await build('华云科技');
    expect(head).toBe('%PDF-');
    expect(result.missingCharacters).toEqual([]);
    expect(result.pageCount).toBeGreaterThanOrEqual(1);
    expect(loaded[0]).toBe('noto-sans-sc-base.ttf');
    const others = loaded.slice(1).filter((file) => file !== 'noto-sans-latin-forms.ttf');
    expect(others.every((file) => file.includes('-common-'))).toBe(true);
    expect(loaded.length).toBeLessThan(5);
    expect(fetchSpy).not.toHaveBeenCalled();
  }, 30_000);

  it('fetches an extended chunk for a rare name, and lists what no font can draw', async () => {
    const { result, loaded } = await build('陶喆 \u{1F600}');
    expect(loaded.length).toBeGreaterThan(1);
    expect(result.missingCharacters).toEqual(['\u{1F600}']);
  }, 30_000);
});

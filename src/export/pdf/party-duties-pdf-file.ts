import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PartyDutyGroup } from '@/model/party-duties';
import type { Workspace } from '@/model/workspace';
import type { AnnexLanguage } from './annex-document';
import type { AnnexResult, BuildAnnexOptions } from './build-annex-pdf';
import { chooseFontFiles, type FontFile, readManifest } from './font-coverage';
import { createFetchFontLoader, type FontLoader } from './font-loader';
import { type NamedCoverage, splitIntoFontRuns } from './font-runs';
import { chunkForLayout } from './layout-chunks';
import { collectText, mapText } from './map-text';
import { buildPartyDutiesDocument, type PartyDutiesPdfLabels } from './party-duties-pdf';
import { loadPdfMake, registerFonts } from './pdfmake-runtime';

// Font bytes stay loaded for the session, so the second list fetches nothing; a failure is forgotten.
const fontCache = new WeakMap<FontLoader, Map<string, Promise<Uint8Array>>>();
let browserLoader: FontLoader | undefined;

function loadFont(loader: FontLoader, file: FontFile): Promise<Uint8Array> {
  const cache = fontCache.get(loader) ?? new Map<string, Promise<Uint8Array>>();
  fontCache.set(loader, cache);
  const key = `${file.entry.hash}-${file.entry.file}`;
  let bytes = cache.get(key);
  if (!bytes) {
    bytes = loader.loadFont(file.entry);
    bytes.catch(() => cache.delete(key));
    cache.set(key, bytes);
  }
  return bytes;
}

function defaultLoader(): FontLoader {
  browserLoader ??= createFetchFontLoader(document.baseURI);
  return browserLoader;
}

const A4 = { width: 595.28, height: 841.89, orientation: 'portrait' } as const;

function sampleText(content: DynamicContent | Content | undefined): string {
  const sample = typeof content === 'function' ? content(2, 2, A4) : content;
  return sample ? collectText(sample) : '';
}

/**
 * Builds a party's duty list as a PDF in the browser, with the annex's runtime and fonts: pdfmake
 * and the base font load on first use, an extended chunk only for a character outside the base, and
 * characters no font has are listed in the result (drawn as 〓), never silently dropped.
 */
export async function buildPartyDutiesPdf(
  workspace: Workspace,
  groups: readonly PartyDutyGroup[],
  labels: PartyDutiesPdfLabels,
  language: AnnexLanguage,
  options: BuildAnnexOptions = {},
): Promise<AnnexResult> {
  const loader = options.fonts ?? defaultLoader();
  const definition = buildPartyDutiesDocument(workspace, groups, labels, language);
  const [pdfMake, manifest] = await Promise.all([loadPdfMake(), loader.loadManifest()]);
  const text = [definition.content, definition.header, definition.footer]
    .map((part) => sampleText(part as DynamicContent | Content | undefined))
    .join('\n');
  const chosen = chooseFontFiles(readManifest(manifest), text);
  const loaded = await Promise.all(
    chosen.map(async (file) => ({
      name: `${file.entry.hash}-${file.entry.file}`,
      bytes: await loadFont(loader, file),
    })),
  );
  const fonts: NamedCoverage[] = chosen.map((file, i) => ({
    font: loaded[i]?.name ?? file.entry.file,
    coverage: file.coverage,
  }));
  const missing = new Set<string>();
  const split = (piece: string) => {
    const { runs, missing: lost } = splitIntoFontRuns(piece, fonts);
    for (const character of lost) missing.add(character);
    if (runs.length === 0) return [{ text: '', font: fonts[0]?.font }];
    return runs.flatMap(({ text: run, font }) =>
      chunkForLayout(run).map((chunk) => ({ text: chunk.text, font, noWrap: chunk.keep })),
    );
  };
  let pageCount = 0;
  const withFonts =
    (part: DynamicContent | Content | undefined, count = false): DynamicContent =>
    (page, pages, size) => {
      if (count) pageCount = Math.max(pageCount, pages);
      const made = typeof part === 'function' ? part(page, pages, size) : part;
      return made ? mapText(made, split) : made;
    };
  const pdfDefinition: TDocumentDefinitions = {
    ...definition,
    content: mapText(definition.content, split),
    header: withFonts(definition.header as DynamicContent),
    footer: withFonts(definition.footer as DynamicContent, true),
    defaultStyle: { ...definition.defaultStyle, font: fonts[0]?.font },
  };
  pdfMake.setFonts(registerFonts(pdfMake, loaded));
  const blob = await pdfMake.createPdf(pdfDefinition).getBlob();
  return { blob, missingCharacters: [...missing], pageCount };
}

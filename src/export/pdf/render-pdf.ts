import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { compactPdf } from './compact-pdf';
import { chooseFontFiles, type FontFile, fontsInOrder, readManifest } from './font-coverage';
import { createFetchFontLoader, type FontLoader } from './font-loader';
import { type NamedCoverage, splitIntoFontRuns } from './font-runs';
import { chunkForLayout } from './layout-chunks';
import { collectText, mapText } from './map-text';
import { loadPdfMake, registerFonts } from './pdfmake-runtime';

/** A PDF file, with what the user must be told before saving it. */
export interface AnnexResult {
  readonly blob: Blob;
  /** Characters no embedded font can draw; each is printed as 〓 in the file. */
  readonly missingCharacters: string[];
  readonly pageCount: number;
}

/** Where fonts come from (the browser default fetches them from the app's own origin), and progress. */
export interface BuildAnnexOptions {
  readonly fonts?: FontLoader;
  /** The app's base address, for a worker, which has no document to ask. */
  readonly baseUri?: string;
  /** Called with the fraction done, from 0 to 1, while the fonts load and the pages are laid out. */
  readonly onProgress?: (fraction: number) => void;
}

interface LoaderCache {
  manifest?: Promise<FontFile[]>;
  readonly fonts: Map<string, Promise<Uint8Array>>;
}

// Fonts stay loaded for the session, so the second export fetches nothing.
const caches = new WeakMap<FontLoader, LoaderCache>();
const browserLoaders = new Map<string, FontLoader>();

function defaultLoader(baseUri: string): FontLoader {
  const loader = browserLoaders.get(baseUri) ?? createFetchFontLoader(baseUri);
  browserLoaders.set(baseUri, loader);
  return loader;
}

// Shares of the progress bar: loading the library and fonts, then the page layout, then compacting.
const LOADED_AT = 0.15;
const LAID_OUT_AT = 0.9;

function cacheOf(loader: FontLoader): LoaderCache {
  const cache = caches.get(loader) ?? { fonts: new Map() };
  caches.set(loader, cache);
  return cache;
}

function retryable<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

function loadManifest(loader: FontLoader): Promise<FontFile[]> {
  const cache = cacheOf(loader);
  cache.manifest ??= retryable(loader.loadManifest().then(readManifest), () => {
    cache.manifest = undefined;
  });
  return cache.manifest;
}

/** The name pdfmake knows a font file under; the hash keeps a rebuilt file apart from the old one. */
function fontName(file: FontFile): string {
  return `${file.entry.hash}-${file.entry.file}`;
}

async function loadFonts(loader: FontLoader, files: readonly FontFile[]) {
  const cache = cacheOf(loader);
  return Promise.all(
    files.map(async (file) => {
      const name = fontName(file);
      let bytes = cache.fonts.get(name);
      if (!bytes) {
        bytes = retryable(loader.loadFont(file.entry), () => cache.fonts.delete(name));
        cache.fonts.set(name, bytes);
      }
      return { name, bytes: await bytes };
    }),
  );
}

// Header and footer are asked for with a page size they do not use.
const A4 = { width: 595.28, height: 841.89, orientation: 'portrait' } as const;

function dynamicText(content: DynamicContent | Content | undefined): string {
  const sample = typeof content === 'function' ? content(2, 2, A4) : content;
  return sample ? collectText(sample) : '';
}

function withFonts(
  content: DynamicContent | Content | undefined,
  split: (text: string) => unknown[],
  onPage?: (pageCount: number) => void,
): DynamicContent | undefined {
  if (content === undefined) return undefined;
  return (page, pageCount, size) => {
    onPage?.(pageCount);
    const produced = typeof content === 'function' ? content(page, pageCount, size) : content;
    return produced ? mapText(produced, split) : produced;
  };
}

/**
 * Renders a document definition as a PDF in the browser. pdfmake and the fonts load on the first
 * call; an extended font chunk is fetched only when the document has a character outside the base
 * subset, and characters no font has are listed in the result (and drawn as 〓), never silently
 * dropped. Used by the contract annex and by a party's duty list.
 */
export async function renderPdf(
  definition: TDocumentDefinitions,
  options: BuildAnnexOptions = {},
): Promise<AnnexResult> {
  const loader = options.fonts ?? defaultLoader(options.baseUri ?? document.baseURI);
  const progress = options.onProgress ?? (() => {});
  progress(0);
  const [pdfMake, files] = await Promise.all([loadPdfMake(), loadManifest(loader)]);
  const text = [
    collectText(definition.content),
    dynamicText(definition.header),
    dynamicText(definition.footer),
  ].join('\n');
  // Noto Sans SC draws § † · “ ” full-width, as Chinese typesetting wants; a document in another
  // language takes them from the Latin forms file, or "(§2.3.2" has an em of space inside.
  const latinForms = !definition.language?.startsWith('zh');
  const chosen = chooseFontFiles(files, text, { latinForms });
  const loaded = await loadFonts(loader, chosen);
  const fonts: NamedCoverage[] = fontsInOrder(chosen).map((file) => ({
    font: fontName(file),
    coverage: file.coverage,
  }));
  const missing = new Set<string>();
  const split = (piece: string) => {
    const { runs, missing: lost } = splitIntoFontRuns(piece, fonts);
    for (const character of lost) missing.add(character);
    if (runs.length === 0) return [{ text: '', font: fonts[0]?.font }];
    return runs.flatMap(({ text: run, font }) =>
      chunkForLayout(run).map((chunk) => ({
        text: chunk.text,
        font,
        noWrap: chunk.keep,
      })),
    );
  };
  let pageCount = 0;
  const pdfDefinition: TDocumentDefinitions = {
    ...definition,
    content: mapText(definition.content, split),
    header: withFonts(definition.header, split),
    footer: withFonts(definition.footer, split, (count) => {
      pageCount = Math.max(pageCount, count);
    }),
    defaultStyle: { ...definition.defaultStyle, font: fonts[0]?.font },
    // compactPdf compresses every stream itself, after cutting digits pdfkit would compress too.
    compress: false,
  };
  pdfMake.setFonts(registerFonts(pdfMake, loaded));
  progress(LOADED_AT);
  pdfMake.setProgressCallback((done: number) =>
    progress(LOADED_AT + (LAID_OUT_AT - LOADED_AT) * done),
  );
  const written = await pdfMake.createPdf(pdfDefinition).getBlob();
  const blob = await compactPdf(new Uint8Array(await written.arrayBuffer()), (done) =>
    progress(LAID_OUT_AT + (1 - LAID_OUT_AT) * done),
  );
  progress(1);
  return { blob, missingCharacters: [...missing], pageCount };
}

/**
 * Loads pdfmake, the font manifest, the base font and the Latin forms (3 KB) ahead of the first
 * export, and lays out one line so the library's code is compiled: the export worker does this when
 * the user is about to export, so the first PDF waits for none of it.
 */
export async function preparePdf(options: BuildAnnexOptions = {}): Promise<void> {
  await renderPdf({ content: [{ text: 'PDF §' }] }, options);
}

import type { TFontDictionary } from 'pdfmake/interfaces';

type PdfMakeModule = typeof import('pdfmake/build/pdfmake');

/** The parts of pdfmake's browser build the annex uses, including two its type package leaves out. */
export type PdfMake = Pick<
  PdfMakeModule,
  'createPdf' | 'setFonts' | 'setUrlAccessPolicy' | 'setProgressCallback'
> & {
  readonly virtualfs: {
    existsSync(name: string): boolean;
    writeFileSync(name: string, content: Uint8Array): void;
  };
  localAccessPolicy?: (path: string) => boolean;
};

let loading: Promise<PdfMake> | undefined;

/**
 * Loads pdfmake's browser build on first use only (it is large), and locks it down: no default
 * Roboto, no URL or local file is ever read, since the annex puts its own fonts in pdfmake's virtual
 * file system. The browser build is the one that runs without `eval` under a strict CSP.
 */
export function loadPdfMake(): Promise<PdfMake> {
  loading ??= import('pdfmake/build/pdfmake').then((module) => {
    // A CommonJS bundle: bundlers and Node expose its exports object as the default export.
    const pdfMake = ((module as { default?: unknown }).default ?? module) as PdfMake;
    pdfMake.setFonts({});
    pdfMake.setUrlAccessPolicy(() => false);
    pdfMake.localAccessPolicy = () => false;
    return pdfMake;
  });
  // A failed chunk load (offline, new deployment) may succeed on the next try.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Puts font files in pdfmake's virtual file system once, and names each as a family of its own. */
export function registerFonts(
  pdfMake: PdfMake,
  fonts: readonly { readonly name: string; readonly bytes: Uint8Array }[],
): TFontDictionary {
  const dictionary: TFontDictionary = {};
  for (const { name, bytes } of fonts) {
    if (!pdfMake.virtualfs.existsSync(name)) pdfMake.virtualfs.writeFileSync(name, bytes);
    // One weight only: bold and italics map to the same file, so no style can ask for a missing font.
    dictionary[name] = { normal: name, bold: name, italics: name, bolditalics: name };
  }
  return dictionary;
}

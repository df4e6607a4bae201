import type { FontFileEntry, FontManifest } from './font-coverage';

/** Where the annex's fonts come from: the app's own origin in the browser, the disk in Node tests. */
export interface FontLoader {
  loadManifest(): Promise<FontManifest>;
  loadFont(entry: FontFileEntry): Promise<Uint8Array>;
}

/** The folder under the app's base URL that scripts/build-pdf-fonts.mjs fills (public/fonts). */
export const FONT_FOLDER = 'fonts/';

/** The manifest that lists the font files and what each covers. */
export const FONT_MANIFEST = 'pdf-fonts.json';

// A plain file name, so a tampered manifest cannot point the loader at another origin or folder.
const FILE_NAME = /^[a-z0-9][a-z0-9.-]*\.(?:ttf|otf)$/;

function isEntry(value: unknown): value is FontFileEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.file === 'string' &&
    FILE_NAME.test(entry.file) &&
    typeof entry.bytes === 'number' &&
    typeof entry.hash === 'string' &&
    /^[0-9a-f]+$/.test(entry.hash) &&
    typeof entry.codePoints === 'string'
  );
}

/** Checks that parsed JSON is a font manifest with at least the base font, or says what is wrong. */
export function parseFontManifest(value: unknown): FontManifest {
  const manifest = value as Partial<FontManifest> | null;
  const files = manifest?.files;
  if (!Array.isArray(files) || files.length === 0 || !files.every(isEntry)) {
    throw new Error(`${FONT_MANIFEST} does not list the annex fonts as expected`);
  }
  return {
    source: String(manifest?.source ?? ''),
    licence: String(manifest?.licence ?? ''),
    files,
  };
}

/** Whether bytes start like a TrueType or OpenType font, not like an HTML page served by mistake. */
export function isSfnt(bytes: Uint8Array): boolean {
  const tag = String.fromCharCode(...bytes.subarray(0, 4));
  return tag === '\u0000\u0001\u0000\u0000' || tag === 'OTTO' || tag === 'true';
}

/**
 * Fetches the fonts from the app's own origin, relative to `baseUri` so the app can live under a
 * sub-path. The content hash in the query keeps a rebuilt font from being served stale.
 */
export function createFetchFontLoader(baseUri: string): FontLoader {
  const folder = new URL(FONT_FOLDER, baseUri);
  const get = async (name: string, init?: RequestInit) => {
    const url = new URL(name, folder);
    const response = await fetch(url, init);
    if (!response.ok) throw new Error(`Could not load ${url.pathname} (HTTP ${response.status})`);
    return response;
  };
  return {
    async loadManifest() {
      const response = await get(FONT_MANIFEST, { cache: 'no-cache' });
      return parseFontManifest(await response.json());
    },
    async loadFont(entry) {
      const response = await get(`${entry.file}?v=${entry.hash}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (!isSfnt(bytes)) throw new Error(`${entry.file} is not a TrueType or OpenType font`);
      return bytes;
    },
  };
}

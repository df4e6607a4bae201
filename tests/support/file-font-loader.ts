import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FONT_FOLDER,
  FONT_MANIFEST,
  type FontLoader,
  isSfnt,
  parseFontManifest,
} from '@/export/pdf/font-loader';

const publicFolder = fileURLToPath(new URL('../../public/', import.meta.url));

/**
 * Reads the annex fonts from public/fonts instead of fetching them, for Node tests; counts what it
 * reads so a test can tell which extended chunks a document needed.
 */
export function createFileFontLoader(): FontLoader & { readonly loaded: string[] } {
  const folder = join(publicFolder, FONT_FOLDER);
  const loaded: string[] = [];
  return {
    loaded,
    async loadManifest() {
      return parseFontManifest(JSON.parse(await readFile(join(folder, FONT_MANIFEST), 'utf8')));
    },
    async loadFont(entry) {
      loaded.push(entry.file);
      const bytes = new Uint8Array(await readFile(join(folder, entry.file)));
      if (!isSfnt(bytes)) throw new Error(`${entry.file} is not a font`);
      return bytes;
    },
  };
}

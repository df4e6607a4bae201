import type { ImportIssue } from './import-issue';

/**
 * The longest text an import reads, in UTF-16 code units (about 20 MB of ASCII). A workspace at
 * every cap of the schema is far smaller; the cap keeps a wrong or hostile file from freezing the tab.
 * A file of at most this many bytes never has more code units, so the UI may check `File.size` first.
 */
export const MAX_IMPORT_TEXT_LENGTH = 20_000_000;

/** The `too-large` issue of a text over the cap, checked before any parsing; undefined when it fits. */
export function checkTextSize(text: string): ImportIssue | undefined {
  if (text.length <= MAX_IMPORT_TEXT_LENGTH) return undefined;
  return {
    code: 'too-large',
    expected: `<= ${MAX_IMPORT_TEXT_LENGTH}`,
    received: String(text.length),
  };
}

/** The text without a leading byte-order mark, which editors and Excel add and parsers choke on. */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

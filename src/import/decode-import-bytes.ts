import type { ImportResult } from './import-issue';
import { MAX_IMPORT_TEXT_LENGTH } from './import-limits';

/**
 * Reads a file's bytes as UTF-8 text, refusing other encodings: a CSV that Excel saved as GBK or
 * Windows-1252 would otherwise import as garbled names. The byte size is checked before decoding.
 */
export function decodeImportBytes(bytes: Uint8Array): ImportResult<string> {
  if (bytes.length > MAX_IMPORT_TEXT_LENGTH) {
    return {
      ok: false,
      issues: [
        {
          code: 'too-large',
          expected: `<= ${MAX_IMPORT_TEXT_LENGTH}`,
          received: String(bytes.length),
        },
      ],
    };
  }
  try {
    // The decoder drops a leading byte-order mark, which the importers accept either way.
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, issues: [{ code: 'not-utf8', expected: 'UTF-8' }] };
  }
}

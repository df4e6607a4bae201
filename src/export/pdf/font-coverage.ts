import { type CharacterCoverage, visibleCodePoints } from './missing-characters';

/** One font file of public/fonts, as scripts/build-pdf-fonts.mjs lists it in pdf-fonts.json. */
export interface FontFileEntry {
  readonly file: string;
  readonly bytes: number;
  /** Content hash, so a rebuilt font is not served from a stale cache. */
  readonly hash: string;
  /** Covered code points as hex ranges: `20-7e a0 4e00-4e05`. */
  readonly codePoints: string;
  /**
   * A Latin font's forms of characters the base draws full-width (§ † · “ ”): drawn in their place
   * in a document not in Chinese, never the only file that has a character.
   */
  readonly latinForms?: boolean;
}

/** The fonts the annex can embed: the base subset first, then the extended chunks. */
export interface FontManifest {
  readonly source: string;
  readonly licence: string;
  readonly files: readonly FontFileEntry[];
}

/** A coverage read from hex ranges, answered by binary search. */
export function parseCodePointRanges(text: string): CharacterCoverage {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const part of text.split(/\s+/).filter(Boolean)) {
    const [from = '', to = from] = part.split('-');
    starts.push(Number.parseInt(from, 16));
    ends.push(Number.parseInt(to, 16));
  }
  return {
    has(point) {
      let low = 0;
      let high = starts.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (point < (starts[middle] ?? 0)) high = middle - 1;
        else if (point > (ends[middle] ?? 0)) low = middle + 1;
        else return true;
      }
      return false;
    },
  };
}

/** A font file with its coverage parsed. */
export interface FontFile {
  readonly entry: FontFileEntry;
  readonly coverage: CharacterCoverage;
}

/** Parses the coverage of every file of a manifest, keeping its order (base first). */
export function readManifest(manifest: FontManifest): FontFile[] {
  return manifest.files.map((entry) => ({
    entry,
    coverage: parseCodePointRanges(entry.codePoints),
  }));
}

/**
 * The files a text needs: always the base font, and an extended chunk only when a character of the
 * text is missing from every file before it, so a document in common hanzi fetches nothing more.
 * With `latinForms` (a document not in Chinese), also the Latin forms file when the text has one
 * of its characters.
 */
export function chooseFontFiles(
  files: readonly FontFile[],
  text: string,
  { latinForms = false } = {},
): FontFile[] {
  const [base, ...rest] = files;
  if (!base) return [];
  const extended = rest.filter((file) => !file.entry.latinForms);
  const latin = latinForms ? rest.find((file) => file.entry.latinForms) : undefined;
  const chosen = new Set<FontFile>([base]);
  const seen = new Set<number>();
  // Code point by code point: every visible one needs a glyph, and this stays linear on long text.
  for (const point of visibleCodePoints(text)) {
    if (seen.has(point)) continue;
    seen.add(point);
    if (latin?.coverage.has(point)) chosen.add(latin);
    if (base.coverage.has(point)) continue;
    const chunk = extended.find((file) => file.coverage.has(point));
    if (chunk) chosen.add(chunk);
  }
  return files.filter((file) => chosen.has(file));
}

/**
 * The fonts a document draws with, in the order a character is tried: the base first (it draws the
 * mark for a missing character), except that the characters of a chosen Latin forms file go to it.
 */
export function fontsInOrder(chosen: readonly FontFile[]): FontFile[] {
  const latin = chosen.find((file) => file.entry.latinForms);
  const [base, ...others] = chosen.filter((file) => file !== latin);
  if (!latin || !base) return [...chosen];
  const baseWithoutLatin: FontFile = {
    entry: base.entry,
    coverage: { has: (point) => !latin.coverage.has(point) && base.coverage.has(point) },
  };
  return [baseWithoutLatin, ...others, latin];
}

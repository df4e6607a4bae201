/** Which code points a font (or set of fonts) can draw; a `ReadonlySet<number>` is one. */
export interface CharacterCoverage {
  has(codePoint: number): boolean;
}

/**
 * Code points that draw nothing of their own (joiners, variation selectors, controls such as a line
 * break); a character is judged by the code points it does draw.
 */
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cc}]$/u;

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Splits text into the characters a reader sees, so an emoji with modifiers counts as one. Line by
 * line: no character spans a line feed, and V8 segments one long string in quadratic time.
 */
export function splitCharacters(text: string): string[] {
  return text
    .split(/(?<=\n)/)
    .flatMap((line) => Array.from(segmenter.segment(line), (segment) => segment.segment));
}

/** The code points of a character (or any text) that must have a glyph. */
export function visibleCodePoints(character: string): number[] {
  return Array.from(character)
    .filter((point) => !INVISIBLE.test(point))
    .map((point) => point.codePointAt(0) ?? 0);
}

/** Whether a coverage can draw every visible code point of a character. */
export function canRender(character: string, coverage: CharacterCoverage): boolean {
  return visibleCodePoints(character).every((point) => coverage.has(point));
}

/**
 * The characters of a text that the coverage cannot draw, each once, in order of first appearance,
 * so the user can be told exactly what would be lost.
 */
export function findMissingCharacters(text: string, coverage: CharacterCoverage): string[] {
  const missing = new Set<string>();
  for (const character of splitCharacters(text)) {
    if (!canRender(character, coverage)) missing.add(character);
  }
  return [...missing];
}

/** A coverage that draws what any of the given coverages draws. */
export function unionCoverage(coverages: readonly CharacterCoverage[]): CharacterCoverage {
  return { has: (point) => coverages.some((coverage) => coverage.has(point)) };
}

import {
  type CharacterCoverage,
  canRender,
  splitCharacters,
  visibleCodePoints,
} from './missing-characters';

/** A font the document can use, by the name pdfmake knows it under. */
export interface NamedCoverage {
  readonly font: string;
  readonly coverage: CharacterCoverage;
}

/** A piece of text drawn in one font. */
export interface FontRun {
  readonly text: string;
  readonly font: string;
}

/** Drawn in place of a character no font has: the geta mark 〓, which Chinese typesetting uses for exactly that. */
export const MISSING_CHARACTER_MARK = '\u3013';

/** What splitting a text into runs gives: the runs, and the characters that no font could draw. */
export interface FontRunsResult {
  readonly runs: FontRun[];
  readonly missing: string[];
}

/**
 * Splits text into runs of one font each, because pdfmake has no font fallback: each character goes
 * to the first font that draws it whole. A character no font draws becomes the mark in the first font
 * and is reported; joiners and variation selectors that only modify a glyph are dropped.
 */
export function splitIntoFontRuns(text: string, fonts: readonly NamedCoverage[]): FontRunsResult {
  const runs: FontRun[] = [];
  const missing: string[] = [];
  const primary = fonts[0]?.font ?? '';
  const push = (piece: string, font: string) => {
    const last = runs.at(-1);
    if (last && last.font === font) runs[runs.length - 1] = { text: last.text + piece, font };
    else runs.push({ text: piece, font });
  };
  for (const character of splitCharacters(text)) {
    const points = visibleCodePoints(character);
    if (points.length === 0) {
      // A line break is kept (pdfmake breaks lines on it), a tab becomes a space, the rest is dropped.
      if (character.includes('\n')) push('\n', runs.at(-1)?.font ?? primary);
      else if (character === '\t') push(' ', runs.at(-1)?.font ?? primary);
      continue;
    }
    const drawn = String.fromCodePoint(...points);
    const whole = fonts.find((font) => canRender(drawn, font.coverage));
    if (whole) {
      push(drawn, whole.font);
      continue;
    }
    if (!missing.includes(character)) missing.push(character);
    push(MISSING_CHARACTER_MARK, primary);
  }
  return { runs, missing };
}

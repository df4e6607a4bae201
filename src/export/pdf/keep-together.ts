import type { Content } from 'pdfmake/interfaces';

/**
 * Lines of table text that surely fit on one A4 page with room to spare. pdfmake drops whatever of
 * an unbreakable block does not fit on one page, so only blocks well under a page are kept together.
 */
export const PAGE_LINES = 34;

/** Content with an estimate of the lines it takes, so a caller can decide to keep it together. */
export interface SizedContent {
  readonly content: Content;
  readonly lines: number;
}

/** How wide a character sets: a hanzi or full-width form takes a full em, Latin about half. */
function characterWidth(character: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\u{20000}-\u{3fffd}]/u.test(
    character,
  )
    ? 1
    : 0.55;
}

/** A rough, generous count of the lines a text takes in a column `ems` full-width characters wide. */
export function estimateLines(text: string, ems: number): number {
  return text.split('\n').reduce((lines, line) => {
    const width = Array.from(line).reduce((sum, character) => sum + characterWidth(character), 0);
    return lines + Math.max(1, Math.ceil(width / ems));
  }, 0);
}

/** A table's estimated lines: per row its tallest cell, plus a line for the cell padding. */
export function estimateTableLines(rows: readonly (readonly string[])[], ems: number): number {
  return rows.reduce(
    (lines, cells) => lines + 1 + Math.max(1, ...cells.map((cell) => estimateLines(cell, ems))),
    0,
  );
}

/** Puts a heading before blocks, in one unbreakable block with the first when that one moves whole. */
export function headed(heading: Content, blocks: readonly Content[]): Content[] {
  const [first, ...rest] = blocks;
  const movesWhole = typeof first === 'object' && first !== null && 'unbreakable' in first;
  if (first !== undefined && movesWhole && first.unbreakable === true) {
    return [{ stack: [heading, first], unbreakable: true }, ...rest];
  }
  return [heading, ...blocks];
}

/**
 * Keeps a heading with what follows it (so no heading is left alone at the foot of a page), when the
 * whole block is short enough that pdfmake can move it to the next page without losing any of it.
 */
export function keepTogether(parts: readonly Content[], estimatedLines: number): Content {
  const stack = [...parts];
  return estimatedLines <= PAGE_LINES ? { stack, unbreakable: true } : { stack };
}

import type { AnnexBlock } from './annex-model';

/**
 * Lines of table text that surely fit on one A4 page with room to spare. A block kept together that
 * does not fit on one page loses what overflows, so only blocks well under a page are kept together.
 */
export const PAGE_LINES = 34;

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

/** Blocks with an estimate of the lines they take, so a caller can decide to keep them together. */
export interface SizedBlock {
  readonly block: AnnexBlock;
  readonly lines: number;
}

/**
 * Keeps a heading with what follows it (so no heading is left alone at the foot of a page), when the
 * whole group is short enough to move to the next page without losing any of it.
 */
export function keepTogether(blocks: readonly AnnexBlock[], estimatedLines: number): AnnexBlock {
  return { kind: 'group', keep: estimatedLines <= PAGE_LINES, blocks };
}

/** Puts a heading before blocks, in one group kept together with the first when that one is kept. */
export function headed(heading: AnnexBlock, blocks: readonly AnnexBlock[]): AnnexBlock[] {
  const [first, ...rest] = blocks;
  if (first?.kind === 'group' && first.keep) {
    return [{ kind: 'group', keep: true, blocks: [heading, first] }, ...rest];
  }
  return [heading, ...blocks];
}

/** A heading of the given level. */
export function heading(text: string, level: 1 | 2): AnnexBlock {
  return { kind: 'heading', level, text };
}

/** A note: a paragraph in small print. */
export function note(text: string): AnnexBlock {
  return { kind: 'paragraph', tone: 'note', text };
}

/** A header row of cells from their texts. */
export function headerCells(texts: readonly string[]): { text: string }[] {
  return texts.map((text) => ({ text }));
}

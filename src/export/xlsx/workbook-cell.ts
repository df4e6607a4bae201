/**
 * One cell of a workbook sheet before writing: its text and how it looks. Every cell is text: the
 * workbook has no numbers, dates or formulas, and the sheet builders guard texts that look like one.
 */
export interface WorkbookCell {
  readonly value: string;
  readonly fontWeight?: 'bold';
  readonly fontStyle?: 'italic';
  /** In points; without it the workbook's font size. */
  readonly fontSize?: number;
  /** `#RRGGBB`, a solid fill. */
  readonly backgroundColor?: string;
  readonly wrap?: boolean;
  readonly alignVertical?: 'top';
  /** The same border on all four sides. */
  readonly borderStyle?: 'thin';
  /** `#RRGGBB`. */
  readonly borderColor?: string;
  /** Merges this many cells to the right; the cells it covers are `null` in the row. */
  readonly columnSpan?: number;
  /** Row height in points: the tallest cell of a row sets it. */
  readonly height?: number;
}

/** A cell of a row, or none there (nothing written, or covered by a span to its left). */
export type Cell = WorkbookCell | null;

import type { Cell, CellObject } from 'write-excel-file/universal';
import { CSV_PROTECTED_STARTS } from '@/schema/csv-format';

const PROTECTED = new Set<string>(CSV_PROTECTED_STARTS);

/** Fill of a cell with an owner, as in the legend. */
export const OWNER_FILL = '#DDEBF7';
/** Fill of a cell with supporters only, as in the legend. */
export const SUPPORTER_FILL = '#FFF2CC';
const HEADER_FILL = '#D9D9D9';
const BORDER = '#A6A6A6';

/**
 * A text as a workbook writes it: protected against formula injection like the CSV (a `'` before a
 * start a spreadsheet could run), so a cell copied into a formula bar or saved as CSV stays text.
 */
export function safeText(text: string): string {
  return PROTECTED.has(text.charAt(0)) ? `'${text}` : text;
}

/** A body cell: safe text, wrapped, top-aligned, with a thin border. */
export function textCell(text: string, style: Partial<CellObject> = {}): CellObject {
  return {
    value: safeText(text),
    type: String,
    wrap: true,
    alignVertical: 'top',
    borderStyle: 'thin',
    borderColor: BORDER,
    ...style,
  };
}

/** A header cell: bold on grey. */
export function headerCell(text: string): CellObject {
  return textCell(text, { fontWeight: 'bold', backgroundColor: HEADER_FILL });
}

/** The rows above every sheet's table: its title across the table, and the contract's fields. */
export function titleRows(title: string, subtitle: string, width: number): Cell[][] {
  const pad = (cell: CellObject): Cell[] => [
    cell,
    ...Array.from({ length: width - 1 }, () => null),
  ];
  return [
    pad({
      value: safeText(title),
      type: String,
      fontWeight: 'bold',
      fontSize: 14,
      columnSpan: width,
    }),
    pad({ value: safeText(subtitle), type: String, columnSpan: width, wrap: true }),
  ];
}

/** How many rows the title block takes, so tables know where their header row is. */
export const TITLE_ROWS = 2;

/** A note under a table, across its width. */
export function noteRow(text: string, width: number): Cell[] {
  return [
    {
      value: safeText(text),
      type: String,
      wrap: true,
      fontStyle: 'italic',
      columnSpan: width,
      height: 45,
    },
    ...Array.from({ length: width - 1 }, () => null),
  ];
}

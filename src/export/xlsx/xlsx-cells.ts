import { guardFormula } from '../csv/write-csv';
import type { Cell, WorkbookCell } from './workbook-cell';

/** Fill of a cell with an owner, as in the legend. */
export const OWNER_FILL = '#DDEBF7';
/** Fill of a cell with supporters only, as in the legend. */
export const SUPPORTER_FILL = '#FFF2CC';
const HEADER_FILL = '#D9D9D9';
const BORDER = '#A6A6A6';

/** A body cell: formula-guarded text, wrapped, top-aligned, with a thin border. */
export function textCell(text: string, style: Partial<WorkbookCell> = {}): WorkbookCell {
  return {
    value: guardFormula(text),
    wrap: true,
    alignVertical: 'top',
    borderStyle: 'thin',
    borderColor: BORDER,
    ...style,
  };
}

/** A header cell: bold on grey. */
export function headerCell(text: string): WorkbookCell {
  return textCell(text, { fontWeight: 'bold', backgroundColor: HEADER_FILL });
}

/** The rows above every sheet's table: its title across the table, and the contract's fields. */
export function titleRows(title: string, subtitle: string, width: number): Cell[][] {
  const pad = (cell: WorkbookCell): Cell[] => [
    cell,
    ...Array.from({ length: width - 1 }, () => null),
  ];
  return [
    pad({
      value: guardFormula(title),
      fontWeight: 'bold',
      fontSize: 14,
      columnSpan: width,
    }),
    pad({ value: guardFormula(subtitle), columnSpan: width, wrap: true }),
  ];
}

/** How many rows the title block takes, so tables know where their header row is. */
export const TITLE_ROWS = 2;

/** A note under a table, across its width. */
export function noteRow(text: string, width: number): Cell[] {
  return [
    {
      value: guardFormula(text),
      wrap: true,
      fontStyle: 'italic',
      columnSpan: width,
      height: 45,
    },
    ...Array.from({ length: width - 1 }, () => null),
  ];
}

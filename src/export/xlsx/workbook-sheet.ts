import type { Cell } from './workbook-cell';
import type { WorkbookLabels } from './workbook-labels';
import { headerCell, TITLE_ROWS, textCell, titleRows } from './xlsx-cells';

/** One sheet of the workbook before writing: its rows, widths and the rows it freezes and repeats. */
export interface WorkbookSheet {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** Rows frozen at the top and repeated on every printed page: the title block and the header. */
  readonly headerRows: number;
}

/** What every sheet's title block says about the contract: title, version and date. */
export interface SheetHeading {
  readonly title: string;
  readonly subtitle: string;
}

/** The contract heading of a workspace's sheets. */
export function sheetHeading(
  contract: { title: string; version: string; date: string },
  labels: WorkbookLabels,
): SheetHeading {
  const { annex } = labels;
  const fields = [
    [annex.contract.version, contract.version],
    [annex.contract.date, contract.date],
  ]
    .filter(([, value]) => (value ?? '').trim() !== '')
    .map(([label, value]) => annex.document.field(label as string, (value as string).trim()));
  return {
    title: contract.title.trim() || annex.document.title,
    subtitle: fields.join(annex.document.partSeparator) || annex.document.title,
  };
}

/**
 * A sheet of one table: title block, header row, and body rows of texts (or ready cells); a sheet
 * with no rows says so under its header.
 */
export function tableSheet(
  name: string,
  heading: SheetHeading,
  header: readonly string[],
  body: readonly (readonly (string | Cell)[])[],
  widths: readonly number[],
  labels: WorkbookLabels,
  after: readonly (readonly Cell[])[] = [],
): WorkbookSheet {
  const width = header.length;
  const rows: Cell[][] = [
    ...titleRows(
      `${heading.title}${labels.annex.document.partSeparator}${name}`,
      heading.subtitle,
      width,
    ),
    header.map(headerCell),
    ...body.map((row) => row.map((cell) => (typeof cell === 'string' ? textCell(cell) : cell))),
    ...(body.length === 0
      ? [[textCell(labels.nothing), ...Array.from({ length: width - 1 }, () => null)]]
      : []),
    ...after.map((row) => [...row]),
  ];
  return { name, rows, widths, headerRows: TITLE_ROWS + 1 };
}

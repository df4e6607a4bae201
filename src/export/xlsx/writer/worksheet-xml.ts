import type { WorkbookSheet } from '../workbook-sheet';
import { SHEET_FITS_PAGE, SHEET_PAGE_SETUP } from './print-setup';
import type { SharedStrings } from './shared-strings';
import type { StyleTable } from './style-table';
import { SPREADSHEET_MAIN, XML_DECLARATION } from './xml-text';

/** The spreadsheet name of a column numbered from 0: A … Z, AA, AB … */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

// Column names are asked for once per cell; a workbook has a few dozen columns at most.
const COLUMN_NAMES: string[] = [];
const column = (index: number) => {
  let name = COLUMN_NAMES[index];
  if (name === undefined) {
    name = columnName(index);
    COLUMN_NAMES[index] = name;
  }
  return name;
};

/**
 * The rows of a sheet as <sheetData>, and the ranges its column spans merge. A span's covered cells
 * are written empty in the span's format, so its border and fill run across the merged range.
 */
function sheetData(sheet: WorkbookSheet, styles: StyleTable, strings: SharedStrings) {
  const merges: string[] = [];
  let xml = '';
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const number = r + 1;
    let cells = '';
    let height = 0;
    let covered = 0;
    let coverFormat = 0;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const ref = `${column(c)}${number}`;
      if (!cell) {
        if (covered > 0) {
          covered--;
          cells += `<c r="${ref}" s="${coverFormat}"/>`;
        }
        continue;
      }
      const format = styles.formatOf(cell);
      const span = cell.columnSpan ?? 1;
      covered = span - 1;
      coverFormat = format;
      if (span > 1) merges.push(`${ref}:${column(c + span - 1)}${number}`);
      if (cell.height && cell.height > height) height = cell.height;
      cells +=
        cell.value === ''
          ? `<c r="${ref}" s="${format}"/>`
          : `<c r="${ref}" s="${format}" t="s"><v>${strings.indexOf(cell.value)}</v></c>`;
    }
    const size = height > 0 ? ` ht="${height}" customHeight="1"` : '';
    xml +=
      cells === '' ? `<row r="${number}"${size}/>` : `<row r="${number}"${size}>${cells}</row>`;
  }
  return { xml: `<sheetData>${xml}</sheetData>`, merges };
}

/**
 * One worksheet part: fitted to the page, its title block and header row frozen with the first
 * column (the first sheet is the one that opens), column widths in characters, the cells, the merged
 * ranges, and A4 landscape. Cell texts go to the shared strings and looks to the style table.
 */
export function worksheetXml(
  sheet: WorkbookSheet,
  index: number,
  styles: StyleTable,
  strings: SharedStrings,
): string {
  const frozen = sheet.headerRows;
  const pane = `<pane ySplit="${frozen}" xSplit="1" topLeftCell="B${frozen + 1}" activePane="bottomRight" state="frozen"/>`;
  const widths = sheet.widths
    .map((width, i) =>
      width > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>` : '',
    )
    .join('');
  const data = sheetData(sheet, styles, strings);
  const merges =
    data.merges.length === 0
      ? ''
      : `<mergeCells count="${data.merges.length}">${data.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`;
  return (
    `${XML_DECLARATION}<worksheet xmlns="${SPREADSHEET_MAIN}">` +
    SHEET_FITS_PAGE +
    `<sheetViews><sheetView tabSelected="${index === 0 ? 1 : 0}" workbookViewId="0">${pane}</sheetView></sheetViews>` +
    (widths === '' ? '' : `<cols>${widths}</cols>`) +
    data.xml +
    merges +
    SHEET_PAGE_SETUP +
    '</worksheet>'
  );
}

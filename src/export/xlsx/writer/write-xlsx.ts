import { zipSync } from 'fflate';
import type { WorkbookSheet } from '../workbook-sheet';
import {
  contentTypesXml,
  packageRelsXml,
  workbookRelsXml,
  workbookXml,
  worksheetPath,
} from './package-parts';
import { createSharedStrings } from './shared-strings';
import { createStyleTable } from './style-table';
import { worksheetXml } from './worksheet-xml';

/**
 * Writes sheets as an .xlsx file: the XML parts built as strings and zipped. A workbook of 500
 * engagements has over 250,000 cells; a general spreadsheet library spent seconds on per-cell work
 * (a style object serialised per cell, every attribute sanitised), here a cell is one string.
 */
export function writeXlsx(sheets: readonly WorkbookSheet[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const styles = createStyleTable();
  const strings = createSharedStrings();
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': encoder.encode(contentTypesXml(sheets.length)),
    '_rels/.rels': encoder.encode(packageRelsXml()),
    'xl/workbook.xml': encoder.encode(workbookXml(sheets)),
    'xl/_rels/workbook.xml.rels': encoder.encode(workbookRelsXml(sheets.length)),
  };
  sheets.forEach((sheet, index) => {
    files[worksheetPath(index + 1)] = encoder.encode(worksheetXml(sheet, index, styles, strings));
  });
  // After the sheets, which fill both tables.
  files['xl/sharedStrings.xml'] = encoder.encode(strings.xml());
  files['xl/styles.xml'] = encoder.encode(styles.xml());
  // Level 4 rather than the usual 6: for 500 engagements it deflates in about half the time
  // (in Node, 230-290 against 420-620 ms) for a file 0.8 % larger (1.44 against 1.43 MB).
  // fflate's types say any buffer; it allocates a plain ArrayBuffer, which a Blob needs.
  return zipSync(files, { level: 4 }) as Uint8Array<ArrayBuffer>;
}

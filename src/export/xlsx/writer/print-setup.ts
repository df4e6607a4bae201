import { xmlText } from './xml-text';

/**
 * How every sheet prints: A4 (paper size 9) landscape with the default margins in inches, fitted to
 * the page width and any number of pages down. The first part goes before the sheet view, the
 * second after the merged cells, in the order the worksheet schema wants.
 */
export const SHEET_FITS_PAGE = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
export const SHEET_PAGE_SETUP =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '<pageSetup fitToWidth="1" fitToHeight="0" paperSize="9" orientation="landscape"/>';

/** An Excel sheet name inside a formula: quoted, its quotes doubled. */
function quotedSheetName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/**
 * The workbook's defined names: each sheet repeats its title block and header row on every printed
 * page (`_xlnm.Print_Titles`, numbered by the sheet's position).
 */
export function printTitlesXml(sheets: readonly { name: string; headerRows: number }[]): string {
  const names = sheets
    .map((sheet, index) =>
      sheet.headerRows > 0
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlText(quotedSheetName(sheet.name))}!$1:$${sheet.headerRows}</definedName>`
        : '',
    )
    .join('');
  return names === '' ? '' : `<definedNames>${names}</definedNames>`;
}

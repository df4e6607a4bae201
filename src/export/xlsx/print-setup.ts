import type { Feature } from 'write-excel-file/universal';

/** An Excel sheet name inside a formula: quoted, its quotes doubled. */
function quotedSheetName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/**
 * Print setup the library does not write itself: every sheet fits its width on the page (any
 * number of pages down), and repeats its title block and header row on every printed page
 * (`_xlnm.Print_Titles`). A4 landscape comes from the sheet options.
 */
export function printSetup(sheets: readonly { name: string; headerRows: number }[]): Feature<Blob> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml) =>
            xml
              .replace(
                '<sheetViews>',
                '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews>',
              )
              .replace('<pageSetup ', '<pageSetup fitToWidth="1" fitToHeight="0" '),
        },
        'xl/workbook.xml': {
          transform: (xml) => {
            const names = sheets
              .map((sheet, index) =>
                sheet.headerRows > 0
                  ? `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(quotedSheetName(sheet.name))}!$1:$${sheet.headerRows}</definedName>`
                  : '',
              )
              .join('');
            return names === ''
              ? xml
              : xml.replace(
                  /<definedNames\/>|<definedNames>(.*?)<\/definedNames>/s,
                  (_m, inner = '') => `<definedNames>${inner}${names}</definedNames>`,
                );
          },
        },
      },
    },
  };
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

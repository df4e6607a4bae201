import type { WorkbookSheet } from '../workbook-sheet';
import { printTitlesXml } from './print-setup';
import { SPREADSHEET_MAIN, XML_DECLARATION, xmlAttribute } from './xml-text';

// The parts of an .xlsx package around its sheets (ECMA-376 part 1 and the Open Packaging
// Conventions, part 2): what each part is, how they point at one another, and the sheet list.

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const RELATION_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** The path of a worksheet part by its number from 1. */
export const worksheetPath = (number: number) => `xl/worksheets/sheet${number}.xml`;

/** [Content_Types].xml: the type of the workbook, its shared strings, styles and every sheet. */
export function contentTypesXml(sheetCount: number): string {
  const override = (part: string, type: string) =>
    `<Override PartName="/${part}" ContentType="${CONTENT_TYPE}.${type}+xml"/>`;
  let sheets = '';
  for (let n = 1; n <= sheetCount; n++) sheets += override(worksheetPath(n), 'worksheet');
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('xl/workbook.xml', 'sheet.main') +
    override('xl/sharedStrings.xml', 'sharedStrings') +
    override('xl/styles.xml', 'styles') +
    sheets +
    '</Types>'
  );
}

/** _rels/.rels: the package's main document is the workbook. */
export function packageRelsXml(): string {
  return `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATION_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
}

/** xl/_rels/workbook.xml.rels: sheet n is rIdn, then the shared strings and the styles. */
export function workbookRelsXml(sheetCount: number): string {
  const relation = (id: number, type: string, target: string) =>
    `<Relationship Id="rId${id}" Type="${RELATION_TYPE}/${type}" Target="${target}"/>`;
  let sheets = '';
  for (let n = 1; n <= sheetCount; n++)
    sheets += relation(n, 'worksheet', `worksheets/sheet${n}.xml`);
  return (
    `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">${sheets}` +
    relation(sheetCount + 1, 'sharedStrings', 'sharedStrings.xml') +
    relation(sheetCount + 2, 'styles', 'styles.xml') +
    '</Relationships>'
  );
}

/** xl/workbook.xml: the sheets in order by name, and their print titles. */
export function workbookXml(sheets: readonly WorkbookSheet[]): string {
  const list = sheets
    .map(
      (sheet, i) =>
        `<sheet name="${xmlAttribute(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
    )
    .join('');
  return (
    `${XML_DECLARATION}<workbook xmlns="${SPREADSHEET_MAIN}" xmlns:r="${RELATION_TYPE}">` +
    `<workbookPr/><bookViews><workbookView/></bookViews><sheets>${list}</sheets>` +
    `${printTitlesXml(sheets)}<calcPr/></workbook>`
  );
}

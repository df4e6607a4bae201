// XML 1.0 §2.2: characters a document may not hold (C0 controls but tab, LF and CR; lone surrogates;
// U+FFFE, U+FFFF) and those it should not (C1 controls but NEL; noncharacters). A spreadsheet may
// refuse a file with the first, so both go rather than the user's text breaking the workbook.
const UNFIT_FOR_XML =
  /[^\t\n\r\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|\p{Noncharacter_Code_Point}/gu;

/** What every part of the package starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
/** The SpreadsheetML namespace of the workbook, worksheet, styles and shared-strings parts. */
export const SPREADSHEET_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const entity = (character: string) => ENTITIES[character] ?? character;

/** Text as the content of an XML element: unfit characters removed, markup characters escaped. */
export function xmlText(text: string): string {
  return text.replace(UNFIT_FOR_XML, '').replace(/[&<>]/g, entity);
}

/** Text as an XML attribute value in double quotes: as xmlText, quotes escaped too. */
export function xmlAttribute(text: string): string {
  return text.replace(UNFIT_FOR_XML, '').replace(/[&<>"']/g, entity);
}

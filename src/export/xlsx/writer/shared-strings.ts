import { numbering } from './numbering';
import { SPREADSHEET_MAIN, XML_DECLARATION, xmlText } from './xml-text';

/** A workbook's shared strings: each distinct cell text written once, cells point at its number. */
export interface SharedStrings {
  /** The number of a text in the table, added on first use. */
  readonly indexOf: (text: string) => number;
  /** xl/sharedStrings.xml with every text handed out so far. */
  readonly xml: () => string;
}

function stringItemXml(text: string): string {
  // Without xml:space="preserve" a spreadsheet drops spaces and line breaks at either end.
  const space = text.trim() === text ? '' : ' xml:space="preserve"';
  return `<si><t${space}>${xmlText(text)}</t></si>`;
}

/**
 * A shared-string table for one workbook. Most cells of a large workbook repeat a few thousand
 * texts (roles, duties, layer names), so each is escaped once, not once per cell.
 */
export function createSharedStrings(): SharedStrings {
  const items = numbering();
  return {
    indexOf: (text) => items.numberOf(text, () => stringItemXml(text)),
    xml: () => `${XML_DECLARATION}<sst xmlns="${SPREADSHEET_MAIN}">${items.xml.join('')}</sst>`,
  };
}

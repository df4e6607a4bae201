import { xmlText } from './xml-text';

/** A workbook's shared strings: each distinct cell text written once, cells point at its number. */
export interface SharedStrings {
  /** The number of a text in the table, added on first use. */
  readonly indexOf: (text: string) => number;
  /** xl/sharedStrings.xml with every text handed out so far. */
  readonly xml: () => string;
}

/**
 * A shared-string table for one workbook. Most cells of a large workbook repeat a few thousand
 * texts (roles, duties, layer names), so each is escaped once, not once per cell.
 */
export function createSharedStrings(): SharedStrings {
  const numbers = new Map<string, number>();
  const texts: string[] = [];
  return {
    indexOf(text) {
      let number = numbers.get(text);
      if (number === undefined) {
        number = texts.length;
        numbers.set(text, number);
        texts.push(text);
      }
      return number;
    },
    xml() {
      const items = texts.map((text) => {
        // Without xml:space="preserve" a spreadsheet drops spaces and line breaks at either end.
        const space = text.trim() === text ? '' : ' xml:space="preserve"';
        return `<si><t${space}>${xmlText(text)}</t></si>`;
      });
      return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join('')}</sst>`
      );
    },
  };
}

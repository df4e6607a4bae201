import { CSV_PROTECTED_STARTS } from '@/schema/csv-format';
/** The MIME type of our CSV files. */
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

const PROTECTED = new Set<string>(CSV_PROTECTED_STARTS);

/**
 * A text protected against formula injection: a `'` before a start a spreadsheet could run. The
 * workbook's cells take the same guard, so a cell copied into a formula bar or saved as CSV stays text.
 */
export function guardFormula(value: string): string {
  return PROTECTED.has(value.charAt(0)) ? `'${value}` : value;
}

/** One cell as our CSV writes it: protected against formula injection, always quoted, quotes doubled. */
export function escapeCsvCell(value: string): string {
  const safe = guardFormula(value);
  return `"${safe.includes('"') ? safe.replaceAll('"', '""') : safe}"`;
}

/**
 * Writes rows as CSV for Excel and WPS: a UTF-8 byte-order mark (without it Excel reads Chinese as
 * the local code page), every cell escaped, CRLF after every row.
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  const lines = rows.map((row) => `${row.map(escapeCsvCell).join(',')}\r\n`);
  return `\uFEFF${lines.join('')}`;
}

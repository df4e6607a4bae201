import { CSV_PROTECTED_STARTS } from '@/schema/csv-format';
/** The MIME type of our CSV files. */
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

const PROTECTED = new Set<string>(CSV_PROTECTED_STARTS);

/** One cell as our CSV writes it: protected against formula injection, always quoted, quotes doubled. */
export function escapeCsvCell(value: string): string {
  const safe = PROTECTED.has(value.charAt(0)) ? `'${value}` : value;
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

import { LIMITS } from '@/schema/limits';

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** One record of a CSV file with the physical line it starts on and the line of each cell. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
  readonly cellLines: readonly number[];
}

/** A syntax error: a quoted cell that never ends, or a quote where RFC 4180 allows none. */
export interface CsvSyntaxIssue {
  readonly code: 'unterminated-quote' | 'unexpected-quote';
  readonly line: number;
  /** 0-based index of the cell in its record. */
  readonly cellIndex: number;
}

/** The records of a CSV text, and its syntax errors (capped). */
export interface CsvReadResult {
  readonly records: readonly CsvRecord[];
  readonly issues: readonly CsvSyntaxIssue[];
}

function isCellEnd(code: number): boolean {
  return code === COMMA || code === CR || code === LF;
}

/**
 * Reads RFC 4180 CSV as written by us, Excel and WPS: quoted or unquoted cells, doubled quotes, line
 * breaks CRLF, LF or CR (also inside quoted cells, where they count as physical lines), no trailing
 * empty record after a final line break. A stray quote is reported and kept as text, so every error
 * of the file is found in one pass; an unterminated quote ends the file.
 */
export function readCsv(text: string): CsvReadResult {
  const records: CsvRecord[] = [];
  const issues: CsvSyntaxIssue[] = [];
  const report = (code: CsvSyntaxIssue['code'], line: number, cellIndex: number) => {
    if (issues.length <= LIMITS.issues) issues.push({ code, line, cellIndex });
  };
  const n = text.length;
  let i = 0;
  let line = 1;
  let cells: string[] = [];
  let cellLines: number[] = [];
  let recordLine = 1;
  for (;;) {
    const cellLine = line;
    let value = '';
    if (text.charCodeAt(i) === QUOTE) {
      let start = i + 1;
      let closed = false;
      for (i = start; i < n; i += 1) {
        const code = text.charCodeAt(i);
        if (code === QUOTE) {
          value += text.slice(start, i);
          if (text.charCodeAt(i + 1) !== QUOTE) {
            closed = true;
            i += 1;
            break;
          }
          // A doubled quote is one quote character of the value.
          value += '"';
          i += 1;
          start = i + 1;
        } else if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) {
          line += 1;
        }
      }
      if (!closed) {
        report('unterminated-quote', cellLine, cells.length);
        value += text.slice(start);
        i = n;
      } else if (i < n && !isCellEnd(text.charCodeAt(i))) {
        report('unexpected-quote', cellLine, cells.length);
        const start = i;
        while (i < n && !isCellEnd(text.charCodeAt(i))) i += 1;
        value += text.slice(start, i);
      }
    } else {
      const start = i;
      let stray = false;
      while (i < n && !isCellEnd(text.charCodeAt(i))) {
        if (text.charCodeAt(i) === QUOTE) stray = true;
        i += 1;
      }
      if (stray) report('unexpected-quote', cellLine, cells.length);
      value = text.slice(start, i);
    }
    cells.push(value);
    cellLines.push(cellLine);
    if (i >= n) break;
    if (text.charCodeAt(i) === COMMA) {
      i += 1;
      continue;
    }
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line += 1;
    records.push({ line: recordLine, cells, cellLines });
    cells = [];
    cellLines = [];
    recordLine = line;
    if (i >= n) return { records, issues };
  }
  records.push({ line: recordLine, cells, cellLines });
  return { records, issues };
}

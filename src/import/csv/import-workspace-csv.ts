import { cellKey } from '@/model/cell-ref';
import { ROLES } from '@/model/roles';
import type { Workspace } from '@/model/workspace';
import { CSV_FINGERPRINT_COLUMN } from '@/schema/csv-format';
import { describeValue } from '@/schema/describe-value';
import { LIMITS } from '@/schema/limits';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import { serialiseWorkspaceDocument } from '@/schema/serialise-workspace-document';
import {
  failImport,
  fromSchemaIssues,
  type ImportIssue,
  type ImportResult,
  UNREADABLE,
} from '../import-issue';
import { checkTextSize, stripByteOrderMark } from '../import-limits';
import { applyCsvCells, type CellResult } from './apply-csv-cells';
import { assembleCsvCell } from './assemble-csv-cell';
import { checkCsvHeader } from './check-csv-header';
import { type FrameIndex, indexFrame } from './frame-index';
import { type CsvRecord, readCsv } from './read-csv';
import { type CsvRow, readCsvRow } from './read-csv-row';
import { unescapeCsvCell } from './unescape-csv-cell';

function syntaxIssues(text: string): { records: readonly CsvRecord[]; issues: ImportIssue[] } {
  const { records, issues } = readCsv(text);
  const header = records[0];
  return {
    records,
    issues: issues.map(({ code, line, cellIndex }) => {
      // A cell below the header is named by its header cell; the header's own cells have no name.
      const name = header && line > header.line ? header.cells[cellIndex] : undefined;
      return name === undefined
        ? { code, line }
        : { code, line, column: describeValue(unescapeCsvCell(name)) };
    }),
  };
}

interface ReadRows {
  /** The rows without issues, by cell, in the order the file lists the cells. */
  readonly rowsByCell: ReadonlyMap<string, readonly CsvRow[]>;
  /** Every cell a row addresses, with or without issues. */
  readonly mentioned: ReadonlySet<string>;
  readonly engagementIds: ReadonlySet<string>;
  /** Whether some row addresses no cell of the frame (its own issue says why). */
  readonly hasUnplacedRows: boolean;
}

function readRows(
  records: readonly CsvRecord[],
  frame: FrameIndex,
  issues: ImportIssue[],
  columnCount: number,
) {
  const rowsByCell = new Map<string, CsvRow[]>();
  const mentioned = new Set<string>();
  const engagementIds = new Set<string>();
  let hasUnplacedRows = false;
  for (const record of records) {
    if (issues.length > LIMITS.issues) break;
    if (record.cells.length !== columnCount) {
      issues.push({
        code: 'wrong-cell-count',
        line: record.line,
        expected: String(columnCount),
        received: String(record.cells.length),
      });
      hasUnplacedRows = true;
      continue;
    }
    const { row, ref, issues: found } = readCsvRow(record, frame);
    issues.push(...found);
    if (!ref) {
      hasUnplacedRows = true;
      continue;
    }
    const key = cellKey(ref);
    mentioned.add(key);
    engagementIds.add(ref.engagementId);
    if (!row) continue;
    const list = rowsByCell.get(key);
    if (list) list.push(row);
    else rowsByCell.set(key, [row]);
  }
  return { rowsByCell, mentioned, engagementIds, hasUnplacedRows } satisfies ReadRows;
}

/**
 * Every cell of each engagement the file lists must be in it, so no cell is left as it was by
 * accident. Not checked while some row addresses no cell: that row is likely the missing cell.
 */
function findMissingCells(read: ReadRows, frame: FrameIndex): ImportIssue[] {
  const { mentioned, engagementIds, hasUnplacedRows } = read;
  const issues: ImportIssue[] = [];
  if (hasUnplacedRows) return issues;
  for (const engagementId of engagementIds) {
    const engagement = frame.engagement(engagementId);
    for (const row of engagement ? frame.matrix(engagement).rows : []) {
      for (const role of ROLES) {
        const key = cellKey({ engagementId, rowId: row.id, role });
        if (!mentioned.has(key)) issues.push({ code: 'missing-cell', expected: key });
      }
    }
  }
  return issues;
}

function importCsv(text: string, frame: Workspace): ImportResult<Workspace> {
  const tooLarge = checkTextSize(text);
  if (tooLarge) return failImport([tooLarge]);
  const csv = syntaxIssues(stripByteOrderMark(text));
  if (csv.issues.length > 0) return failImport(csv.issues);
  // Blank records carry nothing: WPS adds a trailing one, Excel may keep rows of empty cells.
  const [withFingerprint, ...allRecords] = csv.records.filter((r) =>
    r.cells.some((cell) => cell !== ''),
  );
  if (!withFingerprint) return failImport([{ code: 'empty-file', line: 1 }]);
  // The fingerprint column says which version the file was written from; the matrix is read without it.
  const fingerprinted =
    unescapeCsvCell(withFingerprint.cells.at(-1) ?? '') === CSV_FINGERPRINT_COLUMN;
  const drop = (r: CsvRecord): CsvRecord =>
    fingerprinted ? { ...r, cells: r.cells.slice(0, -1) } : r;
  const header = drop(withFingerprint);
  const records = allRecords.map(drop);
  const headerIssues = checkCsvHeader(header.cells.map(unescapeCsvCell), header.line);
  if (headerIssues.length > 0) return failImport(headerIssues);

  const index = indexFrame(frame);
  const issues: ImportIssue[] = [];
  const read = readRows(records, index, issues, header.cells.length);
  const results = new Map<string, CellResult>();
  for (const [key, rows] of read.rowsByCell) {
    const [first] = rows;
    const row = first && index.row(first.engagement, first.rowId);
    if (!first || !row || issues.length > LIMITS.issues) continue;
    const { outcome, issues: found } = assembleCsvCell(row, first.role, rows, index);
    issues.push(...found);
    const ref = { engagementId: first.engagement.id, rowId: row.id, role: first.role };
    if (outcome) results.set(key, { ref, outcome });
  }
  if (issues.length <= LIMITS.issues) issues.push(...findMissingCells(read, index));
  if (issues.length > 0) return failImport(issues);

  // The result goes through the same validation as a saved file, so nothing invalid gets out.
  const parsed = parseWorkspaceDocument(serialiseWorkspaceDocument(applyCsvCells(frame, results)));
  return parsed.ok ? parsed : failImport(fromSchemaIssues(parsed.issues));
}

/**
 * Imports the matrix of our CSV into a frame workspace (the one the user imports into): the cells of
 * each engagement the file lists replace the frame's, and the scenario, parties, contract and
 * channels stay the frame's. Whether a cell is an override follows from comparing it with its
 * baseline; the `overridden` column, like every label column, is not read. All or nothing: every
 * issue is listed (with its line and column) and nothing is returned unless the whole file is
 * right. Never throws; the frame is never changed.
 */
export function importWorkspaceCsv(text: string, frame: Workspace): ImportResult<Workspace> {
  try {
    return importCsv(text, frame);
  } catch {
    return failImport(UNREADABLE);
  }
}

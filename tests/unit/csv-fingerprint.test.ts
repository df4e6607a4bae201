import { describe, expect, it } from 'vitest';
import { exportWorkspaceCsv } from '@/export/csv/export-workspace-csv';
import { importWorkspaceCsv } from '@/import/csv/import-workspace-csv';
import { readCsv } from '@/import/csv/read-csv';
import { CSV_COLUMNS, CSV_CROSSWALK_COLUMNS, CSV_FINGERPRINT_COLUMN } from '@/schema/csv-format';
import { englishCsvLabels } from '../fixtures/csv/english-csv-labels';
import { goldenWorkspace } from '../fixtures/csv/golden-workspace';

const FINGERPRINT = 'c0ffee'.repeat(10).slice(0, 64);

describe('the content fingerprint in the CSV', () => {
  it('is the last column of every row when the export is given one', () => {
    const text = exportWorkspaceCsv(goldenWorkspace(), englishCsvLabels(), FINGERPRINT);
    const [header, ...rows] = readCsv(text.replace('\uFEFF', '')).records.map((r) => r.cells);
    expect(header).toEqual([...CSV_COLUMNS, ...CSV_CROSSWALK_COLUMNS, CSV_FINGERPRINT_COLUMN]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.at(-1) === FINGERPRINT)).toBe(true);
  });

  it('is read past on import: the matrix comes back the same', () => {
    const text = exportWorkspaceCsv(goldenWorkspace(), englishCsvLabels(), FINGERPRINT);
    const result = importWorkspaceCsv(text, goldenWorkspace());
    expect(result.ok && result.value).toEqual(goldenWorkspace());
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportWorkspaceCsv } from '@/export/csv/export-workspace-csv';
import { englishCsvLabels } from '../fixtures/csv/english-csv-labels';
import { goldenWorkspace } from '../fixtures/csv/golden-workspace';

// Golden files are compared byte for byte (BOM, CRLF, quoting); tests/fixtures/csv/.gitattributes
// keeps git from touching their line ends. This test lives in tests/unit because it reads and
// writes files, which src/ tests may not. The CSV doubles as an import sample for browser tests.
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const COMMAND = 'UPDATE_GOLDEN=1 npx vitest run tests/unit/csv-golden-file.test.ts';

function expectGolden(relativePath: string, text: string) {
  const file = fileURLToPath(new URL(`../fixtures/${relativePath}`, import.meta.url));
  if (UPDATE) writeFileSync(file, text, 'utf8');
  const golden = readFileSync(file);
  const message = `The export differs from tests/fixtures/${relativePath}. If intended, run ${COMMAND} and review the diff.`;
  // The texts first, for a readable diff; then the bytes, which is what a user downloads.
  expect(text, message).toBe(golden.toString('utf8'));
  expect(Buffer.from(text, 'utf8').equals(golden), message).toBe(true);
}

describe('CSV export golden file', () => {
  it('writes the golden workspace as tests/fixtures/csv/golden-workspace.csv', () => {
    expectGolden(
      'csv/golden-workspace.csv',
      exportWorkspaceCsv(goldenWorkspace(), englishCsvLabels()),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '@/schema/csv-format';
import { LIMITS } from '@/schema/limits';
import { editCsv, writeCells } from '../../../tests/fixtures/csv/edit-csv';
import { goldenWorkspace } from '../../../tests/fixtures/csv/golden-workspace';
import golden from '../../../tests/fixtures/csv/golden-workspace.csv?raw';
import type { ImportIssue } from '../import-issue';
import { MAX_IMPORT_TEXT_LENGTH } from '../import-limits';
import { importWorkspaceCsv } from './import-workspace-csv';

function expectIssues(text: string, issues: ImportIssue[]) {
  const result = importWorkspaceCsv(text, goldenWorkspace());
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.issues).toEqual(issues);
}

describe('importWorkspaceCsv: issues of the whole file', () => {
  it.each<[string, string[], ImportIssue[]]>([
    [
      'a missing column',
      CSV_COLUMNS.filter((c) => c !== 'basis'),
      [{ code: 'missing-column', line: 1, column: 'basis' }],
    ],
    [
      'an unknown column',
      [...CSV_COLUMNS, 'notes'],
      [{ code: 'unknown-column', line: 1, column: 'notes' }],
    ],
    [
      'a repeated column',
      [...CSV_COLUMNS, 'role'],
      [{ code: 'duplicate-column', line: 1, column: 'role' }],
    ],
    [
      'two columns swapped',
      ['engagement', 'engagement_id', ...CSV_COLUMNS.slice(2)],
      [
        { code: 'misordered-column', line: 1, column: 'engagement', expected: 'engagement_id' },
        { code: 'misordered-column', line: 1, column: 'engagement_id', expected: 'engagement' },
      ],
    ],
  ])('refuses a header with %s', (_name, header, issues) => {
    expectIssues(
      editCsv(golden, (rows) => rows.splice(0, 1, header)),
      issues,
    );
  });

  it('reports an unterminated quote with its line and column name', () => {
    const text = `${golden}"gov","Engagement 2","facility","x","customer","y","","owner","whole","","","no","open\r\n`;
    expectIssues(text, [{ code: 'unterminated-quote', line: 40, column: 'reason' }]);
  });

  it('reports a stray quote in an unquoted cell with its line and column name', () => {
    const resaved = editCsv(golden, () => {}, { quote: 'needed' });
    const text = resaved.replace(',virtualization,', ',virtual"ization,');
    expectIssues(text, [{ code: 'unexpected-quote', line: 6, column: 'layer_id' }]);
  });

  it('refuses a text over the size cap before reading it, naming the cap', () => {
    const text = 'x'.repeat(MAX_IMPORT_TEXT_LENGTH + 1);
    expectIssues(text, [
      {
        code: 'too-large',
        expected: `<= ${MAX_IMPORT_TEXT_LENGTH}`,
        received: String(text.length),
      },
    ]);
  });

  it('refuses an empty file', () => {
    expectIssues('\uFEFF\r\n', [{ code: 'empty-file', line: 1 }]);
  });

  it('stops listing at the cap of issues with a too-many-issues issue', () => {
    const bad = CSV_COLUMNS.map((c) => (c === 'engagement_id' ? 'nope' : ''));
    const text = writeCells([CSV_COLUMNS, ...Array.from({ length: 3000 }, () => bad)]);
    const result = importWorkspaceCsv(text, goldenWorkspace());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(LIMITS.issues);
    expect(result.issues.at(-1)).toEqual({
      code: 'too-many-issues',
      expected: `<= ${LIMITS.issues}`,
    });
  });
});

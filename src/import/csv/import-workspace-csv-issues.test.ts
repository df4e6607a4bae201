import { describe, expect, it } from 'vitest';
import { editCsv } from '../../../tests/fixtures/csv/edit-csv';
import { findRow, setCells } from '../../../tests/fixtures/csv/golden-rows';
import { goldenWorkspace } from '../../../tests/fixtures/csv/golden-workspace';
import golden from '../../../tests/fixtures/csv/golden-workspace.csv?raw';
import type { ImportIssue } from '../import-issue';
import { importWorkspaceCsv } from './import-workspace-csv';

// Line numbers: see findRow; the golden file's rows[i] is on line i + 2 from i = 2.

function expectIssues(text: string, issues: ImportIssue[]) {
  const result = importWorkspaceCsv(text, goldenWorkspace());
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.issues).toEqual(issues);
}

describe('importWorkspaceCsv: issues with their line and column', () => {
  it.each<[string, (rows: string[][]) => void, ImportIssue[]]>([
    [
      'an unknown engagement',
      (rows) => setCells(rows, 4, { engagement_id: 'nope' }),
      [
        {
          code: 'unknown-engagement',
          line: 6,
          column: 'engagement_id',
          expected: 'core | gov',
          received: 'nope',
        },
      ],
    ],
    [
      'an unknown row',
      (rows) => setCells(rows, 4, { layer_id: 'securityService:gone' }),
      [
        {
          code: 'unknown-row',
          line: 6,
          column: 'layer_id',
          expected:
            'facility | virtualization | platformSoftware | applicationSoftware | businessData | securityService:security-1',
          received: 'securityService:gone',
        },
      ],
    ],
    [
      'a bad role, duty, scope and via in one row',
      (rows) => setCells(rows, 4, { role_id: 'admin', duty: 'boss', scope: 'all', via: 'x' }),
      [
        {
          code: 'invalid-value',
          line: 6,
          column: 'role_id',
          expected: 'customer | provider | securityVendor',
          received: 'admin',
        },
        {
          code: 'invalid-value',
          line: 6,
          column: 'duty',
          expected: 'owner | supporter',
          received: 'boss',
        },
        {
          code: 'invalid-value',
          line: 6,
          column: 'scope',
          expected: 'whole | service | use',
          received: 'all',
        },
        {
          code: 'invalid-value',
          line: 6,
          column: 'via',
          expected: 'securityService | opsService',
          received: 'x',
        },
      ],
    ],
    [
      'a scope without a duty',
      (rows) => setCells(rows, 3, { scope: 'whole' }),
      [{ code: 'missing', line: 5, column: 'duty', expected: 'owner | supporter' }],
    ],
    [
      'a duty without a scope',
      (rows) => setCells(rows, 2, { scope: '' }),
      [{ code: 'missing', line: 4, column: 'scope', expected: 'whole | service | use' }],
    ],
    [
      'a row with a cell too few',
      (rows) => (rows[5] as string[]).pop(),
      [{ code: 'wrong-cell-count', line: 7, expected: '16', received: '15' }],
    ],
    [
      'a second empty row for one cell',
      (rows) => rows.splice(4, 0, [...(rows[3] as string[])]),
      [{ code: 'conflicting-rows', line: 6, column: 'duty' }],
    ],
    [
      'rows of one cell with different reasons',
      (rows) => {
        const index = findRow(rows, 'gov', 'applicationSoftware', 'provider');
        setCells(rows, index + 1, { reason: 'other' });
      },
      [
        {
          code: 'inconsistent-reason',
          line: 32,
          column: 'reason',
          expected: '',
          received: 'other',
        },
      ],
    ],
    [
      'a party that does not carry the row',
      (rows) => {
        const index = findRow(rows, 'core', 'businessData', 'customer');
        setCells(rows, index, { party: 'Someone else', scope: 'use' });
      },
      [
        {
          code: 'party-mismatch',
          line: 15,
          column: 'party',
          expected: '某银行 "总行"',
          received: 'Someone else',
        },
      ],
    ],
    [
      'a reason on a cell left as its baseline',
      (rows) => setCells(rows, 2, { reason: 'why?' }),
      [{ code: 'reason-without-override', line: 4, column: 'reason', received: 'why?' }],
    ],
    [
      'a missing cell',
      (rows) => rows.splice(findRow(rows, 'gov', 'businessData', 'provider'), 1),
      [{ code: 'missing-cell', expected: '["gov","businessData","provider"]' }],
    ],
  ])('reports %s', (_name, edit, issues) => {
    expectIssues(editCsv(golden, edit), issues);
  });

  it('lists the issues of every row, not only the first', () => {
    const text = editCsv(golden, (rows) => {
      setCells(rows, 4, { duty: 'x' });
      setCells(rows, 19, { scope: 'y' });
    });
    expectIssues(text, [
      {
        code: 'invalid-value',
        line: 6,
        column: 'duty',
        expected: 'owner | supporter',
        received: 'x',
      },
      {
        code: 'invalid-value',
        line: 21,
        column: 'scope',
        expected: 'whole | service | use',
        received: 'y',
      },
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '@/model/workspace';
import { CSV_COLUMNS } from '@/schema/csv-format';
import { editCsv } from '../../../tests/fixtures/csv/edit-csv';
import { findRow, setCells } from '../../../tests/fixtures/csv/golden-rows';
import { goldenWorkspace } from '../../../tests/fixtures/csv/golden-workspace';
import golden from '../../../tests/fixtures/csv/golden-workspace.csv?raw';
import { importWorkspaceCsv } from './import-workspace-csv';

function imported(text: string): Workspace {
  const result = importWorkspaceCsv(text, goldenWorkspace());
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.issues)}`);
  return result.value;
}

describe('importWorkspaceCsv: files as exported and as spreadsheets save them', () => {
  it('gives back the golden workspace from the golden file', () => {
    expect(imported(golden)).toEqual(goldenWorkspace());
  });

  it('reads a file without the derived crosswalk columns, as written before they existed', () => {
    const older = editCsv(golden, (rows) => {
      for (const row of rows) row.splice(CSV_COLUMNS.length);
    });
    expect(older).not.toContain('ccm_ssrm_ownership');
    expect(imported(older)).toEqual(goldenWorkspace());
  });

  it('refuses a header with only some of the crosswalk columns', () => {
    const partial = editCsv(golden, (rows) => {
      for (const row of rows) row.splice(CSV_COLUMNS.length + 1);
    });
    const result = importWorkspaceCsv(partial, goldenWorkspace());
    expect(result.ok).toBe(false);
  });

  it.each([
    ['unquoted where quotes are not needed (Excel)', { quote: 'needed' }],
    ['LF line ends', { lineEnd: '\n' }],
    ['no byte-order mark', { bom: false }],
    ['a trailing blank line (WPS)', { trailingBlankLine: true }],
    [
      'all of them at once',
      { quote: 'needed', lineEnd: '\n', bom: false, trailingBlankLine: true },
    ],
  ] as const)('reads the golden file re-saved with %s', (_name, style) => {
    expect(imported(editCsv(golden, () => {}, style))).toEqual(goldenWorkspace());
  });

  it('skips rows whose cells are all empty', () => {
    const text = editCsv(golden, (rows) =>
      rows.splice(
        5,
        0,
        CSV_COLUMNS.map(() => ''),
      ),
    );
    expect(imported(text)).toEqual(goldenWorkspace());
  });
});

describe('importWorkspaceCsv: edits made in a spreadsheet', () => {
  it('turns a changed cell into an override with the reason, its party resolved from the engagement', () => {
    const text = editCsv(golden, (rows) => {
      const index = findRow(rows, 'core', 'businessData', 'provider');
      setCells(rows, index, {
        duty: 'supporter',
        scope: 'whole',
        via: 'opsService',
        reason: '运维',
      });
    });
    const override = imported(text).overrides.find(
      (o) => o.engagementId === 'core' && o.rowId === 'businessData' && o.role === 'provider',
    );
    // The core engagement has no operations service, so the supporter has no carrier (a finding).
    expect(override).toEqual({
      engagementId: 'core',
      rowId: 'businessData',
      role: 'provider',
      assignments: [
        { duty: 'supporter', scope: 'whole', via: 'opsService', basis: { source: 'override' } },
      ],
      reason: '运维',
    });
  });

  it('resets a cell written back to its baseline, without a reason', () => {
    const text = editCsv(golden, (rows) => {
      // The customer holds nothing on the facility in cloud service: its baseline is an empty cell.
      setCells(rows, 1, { party: '', duty: '', scope: '', basis: '', reason: '' });
    });
    expect(imported(text).overrides.map((o) => o.rowId)).toEqual(['facility']);
    expect(imported(text).overrides[0]?.engagementId).toBe('gov');
  });

  it('changes only the reason of an override whose cell is as it was', () => {
    const text = editCsv(golden, (rows) => setCells(rows, 1, { reason: 'new reason' }));
    expect(imported(text).overrides[0]).toEqual({
      ...goldenWorkspace().overrides[0],
      reason: 'new reason',
    });
  });

  it('empties a cell with an empty row', () => {
    const text = editCsv(golden, (rows) => {
      const index = findRow(rows, 'core', 'virtualization', 'securityVendor');
      setCells(rows, index, { party: '', duty: '', scope: '', via: '', basis: '', reason: 'x' });
    });
    const override = imported(text).overrides.at(-1);
    expect(override).toMatchObject({ rowId: 'virtualization', assignments: [], reason: 'x' });
  });
});

describe('importWorkspaceCsv on any input', () => {
  const mutated = fc
    .tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ unit: 'binary', maxLength: 8 }))
    .map(([at, length, insert]) => {
      const start = at % golden.length;
      return golden.slice(0, start) + insert + golden.slice(start + length);
    });

  it('never throws, and a failed import leaves the frame as it was', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutated), (text) => {
        const frame = goldenWorkspace();
        const before = structuredClone(frame);
        const result = importWorkspaceCsv(text, frame);
        expect(frame).toEqual(before);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

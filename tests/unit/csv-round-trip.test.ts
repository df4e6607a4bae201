import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvLabels } from '@/export/csv/csv-labels';
import { exportWorkspaceCsv } from '@/export/csv/export-workspace-csv';
import { importWorkspaceCsv } from '@/import/csv/import-workspace-csv';
import type { Workspace } from '@/model/workspace';
import { CSV_COLUMNS } from '@/schema/csv-format';
import { editCsv, type WriteStyle } from '../fixtures/csv/edit-csv';
import { englishCsvLabels } from '../fixtures/csv/english-csv-labels';
import { goldenWorkspace } from '../fixtures/csv/golden-workspace';
import { arbitraryWorkspace } from '../support/arbitrary-workspace';

// Export and import may not import each other (docs/architecture.md), so the tests that need both
// live here.

const labels = englishCsvLabels();

const chineseLabels: CsvLabels = {
  engagement: (engagement, index) => engagement.name || `服务 ${index + 1}`,
  row: (row) => row.layer ?? `${row.serviceType}自身`,
  role: (role) =>
    ({ customer: '云服务客户', provider: '云服务商', securityVendor: '云安全厂商' })[role],
  basis: (basis) => (basis.source === 'override' ? '调整' : basis.section),
  yes: '是',
  no: '否',
};

function roundTrip(workspace: Workspace, style?: WriteStyle, with_: CsvLabels = labels) {
  const csv = exportWorkspaceCsv(workspace, with_);
  const text = style ? editCsv(csv, () => {}, style) : csv;
  return importWorkspaceCsv(text, workspace);
}

describe('CSV export and import agree', () => {
  // No normalisation is needed although arbitrary overrides may equal their baseline, carry any
  // basis, or name any service: a cell the file shows as it is keeps the frame's exact assignments
  // and stays an override if it was one.
  it('export then import into the same workspace gives it back', () => {
    fc.assert(
      fc.property(arbitraryWorkspace(), (workspace) => {
        expect(roundTrip(workspace)).toEqual({ ok: true, value: workspace });
      }),
      { numRuns: 200 },
    );
  });

  it('also after a spreadsheet re-saved the file its own way', () => {
    const style = fc.record({
      quote: fc.constantFrom('all' as const, 'needed' as const),
      lineEnd: fc.constantFrom('\r\n' as const, '\n' as const),
      bom: fc.boolean(),
      trailingBlankLine: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitraryWorkspace(), style, (workspace, how) => {
        expect(roundTrip(workspace, how)).toEqual({ ok: true, value: workspace });
      }),
      { numRuns: 100 },
    );
  });

  it('whatever the language of the labels', () => {
    expect(roundTrip(goldenWorkspace(), undefined, chineseLabels)).toEqual({
      ok: true,
      value: goldenWorkspace(),
    });
  });
});

describe('CSV edits resolved against the frame', () => {
  // The core engagement with a second security service from another vendor.
  function twoVendors(): Workspace {
    const workspace = goldenWorkspace();
    const [core, gov] = workspace.engagements;
    if (!core || !gov) throw new Error('golden workspace has two engagements');
    return {
      ...workspace,
      parties: [...workspace.parties, { id: 'guard', name: 'Guard', roles: ['securityVendor'] }],
      engagements: [
        {
          ...core,
          securityServices: [
            ...core.securityServices,
            { id: 'security-2', vendorPartyId: 'guard', layers: ['businessData'] },
          ],
        },
        gov,
      ],
    };
  }

  function editRow(csv: string, match: (row: string[]) => boolean, change: Record<string, string>) {
    return editCsv(csv, (rows) => {
      const row = rows.find(match);
      if (!row) throw new Error('no such row');
      for (const [column, value] of Object.entries(change)) {
        row[CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number])] = value;
      }
    });
  }

  it('chooses the security service by the vendor named in the party column', () => {
    const frame = twoVendors();
    const csv = exportWorkspaceCsv(frame, labels);
    const edited = editRow(
      csv,
      (r) => r[0] === 'core' && r[2] === 'applicationSoftware' && r[4] === 'securityVendor',
      { party: 'Guard', reason: 'Guard protects the app' },
    );
    const result = importWorkspaceCsv(edited, frame);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.overrides.at(-1)).toEqual({
      engagementId: 'core',
      rowId: 'applicationSoftware',
      role: 'securityVendor',
      assignments: [
        {
          duty: 'supporter',
          scope: 'whole',
          via: 'securityService',
          serviceId: 'security-2',
          partyId: 'guard',
          basis: { source: 'override' },
        },
      ],
      reason: 'Guard protects the app',
    });
  });

  it('names the vendors a security supporter may show when the party matches none', () => {
    const frame = twoVendors();
    const edited = editRow(
      exportWorkspaceCsv(frame, labels),
      (r) => r[0] === 'core' && r[2] === 'applicationSoftware' && r[4] === 'securityVendor',
      { party: 'Nobody' },
    );
    expect(importWorkspaceCsv(edited, frame)).toEqual({
      ok: false,
      issues: [
        {
          code: 'party-mismatch',
          line: 14,
          column: 'party',
          expected: '@Shield 安全 | Guard',
          received: 'Nobody',
        },
      ],
    });
  });

  it('keeps two services of unnamed vendors apart in an edited cell', () => {
    const workspace = goldenWorkspace();
    const [core, gov] = workspace.engagements;
    if (!core || !gov) throw new Error('golden workspace has two engagements');
    const frame: Workspace = {
      ...workspace,
      engagements: [
        {
          ...core,
          securityServices: [
            { id: 's1', vendorPartyId: null, layers: 'default' },
            { id: 's2', vendorPartyId: null, layers: 'default' },
          ],
        },
        gov,
      ],
    };
    // The two supporters of business data change scope: each keeps its own service.
    const csv = exportWorkspaceCsv(frame, labels);
    const edited = editCsv(csv, (rows) => {
      for (const row of rows) {
        if (row[0] === 'core' && row[2] === 'businessData' && row[4] === 'securityVendor') {
          row[CSV_COLUMNS.indexOf('scope')] = 'use';
        }
      }
    });
    const result = importWorkspaceCsv(edited, frame);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const override = result.value.overrides.at(-1);
    expect(override?.assignments.map((a) => a.serviceId)).toEqual(['s1', 's2']);
  });
});

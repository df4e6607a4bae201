import { describe, expect, it } from 'vitest';
import type { Override, Workspace } from '@/model/workspace';
import { CSV_COLUMNS, CSV_CROSSWALK_COLUMNS } from '@/schema/csv-format';
import { englishCsvLabels } from '../../../tests/fixtures/csv/english-csv-labels';
import { goldenWorkspace, NASTY_REASON } from '../../../tests/fixtures/csv/golden-workspace';
import { buildCsvRows, exportWorkspaceCsv } from './export-workspace-csv';

const labels = englishCsvLabels();

function rowsOf(workspace: Workspace) {
  return buildCsvRows(workspace, labels);
}

describe('exportWorkspaceCsv', () => {
  it('writes the stable header first, after the byte-order mark', () => {
    const csv = exportWorkspaceCsv(goldenWorkspace(), labels);
    const header = [...CSV_COLUMNS, ...CSV_CROSSWALK_COLUMNS]
      .map((column) => `"${column}"`)
      .join(',');
    expect(csv.startsWith(`\uFEFF${header}\r\n`)).toBe(true);
    expect(CSV_COLUMNS.join(',')).toBe(
      'engagement_id,engagement,layer_id,layer,role_id,role,party,duty,scope,via,basis,overridden,reason',
    );
    expect(CSV_CROSSWALK_COLUMNS.join(',')).toBe(
      'ccm_ssrm_ownership,fedramp_inheritable,shared_label',
    );
  });

  it('ends every record with CRLF and has no bare LF between records', () => {
    const csv = exportWorkspaceCsv(goldenWorkspace(), labels);
    expect(csv.endsWith('"\r\n')).toBe(true);
    // The only LF not after a CR is none; the reason's own CRLF is inside a quoted cell.
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes nothing but the header for a workspace without engagements', () => {
    const empty: Workspace = { ...goldenWorkspace(), engagements: [], overrides: [] };
    expect(exportWorkspaceCsv(empty, labels).split('\r\n')).toHaveLength(2);
  });
});

describe('buildCsvRows', () => {
  it('lists the five layers bottom to top, then the assurance rows, each with the three roles', () => {
    const rows = rowsOf(goldenWorkspace()).filter((row) => row.engagement_id === 'core');
    const cells = [...new Set(rows.map((row) => `${row.layer_id}/${row.role_id}`))];
    expect(cells).toEqual(
      [
        'facility',
        'virtualization',
        'platformSoftware',
        'applicationSoftware',
        'businessData',
        'securityService:security-1',
      ].flatMap((layer) => ['customer', 'provider', 'securityVendor'].map((r) => `${layer}/${r}`)),
    );
  });

  it('gives a cell with two assignments two rows', () => {
    const rows = rowsOf(goldenWorkspace()).filter(
      (row) =>
        row.engagement_id === 'gov' &&
        row.layer_id === 'applicationSoftware' &&
        row.role_id === 'provider',
    );
    expect(rows.map((row) => [row.duty, row.scope, row.via])).toEqual([
      ['owner', 'service', ''],
      ['supporter', 'use', 'opsService'],
    ]);
  });

  it('gives an empty cell one row with empty duty, scope, via, party and basis', () => {
    const [row] = rowsOf(goldenWorkspace()).filter(
      (r) =>
        r.engagement_id === 'core' && r.layer_id === 'facility' && r.role_id === 'securityVendor',
    );
    expect(row).toMatchObject({ party: '', duty: '', scope: '', via: '', basis: '' });
    expect(row?.overridden).toBe('no');
  });

  it('writes party names, the basis in words and the override with its reason', () => {
    const [row] = rowsOf(goldenWorkspace()).filter(
      (r) => r.engagement_id === 'core' && r.layer_id === 'facility' && r.role_id === 'customer',
    );
    expect(row).toEqual({
      engagement_id: 'core',
      engagement: '核心系统 IaaS',
      layer_id: 'facility',
      layer: 'Data-centre facility',
      role_id: 'customer',
      role: 'Cloud service customer',
      party: '某银行 "总行"',
      duty: 'owner',
      scope: 'use',
      via: '',
      basis: 'Override',
      overridden: 'yes',
      reason: NASTY_REASON,
      // The override gives the customer a duty beside the provider's.
      ccm_ssrm_ownership: 'Shared CSP and CSC',
      fedramp_inheritable: 'Partial',
      shared_label: 'Shared',
    });
  });

  it('writes the crosswalk of each row in CCM, FedRAMP and provider-style words (domain §9)', () => {
    const rows = rowsOf(goldenWorkspace()).filter((r) => r.engagement_id === 'core');
    const byRow = new Map(rows.map((r) => [r.layer_id, r]));
    expect(byRow.get('businessData')).toMatchObject({
      ccm_ssrm_ownership: 'CSC-owned',
      fedramp_inheritable: 'No',
      shared_label: 'Customer',
    });
  });

  it('names an engagement without a name through the labels, by its position', () => {
    const names = new Set(
      rowsOf(goldenWorkspace())
        .filter((r) => r.engagement_id === 'gov')
        .map((r) => r.engagement),
    );
    expect([...names]).toEqual(['Engagement 2']);
  });

  it('ignores overrides of rows the engagement does not show', () => {
    const workspace = goldenWorkspace();
    const orphan: Override = {
      engagementId: 'core',
      rowId: 'opsService:none',
      role: 'provider',
      assignments: [],
      reason: 'left from an earlier scenario',
    };
    const rows = rowsOf({ ...workspace, overrides: [...workspace.overrides, orphan] });
    expect(rows).toEqual(rowsOf(workspace));
  });
});

describe('the basis column', () => {
  it('marks the boundary supporter of the operations service in cloud-service mode as derived (domain §2)', () => {
    const golden = goldenWorkspace();
    const [core] = golden.engagements;
    if (!core) throw new Error('the golden workspace has an engagement');
    const withOps: Workspace = {
      ...golden,
      engagements: [
        {
          ...core,
          operationsService: { id: 'core-ops', providerPartyId: null, layers: 'default' },
        },
      ],
      overrides: [],
    };
    const provider = rowsOf(withOps).filter(
      (row) => row.layer_id === 'virtualization' && row.role_id === 'provider',
    );
    expect(provider.map((row) => [row.duty, row.via, row.basis])).toEqual([
      ['owner', '', '§2.3.2 (report)'],
      ['supporter', 'opsService', '§2.3.1 (derived) †'],
    ]);
  });
});

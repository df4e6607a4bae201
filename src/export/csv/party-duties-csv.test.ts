import { describe, expect, it } from 'vitest';
import { listPartyDuties } from '@/model/party-duties';
import {
  buildAssignment,
  buildEngagement,
  buildOverride,
  buildParty,
  buildWorkspace,
  cellRef,
} from '../../../tests/support/test-builders';
import {
  exportPartyDutiesCsv,
  PARTY_DUTIES_CSV_COLUMNS,
  type PartyDutiesCsvLabels,
} from './party-duties-csv';

/** Splits our CSV (BOM, every cell quoted, CRLF) into rows of cells. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const body = text.slice(1);
  expect(body.endsWith('\r\n')).toBe(true);
  return body
    .slice(0, -2)
    .split('\r\n')
    .map((line) => {
      const cells = line.match(/"(?:[^"]|"")*"(?=,|$)/g) ?? [];
      return cells.map((cell) => cell.slice(1, -1).replaceAll('""', '"'));
    });
}

const engagement = buildEngagement({
  id: 'e1',
  name: '公有云主机',
  customerPartyId: 'bank',
  providerPartyId: 'cloud',
});
const workspace = buildWorkspace([engagement], {
  parties: [buildParty('bank', ['customer']), buildParty('cloud', ['provider'])],
  overrides: [
    buildOverride(
      cellRef('businessData', 'provider', 'e1'),
      [buildAssignment({ scope: 'use' })],
      '=SUM(A1) backups, "annex B"',
    ),
  ],
});

const labels: PartyDutiesCsvLabels = {
  headers: Object.fromEntries(PARTY_DUTIES_CSV_COLUMNS.map((c) => [c, c.toUpperCase()])) as never,
  party: 'Cloud, Inc.',
  engagement: (group) => `#${group.index + 1} ${group.engagement.name}`,
  line: (line) => ({
    row: line.row.id,
    role: line.role,
    duty: line.assignment.duty,
    scope: line.assignment.scope,
    via: line.assignment.via ?? '',
    basis: line.assignment.basis.source,
    changed: line.changed ? 'yes' : 'no',
    reason: line.reason.kind === 'override' ? line.reason.text : line.reason.rule,
    baseline: '',
  }),
};

describe('exportPartyDutiesCsv', () => {
  const rows = parseCsv(exportPartyDutiesCsv(listPartyDuties(workspace, 'cloud'), labels));

  it('heads the columns in the user’s words', () => {
    expect(rows[0]).toEqual([
      'PARTY',
      'ENGAGEMENT',
      'ROW',
      'ROLE',
      'DUTY',
      'SCOPE',
      'VIA',
      'BASIS',
      'CHANGED',
      'REASON',
    ]);
  });

  it.each([
    {
      row: 'businessData',
      expected: ['owner', 'use', '', 'override', 'yes', `'=SUM(A1) backups, "annex B"`],
    },
    {
      row: 'virtualization',
      expected: ['owner', 'service', '', 'report', 'no', 'deliversService'],
    },
    { row: 'facility', expected: ['owner', 'whole', '', 'report', 'no', 'providerRunsUnder'] },
  ])('writes one line per duty: $row', ({ row, expected }) => {
    const line = rows.find((r) => r[2] === row);
    expect(line?.slice(0, 4)).toEqual(['Cloud, Inc.', '#1 公有云主机', row, 'provider']);
    expect(line?.slice(4)).toEqual(expected);
  });

  it('writes exactly the party’s duties, in list order', () => {
    expect(rows.slice(1).map((r) => r[2])).toEqual(['businessData', 'virtualization', 'facility']);
  });

  it('writes only the header for a party that carries nothing', () => {
    expect(parseCsv(exportPartyDutiesCsv([], labels))).toHaveLength(1);
  });
});

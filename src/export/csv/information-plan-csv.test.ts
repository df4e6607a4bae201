import { describe, expect, it } from 'vitest';
import { buildChannel, buildNamedWorkspace, PARTY } from '../../../tests/support/test-builders';
import {
  buildPlanCsvRows,
  exportInformationPlanCsv,
  PLAN_CSV_COLUMNS,
  type PlanCsvLabels,
} from './information-plan-csv';

const labels: PlanCsvLabels = {
  party: (id) => id.toUpperCase(),
  category: (channel) => channel.categoryName ?? `[${channel.category}]`,
  jointResponse: (engagement, index) => `joint ${engagement.id} ${index}`,
  incident: 'incident',
};

const workspace = {
  ...buildNamedWorkspace({ resourceService: 'iaas', mode: 'cloudService' }, { channels: false }),
  channels: [
    { ...buildChannel(PARTY.vendor, PARTY.customer, 'keyActivities'), what: '=alerts, "high"' },
    buildChannel(PARTY.provider, PARTY.customer, 'externalIntelligence'),
    buildChannel(PARTY.provider, PARTY.customer, 'assetFacts'),
  ],
};

/** Splits our CSV (every cell quoted, CRLF) back into rows of cells. */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) =>
      [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? '').replaceAll('""', '"')),
    );
}

describe('the information-sharing plan as CSV', () => {
  it('has a header of stable column ids', () => {
    expect(buildPlanCsvRows(workspace, labels)[0]).toEqual([...PLAN_CSV_COLUMNS]);
  });

  it.each([
    { index: 1, expected: ['cloudco', 'CLOUDCO', 'acme', 'ACME', 'assetFacts', '[assetFacts]'] },
    {
      index: 2,
      expected: [
        'cloudco',
        'CLOUDCO',
        'acme',
        'ACME',
        'externalIntelligence',
        '[externalIntelligence]',
      ],
    },
    {
      index: 3,
      expected: ['shieldco', 'SHIELDCO', 'acme', 'ACME', 'keyActivities', '[keyActivities]'],
    },
  ])('writes row $index grouped by pair, then by category', ({ index, expected }) => {
    expect(buildPlanCsvRows(workspace, labels)[index]?.slice(0, 6)).toEqual(expected);
  });

  it('writes the texts, guarded against formulas, with BOM and CRLF', () => {
    const text = exportInformationPlanCsv(workspace, labels);
    expect(text.startsWith('\uFEFF"from_party_id"')).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(4);
    expect(rows[3]?.slice(6)).toEqual(['\'=alerts, "high"', 'incident', '1h', 'ticket']);
  });

  it('writes a category of the user’s own by its name', () => {
    const own = {
      ...workspace,
      channels: [
        { ...buildChannel(PARTY.provider, PARTY.vendor, 'other'), categoryName: 'Audit logs' },
      ],
    };
    expect(buildPlanCsvRows(own, labels)[1]?.slice(0, 6)).toEqual([
      'cloudco',
      'CLOUDCO',
      'shieldco',
      'SHIELDCO',
      'other',
      'Audit logs',
    ]);
  });

  it('writes an agreed joint response after the channels, from its coordinator', () => {
    const engagementId = workspace.engagements[0]?.id ?? '';
    const joint = {
      ...workspace,
      jointResponses: [
        {
          engagementId,
          notification: 'Everyone tells Acme',
          timeliness: '1 h',
          coordinatorPartyId: PARTY.customer,
        },
      ],
    };
    const rows = buildPlanCsvRows(joint, labels);
    expect(rows.at(-1)).toEqual([
      'acme',
      'ACME',
      '',
      '',
      'jointResponse',
      `joint ${engagementId} 0`,
      'Everyone tells Acme',
      'incident',
      '1 h',
      '',
    ]);
  });

  it('writes only the header when there are no channels', () => {
    expect(buildPlanCsvRows({ ...workspace, channels: [] }, labels)).toHaveLength(1);
  });
});

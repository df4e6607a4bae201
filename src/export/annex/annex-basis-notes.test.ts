import { describe, expect, it } from 'vitest';
import { deriveMatrix } from '@/model/derive-matrix';
import type { Workspace } from '@/model/workspace';
import { annexWorkspace } from '../../../tests/fixtures/annex-workspace';
import { annexLabelsEn } from '../../../tests/support/annex-labels';
import { annexText } from '../../../tests/support/annex-text';
import { buildBasisNotes, findDerivedRules, groupBases } from './annex-basis-notes';

const workspace = annexWorkspace();
const matrices = new Map(
  workspace.engagements.map((e) => [e.id, deriveMatrix(e, workspace.overrides)]),
);

describe('groupBases', () => {
  it('says which rows rest on the report, which on our reading, and which cells on the contract', () => {
    const [engagement] = workspace.engagements;
    const matrix = engagement && matrices.get(engagement.id);
    if (!engagement || !matrix) throw new Error('fixture needs an engagement');
    expect(groupBases(engagement, matrix, annexLabelsEn)).toEqual([
      { basis: { source: 'report', section: '§2.3.2' }, places: ['every asset layer'] },
      {
        basis: { source: 'report', section: '§2.3.2', scopeDerivedFrom: '§2.3.1' },
        places: [
          'Business data',
          'Application software',
          'Platform software',
          'Virtualised infrastructure',
        ],
      },
      // §2.3.2 does not name the operations supporter in cloud-service mode.
      { basis: { source: 'derived', section: '§2.3.1' }, places: ['Virtualised infrastructure'] },
      {
        basis: { source: 'derived', section: '§2.4' },
        places: [
          'Cloud security service itself',
          'Cloud operations and maintenance service itself',
        ],
      },
      {
        basis: { source: 'override' },
        places: ['Application software / Cloud service provider'],
      },
    ]);
  });
});

describe('findDerivedRules', () => {
  const noAssurance: Workspace = {
    ...workspace,
    engagements: workspace.engagements.map((e) => ({
      ...e,
      mode: 'cloudService',
      securityServices: [],
      operationsService: null,
    })),
  };
  const custom: Workspace = {
    ...workspace,
    engagements: workspace.engagements.map((e) => ({
      ...e,
      securityServices: e.securityServices.map((s) => ({
        ...s,
        layers: ['businessData'] as const,
      })),
      operationsService: e.operationsService && {
        ...e.operationsService,
        layers: ['facility'] as const,
      },
    })),
  };
  it.each([
    {
      name: 'default services',
      ws: workspace,
      rules: [
        'assuranceRows',
        'supporterScope',
        'operationsSupportInCloudService',
        'securityServiceCoverage',
        'operationsServiceCoverage',
      ],
    },
    { name: 'no assurance service', ws: noAssurance, rules: [] },
    {
      name: 'coverage chosen by the user',
      ws: custom,
      rules: ['assuranceRows', 'supporterScope'],
    },
  ])('lists $rules for $name', ({ ws, rules }) => {
    const ownMatrices = ws.engagements.map((e) => deriveMatrix(e, ws.overrides));
    expect(findDerivedRules(ws, ownMatrices)).toEqual(rules);
  });
});

describe('buildBasisNotes', () => {
  it('names each engagement and spells out the derived rules', () => {
    const text = annexText(buildBasisNotes(workspace, matrices, annexLabelsEn));
    expect(text).toContain('Engagement 2: 政务云办公系统');
    expect(text).toContain(
      'Derived by this tool (after §2.4) †: Cloud operations and maintenance service itself',
    );
    expect(text).toContain('Derived rules');
    expect(text).toContain('A security service covers, by default');
    expect(text).toContain(
      'Report §2.3.2; scope derived by this tool (after §2.3.1) †: Business data',
    );
    expect(text).toContain('Derived by this tool (after §2.3.1) †: Virtualised infrastructure');
    expect(text).toContain('Laws and standards the report cites (§1.1)');
    expect(text).toContain('YD/T 4060-2022 Cloud computing security shared responsibility model');
    // The report has prose and figures; the tables are our reading.
    expect(text).not.toMatch(/report’s table/);
  });
});

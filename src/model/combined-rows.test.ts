import { describe, expect, it } from 'vitest';
import { buildCombinedTestWorkspace } from '../../tests/fixtures/combined-workspace';
import { buildAssignment, buildOverride, cellRef } from '../../tests/support/test-builders';
import { checkWorkspace } from './check-workspace';
import { buildCombinedBlock, combineBlocks, groupOverridesByEngagement } from './combined-rows';
import { ROLES } from './roles';

const workspace = buildCombinedTestWorkspace();
const [first, second] = workspace.engagements;
if (!first || !second) throw new Error('the test workspace has two engagements');
const own = groupOverridesByEngagement(workspace.overrides);

function rowOf(block: ReturnType<typeof buildCombinedBlock>, rowId: string) {
  const row = block.rows.find((r) => r.row.id === rowId);
  if (!row) throw new Error(`no row ${rowId}`);
  return row;
}

describe('buildCombinedBlock', () => {
  const block = buildCombinedBlock(second, own.get(second.id) ?? []);

  it('lists layers top to bottom, then the assurance rows', () => {
    expect(block.rows.map((r) => r.row.id)).toEqual([
      'businessData',
      'applicationSoftware',
      'platformSoftware',
      'virtualization',
      'facility',
      'securityService:security-2',
    ]);
  });

  it.each([
    { rowId: 'businessData', role: 'customer', parties: ['acme'] },
    { rowId: 'businessData', role: 'securityVendor', parties: ['shieldco'] },
    { rowId: 'applicationSoftware', role: 'provider', parties: [] },
    { rowId: 'facility', role: 'securityVendor', parties: ['shieldco'] },
  ] as const)('names the parties that carry $role on $rowId', ({ rowId, role, parties }) => {
    expect(rowOf(block, rowId).cells[role].partyIds).toEqual(parties);
  });

  it.each([
    {
      rowId: 'applicationSoftware',
      row: ['layer-uncovered'],
      provider: ['override-without-reason'],
    },
    { rowId: 'businessData', row: [], provider: [] },
  ])('puts the findings of $rowId on the row or the cell', ({ rowId, row, provider }) => {
    const combined = rowOf(block, rowId);
    expect(combined.rowFindings).toEqual(row);
    expect(combined.cells.provider.findings).toEqual(provider);
  });

  it('holds every cell-level finding of checkWorkspace, and no other', () => {
    const blocks = combineBlocks(workspace.engagements, workspace.overrides);
    const fromBlocks = blocks.flatMap((b) =>
      b.rows.flatMap((r) => [
        ...r.rowFindings.map((code) => `${r.engagementId}/${r.row.id}/-/${code}`),
        ...ROLES.flatMap((role) =>
          r.cells[role].findings.map((code) => `${r.engagementId}/${r.row.id}/${role}/${code}`),
        ),
      ]),
    );
    const fromChecks = checkWorkspace(workspace)
      .filter((f) => f.rowId !== undefined)
      .map((f) => `${f.engagementId}/${f.rowId}/${f.role ?? '-'}/${f.code}`);
    expect(fromBlocks.sort()).toEqual(fromChecks.sort());
  });
});

describe('combineBlocks', () => {
  it('returns the same blocks for the same workspace', () => {
    const once = combineBlocks(workspace.engagements, workspace.overrides);
    const twice = combineBlocks(workspace.engagements, [...workspace.overrides]);
    expect(twice[0]).toBe(once[0]);
    expect(twice[1]).toBe(once[1]);
  });

  it.each([
    {
      name: 'rebuilds only the engagement whose override changed',
      change: () => ({
        engagements: workspace.engagements,
        overrides: [
          ...workspace.overrides,
          buildOverride(cellRef('facility', 'customer', 'engagement-2'), [buildAssignment()]),
        ],
      }),
      rebuilt: [false, true],
    },
    {
      name: 'rebuilds only the engagement that was replaced',
      change: () => ({
        engagements: [{ ...first, mode: 'managedDelivery' as const }, second],
        overrides: workspace.overrides,
      }),
      rebuilt: [true, false],
    },
    {
      name: 'rebuilds an engagement that lost its override',
      change: () => ({
        engagements: workspace.engagements,
        overrides: workspace.overrides.slice(1),
      }),
      rebuilt: [true, false],
    },
  ])('$name', ({ change, rebuilt }) => {
    const before = combineBlocks(workspace.engagements, workspace.overrides);
    const { engagements, overrides } = change();
    const after = combineBlocks(engagements, overrides);
    expect(after.map((block, i) => block !== before[i])).toEqual(rebuilt);
  });

  it('forgets an engagement that was removed', () => {
    combineBlocks(workspace.engagements, workspace.overrides);
    expect(combineBlocks([second], workspace.overrides).map((b) => b.engagement.id)).toEqual([
      'engagement-2',
    ]);
  });
});

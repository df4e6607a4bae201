import { describe, expect, it } from 'vitest';
import { buildCombinedTestWorkspace } from '../../tests/fixtures/combined-workspace';
import { type CombinedFilters, filterCombined, isFiltering, NO_FILTERS } from './combined-filters';
import { combineBlocks } from './combined-rows';

const workspace = buildCombinedTestWorkspace();
const blocks = combineBlocks(workspace.engagements, workspace.overrides);

function shownRows(filters: Partial<CombinedFilters>): string[] {
  const result = filterCombined(blocks, { ...NO_FILTERS, ...filters });
  return result.blocks.flatMap((block) =>
    block.rows.map((row) => `${row.engagementId.replace('engagement-', 'e')}/${row.row.id}`),
  );
}

const E1 = [
  'e1/businessData',
  'e1/applicationSoftware',
  'e1/platformSoftware',
  'e1/virtualization',
  'e1/facility',
  'e1/securityService:security-1',
  'e1/opsService:ops-1',
];
const E2 = [
  'e2/businessData',
  'e2/applicationSoftware',
  'e2/platformSoftware',
  'e2/virtualization',
  'e2/facility',
  'e2/securityService:security-2',
];

describe('filterCombined', () => {
  it.each<{ name: string; filters: Partial<CombinedFilters>; rows: string[] }>([
    {
      name: 'shows every row of every engagement without filters',
      filters: {},
      rows: [...E1, ...E2],
    },
    {
      name: 'keeps one layer of each engagement',
      filters: { layer: 'businessData' },
      rows: ['e1/businessData', 'e2/businessData'],
    },
    {
      name: 'keeps the rows where a party carries a duty',
      filters: { partyId: 'cloudco' },
      rows: ['e1/virtualization', 'e1/facility', 'e1/opsService:ops-1'],
    },
    {
      name: 'finds a party across engagements, in any column it carries',
      filters: { partyId: 'shieldco' },
      rows: [
        ...E1.filter((r) => r !== 'e1/facility' && r !== 'e1/opsService:ops-1'),
        // In software delivery the customer owns the facility, so the security service covers it (§3).
        ...E2,
      ],
    },
    {
      name: 'drops a party whose only duty was removed',
      filters: { partyId: 'softco' },
      rows: [],
    },
    {
      name: 'keeps the rows where a role has a duty',
      filters: { role: 'provider' },
      rows: ['e1/businessData', 'e1/virtualization', 'e1/facility', 'e1/opsService:ops-1'],
    },
    {
      name: 'keeps only changed cells',
      filters: { overriddenOnly: true },
      rows: ['e1/businessData', 'e2/applicationSoftware'],
    },
    {
      name: 'keeps only cells with findings',
      filters: { findingsOnly: true },
      rows: ['e2/applicationSoftware'],
    },
    {
      name: 'combines the role with the changed cells (that role’s cells only)',
      filters: { role: 'customer', overriddenOnly: true },
      rows: [],
    },
    {
      name: 'combines a party with a role: the party must carry that role’s cell',
      filters: { partyId: 'shieldco', role: 'provider' },
      rows: ['e1/businessData'],
    },
    {
      name: 'counts a finding on the whole row for each role with a duty there',
      filters: { findingsOnly: true, role: 'customer' },
      rows: ['e2/applicationSoftware'],
    },
    {
      name: 'combines a role with a layer',
      filters: { role: 'securityVendor', layer: 'facility' },
      rows: ['e2/facility'],
    },
    {
      name: 'combines a layer with changed cells',
      filters: { layer: 'businessData', overriddenOnly: true },
      rows: ['e1/businessData'],
    },
  ])('$name', ({ filters, rows }) => {
    expect(shownRows(filters)).toEqual(rows);
  });

  it('counts the rows shown and the rows there are', () => {
    expect(filterCombined(blocks, NO_FILTERS)).toMatchObject({ shownRows: 13, totalRows: 13 });
    expect(filterCombined(blocks, { ...NO_FILTERS, overriddenOnly: true })).toMatchObject({
      shownRows: 2,
      totalRows: 13,
    });
  });

  it('keeps the block of an engagement whose rows all show, and leaves out one with none', () => {
    const all = filterCombined(blocks, NO_FILTERS);
    expect(all.blocks[0]).toBe(blocks[0]);
    const some = filterCombined(blocks, { ...NO_FILTERS, partyId: 'cloudco' });
    expect(some.blocks.map((b) => b.engagement.id)).toEqual(['engagement-1']);
  });
});

describe('isFiltering', () => {
  it.each<[Partial<CombinedFilters>, boolean]>([
    [{}, false],
    [{ partyId: 'acme' }, true],
    [{ role: 'customer' }, true],
    [{ layer: 'facility' }, true],
    [{ overriddenOnly: true }, true],
    [{ findingsOnly: true }, true],
  ])('says whether %o filters', (filters, expected) => {
    expect(isFiltering({ ...NO_FILTERS, ...filters })).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ALL_SCENARIOS,
  buildNamedWorkspace,
  buildOverride,
  cellRef,
  PARTY,
} from '../../tests/support/test-builders';
import { deriveRaciRows, findCustomerDuties } from './customer-duties';
import { deriveMatrix } from './derive-matrix';
import { addStandardDepartments, setRaciLetters } from './edit-departments';
import type { Workspace } from './workspace';

function matrixOf(workspace: Workspace) {
  const engagement = workspace.engagements[0];
  if (!engagement) throw new Error('one engagement');
  return { engagement, matrix: deriveMatrix(engagement, workspace.overrides) };
}

describe('findCustomerDuties', () => {
  it.each([
    [
      'iaas',
      'cloudService',
      ['virtualization', 'platformSoftware', 'applicationSoftware', 'businessData'],
    ],
    ['paas', 'cloudService', ['platformSoftware', 'applicationSoftware', 'businessData']],
    ['saas', 'cloudService', ['applicationSoftware', 'businessData']],
    [
      'iaas',
      'softwareDelivery',
      ['facility', 'virtualization', 'platformSoftware', 'applicationSoftware', 'businessData'],
    ],
  ] as const)(
    'lists the rows where the customer holds something in %s / %s',
    (resourceService, mode, rows) => {
      const { matrix } = matrixOf(
        buildNamedWorkspace({ resourceService, mode }, { assured: false }),
      );
      expect(findCustomerDuties(matrix).map((row) => row.id)).toEqual(rows);
    },
  );

  it.each(ALL_SCENARIOS)('always includes business data ($resourceService / $mode)', (scenario) => {
    const { matrix } = matrixOf(buildNamedWorkspace(scenario));
    expect(findCustomerDuties(matrix).map((row) => row.id)).toContain('businessData');
  });

  it('follows an override that empties the customer cell', () => {
    const workspace = buildNamedWorkspace({ resourceService: 'saas', mode: 'cloudService' });
    const edited = {
      ...workspace,
      overrides: [buildOverride(cellRef('applicationSoftware', 'customer'), [])],
    };
    expect(findCustomerDuties(matrixOf(edited).matrix).map((row) => row.id)).toEqual([
      'businessData',
    ]);
  });
});

describe('deriveRaciRows', () => {
  const saas = buildNamedWorkspace({ resourceService: 'saas', mode: 'cloudService' });
  const ref = {
    engagementId: 'engagement-1',
    rowId: 'applicationSoftware',
    role: 'customer',
  } as const;

  it('has no rows while the customer has no departments', () => {
    const { engagement, matrix } = matrixOf(saas);
    expect(deriveRaciRows(saas, engagement, matrix)).toEqual([]);
  });

  it('has a row per duty with the entries of the customer departments', () => {
    const workspace = setRaciLetters(
      addStandardDepartments(saas, PARTY.customer),
      ref,
      'department-1',
      ['accountable'],
    );
    const { engagement, matrix } = matrixOf(workspace);
    const rows = deriveRaciRows(workspace, engagement, matrix);
    expect(rows.map((r) => [r.row.id, r.hasDuty, r.entries.length])).toEqual([
      ['businessData', true, 0],
      ['applicationSoftware', true, 1],
    ]);
  });

  it('keeps a row whose duty has gone while letters remain on it', () => {
    let workspace = setRaciLetters(
      addStandardDepartments(saas, PARTY.customer),
      ref,
      'department-1',
      ['accountable'],
    );
    workspace = {
      ...workspace,
      overrides: [buildOverride(cellRef('applicationSoftware', 'customer'), [])],
    };
    const { engagement, matrix } = matrixOf(workspace);
    expect(deriveRaciRows(workspace, engagement, matrix).map((r) => [r.row.id, r.hasDuty])).toEqual(
      [
        ['businessData', true],
        ['applicationSoftware', false],
      ],
    );
  });

  it('leaves aside the departments of a party that is not the customer', () => {
    const workspace = setRaciLetters(
      addStandardDepartments(saas, PARTY.provider),
      ref,
      'department-1',
      ['accountable'],
    );
    const { engagement, matrix } = matrixOf(workspace);
    expect(deriveRaciRows(workspace, engagement, matrix)).toEqual([]);
  });
});

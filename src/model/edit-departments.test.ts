import { describe, expect, it } from 'vitest';
import { buildNamedWorkspace, PARTY } from '../../tests/support/test-builders';
import type { RaciLetter } from './departments';
import {
  addDepartment,
  addStandardDepartments,
  type CustomerCellRef,
  removeDepartment,
  renameDepartment,
  setRaciLetters,
  toggleRaciLetter,
} from './edit-departments';
import type { Workspace } from './workspace';

const IAAS_CLOUD = { resourceService: 'iaas', mode: 'cloudService' } as const;
const DATA: CustomerCellRef = {
  engagementId: 'engagement-1',
  rowId: 'businessData',
  role: 'customer',
};
const APP: CustomerCellRef = { ...DATA, rowId: 'applicationSoftware' };

function withStandard(): Workspace {
  return addStandardDepartments(buildNamedWorkspace(IAAS_CLOUD), PARTY.customer);
}

describe('addDepartment', () => {
  it.each([
    ['a built-in kind without a name', 'security', '', 1],
    ['a built-in kind with its own name', 'operations', ' IT ops ', 1],
    ['a custom department with a name', 'custom', 'Audit', 1],
    ['no custom department with a blank name', 'custom', '  ', 0],
  ] as const)('adds %s', (_name, kind, name, count) => {
    const next = addDepartment(buildNamedWorkspace(IAAS_CLOUD), PARTY.customer, kind, name);
    expect(next.departments).toHaveLength(count);
    if (count === 1) {
      expect(next.departments[0]).toEqual({
        id: 'department-1',
        partyId: PARTY.customer,
        kind,
        name: name.trim(),
      });
    }
  });

  it('adds nothing to a party the workspace does not know', () => {
    const workspace = buildNamedWorkspace(IAAS_CLOUD);
    expect(addDepartment(workspace, 'nobody', 'security')).toBe(workspace);
  });

  it('gives every department an id of its own', () => {
    const next = addDepartment(withStandard(), PARTY.customer, 'custom', 'Legal');
    expect(new Set(next.departments.map((d) => d.id)).size).toBe(5);
  });
});

describe('addStandardDepartments', () => {
  it('adds security, development, business and operations in one step', () => {
    expect(withStandard().departments.map((d) => d.kind)).toEqual([
      'security',
      'development',
      'business',
      'operations',
    ]);
  });

  it('leaves out the kinds the party already has, and adds none a second time', () => {
    const once = addDepartment(buildNamedWorkspace(IAAS_CLOUD), PARTY.customer, 'business');
    const twice = addStandardDepartments(
      addStandardDepartments(once, PARTY.customer),
      PARTY.customer,
    );
    expect(twice.departments.map((d) => d.kind).sort()).toEqual([
      'business',
      'development',
      'operations',
      'security',
    ]);
  });
});

describe('renameDepartment', () => {
  it.each([
    ['renames a built-in department', 'security', 'InfoSec', 'InfoSec'],
    ['gives a built-in department back its app name when cleared', 'security', ' ', ''],
    ['keeps a custom department named rather than blank', 'custom', '', 'Audit'],
  ] as const)('%s', (_name, kind, name, expected) => {
    const workspace = addDepartment(
      buildNamedWorkspace(IAAS_CLOUD),
      PARTY.customer,
      kind,
      kind === 'custom' ? 'Audit' : 'Sec',
    );
    expect(renameDepartment(workspace, 'department-1', name).departments[0]?.name).toBe(expected);
  });

  it('changes nothing when the name is the same', () => {
    const workspace = withStandard();
    expect(renameDepartment(workspace, 'department-1', '')).toBe(workspace);
  });
});

describe('removeDepartment', () => {
  it('removes the department and its RACI letters, and keeps the others', () => {
    let workspace = setRaciLetters(withStandard(), DATA, 'department-1', ['accountable']);
    workspace = setRaciLetters(workspace, DATA, 'department-2', ['responsible']);
    const next = removeDepartment(workspace, 'department-1');
    expect(next.departments.map((d) => d.id)).not.toContain('department-1');
    expect(next.raci.map((r) => r.departmentId)).toEqual(['department-2']);
  });

  it('changes nothing for an unknown department', () => {
    const workspace = withStandard();
    expect(removeDepartment(workspace, 'nope')).toBe(workspace);
  });
});

describe('setRaciLetters', () => {
  it.each<[string, RaciLetter[], RaciLetter[] | null]>([
    ['keeps one letter', ['accountable'], ['accountable']],
    [
      'sorts letters in R-A-C-I order',
      ['informed', 'responsible', 'accountable'],
      ['responsible', 'accountable', 'informed'],
    ],
    ['keeps each letter once', ['consulted', 'consulted'], ['consulted']],
    ['removes the entry when no letter is left', [], null],
  ])('%s', (_name, letters, expected) => {
    const start = setRaciLetters(withStandard(), DATA, 'department-1', ['consulted']);
    const next = setRaciLetters(start, DATA, 'department-1', letters);
    const entry = next.raci.find((r) => r.departmentId === 'department-1');
    expect(entry?.letters ?? null).toEqual(expected);
  });

  it('keeps cells and departments apart', () => {
    let workspace = setRaciLetters(withStandard(), DATA, 'department-1', ['accountable']);
    workspace = setRaciLetters(workspace, APP, 'department-1', ['informed']);
    workspace = setRaciLetters(workspace, DATA, 'department-2', ['responsible']);
    expect(workspace.raci.map((r) => [r.rowId, r.departmentId, r.letters.join()])).toEqual([
      ['businessData', 'department-1', 'accountable'],
      ['applicationSoftware', 'department-1', 'informed'],
      ['businessData', 'department-2', 'responsible'],
    ]);
  });

  it.each<[string, string, RaciLetter[]]>([
    ['the same letters again', 'department-1', ['accountable']],
    ['letters for an unknown department', 'nope', ['accountable']],
  ])('changes nothing for %s', (_name, departmentId, letters) => {
    const workspace = setRaciLetters(withStandard(), DATA, 'department-1', ['accountable']);
    expect(setRaciLetters(workspace, DATA, departmentId, letters)).toBe(workspace);
  });
});

describe('toggleRaciLetter', () => {
  it('adds a letter, then takes it away again', () => {
    const on = toggleRaciLetter(withStandard(), DATA, 'department-1', 'accountable');
    expect(on.raci[0]?.letters).toEqual(['accountable']);
    const off = toggleRaciLetter(on, DATA, 'department-1', 'accountable');
    expect(off.raci).toEqual([]);
  });
});

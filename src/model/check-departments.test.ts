import { describe, expect, it } from 'vitest';
import {
  buildNamedWorkspace,
  buildOverride,
  cellRef,
  PARTY,
} from '../../tests/support/test-builders';
import { checkDepartments } from './check-departments';
import type { RaciLetter } from './departments';
import { addStandardDepartments, setRaciLetters } from './edit-departments';
import type { Workspace } from './workspace';

const SAAS = { resourceService: 'saas', mode: 'cloudService' } as const;
const at = (rowId: string) => ({ engagementId: 'engagement-1', rowId, role: 'customer' }) as const;

/** SaaS in cloud service: the customer's duties are application software (use) and business data. */
function saasWith(letters: Record<string, readonly RaciLetter[]>[]): Workspace {
  let workspace = addStandardDepartments(buildNamedWorkspace(SAAS), PARTY.customer);
  for (const [index, byRow] of letters.entries()) {
    for (const [rowId, set] of Object.entries(byRow)) {
      workspace = setRaciLetters(workspace, at(rowId), `department-${index + 1}`, set);
    }
  }
  return workspace;
}

const codes = (workspace: Workspace) => checkDepartments(workspace).map((f) => [f.rowId, f.code]);

describe('checkDepartments', () => {
  it('finds nothing while the customer has no departments', () => {
    expect(checkDepartments(buildNamedWorkspace(SAAS))).toEqual([]);
  });

  it.each<[string, Record<string, readonly RaciLetter[]>[], [string, string][]]>([
    [
      'warns of every duty without an Accountable department',
      [],
      [
        ['businessData', 'raci-no-accountable'],
        ['applicationSoftware', 'raci-no-accountable'],
      ],
    ],
    [
      'accepts one Accountable department per duty',
      [{ applicationSoftware: ['accountable'] }, { businessData: ['responsible', 'accountable'] }],
      [],
    ],
    [
      'does not count Responsible, Consulted or Informed as Accountable',
      [
        { applicationSoftware: ['accountable'], businessData: ['responsible'] },
        { businessData: ['consulted', 'informed'] },
      ],
      [['businessData', 'raci-no-accountable']],
    ],
    [
      'errs when two departments are Accountable for one duty',
      [
        { applicationSoftware: ['accountable'], businessData: ['accountable'] },
        { businessData: ['accountable'] },
      ],
      [['businessData', 'raci-several-accountable']],
    ],
  ])('%s', (_name, letters, expected) => {
    expect(codes(saasWith(letters))).toEqual(expected);
  });

  it('warns of letters left on a row where the customer no longer holds a duty', () => {
    const workspace = saasWith([
      { applicationSoftware: ['accountable'], businessData: ['accountable'] },
    ]);
    const edited = {
      ...workspace,
      overrides: [buildOverride(cellRef('applicationSoftware', 'customer'), [])],
    };
    expect(codes(edited)).toEqual([['applicationSoftware', 'raci-without-duty']]);
  });

  it('files its findings under reasonable responsibility, on the customer cell and party', () => {
    const [finding] = checkDepartments(saasWith([{ applicationSoftware: ['accountable'] }]));
    expect(finding).toEqual({
      code: 'raci-no-accountable',
      principle: 'reasonableResponsibility',
      severity: 'warning',
      engagementId: 'engagement-1',
      rowId: 'businessData',
      layer: 'businessData',
      role: 'customer',
      partyId: PARTY.customer,
    });
  });

  it('does not check an engagement whose customer is another party', () => {
    const workspace = addStandardDepartments(buildNamedWorkspace(SAAS), PARTY.provider);
    expect(checkDepartments(workspace)).toEqual([]);
  });
});

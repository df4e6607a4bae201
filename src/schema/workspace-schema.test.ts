import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Workspace } from '@/model/workspace';
import {
  changedDocument,
  type DocumentChange,
  pathKeys,
  REMOVE,
} from '../../tests/fixtures/sample-workspace';
import { parseWorkspaceDocument } from './parse-workspace-document';
import type { workspaceSchema } from './workspace-schema';

function issuesOf(...changes: DocumentChange[]) {
  const result = parseWorkspaceDocument(changedDocument(...changes));
  return result.ok ? [] : result.issues;
}

const W = 'workspace';
const long = (length: number) => 'x'.repeat(length);

describe('workspace schema', () => {
  it('has the type of the model workspace, both ways', () => {
    type Saved = z.output<typeof workspaceSchema>;
    expectTypeOf<Saved>().toExtend<Workspace>();
    expectTypeOf<Workspace>().toExtend<Saved>();
  });

  it.each<[string, DocumentChange]>([
    ['the envelope', [['colour'], 'blue']],
    ['the workspace', [[W, 'colour'], 'blue']],
    ['the contract', [[W, 'contract', 'colour'], 'blue']],
    ['a party', [[W, 'parties', 0, 'colour'], 'blue']],
    ['an engagement', [[W, 'engagements', 2, 'colour'], 'blue']],
    ['a security service', [[W, 'engagements', 2, 'securityServices', 1, 'colour'], 'blue']],
    ['an operations service', [[W, 'engagements', 2, 'operationsService', 'colour'], 'blue']],
    ['an override', [[W, 'overrides', 0, 'colour'], 'blue']],
    ['an assignment', [[W, 'overrides', 0, 'assignments', 0, 'colour'], 'blue']],
    ['a basis', [[W, 'overrides', 1, 'assignments', 0, 'basis', 'colour'], 'blue']],
    ['a channel', [[W, 'channels', 0, 'colour'], 'blue']],
  ])('reports an unknown key in %s at its path', (_, change) => {
    const path = change[0]
      .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
      .join('');
    expect(issuesOf(change)).toEqual([{ path: path.replace(/^\./, ''), code: 'unknown-key' }]);
  });

  it('quotes an unknown key that is not an identifier', () => {
    expect(issuesOf([[W, 'parties', 0, 'odd key'], 1])).toEqual([
      { path: 'workspace.parties[0]["odd key"]', code: 'unknown-key' },
    ]);
  });

  it.each<[string, unknown, string]>([
    ['workspace.parties[1].roles[0]', 'admin', 'customer | provider | securityVendor'],
    ['workspace.engagements[2].resourceService', 'faas', 'iaas | paas | saas'],
    [
      'workspace.engagements[2].mode',
      'hybrid',
      'cloudService | softwareDelivery | managedDelivery',
    ],
    [
      'workspace.engagements[2].securityServices[0].layers[0]',
      'network',
      'facility | virtualization | platformSoftware | applicationSoftware | businessData',
    ],
    ['workspace.engagements[2].securityServices[1].layers', 'all', 'default | array'],
    ['workspace.overrides[0].role', 'auditor', 'customer | provider | securityVendor'],
    ['workspace.overrides[0].assignments[0].duty', 'helper', 'owner | supporter'],
    ['workspace.overrides[0].assignments[0].scope', 'partial', 'whole | service | use'],
    ['workspace.overrides[1].assignments[0].via', 'iaas', 'securityService | opsService'],
    [
      'workspace.overrides[1].assignments[0].basis.section',
      '§9',
      '§1.2 | §1.3 | §2.1 | §2.2 | §2.3.1 | §2.3.2 | §2.4',
    ],
    ['workspace.overrides[1].assignments[0].basis.source', 'guess', 'report | derived | override'],
    [
      'workspace.channels[0].category',
      'gossip',
      'assetFacts | keyActivities | externalIntelligence | other',
    ],
  ])('refuses a value outside the closed set at %s', (path, value, expected) => {
    const keys = pathKeys(path);
    expect(issuesOf([keys, value])).toEqual([
      { path, code: 'invalid-value', expected, received: String(value) },
    ]);
  });

  it.each<[string, unknown, string, string]>([
    ['workspace.parties', {}, 'array', 'object'],
    ['workspace.contract', [], 'object', 'array'],
    ['workspace.engagements[0].name', 5, 'string', 'number'],
    ['workspace.engagements[0].customerPartyId', 5, 'string | null', 'number'],
    ['workspace.engagements[0].operationsService', 'none', 'object | null', 'string'],
    ['workspace.engagements[2].securityServices[0].layers', 7, 'default | array', 'number'],
    ['workspace.overrides[0].assignments', null, 'array', 'null'],
    ['workspace.overrides[1].assignments[0].basis', 'report', 'object', 'string'],
    ['workspace.overrides[1].assignments[0].serviceId', null, 'string', 'null'],
    ['workspace.contract.date', 20240229, 'string', 'number'],
  ])('refuses a wrong type at %s', (path, value, expected, received) => {
    expect(issuesOf([pathKeys(path), value])).toEqual([
      { path, code: 'wrong-type', expected, received },
    ]);
  });

  it.each<[string, string]>([
    ['workspace', 'object'],
    ['workspace.channels', 'array'],
    ['workspace.engagements[0].providerPartyId', 'string | null'],
    ['workspace.engagements[0].operationsService', 'object | null'],
    ['workspace.overrides[0].reason', 'string'],
    ['workspace.overrides[1].assignments[0].basis.source', 'report | derived | override'],
  ])('reports the missing key %s', (path, expected) => {
    expect(issuesOf([pathKeys(path), REMOVE])).toEqual([{ path, code: 'missing', expected }]);
  });

  it.each<[string, DocumentChange, object]>([
    [
      'a section on an override basis',
      [[W, 'overrides', 1, 'assignments', 0, 'basis'], { source: 'override', section: '§2.4' }],
      { path: 'workspace.overrides[1].assignments[0].basis.section', code: 'unknown-key' },
    ],
    [
      'no section on a report basis',
      [[W, 'overrides', 1, 'assignments', 0, 'basis'], { source: 'report' }],
      {
        path: 'workspace.overrides[1].assignments[0].basis.section',
        code: 'missing',
        expected: '§1.2 | §1.3 | §2.1 | §2.2 | §2.3.1 | §2.3.2 | §2.4',
      },
    ],
  ])('refuses a basis with %s', (_, change, issue) => {
    expect(issuesOf(change)).toEqual([issue]);
  });

  it.each<[string, unknown, object]>([
    [
      'workspace.parties[0].name',
      long(201),
      { code: 'too-long', expected: '<= 200', received: '201' },
    ],
    [
      'workspace.contract.title',
      long(201),
      { code: 'too-long', expected: '<= 200', received: '201' },
    ],
    [
      'workspace.contract.notes',
      long(5001),
      { code: 'too-long', expected: '<= 5000', received: '5001' },
    ],
    [
      'workspace.overrides[0].reason',
      long(5001),
      { code: 'too-long', expected: '<= 5000', received: '5001' },
    ],
    [
      'workspace.channels[0].what',
      long(5001),
      { code: 'too-long', expected: '<= 5000', received: '5001' },
    ],
    [
      'workspace.parties[0].id',
      long(201),
      { code: 'too-long', expected: '<= 200', received: '201' },
    ],
    ['workspace.engagements[0].id', '', { code: 'empty' }],
    ['workspace.overrides[0].rowId', '', { code: 'empty' }],
    [
      'workspace.engagements',
      Array.from({ length: 501 }, () => ({})),
      { code: 'too-many', expected: '<= 500', received: '501' },
    ],
    [
      'workspace.engagements[2].securityServices',
      Array.from({ length: 51 }, () => ({})),
      { code: 'too-many', expected: '<= 50', received: '51' },
    ],
    [
      'workspace.overrides[0].assignments',
      Array.from({ length: 51 }, () => ({})),
      { code: 'too-many', expected: '<= 50', received: '51' },
    ],
    [
      'workspace.parties[1].roles',
      ['customer', 'provider', 'securityVendor', 'customer'],
      { code: 'too-many', expected: '<= 3', received: '4' },
    ],
  ])('caps the size of %s', (path, value, issue) => {
    const keys = pathKeys(path);
    const issues = issuesOf([keys, value]);
    // An empty id is also a reference that no longer matches; only the cap is asserted here.
    expect(issues).toContainEqual({ path, ...issue });
  });

  it.each<[string, unknown]>([
    ['workspace.parties[1].roles[1]', ['provider', 'provider']],
    ['workspace.engagements[2].securityServices[0].layers[1]', ['businessData', 'businessData']],
  ])('refuses a value repeated in a set at %s', (path, value) => {
    const setPath = pathKeys(path).slice(0, -1);
    const received = (value as string[])[1];
    expect(issuesOf([setPath, value])).toEqual([{ path, code: 'duplicate-value', received }]);
  });

  it.each(['2023-02-29', '2024-02-30', '29/02/2024', '2024-2-29', '2024-02-29T10:00'])(
    'refuses the contract date %j',
    (date) => {
      expect(issuesOf([[W, 'contract', 'date'], date])).toEqual([
        {
          path: 'workspace.contract.date',
          code: 'invalid-date',
          expected: 'YYYY-MM-DD',
          received: date,
        },
      ]);
    },
  );

  it.each<[string, DocumentChange]>([
    ['an empty contract date', [[W, 'contract', 'date'], '']],
    [
      'no layers at all in a coverage',
      [[W, 'engagements', 2, 'securityServices', 0, 'layers'], []],
    ],
    ['a party with no role yet', [[W, 'parties', 0, 'roles'], []]],
    ['no operations service', [[W, 'engagements', 2, 'operationsService'], null]],
    [
      'an assignment with none of its optional keys',
      [
        [W, 'overrides', 1, 'assignments', 0],
        { duty: 'owner', scope: 'whole', basis: { source: 'override' } },
      ],
    ],
    [
      'a supporter naming a service removed since (a finding, not a broken file)',
      [[W, 'overrides', 1, 'assignments', 0, 'serviceId'], 'removed-service'],
    ],
    [
      'an override of the operations service row',
      [[W, 'overrides', 1, 'rowId'], 'opsService:e3-ops'],
    ],
    [
      'an override of a second security service row',
      [[W, 'overrides', 1, 'rowId'], 'securityService:s2'],
    ],
    ['a name of exactly 200 characters', [[W, 'parties', 0, 'name'], long(200)]],
    ['nasty text', [[W, 'contract', 'notes'], '=cmd|"/c calc"!A1,\r\n\'+-@\t😀 朱镕基 陶喆 𠀀']],
  ])('accepts %s', (_, change) => {
    expect(issuesOf(change)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  changedDocument,
  type DocumentChange,
  pathKeys,
  sampleDocumentJson,
} from '../../tests/fixtures/sample-workspace';
import { parseWorkspaceDocument } from './parse-workspace-document';

function issuesOf(...changes: DocumentChange[]) {
  const result = parseWorkspaceDocument(changedDocument(...changes));
  return result.ok ? [] : result.issues;
}

const W = 'workspace';
const PARTY_IDS = 'workspace.parties[].id';
const E3_ROWS =
  'facility | virtualization | platformSoftware | applicationSoftware | businessData | ' +
  'securityService:s1 | securityService:s2 | opsService:e3-ops';

describe('workspace references', () => {
  it.each<[string, DocumentChange, string, string]>([
    [
      'parties',
      [[W, 'parties', 3], { id: 'acme', name: 'ACME again', roles: [] }],
      'workspace.parties[3].id',
      'acme',
    ],
    ['engagements', [[W, 'engagements', 1, 'id'], 'e1'], 'workspace.engagements[1].id', 'e1'],
    [
      'the security services of an engagement',
      [[W, 'engagements', 2, 'securityServices', 1, 'id'], 's1'],
      'workspace.engagements[2].securityServices[1].id',
      's1',
    ],
    [
      'the security and operations services of an engagement',
      [[W, 'engagements', 2, 'operationsService', 'id'], 's2'],
      'workspace.engagements[2].operationsService.id',
      's2',
    ],
    [
      'channels',
      [[W, 'channels', 1], { ...sampleChannel(), id: 'c1' }],
      'workspace.channels[1].id',
      'c1',
    ],
  ])('refuses an id used twice among %s', (_, change, path, received) => {
    expect(issuesOf(change)).toEqual([{ path, code: 'duplicate-id', received }]);
  });

  it('refuses two overrides of the same cell', () => {
    const copy = sampleDocumentJson() as { workspace: { overrides: unknown[] } };
    const second = copy.workspace.overrides[0];
    expect(issuesOf([[W, 'overrides', 2], second])).toEqual([
      {
        path: 'workspace.overrides[2]',
        code: 'duplicate-id',
        received: '["e3","facility","provider"]',
      },
    ]);
  });

  it('accepts the same service id in two engagements', () => {
    // The sample already has a service `s1` in engagements e2 and e3.
    expect(parseWorkspaceDocument(sampleDocumentJson()).ok).toBe(true);
  });

  it.each<[string, string]>([
    ['workspace.engagements[0].customerPartyId', PARTY_IDS],
    ['workspace.engagements[0].providerPartyId', PARTY_IDS],
    ['workspace.engagements[2].securityServices[0].vendorPartyId', PARTY_IDS],
    ['workspace.engagements[2].operationsService.providerPartyId', PARTY_IDS],
    ['workspace.overrides[0].engagementId', 'workspace.engagements[].id'],
    ['workspace.overrides[0].assignments[0].partyId', PARTY_IDS],
    ['workspace.channels[0].fromPartyId', PARTY_IDS],
    ['workspace.channels[0].toPartyId', PARTY_IDS],
  ])('refuses a dangling reference at %s', (path, expected) => {
    expect(issuesOf([pathKeys(path), 'ghost'])).toEqual([
      { path, code: 'unknown-reference', expected, received: 'ghost' },
    ]);
  });

  it.each<[string, string]>([
    ['a layer that does not exist', 'network'],
    ['a security service the engagement does not have', 'securityService:s9'],
    ['the operations row of a security service', 'opsService:s1'],
    ['the security row of the operations service', 'securityService:e3-ops'],
    ['a row id without its type', 's1'],
    ['a layer in the wrong case', 'Facility'],
  ])('refuses an override row id naming %s', (_, rowId) => {
    expect(issuesOf([[W, 'overrides', 0, 'rowId'], rowId])).toEqual([
      {
        path: 'workspace.overrides[0].rowId',
        code: 'unknown-reference',
        expected: E3_ROWS,
        received: rowId,
      },
    ]);
  });

  it('checks an override row against the services of its own engagement', () => {
    const issues = issuesOf([[W, 'overrides', 1, 'engagementId'], 'e1']);
    expect(issues).toEqual([
      {
        path: 'workspace.overrides[1].rowId',
        code: 'unknown-reference',
        expected:
          'facility | virtualization | platformSoftware | applicationSoftware | businessData',
        received: 'securityService:s1',
      },
    ]);
  });

  it('does not check references into a list that is itself broken', () => {
    expect(issuesOf([[W, 'parties', 0, 'id'], 7])).toEqual([
      {
        path: 'workspace.parties[0].id',
        code: 'wrong-type',
        expected: 'string',
        received: 'number',
      },
    ]);
  });

  it('lists reference issues together with shape issues', () => {
    const issues = issuesOf(
      [[W, 'engagements', 2, 'mode'], 'hybrid'],
      [[W, 'channels', 0, 'toPartyId'], 'ghost'],
    );
    expect(issues.map(({ path, code }) => `${path} ${code}`)).toEqual([
      'workspace.engagements[2].mode invalid-value',
      'workspace.channels[0].toPartyId unknown-reference',
    ]);
  });
});

function sampleChannel() {
  return {
    id: 'c2',
    fromPartyId: 'acme',
    toPartyId: 'secco',
    category: 'assetFacts',
    what: 'Asset inventory',
    trigger: 'Any change',
    timeliness: 'Same day',
    medium: 'Portal',
  };
}

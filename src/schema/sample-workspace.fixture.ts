import type { Workspace } from '@/model/workspace';
import { CURRENT_SCHEMA_VERSION } from './envelope';

/**
 * A small workspace that uses every part of the schema, for tests that break one thing at a time:
 * three parties, three engagements (the last with two security services and an operations
 * service), overrides with assignments, and channels, departments and a RACI.
 */
export function sampleWorkspace(): Workspace {
  return {
    contract: { title: 'Cloud contract', version: '1.0', date: '2024-02-29', notes: '' },
    parties: [
      { id: 'acme', name: 'ACME', roles: ['customer'] },
      { id: 'cloudco', name: 'CloudCo', roles: ['provider', 'securityVendor'] },
      { id: 'secco', name: 'SecCo', roles: ['securityVendor'] },
    ],
    engagements: [
      {
        id: 'e1',
        name: 'Public IaaS',
        resourceService: 'iaas',
        mode: 'cloudService',
        customerPartyId: 'acme',
        providerPartyId: 'cloudco',
        securityServices: [],
        operationsService: null,
      },
      {
        id: 'e2',
        name: 'Private PaaS',
        resourceService: 'paas',
        mode: 'softwareDelivery',
        customerPartyId: null,
        providerPartyId: null,
        securityServices: [{ id: 's1', vendorPartyId: 'secco', layers: 'default' }],
        operationsService: null,
      },
      {
        id: 'e3',
        name: 'Government SaaS',
        resourceService: 'saas',
        mode: 'managedDelivery',
        customerPartyId: 'acme',
        providerPartyId: 'cloudco',
        securityServices: [
          { id: 's1', vendorPartyId: 'secco', layers: ['applicationSoftware', 'businessData'] },
          { id: 's2', vendorPartyId: null, layers: 'default' },
        ],
        operationsService: { id: 'e3-ops', providerPartyId: 'cloudco', layers: 'default' },
      },
    ],
    overrides: [
      {
        engagementId: 'e3',
        rowId: 'facility',
        role: 'provider',
        assignments: [
          { duty: 'owner', scope: 'whole', partyId: 'cloudco', basis: { source: 'override' } },
        ],
        reason: 'Hosted in the provider data centre',
      },
      {
        engagementId: 'e3',
        rowId: 'securityService:s1',
        role: 'securityVendor',
        assignments: [
          {
            duty: 'supporter',
            scope: 'use',
            via: 'securityService',
            serviceId: 's1',
            basis: { source: 'report', section: '§2.3.2' },
          },
        ],
        reason: '',
      },
    ],
    channels: [
      {
        id: 'c1',
        fromPartyId: 'cloudco',
        toPartyId: 'acme',
        category: 'keyActivities',
        what: 'Maintenance windows',
        trigger: 'Planned maintenance',
        timeliness: '72 h ahead',
        medium: 'e-mail',
      },
    ],
    jointResponses: [
      {
        engagementId: 'e1',
        notification: 'Whoever detects an incident notifies Acme',
        timeliness: '1 h',
        coordinatorPartyId: 'acme',
      },
    ],
    departments: [
      { id: 'd1', partyId: 'acme', kind: 'security', name: '' },
      { id: 'd2', partyId: 'acme', kind: 'custom', name: 'Data office' },
    ],
    raci: [
      {
        engagementId: 'e1',
        rowId: 'businessData',
        role: 'customer',
        departmentId: 'd2',
        letters: ['responsible', 'accountable'],
      },
      {
        engagementId: 'e1',
        rowId: 'businessData',
        role: 'customer',
        departmentId: 'd1',
        letters: ['consulted'],
      },
    ],
  };
}

/** The sample workspace as a plain JSON value of its saved document, ready to be broken by a test. */
export function sampleDocumentJson(): Record<string, unknown> {
  return {
    format: 'shared-responsibility-workbench/workspace',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    workspace: JSON.parse(JSON.stringify(sampleWorkspace())),
  };
}

/** Marks a key to be deleted by `changedDocument`. */
export const REMOVE = Symbol('remove');

/** One change to the sample document: the path of a value and its new value (or `REMOVE`). */
export type DocumentChange = readonly [path: readonly (string | number)[], value: unknown];

/** The sample document with some values replaced or deleted, for tables of broken documents. */
export function changedDocument(...changes: readonly DocumentChange[]): Record<string, unknown> {
  const document = sampleDocumentJson();
  for (const [path, value] of changes) {
    let parent = document as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (last === undefined) throw new Error('A document change needs a non-empty path');
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  return document;
}

/** Turns a readable issue path back into keys, so tables state the path they expect only once. */
export function pathKeys(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
    index === undefined ? (key as string) : Number(index),
  );
}

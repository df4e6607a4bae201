// A generated workspace for the benchmark, written as the plain JSON the app saves: the envelope of
// src/schema/envelope.ts around a workspace of src/model/workspace.ts. tests/unit/bench-results.test.ts
// parses it with the app's own schema, so a schema change that breaks it fails a test.

const FORMAT = 'shared-responsibility-workbench/workspace';
const SCHEMA_VERSION = 1;
const TYPES = ['iaas', 'paas', 'saas'];
const MODES = ['cloudService', 'softwareDelivery', 'managedDelivery'];

const PARTIES = [
  { id: 'party-customer', name: 'Example Bank', roles: ['customer'] },
  { id: 'party-provider', name: 'Example Cloud', roles: ['provider'] },
  { id: 'party-vendor', name: 'Example Security', roles: ['securityVendor'] },
];

function engagement(n) {
  // Engagement 1 is IaaS in cloud-service mode, the scenario the benchmark edits; the rest vary.
  const resourceService = TYPES[(n - 1) % TYPES.length];
  const mode = MODES[Math.floor((n - 1) / TYPES.length) % MODES.length];
  const id = `engagement-${n}`;
  return {
    id,
    name: `Engagement ${n}`,
    resourceService,
    mode,
    customerPartyId: 'party-customer',
    providerPartyId: 'party-provider',
    securityServices: [{ id: `security-${n}`, vendorPartyId: 'party-vendor', layers: 'default' }],
    operationsService:
      mode === 'managedDelivery'
        ? { id: `${id}-ops`, providerPartyId: 'party-provider', layers: 'default' }
        : null,
  };
}

// A changed cell on engagements 2..n (engagement 1 stays at its baseline for the edit figure): the
// provider supports the business data through the security service, as a contract might say.
function override(n) {
  return {
    engagementId: `engagement-${n}`,
    rowId: 'businessData',
    role: 'provider',
    assignments: [
      {
        duty: 'supporter',
        scope: 'whole',
        via: 'securityService',
        serviceId: `security-${n}`,
        partyId: 'party-vendor',
        basis: { source: 'override' },
      },
    ],
    reason: `Backups of business data are in the security contract, annex ${n}.`,
  };
}

/** A workspace document with `count` engagements (ids engagement-1..count) and count - 1 overrides. */
export function generateWorkspaceDocument(count) {
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  return {
    format: FORMAT,
    schemaVersion: SCHEMA_VERSION,
    workspace: {
      contract: { title: `Benchmark ${count} engagements`, version: '1', date: '', notes: '' },
      parties: PARTIES,
      engagements: numbers.map(engagement),
      overrides: numbers.slice(1).map(override),
      channels: [],
    },
  };
}

/** The IndexedDB record (store 'records', key `workspace:<id>`) that holds a generated workspace. */
export function generateWorkspaceRecord(id, count, now = new Date()) {
  return {
    id,
    name: `Benchmark ${count} engagements`,
    revision: 1,
    updatedAt: now.toISOString(),
    shared: false,
    document: generateWorkspaceDocument(count),
  };
}

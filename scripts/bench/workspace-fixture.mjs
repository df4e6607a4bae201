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

// With more than three parties, the rest are business units (customers), clouds (providers) and
// security vendors in turn, so an enterprise workspace has many of each.
const EXTRA_ROLES = ['customer', 'provider', 'securityVendor'];

function generateParties(count) {
  const extra = Array.from({ length: Math.max(0, count - PARTIES.length) }, (_, i) => {
    const role = EXTRA_ROLES[i % EXTRA_ROLES.length];
    return { id: `party-${i + 4}`, name: `Party ${i + 4}`, roles: [role] };
  });
  return [...PARTIES, ...extra];
}

/** The party of a role for engagement n: the fixed three, or cycling through the extra ones. */
function partyFor(parties, role, n) {
  const holders = parties.filter((party) => party.roles.includes(role));
  return holders[(n - 1) % holders.length].id;
}

function engagement(n, parties) {
  // Engagement 1 is IaaS in cloud-service mode, the scenario the benchmark edits; the rest vary.
  const resourceService = TYPES[(n - 1) % TYPES.length];
  const mode = MODES[Math.floor((n - 1) / TYPES.length) % MODES.length];
  const id = `engagement-${n}`;
  const provider = partyFor(parties, 'provider', n);
  return {
    id,
    name: `Engagement ${n}`,
    resourceService,
    mode,
    customerPartyId: partyFor(parties, 'customer', n),
    providerPartyId: provider,
    securityServices: [
      {
        id: `security-${n}`,
        vendorPartyId: partyFor(parties, 'securityVendor', n),
        layers: 'default',
      },
    ],
    operationsService:
      mode === 'managedDelivery'
        ? { id: `${id}-ops`, providerPartyId: provider, layers: 'default' }
        : null,
  };
}

// A changed cell on engagements 2..n (engagement 1 stays at its baseline for the edit figure): the
// provider supports the business data through the security service, as a contract might say.
function override(n, parties) {
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
        partyId: partyFor(parties, 'securityVendor', n),
        basis: { source: 'override' },
      },
    ],
    reason: `Backups of business data are in the security contract, annex ${n}.`,
  };
}

/**
 * A workspace document with `count` engagements (ids engagement-1..count), count - 1 overrides and
 * `partyCount` parties (at least the three fixed ones).
 */
export function generateWorkspaceDocument(count, partyCount = 3) {
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  const parties = generateParties(partyCount);
  return {
    format: FORMAT,
    schemaVersion: SCHEMA_VERSION,
    workspace: {
      contract: { title: `Benchmark ${count} engagements`, version: '1', date: '', notes: '' },
      parties,
      engagements: numbers.map((n) => engagement(n, parties)),
      overrides: numbers.slice(1).map((n) => override(n, parties)),
      channels: [],
    },
  };
}

/** The IndexedDB record (store 'records', key `workspace:<id>`) that holds a generated workspace. */
export function generateWorkspaceRecord(id, count, now = new Date(), partyCount = 3) {
  return {
    id,
    name: `Benchmark ${count} engagements`,
    revision: 1,
    updatedAt: now.toISOString(),
    shared: false,
    document: generateWorkspaceDocument(count, partyCount),
  };
}

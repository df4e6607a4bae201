// Builders for the model's tests: small defaults that a test overrides with what it is about.
import type { Assignment, Cell, Matrix, MatrixRow } from '@/model/assignment';
import type { Scenario } from '@/model/assurance-scope';
import { DELIVERY_MODES } from '@/model/delivery-modes';
import type { ChannelCategory } from '@/model/principles';
import { ROLES, type Role } from '@/model/roles';
import { RESOURCE_SERVICE_TYPES } from '@/model/service-types';
import type {
  CellRef,
  Engagement,
  InformationChannel,
  OperationsService,
  Override,
  Party,
  SecurityService,
  Workspace,
} from '@/model/workspace';

/** Every resource service in every delivery mode: the nine scenarios. */
export const ALL_SCENARIOS: readonly Scenario[] = RESOURCE_SERVICE_TYPES.flatMap(
  (resourceService) => DELIVERY_MODES.map((mode) => ({ resourceService, mode })),
);

/** An engagement with no parties and no assurance services: IaaS in cloud-service mode by default. */
export function buildEngagement(patch: Partial<Engagement> = {}): Engagement {
  return {
    id: 'engagement-1',
    name: 'Engagement',
    resourceService: 'iaas',
    mode: 'cloudService',
    customerPartyId: null,
    providerPartyId: null,
    securityServices: [],
    operationsService: null,
    ...patch,
  };
}

/** A security service with default coverage and no named vendor. */
export function buildSecurityService(patch: Partial<SecurityService> = {}): SecurityService {
  return { id: 'security-1', vendorPartyId: null, layers: 'default', ...patch };
}

/** An operations service with default coverage and no named provider. */
export function buildOperationsService(patch: Partial<OperationsService> = {}): OperationsService {
  return { id: 'ops-1', providerPartyId: null, layers: 'default', ...patch };
}

/**
 * An engagement of a scenario with one security service and, where the mode offers one (not in
 * software delivery), an operations service, both with default coverage.
 */
export function buildAssuredEngagement(
  scenario: Scenario,
  patch: Partial<Engagement> = {},
): Engagement {
  return buildEngagement({
    ...scenario,
    securityServices: [buildSecurityService()],
    operationsService: scenario.mode === 'softwareDelivery' ? null : buildOperationsService(),
    ...patch,
  });
}

/** A named party. */
export function buildParty(id: string, roles: readonly Role[]): Party {
  return { id, name: id, roles };
}

/** A channel from one party to another. */
export function buildChannel(
  fromPartyId: string,
  toPartyId: string,
  category: ChannelCategory = 'keyActivities',
): InformationChannel {
  return {
    id: `${fromPartyId}->${toPartyId}:${category}`,
    fromPartyId,
    toPartyId,
    category,
    what: 'alerts',
    trigger: 'incident',
    timeliness: '1h',
    medium: 'ticket',
  };
}

/** A workspace holding the given engagements, and nothing else unless patched. */
export function buildWorkspace(
  engagements: readonly Engagement[],
  patch: Partial<Workspace> = {},
): Workspace {
  return {
    contract: { title: '', version: '', date: '', notes: '' },
    parties: [],
    engagements,
    overrides: [],
    channels: [],
    departments: [],
    raci: [],
    jointResponses: [],
    ...patch,
  };
}

/** Party ids of the named-parties workspace. */
export const PARTY = { customer: 'acme', provider: 'cloudco', vendor: 'shieldco' } as const;

/**
 * A workspace whose engagement names its customer, provider and security vendor (the provider also runs
 * the operations service), optionally with a channel from the provider and the vendor to the customer
 * and, where there is a security vendor, the engagement's joint response.
 */
export function buildNamedWorkspace(
  scenario: Scenario,
  options: { assured?: boolean; channels?: boolean } = {},
): Workspace {
  const { assured = true, channels = true } = options;
  const base = assured ? buildAssuredEngagement(scenario) : buildEngagement(scenario);
  const engagement: Engagement = {
    ...base,
    customerPartyId: PARTY.customer,
    providerPartyId: PARTY.provider,
    securityServices: base.securityServices.map((s) => ({ ...s, vendorPartyId: PARTY.vendor })),
    operationsService: base.operationsService && {
      ...base.operationsService,
      providerPartyId: PARTY.provider,
    },
  };
  return buildWorkspace([engagement], {
    parties: [
      buildParty(PARTY.customer, ['customer']),
      buildParty(PARTY.provider, ['provider']),
      buildParty(PARTY.vendor, ['securityVendor']),
    ],
    channels: channels
      ? [buildChannel(PARTY.provider, PARTY.customer), buildChannel(PARTY.vendor, PARTY.customer)]
      : [],
    jointResponses:
      channels && engagement.securityServices.length > 0
        ? [
            {
              engagementId: engagement.id,
              notification: 'whoever detects it tells the others',
              timeliness: '1h',
              coordinatorPartyId: PARTY.customer,
            },
          ]
        : [],
  });
}

/** An assignment: an owner unless a `via` makes it a supporter; basis as the report's tables. */
export function buildAssignment(patch: Partial<Assignment> = {}): Assignment {
  return {
    duty: patch.via ? 'supporter' : 'owner',
    scope: 'whole',
    basis: { source: 'override' },
    ...patch,
  };
}

/** The address of one cell of the first engagement. */
export function cellRef(rowId: string, role: Role, engagementId = 'engagement-1'): CellRef {
  return { engagementId, rowId, role };
}

/** An override of one cell, with a reason unless one is given. */
export function buildOverride(
  ref: CellRef,
  assignments: readonly Assignment[],
  reason = 'as agreed in the contract',
): Override {
  return { ...ref, assignments, reason };
}

/** The row of a matrix with that id; fails the test when there is none. */
export function findRow(matrix: Matrix, rowId: string): MatrixRow {
  const row = matrix.rows.find((candidate) => candidate.id === rowId);
  if (!row) throw new Error(`matrix has no row ${rowId}`);
  return row;
}

/** One cell of a matrix. */
export function findCell(matrix: Matrix, rowId: string, role: Role): Cell {
  return findRow(matrix, rowId).cells[role];
}

/** Every assignment of a matrix with the row and role it sits in. */
export function everyAssignment(matrix: Matrix) {
  return matrix.rows.flatMap((row) =>
    ROLES.flatMap((role) =>
      row.cells[role].assignments.map((assignment) => ({ row, role, assignment })),
    ),
  );
}

/**
 * What a cell says, as sorted `duty·scope[·via]` strings, so cells compare regardless of order and of
 * services, parties and basis.
 */
export function summarise(
  assignments: readonly Pick<Assignment, 'duty' | 'scope' | 'via'>[],
): string[] {
  return assignments
    .map((a) => [a.duty, a.scope, ...(a.via ? [a.via] : [])].join('·'))
    .sort((a, b) => a.localeCompare(b));
}

/** What each role's cell says, summarised. */
export function summariseCells(
  cells: Readonly<Record<Role, readonly Pick<Assignment, 'duty' | 'scope' | 'via'>[]>>,
): Record<Role, string[]> {
  return {
    customer: summarise(cells.customer),
    provider: summarise(cells.provider),
    securityVendor: summarise(cells.securityVendor),
  };
}

/** What each role's cell of a matrix row says, summarised. */
export function summariseRow(matrix: Matrix, rowId: string): Record<Role, string[]> {
  const row = findRow(matrix, rowId);
  return summariseCells({
    customer: row.cells.customer.assignments,
    provider: row.cells.provider.assignments,
    securityVendor: row.cells.securityVendor.assignments,
  });
}

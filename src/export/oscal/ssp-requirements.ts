import type { Assignment, Basis, Matrix, MatrixRow } from '@/model/assignment';
import { deriveCrosswalk } from '@/model/crosswalk';
import { ROLES, type Role } from '@/model/roles';
import type { Engagement, Workspace } from '@/model/workspace';
import { oneLine } from '@/schema/oscal-text';
import type { OscalLabels } from './oscal-labels';
import { nonEmpty, optionalTextProp, prop, textProp } from './oscal-props';
import { rowControlId } from './oscal-vocabulary';
import type { UuidOf } from './ssp-uuids';

/** A basis as one prop value: `report:§2.3.2`, `derived:§2.3.1` or `override`. */
function basisValue(basis: Basis): string {
  return basis.source === 'override' ? 'override' : `${basis.source}:${basis.section}`;
}

interface Entry {
  readonly role: Role;
  readonly index: number;
  readonly assignment: Assignment;
  readonly key: readonly string[];
}

interface RowContext {
  readonly workspace: Workspace;
  readonly engagement: Engagement;
  readonly row: MatrixRow;
  readonly uuid: UuidOf;
  readonly labels: OscalLabels;
}

function words(entry: Entry, context: RowContext): string {
  const { assignment } = entry;
  const { labels, workspace } = context;
  const party = workspace.parties.find((p) => p.id === assignment.partyId);
  const who = party
    ? `${labels.role(entry.role)} (${oneLine(party.name, '-')})`
    : labels.role(entry.role);
  const parts = [labels.duty(assignment.duty), labels.scope(assignment.scope)];
  if (assignment.via) parts.push(labels.serviceType(assignment.via));
  return labels.assignment(
    who,
    `${parts.join(labels.partSeparator)}${labels.partSeparator}${labels.row(context.row, context.engagement)}`,
  );
}

function componentOf(entry: Entry, context: RowContext): string {
  const { assignment } = entry;
  const { engagement, uuid, workspace } = context;
  if (assignment.serviceId !== undefined) {
    const known =
      engagement.securityServices.some((s) => s.id === assignment.serviceId) ||
      engagement.operationsService?.id === assignment.serviceId;
    if (known) return uuid('service', engagement.id, assignment.serviceId);
  }
  if (
    assignment.partyId !== undefined &&
    workspace.parties.some((p) => p.id === assignment.partyId)
  )
    return uuid('engagement-party', engagement.id, assignment.partyId);
  return uuid('engagement', engagement.id);
}

function responsibleRoles(entry: Entry, context: RowContext) {
  const { partyId } = entry.assignment;
  const named = partyId !== undefined && context.workspace.parties.some((p) => p.id === partyId);
  return [
    {
      'role-id': entry.role,
      ...(named ? { 'party-uuids': [context.uuid('party', partyId)] } : {}),
    },
  ];
}

function byComponent(
  entry: Entry,
  customers: readonly Entry[],
  others: readonly Entry[],
  context: RowContext,
) {
  const { assignment } = entry;
  const { uuid } = context;
  const described = words(entry, context);
  const base = {
    'component-uuid': componentOf(entry, context),
    uuid: uuid('by', ...entry.key),
    description: described,
    props: [
      prop('role', entry.role),
      prop('duty', assignment.duty),
      prop('scope', assignment.scope),
      ...(assignment.via ? [prop('via', assignment.via)] : []),
      prop('basis', basisValue(assignment.basis), assignment.basis.source),
      ...optionalTextProp('service-id', assignment.serviceId),
      ...optionalTextProp('party-id', assignment.partyId),
    ],
    'responsible-roles': responsibleRoles(entry, context),
  };
  if (entry.role !== 'customer') {
    // The provider or vendor side: what it provides, and what customers must do beside it.
    return {
      ...base,
      export: {
        provided: [{ uuid: uuid('provided', ...entry.key), description: described }],
        ...nonEmpty(
          'responsibilities',
          customers.map((customer) => ({
            uuid: uuid('responsibility', ...entry.key, ...customer.key),
            'provided-uuid': uuid('provided', ...entry.key),
            description: words(customer, context),
            'responsible-roles': responsibleRoles(customer, context),
          })),
        ),
      },
    };
  }
  return {
    ...base,
    ...nonEmpty(
      'inherited',
      others.map((other) => ({
        uuid: uuid('inherited', ...entry.key, ...other.key),
        'provided-uuid': uuid('provided', ...other.key),
        description: words(other, context),
        'responsible-roles': responsibleRoles(other, context),
      })),
    ),
    ...nonEmpty(
      'satisfied',
      others.map((other) => ({
        uuid: uuid('satisfied', ...entry.key, ...other.key),
        'responsibility-uuid': uuid('responsibility', ...other.key, ...entry.key),
        description: described,
      })),
    ),
  };
}

function crosswalkProps(row: MatrixRow) {
  const crosswalk = deriveCrosswalk(row);
  if (!crosswalk) return [];
  return [
    prop('ccm-ssrm-ownership', crosswalk.ccm, 'derived'),
    prop('fedramp-inheritable', crosswalk.fedramp, 'derived'),
    prop('shared-label', crosswalk.shared, 'derived'),
    ...(crosswalk.thirdPartySupport ? [prop('ccm-note', 'third-party-support', 'derived')] : []),
  ];
}

/**
 * The implemented requirements of one engagement: one per matrix row, with a `by-components` entry
 * per assignment; provider and vendor entries export what they provide and the customer's share as
 * responsibilities, customer entries inherit and satisfy them. Overridden cells and their reasons
 * are props of the requirement.
 */
export function buildRequirements(
  workspace: Workspace,
  engagement: Engagement,
  matrix: Matrix,
  uuid: UuidOf,
  labels: OscalLabels,
) {
  return matrix.rows.map((row) => {
    const context: RowContext = { workspace, engagement, row, uuid, labels };
    const entries: Entry[] = ROLES.flatMap((role) =>
      row.cells[role].assignments.map((assignment, index) => ({
        role,
        index,
        assignment,
        key: [engagement.id, row.id, role, String(index)],
      })),
    );
    const customers = entries.filter((entry) => entry.role === 'customer');
    const others = entries.filter((entry) => entry.role !== 'customer');
    const overridden = ROLES.filter((role) => row.cells[role].overridden);
    return {
      uuid: uuid('requirement', engagement.id, row.id),
      'control-id': rowControlId(row),
      props: [
        textProp('engagement-id', engagement.id),
        textProp('row-id', row.id),
        ...crosswalkProps(row),
        ...overridden.flatMap((role) => [
          prop('overridden', role),
          textProp('override-reason', row.cells[role].reason, role),
        ]),
      ],
      ...nonEmpty(
        'by-components',
        entries.map((entry) => byComponent(entry, customers, others, context)),
      ),
    };
  });
}

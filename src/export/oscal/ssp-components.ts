import type { Matrix } from '@/model/assignment';
import { ROLES, type Role } from '@/model/roles';
import type { Engagement, Party, ServiceCoverage, Workspace } from '@/model/workspace';
import { oneLine } from '@/schema/oscal-text';
import type { OscalLabels } from './oscal-labels';
import { nonEmpty, optionalTextProp, prop, textProp } from './oscal-props';
import type { UuidOf } from './ssp-uuids';

const OPERATIONAL = { state: 'operational' } as const;

function coverageProps(layers: ServiceCoverage) {
  if (layers === 'default') return [prop('coverage', 'default')];
  return [prop('coverage', 'chosen'), ...layers.map((layer) => prop('layer', layer))];
}

/** The parties an engagement involves: its customer and provider, its suppliers, and any in its matrix. */
function engagementPartyIds(engagement: Engagement, matrix: Matrix): string[] {
  const ids = [
    engagement.customerPartyId,
    engagement.providerPartyId,
    ...engagement.securityServices.map((service) => service.vendorPartyId),
    engagement.operationsService?.providerPartyId ?? null,
    ...matrix.rows.flatMap((row) =>
      ROLES.flatMap((role) => row.cells[role].assignments.map((a) => a.partyId ?? null)),
    ),
  ];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

function partyName(party: Party, index: number, labels: OscalLabels): string {
  return oneLine(party.name, `${labels.role(party.roles[0] ?? 'customer')} ${index + 1}`);
}

/** The workspace's parties for `metadata.parties`, with our ids, names and roles as props. */
export function buildOscalParties(workspace: Workspace, uuid: UuidOf, labels: OscalLabels) {
  return workspace.parties.map((party, index) => ({
    uuid: uuid('party', party.id),
    type: 'organization',
    name: partyName(party, index, labels),
    props: [
      textProp('party-id', party.id),
      textProp('party-name', party.name),
      ...party.roles.map((role) => prop('role', role)),
    ],
  }));
}

/** Which parties hold each role, for `metadata.responsible-parties`. */
export function buildResponsibleParties(workspace: Workspace, uuid: UuidOf) {
  return ROLES.flatMap((role: Role) => {
    const holders = workspace.parties.filter((party) => party.roles.includes(role));
    return holders.length === 0
      ? []
      : [{ 'role-id': role, 'party-uuids': holders.map((party) => uuid('party', party.id)) }];
  });
}

/**
 * The components of one engagement: its resource service, each assurance service, and each party it
 * involves; the props carry what an import needs to rebuild the engagement exactly.
 */
export function buildEngagementComponents(
  workspace: Workspace,
  engagement: Engagement,
  index: number,
  matrix: Matrix,
  uuid: UuidOf,
  labels: OscalLabels,
) {
  const name = oneLine(labels.engagement(engagement, index), `${index + 1}`);
  const service = {
    uuid: uuid('engagement', engagement.id),
    type: 'service',
    title: `${name}${labels.partSeparator}${labels.serviceType(engagement.resourceService)}`,
    description: labels.mode(engagement.mode),
    props: [
      textProp('engagement-id', engagement.id),
      textProp('engagement-name', engagement.name),
      prop('resource-service', engagement.resourceService),
      prop('delivery-mode', engagement.mode),
      ...optionalTextProp('customer-party-id', engagement.customerPartyId),
      ...optionalTextProp('provider-party-id', engagement.providerPartyId),
    ],
    status: OPERATIONAL,
  };
  const assurance = [
    ...engagement.securityServices.map((s, n) => ({
      ...s,
      type: 'securityService' as const,
      n,
      supplier: s.vendorPartyId,
    })),
    ...(engagement.operationsService
      ? [
          {
            ...engagement.operationsService,
            type: 'opsService' as const,
            n: 0,
            supplier: engagement.operationsService.providerPartyId,
          },
        ]
      : []),
  ].map((s) => ({
    uuid: uuid('service', engagement.id, s.id),
    type: 'service',
    title: `${name}${labels.partSeparator}${labels.serviceType(s.type)} ${s.n + 1}`,
    description: labels.serviceType(s.type),
    props: [
      textProp('engagement-id', engagement.id),
      textProp('service-id', s.id),
      prop('service-type', s.type),
      ...optionalTextProp('supplier-party-id', s.supplier),
      ...coverageProps(s.layers),
    ],
    status: OPERATIONAL,
  }));
  const parties = engagementPartyIds(engagement, matrix).flatMap((partyId) => {
    const index = workspace.parties.findIndex((party) => party.id === partyId);
    const party = workspace.parties[index];
    if (!party) return [];
    return [
      {
        uuid: uuid('engagement-party', engagement.id, partyId),
        type: 'system',
        title: `${name}${labels.partSeparator}${partyName(party, index, labels)}`,
        description:
          party.roles.map((role) => labels.role(role)).join(labels.partSeparator) || name,
        props: [textProp('engagement-id', engagement.id), textProp('party-id', partyId)],
        status: OPERATIONAL,
        ...nonEmpty(
          'responsible-roles',
          party.roles.map((role) => ({ 'role-id': role, 'party-uuids': [uuid('party', partyId)] })),
        ),
      },
    ];
  });
  return [service, ...assurance, ...parties];
}

import type { Assignment } from './assignment';
import { nextId } from './create-workspace';
import { findServiceIds, hasRoomForSecurityService, updateEngagements } from './edit-engagements';
import { repointOverrideParties } from './repoint-override-parties';
import type { Role } from './roles';
import type { Engagement, Override, SecurityService, Workspace } from './workspace';

/** The parties an engagement names in the customer and provider roles; a key left out stays. */
export interface EngagementParties {
  readonly customerPartyId?: string | null;
  readonly providerPartyId?: string | null;
}

// A reference must name a party of the workspace (or none), or the saved file would not load.
function isKnownParty(workspace: Workspace, partyId: string | null): boolean {
  return partyId === null || workspace.parties.some((p) => p.id === partyId);
}

/**
 * Names the customer and provider of an engagement. The operations service is run by the provider
 * (domain §3, "by default the provider"), so when it was run by the old provider or by nobody named,
 * it follows the new provider; one the user gave to another party stays with that party.
 */
export function setEngagementParties(
  workspace: Workspace,
  engagementId: string,
  parties: EngagementParties,
): Workspace {
  const { customerPartyId, providerPartyId } = parties;
  if (customerPartyId !== undefined && !isKnownParty(workspace, customerPartyId)) return workspace;
  if (providerPartyId !== undefined && !isKnownParty(workspace, providerPartyId)) return workspace;
  const before = workspace.engagements.find((e) => e.id === engagementId);
  if (!before) return workspace;
  const next = updateEngagements(
    workspace,
    (e) => e.id === engagementId,
    (e) => {
      const provider = providerPartyId === undefined ? e.providerPartyId : providerPartyId;
      const ops = e.operationsService;
      const follows =
        ops !== null &&
        provider !== e.providerPartyId &&
        (ops.providerPartyId === e.providerPartyId || ops.providerPartyId === null);
      return {
        ...e,
        customerPartyId: customerPartyId === undefined ? e.customerPartyId : customerPartyId,
        providerPartyId: provider,
        operationsService: follows ? { ...ops, providerPartyId: provider } : ops,
      };
    },
  );
  const after = next.engagements.find((e) => e.id === engagementId) ?? before;
  // The engagement's changed cells follow: the customer's and provider's columns name the new party.
  const inColumn = (role: Role) => (o: Override) =>
    o.engagementId === engagementId && o.role === role;
  const withCustomer = repointOverrideParties(
    next,
    inColumn('customer'),
    before.customerPartyId,
    after.customerPartyId,
  );
  return repointOverrideParties(
    withCustomer,
    inColumn('provider'),
    before.providerPartyId,
    after.providerPartyId,
  );
}

/** Names the party that runs an engagement's operations service. */
export function setOperationsProvider(
  workspace: Workspace,
  engagementId: string,
  partyId: string | null,
): Workspace {
  if (!isKnownParty(workspace, partyId)) return workspace;
  const ops = workspace.engagements.find((e) => e.id === engagementId)?.operationsService;
  if (!ops) return workspace;
  const next = updateEngagements(
    workspace,
    (e) => e.id === engagementId,
    (e) => ({ ...e, operationsService: { ...ops, providerPartyId: partyId } }),
  );
  // Changed cells carried by the operations service name its new provider.
  const byService = (o: Override, a: Assignment) =>
    o.engagementId === engagementId && a.serviceId === ops.id;
  return repointOverrideParties(next, byService, ops.providerPartyId, partyId);
}

/** The ids of every assurance service in the workspace, in every engagement. */
export function findAllServiceIds(workspace: Workspace): string[] {
  return [...new Set(workspace.engagements.flatMap(findServiceIds))];
}

/**
 * Names the vendor of a security service. One service may cover layers in several engagements (the
 * same id in each), so the vendor changes in every engagement that holds it.
 */
export function setSecurityServiceVendor(
  workspace: Workspace,
  serviceId: string,
  vendorPartyId: string | null,
): Workspace {
  if (!isKnownParty(workspace, vendorPartyId)) return workspace;
  const previous = new Set(
    workspace.engagements.flatMap((e) =>
      e.securityServices.filter((s) => s.id === serviceId).map((s) => s.vendorPartyId),
    ),
  );
  const rename = (s: SecurityService) => (s.id === serviceId ? { ...s, vendorPartyId } : s);
  const next = updateEngagements(
    workspace,
    (e) => e.securityServices.some((s) => s.id === serviceId && s.vendorPartyId !== vendorPartyId),
    (e) => ({ ...e, securityServices: e.securityServices.map(rename) }),
  );
  // Changed cells carried by this service name its new vendor, in every engagement it covers.
  const byService = (_o: Override, a: Assignment) => a.serviceId === serviceId;
  return [...previous].reduce(
    (result, from) => repointOverrideParties(result, byService, from, vendorPartyId),
    next,
  );
}

/** The engagements that hold a security service, in workspace order. */
export function findEngagementsOfService(workspace: Workspace, serviceId: string): Engagement[] {
  return workspace.engagements.filter((e) => e.securityServices.some((s) => s.id === serviceId));
}

/**
 * Lets a security service also cover another engagement: the same id and vendor, with that
 * scenario's default coverage (coverage stays per engagement). Refused when the engagement already
 * holds a service with that id.
 */
export function shareSecurityService(
  workspace: Workspace,
  serviceId: string,
  toEngagementId: string,
): Workspace {
  const source = workspace.engagements
    .flatMap((e) => e.securityServices)
    .find((s) => s.id === serviceId);
  if (!source) return workspace;
  const shared: SecurityService = {
    id: serviceId,
    vendorPartyId: source.vendorPartyId,
    layers: 'default',
  };
  return updateEngagements(
    workspace,
    (e) =>
      e.id === toEngagementId &&
      hasRoomForSecurityService(e) &&
      !findServiceIds(e).includes(serviceId),
    (e) => ({ ...e, securityServices: [...e.securityServices, shared] }),
  );
}

/**
 * Adds a new security service from a vendor to an engagement, with default coverage. Its id is new
 * to the whole workspace, so it is never mistaken for a service shared with another engagement.
 */
export function addSecurityServiceWithVendor(
  workspace: Workspace,
  engagementId: string,
  vendorPartyId: string | null,
): Workspace {
  if (!isKnownParty(workspace, vendorPartyId)) return workspace;
  const id = nextId('security', findAllServiceIds(workspace));
  const service: SecurityService = { id, vendorPartyId, layers: 'default' };
  return updateEngagements(
    workspace,
    (e) => e.id === engagementId && hasRoomForSecurityService(e),
    (e) => ({ ...e, securityServices: [...e.securityServices, service] }),
  );
}

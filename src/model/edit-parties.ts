import { repointOverrideParties } from './repoint-override-parties';
import type { Role } from './roles';
import type { Engagement, Party, Workspace } from './workspace';

/** Adds a named party; a party whose id is taken is not added. */
export function addParty(workspace: Workspace, party: Party): Workspace {
  if (workspace.parties.some((p) => p.id === party.id)) return workspace;
  return {
    ...workspace,
    parties: [...workspace.parties, { ...party, roles: [...new Set(party.roles)] }],
  };
}

/** Renames a party; everything refers to it by id, so the new name shows everywhere. */
export function renameParty(workspace: Workspace, partyId: string, name: string): Workspace {
  return {
    ...workspace,
    parties: workspace.parties.map((p) => (p.id === partyId ? { ...p, name } : p)),
  };
}

/** Sets the roles a party holds. */
export function setPartyRoles(
  workspace: Workspace,
  partyId: string,
  roles: readonly Role[],
): Workspace {
  return {
    ...workspace,
    parties: workspace.parties.map((p) =>
      p.id === partyId ? { ...p, roles: [...new Set(roles)] } : p,
    ),
  };
}

// An engagement that does not name the party keeps its object, so its derived matrix is kept too.
function unlinkParty(engagement: Engagement, partyId: string): Engagement {
  const orNull = (id: string | null) => (id === partyId ? null : id);
  const ops = engagement.operationsService;
  const names =
    engagement.customerPartyId === partyId ||
    engagement.providerPartyId === partyId ||
    ops?.providerPartyId === partyId ||
    engagement.securityServices.some((s) => s.vendorPartyId === partyId);
  if (!names) return engagement;
  return {
    ...engagement,
    customerPartyId: orNull(engagement.customerPartyId),
    providerPartyId: orNull(engagement.providerPartyId),
    securityServices: engagement.securityServices.map((s) => ({
      ...s,
      vendorPartyId: orNull(s.vendorPartyId),
    })),
    operationsService: ops ? { ...ops, providerPartyId: orNull(ops.providerPartyId) } : null,
  };
}

/**
 * Removes a party: engagements and overrides stop naming it (their roles stay), and its information
 * channels and its departments (with their RACI entries) go with it.
 */
export function removeParty(workspace: Workspace, partyId: string): Workspace {
  const departments = workspace.departments.filter((d) => d.partyId !== partyId);
  const kept = new Set(departments.map((d) => d.id));
  const unnamed = repointOverrideParties(workspace, () => true, partyId, null);
  return {
    ...unnamed,
    parties: workspace.parties.filter((p) => p.id !== partyId),
    engagements: workspace.engagements.map((e) => unlinkParty(e, partyId)),
    channels: workspace.channels.filter(
      (c) => c.fromPartyId !== partyId && c.toPartyId !== partyId,
    ),
    jointResponses: workspace.jointResponses.map((entry) =>
      entry.coordinatorPartyId === partyId ? { ...entry, coordinatorPartyId: null } : entry,
    ),
    departments,
    raci: workspace.raci.filter((r) => kept.has(r.departmentId)),
  };
}

/** What removing a party takes with it, counted, so the UI can say so before and after. */
export interface PartyRemovalEffects {
  /** Engagements that name the party in some role, or as the supplier of an assurance service. */
  readonly engagements: number;
  readonly channels: number;
  readonly departments: number;
  readonly raci: number;
}

/** Counts what goes with a party when it is removed (see removeParty). */
export function findPartyRemovalEffects(
  workspace: Workspace,
  partyId: string,
): PartyRemovalEffects {
  const departmentIds = new Set(
    workspace.departments.filter((d) => d.partyId === partyId).map((d) => d.id),
  );
  return {
    engagements: workspace.engagements.filter((e) => namesParty(e, partyId)).length,
    channels: workspace.channels.filter((c) => c.fromPartyId === partyId || c.toPartyId === partyId)
      .length,
    departments: departmentIds.size,
    raci: workspace.raci.filter((r) => departmentIds.has(r.departmentId)).length,
  };
}

function namesParty(engagement: Engagement, partyId: string): boolean {
  return [
    engagement.customerPartyId,
    engagement.providerPartyId,
    engagement.operationsService?.providerPartyId,
    ...engagement.securityServices.map((s) => s.vendorPartyId),
  ].includes(partyId);
}

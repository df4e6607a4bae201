import type { Scenario } from './assurance-scope';
import { isOperationsServiceOffered } from './assurance-scope';
import { createDefaultOperationsService } from './create-workspace';
import type { DeliveryMode } from './delivery-modes';
import { assuranceRowId } from './matrix-row-id';
import type { ResourceServiceType } from './service-types';
import {
  type CellRef,
  type Engagement,
  MAX_SECURITY_SERVICES_PER_ENGAGEMENT,
  type OperationsService,
  type SecurityService,
  type ServiceCoverage,
  type Workspace,
} from './workspace';

/**
 * Applies an update to the engagements it picks. An edit that sets what is already there returns the
 * same workspace, so it leaves no undo step.
 */
export function updateEngagements(
  workspace: Workspace,
  picks: (e: Engagement) => boolean,
  update: (e: Engagement) => Engagement,
): Workspace {
  let changed = false;
  const engagements = workspace.engagements.map((e) => {
    if (!picks(e)) return e;
    const next = update(e);
    const differs = (Object.keys(next) as (keyof Engagement)[]).some((key) => next[key] !== e[key]);
    changed ||= differs;
    return differs ? next : e;
  });
  return changed ? { ...workspace, engagements } : workspace;
}

function updateEngagement(
  workspace: Workspace,
  id: string,
  update: (e: Engagement) => Engagement,
): Workspace {
  return updateEngagements(workspace, (e) => e.id === id, update);
}

/** Whether an engagement takes another security service: a saved document with more would not load. */
export function hasRoomForSecurityService(e: Engagement): boolean {
  return e.securityServices.length < MAX_SECURITY_SERVICES_PER_ENGAGEMENT;
}

// A row that goes takes its overrides and its department RACI entries with it.
function dropRowOverrides(workspace: Workspace, engagementId: string, rowId: string): Workspace {
  const onRow = (ref: CellRef) => ref.engagementId === engagementId && ref.rowId === rowId;
  return {
    ...workspace,
    overrides: workspace.overrides.filter((o) => !onRow(o)),
    raci: workspace.raci.filter((r) => !onRow(r)),
  };
}

/** The ids of all assurance services of an engagement. */
export function findServiceIds(engagement: Engagement): string[] {
  const ops = engagement.operationsService;
  return [...engagement.securityServices.map((s) => s.id), ...(ops ? [ops.id] : [])];
}

/** Adds an engagement; one whose id is taken is not added. */
export function addEngagement(workspace: Workspace, engagement: Engagement): Workspace {
  if (workspace.engagements.some((e) => e.id === engagement.id)) return workspace;
  return { ...workspace, engagements: [...workspace.engagements, engagement] };
}

/** Removes an engagement with its overrides, joint-response entry and department RACI entries. */
export function removeEngagement(workspace: Workspace, engagementId: string): Workspace {
  return {
    ...workspace,
    engagements: workspace.engagements.filter((e) => e.id !== engagementId),
    overrides: workspace.overrides.filter((o) => o.engagementId !== engagementId),
    jointResponses: workspace.jointResponses.filter((j) => j.engagementId !== engagementId),
    raci: workspace.raci.filter((r) => r.engagementId !== engagementId),
  };
}

/** Renames an engagement. */
export function renameEngagement(
  workspace: Workspace,
  engagementId: string,
  name: string,
): Workspace {
  return updateEngagement(workspace, engagementId, (e) => ({ ...e, name }));
}

/** Sets the resource service (IaaS, PaaS, SaaS) of an engagement; overrides stay on their cells. */
export function setResourceService(
  workspace: Workspace,
  engagementId: string,
  resourceService: ResourceServiceType,
): Workspace {
  return updateEngagement(workspace, engagementId, (e) => ({ ...e, resourceService }));
}

/**
 * Sets the delivery mode of an engagement. Managed delivery brings its operations service when there
 * is none; software delivery does not offer one, so it is removed with its overrides.
 */
export function setDeliveryMode(
  workspace: Workspace,
  engagementId: string,
  mode: DeliveryMode,
): Workspace {
  const engagement = workspace.engagements.find((e) => e.id === engagementId);
  if (!engagement) return workspace;
  const ops = engagement.operationsService;
  let operationsService = ops;
  let next = workspace;
  if (mode === 'managedDelivery' && !ops)
    operationsService = createDefaultOperationsService(engagement);
  if (!isOperationsServiceOffered(mode) && ops) {
    operationsService = null;
    next = dropRowOverrides(next, engagementId, assuranceRowId('opsService', ops.id));
  }
  return updateEngagement(next, engagementId, (e) => ({ ...e, mode, operationsService }));
}

/** Sets both halves of the scenario at once, as a view addressed by URL does. */
export function setScenario(
  workspace: Workspace,
  engagementId: string,
  scenario: Scenario,
): Workspace {
  return setDeliveryMode(
    setResourceService(workspace, engagementId, scenario.resourceService),
    engagementId,
    scenario.mode,
  );
}

/** Adds a security service to an engagement. */
export function addSecurityService(
  workspace: Workspace,
  engagementId: string,
  service: SecurityService,
): Workspace {
  // Security and operations services share one id space: their rows are addressed by id.
  return updateEngagement(workspace, engagementId, (e) =>
    findServiceIds(e).includes(service.id) || !hasRoomForSecurityService(e)
      ? e
      : { ...e, securityServices: [...e.securityServices, service] },
  );
}

/** Removes a security service and the overrides of its own row; supporters that named it are then flagged. */
export function removeSecurityService(
  workspace: Workspace,
  engagementId: string,
  serviceId: string,
): Workspace {
  const next = updateEngagement(workspace, engagementId, (e) => ({
    ...e,
    securityServices: e.securityServices.filter((s) => s.id !== serviceId),
  }));
  return dropRowOverrides(next, engagementId, assuranceRowId('securityService', serviceId));
}

/** Removes every security service of an engagement, with their rows' overrides, as one edit. */
export function removeSecurityServices(workspace: Workspace, engagementId: string): Workspace {
  const engagement = workspace.engagements.find((e) => e.id === engagementId);
  return (engagement?.securityServices ?? []).reduce(
    (next, service) => removeSecurityService(next, engagementId, service.id),
    workspace,
  );
}

/** Narrows or widens the layers an assurance service covers, or resets them to the default. */
export function setServiceCoverage(
  workspace: Workspace,
  engagementId: string,
  serviceId: string,
  coverage: ServiceCoverage,
): Workspace {
  const layers = coverage === 'default' ? coverage : [...new Set(coverage)];
  return updateEngagement(workspace, engagementId, (e) => ({
    ...e,
    securityServices: e.securityServices.map((s) => (s.id === serviceId ? { ...s, layers } : s)),
    operationsService:
      e.operationsService?.id === serviceId
        ? { ...e.operationsService, layers }
        : e.operationsService,
  }));
}

/** Switches an engagement's operations service on (where the mode offers it) or off. */
export function setOperationsService(
  workspace: Workspace,
  engagementId: string,
  service: OperationsService | null,
): Workspace {
  const engagement = workspace.engagements.find((e) => e.id === engagementId);
  if (!engagement || (service && !isOperationsServiceOffered(engagement.mode))) return workspace;
  if (service && engagement.securityServices.some((s) => s.id === service.id)) return workspace;
  const old = engagement.operationsService;
  const next =
    old && old.id !== service?.id
      ? dropRowOverrides(workspace, engagementId, assuranceRowId('opsService', old.id))
      : workspace;
  return updateEngagement(next, engagementId, (e) => ({ ...e, operationsService: service }));
}

/**
 * Gives a managed engagement back the operations service that defines its mode (§2.3.2), run by the
 * engagement's provider with default coverage; an engagement that has one is left as it is.
 */
export function restoreOperationsService(workspace: Workspace, engagementId: string): Workspace {
  const engagement = workspace.engagements.find((e) => e.id === engagementId);
  if (!engagement || engagement.operationsService) return workspace;
  return setOperationsService(workspace, engagementId, createDefaultOperationsService(engagement));
}

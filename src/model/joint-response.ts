import type { Engagement, JointResponse, Workspace } from './workspace';

/**
 * Whether an engagement calls for a joint response: it has a provider (every engagement has) and a
 * security vendor, so an incident can need the platform and the protection on it at once (§1.2).
 */
export function needsJointResponse(engagement: Engagement): boolean {
  return engagement.securityServices.length > 0;
}

/** The joint-response entry of an engagement, if the plan has one. */
export function findJointResponse(
  workspace: Workspace,
  engagementId: string,
): JointResponse | undefined {
  return workspace.jointResponses.find((entry) => entry.engagementId === engagementId);
}

/** Whether the plan names who notifies whom for an engagement (the `no-joint-response` check). */
export function hasJointResponse(workspace: Workspace, engagementId: string): boolean {
  return (findJointResponse(workspace, engagementId)?.notification.trim() ?? '') !== '';
}

/** The texts of a joint-response entry a user can change. */
export type JointResponsePatch = Partial<Omit<JointResponse, 'engagementId'>>;

/**
 * Sets the joint-response entry of an engagement, creating it when there is none; the coordinator
 * defaults to the engagement's customer, the party finally accountable (§2.3.2). A change to what is
 * already there, or an engagement that does not exist, leaves the workspace as it was.
 */
export function setJointResponse(
  workspace: Workspace,
  engagementId: string,
  patch: JointResponsePatch,
): Workspace {
  const engagement = workspace.engagements.find((e) => e.id === engagementId);
  if (!engagement) return workspace;
  const current = findJointResponse(workspace, engagementId);
  const base: JointResponse = current ?? {
    engagementId,
    notification: '',
    timeliness: '',
    coordinatorPartyId: engagement.customerPartyId,
  };
  const next = { ...base, ...patch };
  const keys = Object.keys(patch) as (keyof JointResponsePatch)[];
  if (current && keys.every((key) => next[key] === current[key])) return workspace;
  return {
    ...workspace,
    jointResponses: current
      ? workspace.jointResponses.map((entry) => (entry === current ? next : entry))
      : [...workspace.jointResponses, next],
  };
}

/** Removes the joint-response entry of an engagement; none there leaves the workspace as it was. */
export function removeJointResponse(workspace: Workspace, engagementId: string): Workspace {
  if (!findJointResponse(workspace, engagementId)) return workspace;
  return {
    ...workspace,
    jointResponses: workspace.jointResponses.filter((entry) => entry.engagementId !== engagementId),
  };
}

/** An engagement that calls for (or has) a joint response, with its position and its entry if any. */
export interface JointResponseLine {
  readonly engagement: Engagement;
  /** The engagement's 0-based position in the workspace, for an unnamed engagement's fallback name. */
  readonly index: number;
  readonly entry: JointResponse | undefined;
}

/** The joint responses the plan shows and exports: every engagement that needs or has one, in order. */
export function listJointResponses(workspace: Workspace): JointResponseLine[] {
  return workspace.engagements.flatMap((engagement, index) => {
    const entry = findJointResponse(workspace, engagement.id);
    return entry || needsJointResponse(engagement) ? [{ engagement, index, entry }] : [];
  });
}

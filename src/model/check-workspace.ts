import type { Matrix } from './assignment';
import { checkEngagementRaci } from './check-departments';
import { checkMatrixMemo } from './check-matrix';
import { deriveMatrixMemo } from './derive-matrix-memo';
import { type Finding, makeFinding } from './findings';
import { hasJointResponse, needsJointResponse } from './joint-response';
import { ROLES } from './roles';
import type { Engagement, Workspace } from './workspace';

/** Parties that own or support something in an engagement, other than its customer. */
function findEngagedParties(engagement: Engagement, matrix: Matrix): string[] {
  const parties = new Set<string>();
  for (const row of matrix.rows) {
    for (const role of ROLES) {
      for (const assignment of row.cells[role].assignments) {
        if (assignment.partyId !== undefined) parties.add(assignment.partyId);
      }
    }
  }
  parties.delete(engagement.customerPartyId ?? '');
  return [...parties];
}

/**
 * Checks every engagement of a workspace, and that each party that owns or supports something has an
 * information channel to that engagement's customer (transparent collaboration, §2.4 link 3), that
 * a managed engagement keeps its operations service, that an engagement with a security vendor has a
 * joint response to incidents (§1.2), and the RACI of the customer's departments where it has any (domain §6).
 */
export function checkWorkspace(workspace: Workspace): Finding[] {
  const findings: Finding[] = [];
  for (const engagement of workspace.engagements) {
    const matrix = deriveMatrixMemo(engagement, workspace.overrides);
    findings.push(...checkMatrixMemo(engagement, matrix));
    findings.push(...checkEngagementRaci(workspace, engagement, matrix));
    const at = { engagementId: engagement.id };
    // The managed mode is the purchase of the operations service (§2.3.2): without it, it is software delivery.
    if (engagement.mode === 'managedDelivery' && engagement.operationsService === null) {
      findings.push(makeFinding('managed-without-operations', at));
    }
    if (needsJointResponse(engagement) && !hasJointResponse(workspace, engagement.id)) {
      findings.push(makeFinding('no-joint-response', at));
    }
    const customer = engagement.customerPartyId;
    if (customer === null) continue;
    for (const partyId of findEngagedParties(engagement, matrix)) {
      const hasChannel = workspace.channels.some(
        (channel) => channel.fromPartyId === partyId && channel.toPartyId === customer,
      );
      if (!hasChannel) {
        findings.push(
          makeFinding('no-information-channel', { engagementId: engagement.id, partyId }),
        );
      }
    }
  }
  return findings;
}

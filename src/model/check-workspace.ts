import type { Matrix } from './assignment';
import { checkEngagementRaci } from './check-departments';
import { checkMatrixMemo } from './check-matrix';
import { deriveMatrixMemo } from './derive-matrix-memo';
import { type Finding, makeFinding } from './findings';
import { hasJointResponse, needsJointResponse } from './joint-response';
import { ROLES } from './roles';
import { pairKey } from './suggest-channels';
import type { Engagement, Workspace } from './workspace';

// Remembered per derived matrix (and per channel list below): with hundreds of engagements, an edit
// re-derives one matrix, so a check of the whole workspace should not walk all the others again.
const engagedParties = new WeakMap<Matrix, readonly string[]>();
const channelPairs = new WeakMap<Workspace['channels'], ReadonlySet<string>>();

function hasChannel(channels: Workspace['channels'], from: string, to: string): boolean {
  let pairs = channelPairs.get(channels);
  if (!pairs) {
    pairs = new Set(channels.map((channel) => pairKey(channel.fromPartyId, channel.toPartyId)));
    channelPairs.set(channels, pairs);
  }
  return pairs.has(pairKey(from, to));
}

/** Parties that own or support something in an engagement, other than its customer. */
function findEngagedParties(engagement: Engagement, matrix: Matrix): readonly string[] {
  const known = engagedParties.get(matrix);
  if (known) return known;
  const parties = new Set<string>();
  for (const row of matrix.rows) {
    for (const role of ROLES) {
      for (const assignment of row.cells[role].assignments) {
        if (assignment.partyId !== undefined) parties.add(assignment.partyId);
      }
    }
  }
  parties.delete(engagement.customerPartyId ?? '');
  const found = [...parties];
  engagedParties.set(matrix, found);
  return found;
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
      if (!hasChannel(workspace.channels, partyId, customer)) {
        findings.push(
          makeFinding('no-information-channel', { engagementId: engagement.id, partyId }),
        );
      }
    }
  }
  return findings;
}

import { listJointResponses } from '@/model/joint-response';
import type { Workspace } from '@/model/workspace';
import type { AnnexLabels } from './annex-labels';
import { engagementTitle, partyName } from './annex-names';

/** The joint-response table's words, the same in every document that carries it. */
export interface JointResponseTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * The joint response to incidents of each engagement that has a provider and a security vendor (or
 * has an entry): who notifies whom, within what time, who coordinates; "none agreed" where missing.
 * Null when no engagement calls for one. The PDF annex and the workbook's plan sheet write it.
 */
export function deriveJointResponseTable(
  workspace: Workspace,
  labels: AnnexLabels,
): JointResponseTable | null {
  const lines = listJointResponses(workspace);
  if (lines.length === 0) return null;
  const joint = labels.informationPlan.joint;
  return {
    header: [joint.engagement, joint.notification, joint.timeliness, joint.coordinator],
    rows: lines.map(({ engagement, index, entry }) => [
      engagementTitle(engagement, index, labels),
      entry ? entry.notification : joint.none,
      entry ? entry.timeliness : '',
      entry ? partyName(workspace, entry.coordinatorPartyId, labels) : '',
    ]),
  };
}

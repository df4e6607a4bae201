import { findLayerPosition } from '@/model/asset-layers';
import { RESOURCE_CONTROLLER_OF } from '@/model/delivery-modes';
import type { Finding } from '@/model/findings';
import type { Role } from '@/model/roles';
import type { CellRef, Engagement } from '@/model/workspace';

/**
 * The column where a row-level finding is best fixed: the role that owns the layer in the baseline
 * (the resource controller under the service, else the customer), or the provider for the facility.
 */
function focusRoleOf(finding: Finding, engagement: Engagement | undefined): Role {
  if (finding.code === 'facility-not-provider') return 'provider';
  if (finding.code === 'layer-uncovered' && finding.layer && engagement) {
    const position = findLayerPosition(finding.layer, engagement.resourceService);
    if (position === 'under') return RESOURCE_CONTROLLER_OF[engagement.mode];
  }
  return 'customer';
}

/** The matrix cell a finding points at, or null when it concerns a party rather than a cell. */
export function findingCellRef(finding: Finding, engagement?: Engagement): CellRef | null {
  if (finding.rowId === undefined) return null;
  return {
    engagementId: finding.engagementId,
    rowId: finding.rowId,
    role: finding.role ?? focusRoleOf(finding, engagement),
  };
}

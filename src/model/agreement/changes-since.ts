import type { Workspace } from '../workspace';
import { parseAgreedContent } from './canonical-content';
import { listContentItems } from './content-items';
import { type ItemChange, mergeThreeWay } from './three-way-merge';

/**
 * The edits since a signed version, item by item, when the workspace still holds that version as its
 * last common one; null when it does not (then only "changed since signing" can be said).
 */
export function listChangesSince(
  workspace: Workspace,
  signedFingerprint: string,
): readonly ItemChange[] | null {
  const common = workspace.agreement?.common;
  if (!common || common.fingerprint !== signedFingerprint) return null;
  return mergeThreeWay(null, parseAgreedContent(common.content), listContentItems(workspace))
    .changes;
}

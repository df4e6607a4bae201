import { workspaceStore } from '@/store/use-workspace-store';
import { addNotice } from './notices-store';
import type { ViewRequest } from './view-params';

/**
 * Shows the engagement the address names, and checks its scenario against the saved one. The
 * address never rewrites saved work: an engagement that is not in the workspace, or a scenario that
 * differs from the saved one, is reported (with an offer to apply it to the engagement it names),
 * never applied on its own. A new workspace was already made from the address's scenario.
 */
export function applyAddress(request: ViewRequest, opened: 'opened' | 'created'): void {
  const state = workspaceStore.getState();
  const { engagements } = state.workspace;
  const named = request.engagementId
    ? engagements.find((e) => e.id === request.engagementId)
    : undefined;
  if (named) state.selectEngagement(named.id);
  if (opened === 'created') return;
  if (request.engagementId && !named) {
    addNotice({ kind: 'address-engagement-missing', engagementId: request.engagementId });
    return;
  }
  const target = named ?? engagements[0];
  if (!target || (!request.resourceService && !request.mode)) return;
  const scenario = {
    resourceService: request.resourceService ?? target.resourceService,
    mode: request.mode ?? target.mode,
  };
  if (scenario.resourceService === target.resourceService && scenario.mode === target.mode) return;
  addNotice({ kind: 'address-scenario-differs', engagementId: target.id, scenario });
}

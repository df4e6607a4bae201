import type { Engagement } from '@/model/workspace';
import type { WorkspaceState } from './workspace-store';

/** The engagement the workbench shows: the one the user chose, or the workspace's first. */
export function selectCurrentEngagement(state: WorkspaceState): Engagement | undefined {
  const { engagements } = state.workspace;
  return engagements.find((e) => e.id === state.currentEngagementId) ?? engagements[0];
}

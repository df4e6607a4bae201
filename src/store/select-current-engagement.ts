import type { Engagement } from '@/model/workspace';
import type { WorkspaceState } from './workspace-store';

/** The engagement the workbench shows: the workspace's first, until workspaces hold several. */
export function selectCurrentEngagement(state: WorkspaceState): Engagement | undefined {
  return state.workspace.engagements[0];
}

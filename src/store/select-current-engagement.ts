import type { Engagement } from '@/model/workspace';
import type { WorkspaceState } from './workspace-store';

// The last answer: every store change runs this selector once per subscribed component (dozens),
// and with 500 engagements each search of the list showed in the profile of a cell edit.
let last: {
  engagements: readonly Engagement[];
  id: string | null;
  found: Engagement | undefined;
} | null = null;

/** The engagement the workbench shows: the one the user chose, or the workspace's first. */
export function selectCurrentEngagement(state: WorkspaceState): Engagement | undefined {
  const { engagements } = state.workspace;
  const id = state.currentEngagementId;
  if (last?.engagements === engagements && last.id === id) return last.found;
  const found = engagements.find((e) => e.id === id) ?? engagements[0];
  last = { engagements, id, found };
  return found;
}

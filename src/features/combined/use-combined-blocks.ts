import { useMemo } from 'react';
import { type CombinedBlock, combineBlocks } from '@/model/combined-rows';
import { useWorkspaceStore } from '@/store/use-workspace-store';

/**
 * Every engagement's rows for the combined view. A change to the workspace (an edit, an undo,
 * another tab's edit) re-derives only the engagements that changed (see combineBlocks).
 */
export function useCombinedBlocks(): readonly CombinedBlock[] {
  const engagements = useWorkspaceStore((s) => s.workspace.engagements);
  const overrides = useWorkspaceStore((s) => s.workspace.overrides);
  return useMemo(() => combineBlocks(engagements, overrides), [engagements, overrides]);
}

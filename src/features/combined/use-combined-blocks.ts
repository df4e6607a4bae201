import { useMemo, useState } from 'react';
import { type CombinedBlock, createCombinedBlockCache } from '@/model/combined-rows';
import { useWorkspaceStore } from '@/store/use-workspace-store';

/**
 * Every engagement's rows for the combined view. While the view is open, a change to the workspace
 * (an undo, another tab's edit) re-derives only the engagements that changed.
 */
export function useCombinedBlocks(): readonly CombinedBlock[] {
  const [combine] = useState(createCombinedBlockCache);
  const engagements = useWorkspaceStore((s) => s.workspace.engagements);
  const overrides = useWorkspaceStore((s) => s.workspace.overrides);
  return useMemo(() => combine(engagements, overrides), [combine, engagements, overrides]);
}

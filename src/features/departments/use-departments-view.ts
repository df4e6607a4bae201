import { useMemo, useState } from 'react';
import { findCustomerParties } from '@/model/customer-parties';
import type { Party } from '@/model/workspace';
import { useWorkspaceStore } from '@/store/use-workspace-store';

/**
 * The parties the view can show and the one shown: the user's choice while it is still a customer,
 * else the first customer party.
 */
export function useCustomerChoice(): {
  readonly candidates: readonly Party[];
  readonly party: Party | undefined;
  readonly choose: (partyId: string) => void;
} {
  const workspace = useWorkspaceStore((s) => s.workspace);
  const candidates = useMemo(() => findCustomerParties(workspace), [workspace]);
  const [chosen, choose] = useState<string | null>(null);
  const party = candidates.find((p) => p.id === chosen) ?? candidates[0];
  return { candidates, party, choose };
}

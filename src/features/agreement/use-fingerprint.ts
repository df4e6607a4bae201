import { useEffect, useState } from 'react';
import { type FingerprintedContent, fingerprintWorkspace } from '@/export/agreement/fingerprint';
import type { Workspace } from '@/model/workspace';

/** The fingerprint of a workspace's agreed content, recomputed when it changes; null while computing. */
export function useFingerprint(workspace: Workspace): FingerprintedContent | null {
  const [state, setState] = useState<{ of: Workspace; value: FingerprintedContent } | null>(null);
  useEffect(() => {
    let current = true;
    void fingerprintWorkspace(workspace).then((value) => {
      if (current) setState({ of: workspace, value });
    });
    return () => {
      current = false;
    };
  }, [workspace]);
  // A stale fingerprint is never shown as the current one.
  return state?.of === workspace ? state.value : null;
}

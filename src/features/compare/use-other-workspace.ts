import { useEffect, useState } from 'react';
import type { Workspace } from '@/model/workspace';
import { getPersistence } from '@/store/persistence/persistence-handle';

/** Another saved workspace as read for a comparison: not chosen, being read, read, or why not. */
export type OtherWorkspace =
  | { readonly status: 'none' | 'loading' }
  | { readonly status: 'ok'; readonly workspace: Workspace }
  | { readonly status: 'newer' | 'corrupt' | 'missing' | 'failed' };

/**
 * Reads another saved workspace through the library, without opening it; read again when its saved
 * revision changes (another tab saved it).
 */
export function useOtherWorkspace(id: string, revision: number | undefined): OtherWorkspace {
  const [state, setState] = useState<OtherWorkspace>({ status: 'none' });
  useEffect(() => {
    const library = getPersistence()?.library;
    if (!id || revision === undefined) {
      setState({ status: 'none' });
      return;
    }
    if (!library) {
      setState({ status: 'failed' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    void library.read(id).then((read) => {
      if (!live) return;
      setState(
        read.kind === 'ok' ? { status: 'ok', workspace: read.workspace } : { status: read.kind },
      );
    });
    return () => {
      live = false;
    };
  }, [id, revision]);
  return state;
}

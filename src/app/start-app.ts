import type { Scenario } from '@/model/assurance-scope';
import { createWorkspace, DEFAULT_SCENARIO } from '@/model/create-workspace';
import { useLibraryStore } from '@/store/persistence/library-store';
import { getPersistence } from '@/store/persistence/persistence-handle';
import { commitPendingDrafts } from '@/ui/pending-drafts';
import { addNotice } from './notices-store';
import type { ViewRequest } from './view-params';

/** The scenario an address asks for, the default where it names none. */
export function requestedScenario(request: ViewRequest): Scenario {
  return {
    resourceService: request.resourceService ?? DEFAULT_SCENARIO.resourceService,
    mode: request.mode ?? DEFAULT_SCENARIO.mode,
  };
}

/**
 * Opens the saved workspaces (a first visit's new workspace has the address's scenario), shows the
 * engagement the address names without letting the address rewrite saved work, tells the user of
 * closed tabs' work kept apart, and keeps unsaved work (text being typed too) when the page is
 * hidden or closed.
 */
export async function startApp(request: ViewRequest): Promise<void> {
  const scenario = requestedScenario(request);
  // Storage brings the schema (and zod) with it: loaded after first paint, not before, beside the
  // code that applies the address once storage has answered.
  const [{ startPersistence }, { applyAddress }] = await Promise.all([
    import('@/store/start-persistence'),
    import('./apply-address'),
  ]);
  const opened = await startPersistence(createWorkspace(scenario), '', commitPendingDrafts);
  for (const copy of useLibraryStore.getState().recovered)
    addNotice({ kind: 'recovered', ...copy });
  // A share link is rare on a page load: its code is not part of the first download.
  if (window.location.hash.includes('share='))
    await (await import('./open-shared-link')).openSharedLink();
  else applyAddress(request, opened);
  // The controller's flush commits what is being typed first (see commitPendingDrafts).
  const flush = () => void getPersistence()?.controller.flush(true);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  window.addEventListener('pagehide', flush);
}

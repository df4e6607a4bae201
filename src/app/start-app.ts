import type { Scenario } from '@/model/assurance-scope';
import { createWorkspace } from '@/model/create-workspace';
import { getPersistence } from '@/store/persistence/persistence-handle';
import { workspaceStore } from '@/store/use-workspace-store';
import { DEFAULT_SCENARIO } from '@/store/workspace-store';
import { openSharedLink } from './open-shared-link';
import type { ViewRequest } from './view-params';

/** The scenario an address asks for, the default where it names none. */
export function requestedScenario(request: ViewRequest): Scenario {
  return {
    resourceService: request.resourceService ?? DEFAULT_SCENARIO.resourceService,
    mode: request.mode ?? DEFAULT_SCENARIO.mode,
  };
}

/**
 * Opens the saved workspaces, then applies the scenario the address asks for to the open workspace
 * (as an ordinary edit, so it can be undone), and keeps unsaved work when the page is hidden or closed.
 */
export async function startApp(request: ViewRequest): Promise<void> {
  const scenario = requestedScenario(request);
  // Storage brings the schema (and zod) with it: loaded after first paint, not before.
  const { startPersistence } = await import('@/store/start-persistence');
  await startPersistence(createWorkspace(scenario), '');
  if (window.location.hash.includes('share=')) await openSharedLink();
  const engagement = workspaceStore.getState().workspace.engagements[0];
  if (engagement && (request.resourceService || request.mode)) {
    workspaceStore.getState().setScenario(engagement.id, {
      resourceService: request.resourceService ?? engagement.resourceService,
      mode: request.mode ?? engagement.mode,
    });
  }
  const flush = () => void getPersistence()?.controller.flush(true);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  window.addEventListener('pagehide', flush);
}

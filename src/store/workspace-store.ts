import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '@/model/assurance-scope';
import { createWorkspace } from '@/model/create-workspace';
import type { DeliveryMode } from '@/model/delivery-modes';
import { setDeliveryMode, setResourceService, setScenario } from '@/model/edit-engagements';
import type { ResourceServiceType } from '@/model/service-types';
import type { Workspace } from '@/model/workspace';

/** The source of truth the UI edits: the workspace and nothing derived from it. */
export interface WorkspaceState {
  readonly workspace: Workspace;
  readonly setResourceService: (engagementId: string, type: ResourceServiceType) => void;
  readonly setDeliveryMode: (engagementId: string, mode: DeliveryMode) => void;
  readonly setScenario: (engagementId: string, scenario: Scenario) => void;
}

/** The scenario a new workspace starts with: IaaS on a public cloud, the report's first figure. */
export const DEFAULT_SCENARIO: Scenario = { resourceService: 'iaas', mode: 'cloudService' };

/** Creates a workspace store; each action is one call into a model edit. */
export function createWorkspaceStore(
  initial: Workspace = createWorkspace(DEFAULT_SCENARIO),
): StoreApi<WorkspaceState> {
  return createStore<WorkspaceState>()((set) => ({
    workspace: initial,
    setResourceService: (id, type) =>
      set((s) => ({ workspace: setResourceService(s.workspace, id, type) })),
    setDeliveryMode: (id, mode) =>
      set((s) => ({ workspace: setDeliveryMode(s.workspace, id, mode) })),
    setScenario: (id, scenario) =>
      set((s) => ({ workspace: setScenario(s.workspace, id, scenario) })),
  }));
}

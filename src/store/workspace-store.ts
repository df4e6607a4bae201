import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Assignment } from '@/model/assignment';
import type { Scenario } from '@/model/assurance-scope';
import { createWorkspace } from '@/model/create-workspace';
import type { DeliveryMode } from '@/model/delivery-modes';
import {
  clearAllOverrides,
  clearOverride,
  setCellAssignments,
  setOverrideReason,
} from '@/model/edit-cells';
import { setContract } from '@/model/edit-contract';
import {
  addSecurityService,
  removeSecurityService,
  setDeliveryMode,
  setOperationsService,
  setResourceService,
  setScenario,
  setServiceCoverage,
} from '@/model/edit-engagements';
import type { ResourceServiceType } from '@/model/service-types';
import type {
  CellRef,
  ContractMeta,
  OperationsService,
  SecurityService,
  ServiceCoverage,
  Workspace,
} from '@/model/workspace';
import { EMPTY_HISTORY, type History, recordChange, stepBack, stepForward } from './history';

/** The source of truth the UI edits: the workspace and its undo history, nothing derived. */
export interface WorkspaceState {
  readonly workspace: Workspace;
  readonly history: History<Workspace>;
  /**
   * The engagement the workbench shows and edits; null (or an id that is gone) means the first.
   * A view choice, not part of the workspace: undo does not move it.
   */
  readonly currentEngagementId: string | null;
  readonly selectEngagement: (engagementId: string | null) => void;
  /** Applies any model edit (a pure `Workspace => Workspace` function) as one undoable step. */
  readonly applyEdit: (change: (workspace: Workspace) => Workspace) => void;
  readonly setResourceService: (engagementId: string, type: ResourceServiceType) => void;
  readonly setDeliveryMode: (engagementId: string, mode: DeliveryMode) => void;
  readonly setScenario: (engagementId: string, scenario: Scenario) => void;
  readonly addSecurityService: (engagementId: string, service: SecurityService) => void;
  readonly removeSecurityService: (engagementId: string, serviceId: string) => void;
  readonly setOperationsService: (engagementId: string, service: OperationsService | null) => void;
  readonly setServiceCoverage: (
    engagementId: string,
    serviceId: string,
    layers: ServiceCoverage,
  ) => void;
  readonly setCellAssignments: (
    ref: CellRef,
    assignments: readonly Assignment[],
    reason?: string,
  ) => void;
  readonly setOverrideReason: (ref: CellRef, reason: string) => void;
  readonly clearOverride: (ref: CellRef) => void;
  readonly clearAllOverrides: (engagementId: string) => void;
  readonly setContract: (patch: Partial<ContractMeta>) => void;
  /** Puts another workspace in place of this one (an import), as one undoable step. */
  readonly replaceWorkspace: (workspace: Workspace) => void;
  readonly undo: () => void;
  readonly redo: () => void;
}

/** The scenario a new workspace starts with: IaaS on a public cloud, the report's first figure. */
export const DEFAULT_SCENARIO: Scenario = { resourceService: 'iaas', mode: 'cloudService' };

/** Creates a workspace store; each action is one call into a model edit, recorded for undo. */
export function createWorkspaceStore(
  initial: Workspace = createWorkspace(DEFAULT_SCENARIO),
): StoreApi<WorkspaceState> {
  return createStore<WorkspaceState>()((set) => {
    // Applies a model edit; an edit that changes nothing leaves no undo step behind.
    const edit = (change: (workspace: Workspace) => Workspace) =>
      set((s) => {
        const next = change(s.workspace);
        if (next === s.workspace) return s;
        return { workspace: next, history: recordChange(s.history, s.workspace) };
      });
    const travel = (step: typeof stepBack) =>
      set((s) => {
        const moved = step(s.history, s.workspace);
        return moved ? { workspace: moved.state, history: moved.history } : s;
      });
    return {
      workspace: initial,
      history: EMPTY_HISTORY,
      currentEngagementId: null,
      selectEngagement: (currentEngagementId) => set({ currentEngagementId }),
      applyEdit: edit,
      setResourceService: (id, type) => edit((w) => setResourceService(w, id, type)),
      setDeliveryMode: (id, mode) => edit((w) => setDeliveryMode(w, id, mode)),
      setScenario: (id, scenario) => edit((w) => setScenario(w, id, scenario)),
      addSecurityService: (id, service) => edit((w) => addSecurityService(w, id, service)),
      removeSecurityService: (id, serviceId) =>
        edit((w) => removeSecurityService(w, id, serviceId)),
      setOperationsService: (id, service) => edit((w) => setOperationsService(w, id, service)),
      setServiceCoverage: (id, serviceId, layers) =>
        edit((w) => setServiceCoverage(w, id, serviceId, layers)),
      setCellAssignments: (ref, assignments, reason) =>
        edit((w) => setCellAssignments(w, ref, assignments, reason)),
      setOverrideReason: (ref, reason) => edit((w) => setOverrideReason(w, ref, reason)),
      clearOverride: (ref) => edit((w) => clearOverride(w, ref)),
      clearAllOverrides: (id) => edit((w) => clearAllOverrides(w, id)),
      setContract: (patch) => edit((w) => setContract(w, patch)),
      replaceWorkspace: (workspace) => edit(() => workspace),
      undo: () => travel(stepBack),
      redo: () => travel(stepForward),
    };
  });
}

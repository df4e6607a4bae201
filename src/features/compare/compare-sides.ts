import type { Matrix } from '@/model/assignment';
import type { Scenario } from '@/model/assurance-scope';
import { deriveMatrix } from '@/model/derive-matrix';
import { setScenario } from '@/model/edit-engagements';
import type { Engagement, Party, Workspace } from '@/model/workspace';

/** One side of a comparison: what it is called, its matrix, and the parties its cells name. */
export interface CompareSide {
  readonly label: string;
  readonly engagement: Engagement;
  readonly matrix: Matrix;
  readonly parties: readonly Party[];
}

/**
 * A side that shows an engagement in another scenario: its parties and services kept, the scenario
 * set as an edit would set it (managed delivery brings its operations service, software delivery
 * drops it), on the report's baseline without the contract's changes.
 */
export function scenarioSide(
  workspace: Workspace,
  engagement: Engagement,
  scenario: Scenario,
  label: string,
): CompareSide {
  const alone: Workspace = { ...workspace, engagements: [engagement], overrides: [] };
  const moved = setScenario(alone, engagement.id, scenario).engagements[0] ?? engagement;
  return { label, engagement: moved, matrix: deriveMatrix(moved, []), parties: workspace.parties };
}

/** A side that shows an engagement as agreed, with the workspace's changes from the baseline. */
export function engagementSide(
  workspace: Workspace,
  engagement: Engagement,
  label: string,
): CompareSide {
  return {
    label,
    engagement,
    matrix: deriveMatrix(engagement, workspace.overrides),
    parties: workspace.parties,
  };
}

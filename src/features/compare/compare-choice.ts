import type { Scenario } from '@/model/assurance-scope';
import type { Engagement } from '@/model/workspace';

/** What is compared: two scenarios, two engagements here, or one here and one in another workspace. */
export const COMPARE_SOURCES = ['scenarios', 'engagements', 'workspaces'] as const;

/** One of the three kinds of comparison. */
export type CompareSource = (typeof COMPARE_SOURCES)[number];

/** The user's choices in the compare view; UI state, never saved with the workspace. */
export interface CompareChoice {
  readonly source: CompareSource;
  readonly scenarioA: Scenario;
  readonly scenarioB: Scenario;
  readonly engagementA: string;
  readonly engagementB: string;
  /** The other saved workspace, by its library id; empty until one is chosen. */
  readonly otherWorkspaceId: string;
  readonly otherEngagementId: string;
  readonly compareParties: boolean;
}

/**
 * Where the view starts: the current engagement's scenario against the same workload in software
 * delivery (public against private cloud), or in cloud service when it already is software delivery;
 * the current engagement against the next one.
 */
export function defaultChoice(
  engagements: readonly Engagement[],
  current: Engagement | undefined,
): CompareChoice {
  const scenarioA: Scenario = current
    ? { resourceService: current.resourceService, mode: current.mode }
    : { resourceService: 'iaas', mode: 'cloudService' };
  const other = engagements.find((e) => e.id !== current?.id);
  return {
    source: 'scenarios',
    scenarioA,
    scenarioB: {
      resourceService: scenarioA.resourceService,
      mode: scenarioA.mode === 'softwareDelivery' ? 'cloudService' : 'softwareDelivery',
    },
    engagementA: current?.id ?? '',
    engagementB: other?.id ?? current?.id ?? '',
    otherWorkspaceId: '',
    otherEngagementId: '',
    compareParties: false,
  };
}

/** The engagement with that id, else the first one: a chosen engagement may have been removed since. */
export function findOrFirst(
  engagements: readonly Engagement[],
  id: string,
): Engagement | undefined {
  return engagements.find((e) => e.id === id) ?? engagements[0];
}

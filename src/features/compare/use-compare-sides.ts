import { useMemo } from 'react';
import type { AreaKey } from '@/i18n/area-loaders';
import { describeEngagement } from '@/i18n/describe-engagement';
import { useT } from '@/i18n/i18n-provider';
import type { Translate } from '@/i18n/translate';
import type { Engagement, Workspace } from '@/model/workspace';
import { useLibraryStore } from '@/store/persistence/library-store';
import { type CompareChoice, findOrFirst } from './compare-choice';
import { type CompareSide, engagementSide, scenarioSide } from './compare-sides';
import { useOtherWorkspace } from './use-other-workspace';

/** The two sides to show, or why they cannot be shown yet, and what the choice fields offer. */
export interface CompareSides {
  readonly a?: CompareSide;
  readonly b?: CompareSide;
  /** Why there is nothing to compare yet (a message key of the compare view). */
  readonly problem?: AreaKey<'compare'>;
  readonly workspaces: readonly { readonly id: string; readonly name: string }[];
  readonly otherEngagements: readonly Engagement[];
  /** The other workspace in use: the chosen one, or the first when none is chosen yet. */
  readonly chosenWorkspaceId: string;
}

const NO_ENGAGEMENTS: readonly Engagement[] = [];

/** Resolves the user's choice into the two sides, reading another workspace when one is chosen. */
export function useCompareSides(
  workspace: Workspace,
  current: Engagement | undefined,
  choice: CompareChoice,
  c: Translate<'compare'>,
): CompareSides {
  const t = useT();
  const summaries = useLibraryStore((s) => s.summaries);
  const currentId = useLibraryStore((s) => s.current?.id);
  const workspaces = useMemo(
    () =>
      summaries
        .filter((s) => s.id !== currentId)
        .map((s) => ({ id: s.id, name: s.name || t('workspaces.untitled'), revision: s.revision })),
    [summaries, currentId, t],
  );
  const chosen = workspaces.find((w) => w.id === choice.otherWorkspaceId) ?? workspaces[0];
  const wantsOther = choice.source === 'workspaces';
  const other = useOtherWorkspace(wantsOther ? (chosen?.id ?? '') : '', chosen?.revision);
  const otherEngagements = other.status === 'ok' ? other.workspace.engagements : NO_ENGAGEMENTS;

  return useMemo((): CompareSides => {
    const base = { workspaces, otherEngagements, chosenWorkspaceId: chosen?.id ?? '' };
    const { engagements } = workspace;
    const name = (list: readonly Engagement[], e: Engagement) => describeEngagement(list, e.id, t);
    if (choice.source === 'scenarios') {
      if (!current) return base;
      const label = (s: CompareChoice['scenarioA']) =>
        c('compare.scenarioLabel', {
          serviceType: t(`serviceTypeShort.${s.resourceService}`),
          mode: t(`mode.${s.mode}`),
        });
      return {
        ...base,
        a: scenarioSide(workspace, current, choice.scenarioA, label(choice.scenarioA)),
        b: scenarioSide(workspace, current, choice.scenarioB, label(choice.scenarioB)),
      };
    }
    const here = findOrFirst(engagements, choice.engagementA);
    if (!here) return base;
    const a = engagementSide(workspace, here, name(engagements, here));
    if (choice.source === 'engagements') {
      if (engagements.length < 2) return { ...base, problem: 'compare.oneEngagement' };
      const there = findOrFirst(engagements, choice.engagementB);
      return there
        ? { ...base, a, b: engagementSide(workspace, there, name(engagements, there)) }
        : base;
    }
    if (!chosen) return { ...base, a };
    if (other.status === 'loading' || other.status === 'none')
      return { ...base, a, problem: 'compare.loading' };
    if (other.status !== 'ok') return { ...base, a, problem: `compare.read.${other.status}` };
    const there = findOrFirst(other.workspace.engagements, choice.otherEngagementId);
    if (!there) return { ...base, a, problem: 'compare.noEngagementThere' };
    const label = c('compare.workspaceEngagement', {
      engagement: name(other.workspace.engagements, there),
      workspace: chosen.name,
    });
    return { ...base, a, b: engagementSide(other.workspace, there, label) };
  }, [workspace, current, choice, c, t, workspaces, otherEngagements, chosen, other]);
}

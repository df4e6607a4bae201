import type { ComponentType } from 'react';
import { withAreas } from '@/i18n/area-cache';
import type { AppView } from '@/store/app-views';
import { type LazyComponent, lazyComponent } from '@/ui/lazy-component';

/** A view other than the matrix: the views across a whole workspace. */
export type WorkspaceViewName = Exclude<AppView, 'matrix'>;

// Each view's code, loaded when first opened (or when its link is pointed at, see preloadView),
// and beside it the areas its texts come from.
const VIEWS: Readonly<Record<WorkspaceViewName, LazyComponent>> = {
  parties: lazyComponent(() =>
    withAreas(
      ['parties'],
      import('@/features/parties/parties-view').then((m) => m.PartiesView),
    ),
  ),
  combined: lazyComponent(() =>
    withAreas(
      ['combined', 'findings'],
      import('@/features/combined/combined-view').then((m) => m.CombinedView),
    ),
  ),
  party: lazyComponent(() =>
    withAreas(
      ['party-duties'],
      import('@/features/party-duties/party-duties-view').then((m) => m.PartyDutiesView),
    ),
  ),
  plan: lazyComponent(() =>
    withAreas(
      ['plan', 'plan-suggestions'],
      import('@/features/information-plan/information-plan-view').then(
        (m) => m.InformationPlanView,
      ),
    ),
  ),
  departments: lazyComponent(() =>
    withAreas(
      ['departments'],
      import('@/features/departments/departments-view').then((m) => m.DepartmentsView),
    ),
  ),
  compare: lazyComponent(() =>
    withAreas(
      ['compare'],
      import('@/features/compare/compare-view').then((m) => m.CompareView),
    ),
  ),
  agreement: lazyComponent(() =>
    withAreas(
      ['agreement', 'files'],
      import('@/features/agreement/agreement-view').then((m) => m.AgreementView),
    ),
  ),
};

/** A view's component, which loads its code on first use. */
export function workspaceView(view: WorkspaceViewName): ComponentType {
  return VIEWS[view].Component;
}

/**
 * Starts loading a view's code before it is opened (the pointer is on its link, or the link has
 * focus), so opening it shows the view at once rather than a loading line.
 */
export function preloadView(view: AppView): void {
  if (view !== 'matrix') void VIEWS[view].preload();
}

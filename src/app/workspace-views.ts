import { type ComponentType, lazy } from 'react';
import { withAreas } from '@/i18n/area-cache';
import type { AppView } from '@/store/app-views';

/** A view other than the matrix: the views across a whole workspace. */
export type WorkspaceViewName = Exclude<AppView, 'matrix'>;

// Each view's code, loaded when first opened (or when its link is pointed at, see preloadView),
// and beside it the areas its texts come from.
const LOADERS: Readonly<Record<WorkspaceViewName, () => Promise<ComponentType>>> = {
  parties: () =>
    withAreas(
      ['parties'],
      import('@/features/parties/parties-view').then((m) => m.PartiesView),
    ),
  combined: () =>
    withAreas(
      ['combined', 'findings'],
      import('@/features/combined/combined-view').then((m) => m.CombinedView),
    ),
  party: () =>
    withAreas(
      ['party-duties'],
      import('@/features/party-duties/party-duties-view').then((m) => m.PartyDutiesView),
    ),
  plan: () =>
    withAreas(
      ['plan', 'plan-suggestions'],
      import('@/features/information-plan/information-plan-view').then(
        (m) => m.InformationPlanView,
      ),
    ),
  departments: () =>
    withAreas(
      ['departments'],
      import('@/features/departments/departments-view').then((m) => m.DepartmentsView),
    ),
  compare: () =>
    withAreas(
      ['compare'],
      import('@/features/compare/compare-view').then((m) => m.CompareView),
    ),
  agreement: () =>
    withAreas(
      ['agreement', 'files'],
      import('@/features/agreement/agreement-view').then((m) => m.AgreementView),
    ),
};

function lazyView(name: WorkspaceViewName) {
  return lazy(() => LOADERS[name]().then((component) => ({ default: component })));
}

/** The views as lazy components. */
export const WORKSPACE_VIEWS: Readonly<Record<WorkspaceViewName, ComponentType>> = {
  parties: lazyView('parties'),
  combined: lazyView('combined'),
  party: lazyView('party'),
  plan: lazyView('plan'),
  departments: lazyView('departments'),
  compare: lazyView('compare'),
  agreement: lazyView('agreement'),
};

/**
 * Starts loading a view's code before it is opened (the pointer is on its link, or the link has
 * focus), so opening it shows the view at once rather than a loading line React keeps for a while.
 * The module loader keeps the result, so the lazy component finds it ready.
 */
export function preloadView(view: AppView): void {
  if (view !== 'matrix') void LOADERS[view]().catch(() => undefined);
}

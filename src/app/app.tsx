import { lazy, Suspense, useState } from 'react';
import { useReopenKeptDraft } from '@/features/cell-detail/reopen-kept-draft';
import { ScenarioPanel } from '@/features/scenario/scenario-panel';
import { withAreas } from '@/i18n/area-cache';
import { useT } from '@/i18n/i18n-provider';
import { useLibraryStore } from '@/store/persistence/library-store';
import { hasSavedWorkBefore } from '@/store/persistence/returning-visitor';
import { selectCurrentEngagement } from '@/store/select-current-engagement';
import { useSelectionStore } from '@/store/selection-store';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import { AfterHydration } from '@/ui/after-hydration';
import { ActionBar } from './action-bar';
import { AppHeader } from './app-header';
import { ConflictNotice } from './conflict-notice';
import { IgnoredParamsNotice } from './ignored-params-notice';
import { useNoticesStore } from './notices-store';
import { ScenarioDrawer } from './scenario-drawer';
import { ShellDialogs } from './shell-dialogs';
import { ViewNav } from './view-nav';
import { ViewUrl } from './view-url';
import { WorkbenchViews } from './workbench-views';
import './shell.css';
import type { ViewRequest } from './view-params';
import { type WorkspaceViewName, workspaceView } from './workspace-views';

// Read after the matrix, so they load after first paint and keep the first download small; the
// checks too, whose rules and texts the first paint can spare. Each names the areas of texts its
// useT calls ask for, so they load beside its code, not after it.
const ChecksPanel = lazy(() =>
  withAreas(
    ['checks', 'plan-suggestions', 'findings'],
    import('@/features/checks/checks-panel').then((m) => ({ default: m.ChecksPanel })),
  ),
);
const NoticesView = lazy(() =>
  withAreas(
    ['files'],
    import('./notices-view').then((m) => ({ default: m.NoticesView })),
  ),
);
const PrintAnnex = lazy(() =>
  withAreas(
    ['annex', 'print', 'crosswalk', 'files', 'agreement', 'findings'],
    import('@/features/import-export/print/print-annex').then((m) => ({ default: m.PrintAnnex })),
  ),
);
const CellDetailPanel = lazy(() =>
  withAreas(
    ['detail'],
    import('@/features/cell-detail/cell-detail-panel').then((m) => ({
      default: m.CellDetailPanel,
    })),
  ),
);
const CellComments = lazy(() =>
  withAreas(
    ['agreement'],
    import('@/features/agreement/cell-comments').then((m) => ({ default: m.CellComments })),
  ),
);
// Shown only when stored data is damaged: nothing of it on the first download.
const RecoveryScreen = lazy(() =>
  withAreas(
    ['recovery'],
    import('./recovery-screen').then((m) => ({ default: m.RecoveryScreen })),
  ),
);
const GuidePanel = lazy(() =>
  withAreas(
    ['guide'],
    import('@/features/guide/guide-panel').then((m) => ({ default: m.GuidePanel })),
  ),
);

/**
 * The app: its header, the action bar (workspace, templates, contract, export) and the views'
 * navigation, then the workbench (the scenario beside the matrix, the selected cell's detail beside
 * it) or one of the views across the workspace.
 */
export function App({ ignoredParams = [] }: { ignoredParams?: ViewRequest['ignored'] }) {
  const t = useT();
  const phase = useLibraryStore((s) => s.phase);
  const recovery = useLibraryStore((s) => s.recovery);
  const hasNotices = useNoticesStore((s) => s.notices.length > 0);
  const view = useViewStore((s) => s.view);
  // Read once: whether to wait for storage before showing the workbench (see returning-visitor).
  const [waitForStorage] = useState(hasSavedWorkBefore);
  if (phase === 'recovery' && recovery) {
    return (
      <>
        <AppHeader />
        <Suspense fallback={<p role="status">{t('view.loading')}</p>}>
          <RecoveryScreen recovery={recovery} />
        </Suspense>
      </>
    );
  }
  return (
    <>
      <a className="skip-link" href={view === 'matrix' ? '#matrix-heading' : '#view-heading'}>
        {t(view === 'matrix' ? 'app.skipToMatrix' : 'app.skipToView')}
      </a>
      <ViewUrl />
      <AppHeader />
      <ActionBar firstVisit={!waitForStorage} />
      <ViewNav />
      <ShellDialogs />
      <IgnoredParamsNotice ignored={ignoredParams} />
      <ConflictNotice />
      {hasNotices ? (
        <Suspense fallback={null}>
          <NoticesView />
        </Suspense>
      ) : null}
      {phase === 'starting' && (waitForStorage || view !== 'matrix') ? (
        <p role="status" className="starting">
          {t('starting.message')}
        </p>
      ) : view === 'matrix' ? (
        // Before storage answers, the workbench shows but takes no edits: they would be lost.
        <Workbench inert={phase === 'starting'} />
      ) : (
        <WorkspaceView view={view} />
      )}
      {/* What the browser prints: the contract annex, a direct child of #root (see its CSS). */}
      <AfterHydration>
        <Suspense fallback={null}>
          <PrintAnnex />
        </Suspense>
      </AfterHydration>
    </>
  );
}

function WorkspaceView({ view }: { view: WorkspaceViewName }) {
  const t = useT();
  const View = workspaceView(view);
  return (
    <main className="workspace-view">
      <Suspense fallback={<p role="status">{t('view.loading')}</p>}>
        <View />
      </Suspense>
    </main>
  );
}

function Workbench({ inert }: { inert: boolean }) {
  const t = useT();
  const hasSelection = useSelectionStore((s) => s.selectedCell !== null);
  // Here, not in the cell panel: the panel only exists once a cell is selected.
  useReopenKeptDraft(
    useWorkspaceStore((s) => selectCurrentEngagement(s)?.id),
    useSelectionStore((s) => s.selectCell),
  );
  return (
    <main className={`workbench${hasSelection ? ' has-detail' : ''}`} inert={inert}>
      <div className="workbench-side">
        <ScenarioDrawer>
          <ScenarioPanel />
        </ScenarioDrawer>
        {/* Not in the prerendered first screen: it loads after first paint, as the guide does. */}
        <AfterHydration>
          <Suspense fallback={null}>
            <ChecksPanel />
          </Suspense>
        </AfterHydration>
      </div>
      <div className="workbench-main">
        <WorkbenchViews />
      </div>
      {hasSelection ? (
        <aside className="cell-aside" aria-label={t('workbench.detail')}>
          <Suspense fallback={null}>
            <CellDetailPanel />
            <CellComments />
          </Suspense>
        </aside>
      ) : null}
      <div className="workbench-extra">
        <AfterHydration>
          <Suspense fallback={null}>
            <GuidePanel />
          </Suspense>
        </AfterHydration>
      </div>
    </main>
  );
}

import { lazy, Suspense, useState } from 'react';
import { MatrixTable } from '@/features/matrix/matrix-table';
import { ScenarioPanel } from '@/features/scenario/scenario-panel';
import { useT } from '@/i18n/i18n-provider';
import { useLibraryStore } from '@/store/persistence/library-store';
import { hasSavedWorkBefore } from '@/store/persistence/returning-visitor';
import { useViewStore } from '@/store/view-store';
import { AppHeader } from './app-header';
import { ConflictNotice } from './conflict-notice';
import { IgnoredParamsNotice } from './ignored-params-notice';
import { useNoticesStore } from './notices-store';
import { RecoveryScreen } from './recovery-screen';
import { useViewUrl } from './use-view-url';
import { ViewNav } from './view-nav';
import type { ViewRequest } from './view-params';
import { WORKSPACE_VIEWS, type WorkspaceViewName } from './workspace-views';

// Read after the matrix, so they load after first paint and keep the first download small; the
// checks too, whose rules and texts the first paint can spare.
const ChecksPanel = lazy(() =>
  import('@/features/checks/checks-panel').then((m) => ({ default: m.ChecksPanel })),
);
const WorkspacesPanel = lazy(() =>
  import('@/features/workspaces/workspaces-panel').then((m) => ({ default: m.WorkspacesPanel })),
);
const NoticesView = lazy(() => import('./notices-view').then((m) => ({ default: m.NoticesView })));
const ImportExportPanel = lazy(() =>
  import('@/features/import-export/import-export-panel').then((m) => ({
    default: m.ImportExportPanel,
  })),
);
const ContractPanel = lazy(() =>
  import('@/features/contract/contract-panel').then((m) => ({ default: m.ContractPanel })),
);
const PrintAnnex = lazy(() =>
  import('@/features/print-annex/print-annex').then((m) => ({ default: m.PrintAnnex })),
);
const CellDetailPanel = lazy(() =>
  import('@/features/cell-detail/cell-detail-panel').then((m) => ({ default: m.CellDetailPanel })),
);
const CellComments = lazy(() =>
  import('@/features/agreement/cell-comments').then((m) => ({ default: m.CellComments })),
);
const GuidePanel = lazy(() =>
  import('@/features/guide/guide-panel').then((m) => ({ default: m.GuidePanel })),
);
const LayerPicture = lazy(() =>
  import('@/features/layer-picture/layer-picture').then((m) => ({ default: m.LayerPicture })),
);
const ResponsibilityShift = lazy(() =>
  import('@/features/layer-picture/responsibility-shift').then((m) => ({
    default: m.ResponsibilityShift,
  })),
);

/**
 * The app: its header and views' navigation, then the workbench (the scenario beside the matrix, the
 * selected cell's detail under it) or one of the views across the workspace.
 */
export function App({ ignoredParams = [] }: { ignoredParams?: ViewRequest['ignored'] }) {
  const t = useT();
  const phase = useLibraryStore((s) => s.phase);
  const recovery = useLibraryStore((s) => s.recovery);
  const hasNotices = useNoticesStore((s) => s.notices.length > 0);
  const view = useViewStore((s) => s.view);
  // Read once: whether to wait for storage before showing the workbench (see returning-visitor).
  const [waitForStorage] = useState(hasSavedWorkBefore);
  useViewUrl();
  if (phase === 'recovery' && recovery) {
    return (
      <>
        <AppHeader />
        <RecoveryScreen recovery={recovery} />
      </>
    );
  }
  return (
    <>
      <a className="skip-link" href={view === 'matrix' ? '#matrix-heading' : '#view-heading'}>
        {t(view === 'matrix' ? 'app.skipToMatrix' : 'app.skipToView')}
      </a>
      <AppHeader />
      <ViewNav />
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
      <Suspense fallback={null}>
        <PrintAnnex />
      </Suspense>
    </>
  );
}

function WorkspaceView({ view }: { view: WorkspaceViewName }) {
  const t = useT();
  const View = WORKSPACE_VIEWS[view];
  return (
    <main className="workspace-view">
      <Suspense fallback={<p role="status">{t('view.loading')}</p>}>
        <View />
      </Suspense>
    </main>
  );
}

function Workbench({ inert }: { inert: boolean }) {
  return (
    <main className="workbench" inert={inert}>
      <div className="workbench-side">
        <ScenarioPanel />
        <Suspense fallback={null}>
          <ChecksPanel />
        </Suspense>
        {/* Last in its column: it loads after first paint and must not push the scenario down. */}
        <Suspense fallback={null}>
          <WorkspacesPanel />
        </Suspense>
      </div>
      <div className="workbench-main">
        <div className="workbench-matrix">
          <MatrixTable />
          <Suspense fallback={null}>
            <CellDetailPanel />
            <CellComments />
          </Suspense>
        </div>
        <Suspense fallback={null}>
          <LayerPicture />
        </Suspense>
        <Suspense fallback={null}>
          <ResponsibilityShift />
        </Suspense>
      </div>
      <div className="workbench-extra">
        <Suspense fallback={null}>
          <ContractPanel />
          <ImportExportPanel />
          <GuidePanel />
        </Suspense>
      </div>
    </main>
  );
}

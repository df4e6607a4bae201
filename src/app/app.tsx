import { CellDetailPanel } from '@/features/cell-detail/cell-detail-panel';
import { ChecksPanel } from '@/features/checks/checks-panel';
import { GuidePanel } from '@/features/guide/guide-panel';
import { MatrixTable } from '@/features/matrix/matrix-table';
import { ScenarioPanel } from '@/features/scenario/scenario-panel';
import { useT } from '@/i18n/i18n-provider';
import { AppHeader } from './app-header';
import { IgnoredParamsNotice } from './ignored-params-notice';
import { useViewUrl } from './use-view-url';
import type { ViewRequest } from './view-params';

/** The workbench: the scenario beside the matrix, the selected cell's detail under it. */
export function App({ ignoredParams = [] }: { ignoredParams?: ViewRequest['ignored'] }) {
  const t = useT();
  useViewUrl();
  return (
    <>
      <a className="skip-link" href="#matrix-heading">
        {t('app.skipToMatrix')}
      </a>
      <AppHeader />
      <IgnoredParamsNotice ignored={ignoredParams} />
      <main className="workbench">
        <div className="workbench-side">
          <ScenarioPanel />
          <ChecksPanel />
          <GuidePanel />
        </div>
        <div className="workbench-main">
          <MatrixTable />
          <CellDetailPanel />
        </div>
      </main>
    </>
  );
}

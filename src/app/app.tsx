import { MatrixTable } from '@/features/matrix/matrix-table';
import { ScenarioPanel } from '@/features/scenario/scenario-panel';
import { useT } from '@/i18n/i18n-provider';
import { AppHeader } from './app-header';

/** The workbench: scenario on the left, the matrix beside it. */
export function App() {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#matrix-heading">
        {t('app.skipToMatrix')}
      </a>
      <AppHeader />
      <main className="workbench">
        <ScenarioPanel />
        <MatrixTable />
      </main>
    </>
  );
}

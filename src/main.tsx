import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { provideAppExportWorker } from '@/app/export-worker/provide-export-worker';
import { registerServiceWorker } from '@/app/register-service-worker';
import { requestedScenario, startApp } from '@/app/start-app';
import { parseViewParams } from '@/app/view-params';
import { provideAreaRegistry } from '@/i18n/area-cache';
import { I18nProvider } from '@/i18n/i18n-provider';
import { createWorkspace } from '@/model/create-workspace';
import { resetWorkspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import '@/app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// A bookmarked or shared address opens on its scenario and language; what it gets wrong is ignored
// and reported on screen, never a blank page.
const request = parseViewParams(window.location.search);
if (request.view) useViewStore.getState().showView(request.view);
// The workbench may show before storage answers (a first visit): it shows the address's scenario.
resetWorkspaceStore(createWorkspace(requestedScenario(request)));

// The first render is synchronous, and storage starts after it: storage brings the schema code,
// whose loading would otherwise hold the main thread before the matrix is drawn.
// The texts of lazily loaded areas come through this registry, itself loaded on first use.
provideAreaRegistry(() => import('@/i18n/area-loaders'));
const reactRoot = createRoot(root);
flushSync(() =>
  reactRoot.render(
    <StrictMode>
      <I18nProvider {...(request.language ? { initial: request.language } : {})}>
        <App ignoredParams={request.ignored} />
      </I18nProvider>
    </StrictMode>,
  ),
);
void startApp(request);
provideAppExportWorker();

// After the render is scheduled; the worker itself waits for the page's load event, so that its
// precache download never delays the first paint.
registerServiceWorker();

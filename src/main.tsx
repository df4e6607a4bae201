import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { parseViewParams } from '@/app/view-params';
import { I18nProvider } from '@/i18n/i18n-provider';
import { setScenario } from '@/model/edit-engagements';
import { workspaceStore } from '@/store/use-workspace-store';
import { DEFAULT_SCENARIO } from '@/store/workspace-store';
import '@/app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// A bookmarked or shared address opens on its scenario and language; what it gets wrong is ignored
// and reported on screen, never a blank page.
const request = parseViewParams(window.location.search);
const { workspace } = workspaceStore.getState();
const engagement = workspace.engagements[0];
if (engagement && (request.resourceService || request.mode)) {
  workspaceStore.setState({
    workspace: setScenario(workspace, engagement.id, {
      resourceService: request.resourceService ?? DEFAULT_SCENARIO.resourceService,
      mode: request.mode ?? DEFAULT_SCENARIO.mode,
    }),
  });
}

createRoot(root).render(
  <StrictMode>
    <I18nProvider {...(request.language ? { initial: request.language } : {})}>
      <App ignoredParams={request.ignored} />
    </I18nProvider>
  </StrictMode>,
);

import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from '@/app/app-root';
import { provideAppExportWorker } from '@/app/export-worker/provide-export-worker';
import { firstScreenIdPrefix, takeFirstScreen } from '@/app/first-screen';
import { findChangedChoices, makeChoicesAgain, putChoicesBack } from '@/app/first-screen-input';
import { registerServiceWorker } from '@/app/register-service-worker';
import { requestedScenario, startApp } from '@/app/start-app';
import { parseViewParams } from '@/app/view-params';
import { provideAreaRegistry } from '@/i18n/area-cache';
import { startLanguage } from '@/i18n/i18n-provider';
import { createWorkspace } from '@/model/create-workspace';
import { resetWorkspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import '@/app/app.css';

// A bookmarked or shared address opens on its scenario and language; what it gets wrong is ignored
// and reported on screen, never a blank page.
const request = parseViewParams(window.location.search);
const language = request.language ?? startLanguage();
// index.html holds the first screen prerendered at build time (a first visit's matrix, in each
// language): it is hydrated when the first render is exactly that, else the root is emptied.
const { root, hydrate } = takeFirstScreen(document, language);
if (request.view) useViewStore.getState().showView(request.view);
// The workbench may show before storage answers (a first visit): it shows the address's scenario.
// When hydrating, the store already holds the new default workspace the first screen was made of.
if (!hydrate) resetWorkspaceStore(createWorkspace(requestedScenario(request)));

// The texts of lazily loaded areas come through this registry, itself loaded on first use.
provideAreaRegistry(() => import('@/i18n/area-loaders'));
if (hydrate) {
  // A choice made on the first screen before now is made again once React has it (see
  // first-screen-input.ts); it is put back first, so that hydration finds the prerendered markup.
  const changed = findChangedChoices(root);
  putChoicesBack(changed);
  const app = (
    <AppRoot
      language={language}
      ignoredParams={request.ignored}
      onHydrated={() => makeChoicesAgain(changed.splice(0))}
    />
  );
  // A mismatch (a bug in the prerender) is reported by React's default, in the console.
  hydrateRoot(root, app, { identifierPrefix: firstScreenIdPrefix(language) });
} else {
  const app = <AppRoot language={language} ignoredParams={request.ignored} />;
  // The first render is synchronous, and storage starts after it: storage brings the schema code,
  // whose loading would otherwise hold the main thread before the matrix is drawn.
  const reactRoot = createRoot(root);
  flushSync(() => reactRoot.render(app));
}
void startApp(request);
provideAppExportWorker();

// After the render is scheduled; the worker itself waits for the page's load event, so that its
// precache download never delays the first paint.
registerServiceWorker();

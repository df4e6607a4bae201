import { useEffect } from 'react';
import { useLanguage } from '@/i18n/i18n-provider';
import { useLibraryStore } from '@/store/persistence/library-store';
import { selectCurrentEngagement } from '@/store/select-current-engagement';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import { whenIdle } from '@/ui/when-idle';
import { buildViewSearch, parseViewParams } from './view-params';

/**
 * Keeps the address bar on the current view, engagement, scenario and language, so the view can be bookmarked
 * and shared; the browser's back and forward buttons move between views. A component of its own,
 * rendering nothing, so that what it follows re-renders only it: in App, a switch of engagement
 * re-rendered the whole page.
 */
export function ViewUrl(): null {
  const engagement = useWorkspaceStore(selectCurrentEngagement);
  const { language } = useLanguage();
  const view = useViewStore((s) => s.view);
  // Until storage answers, the address is what start-up reads: it is not rewritten from the
  // provisional workspace shown meanwhile.
  const starting = useLibraryStore((s) => s.phase === 'starting');
  const resourceService = engagement?.resourceService;
  const mode = engagement?.mode;
  const engagementId = engagement?.id;
  useEffect(() => {
    const publish = () => useViewStore.setState({ search: window.location.search });
    if (!resourceService || !mode || starting) return publish();
    const search = buildViewSearch(window.location.search, {
      resourceService,
      mode,
      ...(engagementId ? { engagementId } : {}),
      language,
      view,
    });
    if (search === window.location.search) return publish();
    const path = `${window.location.pathname}${search}`;
    const viewChanged = (parseViewParams(window.location.search).view ?? 'matrix') !== view;
    // A new view is a step the back button undoes. A scenario or language change replaces the
    // address instead, when the browser is idle: replacing took 3-11 ms, which a switch among 500
    // engagements cannot spare before its frame (a task right after it still ran before the frame).
    if (viewChanged) {
      window.history.pushState(window.history.state, '', path + window.location.hash);
      return publish();
    }
    return whenIdle(() => {
      // The fragment as it is then: an opened shared link's was removed meanwhile, and must stay so.
      window.history.replaceState(window.history.state, '', path + window.location.hash);
      publish();
    }, 500);
  }, [resourceService, mode, engagementId, language, view, starting]);
  useEffect(() => {
    const followAddress = () =>
      useViewStore.setState({
        view: parseViewParams(window.location.search).view ?? 'matrix',
        search: window.location.search,
      });
    window.addEventListener('popstate', followAddress);
    return () => window.removeEventListener('popstate', followAddress);
  }, []);
  return null;
}

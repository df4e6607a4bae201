import { useEffect } from 'react';
import { useLanguage } from '@/i18n/i18n-provider';
import { selectCurrentEngagement } from '@/store/select-current-engagement';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { buildViewSearch } from './view-params';

/** Keeps the address bar on the current scenario and language, so the view can be bookmarked and shared. */
export function useViewUrl(): void {
  const engagement = useWorkspaceStore(selectCurrentEngagement);
  const { language } = useLanguage();
  const resourceService = engagement?.resourceService;
  const mode = engagement?.mode;
  useEffect(() => {
    if (!resourceService || !mode) return;
    const search = buildViewSearch(window.location.search, { resourceService, mode, language });
    if (search === window.location.search) return;
    // Replace, not push: each click should not add a browser history entry of its own. After the
    // frame, because replacing the address costs a few milliseconds the click's frame cannot spare.
    const timer = setTimeout(() => {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    });
    return () => clearTimeout(timer);
  }, [resourceService, mode, language]);
}

import type { MouseEvent } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { APP_VIEWS, type AppView } from '@/store/app-views';
import { useViewStore } from '@/store/view-store';
import { preloadView } from './workspace-views';

/**
 * The app's views as links: each has its own address (open in a new tab, bookmark), and a plain
 * click switches the view in place.
 */
export function ViewNav() {
  const t = useT();
  const current = useViewStore((s) => s.view);
  const showView = useViewStore((s) => s.showView);
  // The address as the app keeps it: empty for the prerendered first screen and hydration, then the
  // page's, and each address a switch or a choice writes.
  const search = useViewStore((s) => s.search);
  const follow = (view: AppView) => (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    showView(view);
  };
  return (
    <nav className="view-nav" aria-label={t('nav.label')}>
      <ul>
        {APP_VIEWS.map((view) => (
          <li key={view}>
            <a
              href={hrefOf(view, search)}
              aria-current={view === current ? 'page' : undefined}
              onClick={follow(view)}
              onPointerEnter={() => preloadView(view)}
              onFocus={() => preloadView(view)}
            >
              {t(`nav.${view}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// The link keeps the rest of the address (scenario, language), so a new tab opens the same work;
// the matrix of an address with nothing else is the page's own folder (`./`, whatever its path).
function hrefOf(view: AppView, current: string): string {
  const params = new URLSearchParams(current);
  if (view === 'matrix') params.delete('view');
  else params.set('view', view);
  const search = params.toString();
  return search ? `?${search}` : './';
}

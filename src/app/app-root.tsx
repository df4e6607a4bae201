import { StrictMode, useEffect } from 'react';
import { I18nProvider } from '@/i18n/i18n-provider';
import type { Language } from '@/i18n/languages';
import { App } from './app';
import type { ViewRequest } from './view-params';

/**
 * The whole tree the page renders: main.tsx renders or hydrates it, and the build prerenders it
 * (src/app/render-first-screen.tsx), so both are the same tree and their generated ids agree.
 */
export function AppRoot({
  language,
  ignoredParams = [],
  onHydrated,
}: {
  language: Language;
  ignoredParams?: ViewRequest['ignored'];
  /** Called once the tree is committed (its effects run last: it is the root). */
  onHydrated?: () => void;
}) {
  useEffect(() => onHydrated?.(), [onHydrated]);
  return (
    <StrictMode>
      <I18nProvider initial={language}>
        <App ignoredParams={ignoredParams} />
      </I18nProvider>
    </StrictMode>
  );
}

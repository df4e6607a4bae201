import {
  createContext,
  type ReactNode,
  startTransition,
  use,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { loadArea, loadedTranslate, preloadLanguage } from './area-cache';
import type { Area } from './area-loaders';
import { detectLanguage, type Language } from './languages';
import type { Translate } from './translate';

const STORAGE_KEY = 'srw.language';

interface I18nValue {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

function readRemembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private windows, policies); the browser's preference still applies.
    return null;
  }
}

function remember(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the language is harmless; the switch still works for this visit.
  }
}

/**
 * The language a page starts in when its address names none: the one chosen before, else the
 * browser's preference (public/first-screen.js applies the same rule before the body is parsed).
 */
export function startLanguage(): Language {
  return detectLanguage(readRemembered(), navigator.languages ?? [navigator.language]);
}

/**
 * Provides the current language; the switch is remembered. A switch first fetches the new
 * language of every area in use and happens in a transition, so the page keeps the old language
 * until the new texts are there: no raw keys, no blank page.
 */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const first = initial ?? startLanguage();
    // Nothing is loaded yet: this only tells withAreas which language to load in.
    preloadLanguage(first);
    return first;
  });
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18nValue>(
    () => ({
      language,
      setLanguage: (next) => {
        remember(next);
        preloadLanguage(next);
        startTransition(() => setLanguageState(next));
      },
    }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT and useLanguage need an I18nProvider above them.');
  return value;
}

/**
 * The translate function of the current language over the main dictionary and the given areas
 * (`useT('checks', 'files')`). An area not loaded yet suspends the component (React `use()`) until
 * its texts arrive, so it loads with the lazy feature that needs it; a loaded one never suspends.
 */
export function useT<A extends Area = never>(...areas: A[]): Translate<A> {
  const { language } = useI18n();
  // Called on every render, loaded or not: React replays a suspended component expecting the same
  // use() calls in the same places (a loaded area's promise is marked settled, so it returns at once).
  for (const area of areas) use(loadArea(area, language));
  return loadedTranslate(language, areas);
}

/** The current language and the function that switches it. */
export function useLanguage(): Pick<I18nValue, 'language' | 'setLanguage'> {
  const { language, setLanguage } = useI18n();
  return { language, setLanguage };
}

import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '@/i18n/languages';
import { INITIAL_LIBRARY_STATE, useLibraryStore } from '@/store/persistence/library-store';
import { AppRoot } from './app-root';
import { firstScreenIdPrefix } from './first-screen';
import { renderFirstScreen } from './render-first-screen';

// The build prerenders the first screen (scripts/prerender-plugin.ts) and main.tsx hydrates it. This
// runs both with React's development build, which, unlike the production one, also warns about
// attributes that differ: hydration must find exactly the markup the prerender made.
describe('the prerendered first screen', () => {
  let root: Root | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    document.body.replaceChildren();
  });

  it.each(LANGUAGES)('hydrates in %s with no warning and no mismatch', async (language) => {
    // As at start-up: storage has not answered yet.
    useLibraryStore.setState(INITIAL_LIBRARY_STATE, true);
    const html = await renderFirstScreen(language);
    expect(html).toContain('<table');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const container = document.createElement('div');
    container.append(...parsed.body.childNodes);
    document.body.append(container);
    const table = container.querySelector('table');

    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const recoverable: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(container, <AppRoot language={language} />, {
        identifierPrefix: firstScreenIdPrefix(language),
        onRecoverableError: (error) => recoverable.push(error),
      });
    });
    expect(recoverable).toEqual([]);
    // Both renderers run in this one test process, which React's development build notes for every
    // context they both use; in the page, the prerender ran at build time.
    const sameProcess = /^Detected multiple renderers concurrently rendering the same context/;
    expect(errors.mock.calls.filter(([message]) => !sameProcess.test(String(message)))).toEqual([]);
    expect(warnings).not.toHaveBeenCalled();
    // Hydrated in place: the prerendered table is the one the app now owns.
    expect(container.querySelector('table')).toBe(table);
    errors.mockRestore();
    warnings.mockRestore();
  });
});

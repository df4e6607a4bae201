import { render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import { useLibraryStore } from '@/store/persistence/library-store';
import { ViewUrl } from './view-url';

afterEach(() => {
  window.history.replaceState(null, '', '/');
  useLibraryStore.setState({ phase: 'starting' });
});

/** Storage has answered, the address is `address`, and the page is in English. */
function renderAt(address: string) {
  window.history.replaceState(null, '', address);
  useLibraryStore.setState({ phase: 'ready' });
  render(
    <I18nProvider initial="en">
      <ViewUrl />
    </I18nProvider>,
  );
}

describe('ViewUrl', () => {
  it('writes the scenario and language into the address when the browser is idle', async () => {
    renderAt('/?lang=zh-CN');
    await waitFor(() => expect(window.location.search).toContain('lang=en'));
    expect(window.location.search).toContain('type=iaas');
    expect(window.location.search).toContain('mode=cloudService');
  });

  it('never puts back a fragment removed before its idle write (a shared link, once opened)', async () => {
    renderAt('/?lang=zh-CN#share=v1.abc');
    // What openSharedLink does with the fragment, while the address's rewrite waits for idle.
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
    await waitFor(() => expect(window.location.search).toContain('lang=en'));
    expect(window.location.hash).toBe('');
  });
});

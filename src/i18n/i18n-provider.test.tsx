import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';

type Provider = typeof import('./i18n-provider');

/** A promise and the function that settles it, to hold an area's texts back. */
function gate() {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

// Fresh i18n modules per test, so the areas the test setup preloaded are not loaded here yet;
// React itself is shared (an external package, not reset). The checks texts wait for their gate.
async function freshI18n(gates: { en: Promise<void>; 'zh-CN': Promise<void> }) {
  vi.resetModules();
  const cache = await import('./area-cache');
  cache.provideAreaRegistry(async () => {
    const real = await import('./area-loaders');
    const checks = real.AREA_LOADERS.checks;
    const held = {
      en: () => gates.en.then(checks.en),
      'zh-CN': () => gates['zh-CN'].then(checks['zh-CN']),
    };
    return { AREA_LOADERS: { ...real.AREA_LOADERS, checks: held } };
  });
  return { i18n: await import('./i18n-provider'), cache };
}

function Panel({ i18n }: { i18n: Provider }) {
  const t = i18n.useT('checks');
  const { setLanguage } = i18n.useLanguage();
  return (
    <>
      <h2>{t('checks.heading')}</h2>
      <button type="button" onClick={() => setLanguage('zh-CN')}>
        {t('language.label')}
      </button>
    </>
  );
}

function App({ i18n }: { i18n: Provider }) {
  return (
    <i18n.I18nProvider initial="en">
      <Suspense fallback={<p>Loading</p>}>
        <Panel i18n={i18n} />
      </Suspense>
    </i18n.I18nProvider>
  );
}

describe('useT with areas', () => {
  it('suspends until an area has loaded, and not once it has', async () => {
    const en = gate();
    const { i18n, cache } = await freshI18n({ en: en.promise, 'zh-CN': Promise.resolve() });
    const first = await act(async () => render(<App i18n={i18n} />));
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(async () => {
      en.open();
      await cache.loadArea('checks', 'en');
    });
    expect(screen.getByRole('heading', { name: 'Checks' })).toBeInTheDocument();
    first.unmount();
    render(<App i18n={i18n} />);
    expect(screen.getByRole('heading', { name: 'Checks' })).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('keeps the old language on screen until the new one’s texts have come', async () => {
    const zh = gate();
    const { i18n, cache } = await freshI18n({ en: Promise.resolve(), 'zh-CN': zh.promise });
    await act(async () => {
      render(<App i18n={i18n} />);
      await cache.loadArea('checks', 'en');
    });
    // In a transition: React keeps the English page while the Chinese texts load.
    await act(async () => screen.getByRole('button', { name: 'Language' }).click());
    expect(screen.getByRole('heading', { name: 'Checks' })).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
    await act(async () => {
      zh.open();
      await cache.loadArea('checks', 'zh-CN');
    });
    expect(screen.getByRole('heading', { name: '原则检查' })).toBeInTheDocument();
    expect(screen.queryByText('checks.heading')).toBeNull();
  });
});

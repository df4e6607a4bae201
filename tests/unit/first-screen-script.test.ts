import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseViewParams } from '@/app/view-params';
import { detectLanguage } from '@/i18n/languages';
import { DEFAULT_SCENARIO } from '@/model/create-workspace';

// public/first-screen.js runs before the body is parsed and decides which prerendered first screen
// shows; main.tsx hydrates only what it marked. It must start in the language the app starts in and
// use the first screen exactly when the app's first render is it.
const SCRIPT = readFileSync(new URL('../../public/first-screen.js', import.meta.url), 'utf8');

interface Visit {
  search: string;
  hash?: string;
  remembered?: string | null;
  returning?: boolean;
  preferred?: readonly string[];
  storageBlocked?: boolean;
}

interface Page {
  lang: string;
  mark: string | undefined;
  /** What the script appended to <head>, in order: `modulepreload <href>` or `module <src>`. */
  appended: string[];
  /** Runs what waits for the first contentful paint (or, without paint timing, two frames). */
  paint: () => void;
  /** Runs the fallback timer. */
  timeout: () => void;
  /** Ends parsing of the body (DOMContentLoaded). */
  parsed: () => void;
}

interface PageOptions {
  /** The built index.html's metas naming the app's modules (the dev server's has none). */
  metas?: boolean;
  hidden?: boolean;
  paintTiming?: boolean;
}

const PRELOADS = ['./assets/react.js', './assets/model.js'];
const ENTRY = './assets/index.js';

function runScript(visit: Visit, options: PageOptions = {}): Page {
  const { metas = true, hidden = false, paintTiming = true } = options;
  const attributes = new Map<string, string>();
  const appended: string[] = [];
  const whenParsed: (() => void)[] = [];
  const head = {
    append: (element: { rel?: string; href?: string; type?: string; src?: string }) =>
      appended.push(
        element.rel ? `${element.rel} ${element.href}` : `${element.type} ${element.src}`,
      ),
  };
  const document = {
    documentElement: undefined as unknown,
    head,
    visibilityState: hidden ? 'hidden' : 'visible',
    readyState: 'loading',
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'DOMContentLoaded') whenParsed.push(listener);
    },
    querySelectorAll: (selector: string) =>
      metas && selector === 'meta[name="app-module-preload"]'
        ? PRELOADS.map((content) => ({ content }))
        : [],
    querySelector: (selector: string) =>
      metas && selector === 'meta[name="app-module"]' ? { content: ENTRY } : null,
    createElement: () => ({}),
  };
  let frames: (() => void)[] = [];
  const paintObservers: ((list: { getEntriesByName: (n: string) => unknown[] }) => void)[] = [];
  let timer: (() => void) | undefined;
  class FakePerformanceObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'longtask'] : ['longtask'];
    constructor(private readonly callback: (list: unknown, observer: unknown) => void) {}
    observe() {
      paintObservers.push((list) => this.callback(list, this));
    }
    disconnect() {}
  }
  const paint = () => {
    // A first paint that is not contentful does not count; then the contentful one.
    for (const observe of paintObservers) observe({ getEntriesByName: () => [] });
    for (const observe of paintObservers) observe({ getEntriesByName: () => [{}] });
    // Two frames.
    for (let frame = 0; frame < 2; frame += 1) {
      const due = frames;
      frames = [];
      for (const callback of due) callback();
    }
  };
  const html = {
    lang: 'zh-CN',
    setAttribute: (name: string, value: string) => attributes.set(name, value),
  };
  const stored: Record<string, string> = {};
  if (visit.remembered) stored['srw.language'] = visit.remembered;
  if (visit.returning) stored['srw.has-saved-work'] = '1';
  const localStorage = {
    getItem: (key: string) => {
      if (visit.storageBlocked) throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  document.documentElement = html;
  runInNewContext(SCRIPT, {
    document,
    location: { search: visit.search, hash: visit.hash ?? '' },
    navigator: { languages: visit.preferred ?? ['en-US'], language: 'en-US' },
    localStorage,
    URLSearchParams,
    String,
    PerformanceObserver: FakePerformanceObserver,
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: (callback: () => void) => {
      timer = callback;
    },
  });
  return {
    lang: html.lang,
    mark: attributes.get('data-first-screen'),
    appended,
    paint,
    timeout: () => timer?.(),
    parsed: () => {
      document.readyState = 'interactive';
      for (const listener of whenParsed.splice(0)) listener();
    },
  };
}

const APP = [...PRELOADS.map((href) => `modulepreload ${href}`), `module ${ENTRY}`];

/** What main.tsx starts with: the language, and whether its first render is the first screen. */
function appStart(visit: Visit): { lang: string; mark: string } {
  const request = parseViewParams(visit.search);
  const remembered = visit.storageBlocked ? null : (visit.remembered ?? null);
  const lang = request.language ?? detectLanguage(remembered, visit.preferred ?? ['en-US']);
  const firstScreen =
    !(visit.returning && !visit.storageBlocked) &&
    !(visit.hash ?? '').includes('share=') &&
    request.ignored.length === 0 &&
    request.engagementId === undefined &&
    (request.view ?? 'matrix') === 'matrix' &&
    (request.resourceService ?? DEFAULT_SCENARIO.resourceService) ===
      DEFAULT_SCENARIO.resourceService &&
    (request.mode ?? DEFAULT_SCENARIO.mode) === DEFAULT_SCENARIO.mode;
  return { lang, mark: firstScreen ? lang : 'none' };
}

const SEARCHES = [
  '',
  '?lang=en',
  '?lang=zh-CN',
  '?lang=fr',
  '?type=iaas&mode=cloudService&lang=en',
  '?type=paas',
  '?mode=managedDelivery&lang=zh-CN',
  '?type=IAAS',
  '?view=matrix',
  '?view=compare&lang=en',
  '?view=nonsense',
  '?engagement=engagement-1',
  '?utm=1&lang=en',
];

describe('public/first-screen.js', () => {
  const visits: Visit[] = SEARCHES.flatMap((search) => [
    { search },
    { search, remembered: 'en', preferred: ['zh-TW'] },
    { search, remembered: 'zh-CN' },
    { search, remembered: 'de', preferred: ['fr-FR', 'zh-HK', 'en'] },
    { search, preferred: ['de-DE'] },
    { search, preferred: [] },
    { search, returning: true },
    { search, hash: '#share=v1.abc' },
    { search, returning: true, storageBlocked: true, remembered: 'en', preferred: ['zh'] },
  ]);

  it.each(visits)('starts as the app does: %o', (visit) => {
    const { lang, mark } = runScript(visit);
    expect({ lang, mark }).toEqual(appStart(visit));
  });

  it('shows the first screen on a first visit to the plain address, in the browser’s language', () => {
    expect(runScript({ search: '', preferred: ['zh-CN', 'en'] })).toMatchObject({
      lang: 'zh-CN',
      mark: 'zh-CN',
    });
    expect(runScript({ search: '?lang=en', returning: true })).toMatchObject({
      lang: 'en',
      mark: 'none',
    });
  });

  it('loads the app once the first screen is painted, not before, and once', () => {
    const page = runScript({ search: '?lang=en' });
    page.parsed();
    expect(page.appended).toEqual([]);
    page.paint();
    expect(page.appended).toEqual(APP);
    page.timeout();
    page.paint();
    expect(page.appended).toEqual(APP);
  });

  it('loads the app after two frames where paint timing is missing, or on the timer', () => {
    const withoutPaintTiming = runScript({ search: '' }, { paintTiming: false });
    withoutPaintTiming.parsed();
    withoutPaintTiming.paint();
    expect(withoutPaintTiming.appended).toEqual(APP);
    const neverPainted = runScript({ search: '' });
    neverPainted.parsed();
    neverPainted.timeout();
    expect(neverPainted.appended).toEqual(APP);
  });

  it('fetches the app at once when nothing prerendered shows or the tab is hidden, and runs it once the body is parsed', () => {
    for (const page of [
      runScript({ search: '?view=compare' }),
      runScript({ search: '', returning: true }),
      runScript({ search: '' }, { hidden: true }),
    ]) {
      expect(page.appended).toEqual(APP.slice(0, -1));
      page.parsed();
      expect(page.appended).toEqual(APP);
    }
  });

  it('runs the app only after the body is parsed, even when the first screen is painted before', () => {
    const page = runScript({ search: '' });
    page.paint();
    expect(page.appended).toEqual(APP.slice(0, -1));
    page.parsed();
    expect(page.appended).toEqual(APP);
  });

  it('leaves loading to index.html where it names no modules (the dev server)', () => {
    const page = runScript({ search: '' }, { metas: false });
    page.paint();
    expect(page.appended).toEqual([]);
  });
});

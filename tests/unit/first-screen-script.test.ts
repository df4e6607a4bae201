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

function runScript(visit: Visit): { lang: string; mark: string | undefined } {
  const attributes = new Map<string, string>();
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
  runInNewContext(SCRIPT, {
    document: { documentElement: html },
    location: { search: visit.search, hash: visit.hash ?? '' },
    navigator: { languages: visit.preferred ?? ['en-US'], language: 'en-US' },
    localStorage,
    URLSearchParams,
    String,
  });
  return { lang: html.lang, mark: attributes.get('data-first-screen') };
}

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
    expect(runScript(visit)).toEqual(appStart(visit));
  });

  it('shows the first screen on a first visit to the plain address, in the browser’s language', () => {
    expect(runScript({ search: '', preferred: ['zh-CN', 'en'] })).toEqual({
      lang: 'zh-CN',
      mark: 'zh-CN',
    });
    expect(runScript({ search: '?lang=en', returning: true })).toEqual({
      lang: 'en',
      mark: 'none',
    });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { takeFirstScreen } from './first-screen';

// index.html after the build: the first screen in both languages, as prerender-plugin.ts writes it.
function builtPage(mark: string | null) {
  const zh = document.createElement('div');
  zh.id = 'root';
  zh.setAttribute('data-first-screen', 'zh-CN');
  zh.append(Object.assign(document.createElement('table'), { className: 'zh' }));
  const en = document.createElement('div');
  en.id = 'root-en';
  en.setAttribute('data-first-screen', 'en');
  en.append(Object.assign(document.createElement('table'), { className: 'en' }));
  document.body.append(zh, en);
  if (mark) document.documentElement.setAttribute('data-first-screen', mark);
  return { zh, en };
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('data-first-screen');
});

describe('takeFirstScreen', () => {
  it('keeps the English first screen as #root when the head script chose it', () => {
    const { en } = builtPage('en');
    const { root, hydrate } = takeFirstScreen(document, 'en');
    expect(hydrate).toBe(true);
    expect(root).toBe(en);
    expect(root.id).toBe('root');
    expect(root.querySelector('table.en')).not.toBeNull();
    expect(document.querySelectorAll('#root')).toHaveLength(1);
    expect(document.querySelectorAll('[data-first-screen]')).toHaveLength(0);
  });

  it('keeps the Chinese first screen in #root', () => {
    const { zh } = builtPage('zh-CN');
    const { root, hydrate } = takeFirstScreen(document, 'zh-CN');
    expect(hydrate).toBe(true);
    expect(root).toBe(zh);
    expect(document.getElementById('root-en')).toBeNull();
    expect(document.querySelectorAll('[data-first-screen]')).toHaveLength(0);
  });

  it.each([
    ['none', 'en'],
    ['zh-CN', 'en'],
    [null, 'zh-CN'],
  ] as const)(
    'empties #root for a client render when marked %s and starting in %s',
    (mark, language) => {
      const { zh } = builtPage(mark);
      const { root, hydrate } = takeFirstScreen(document, language);
      expect(hydrate).toBe(false);
      expect(root).toBe(zh);
      expect(root.childNodes).toHaveLength(0);
      expect(document.getElementById('root-en')).toBeNull();
      expect(document.querySelectorAll('[data-first-screen]')).toHaveLength(0);
    },
  );

  it('renders on the client where nothing was prerendered (the dev server)', () => {
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    document.documentElement.setAttribute('data-first-screen', 'en');
    expect(takeFirstScreen(document, 'en')).toEqual({ root, hydrate: false });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { injectFirstScreens } from '../../scripts/prerender-plugin';

const INDEX = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

describe('injectFirstScreens', () => {
  it('puts the Chinese first screen in #root and the English one beside it, both marked', () => {
    const html = injectFirstScreens(INDEX, {
      'zh-CN': '<h1>工作台</h1>',
      en: '<h1>Workbench $&</h1>',
    });
    expect(html).toContain('<div id="root" data-first-screen="zh-CN"><h1>工作台</h1></div>');
    // A `$&` in the markup stays as it is (no replacement pattern).
    expect(html).toContain('<div id="root-en" data-first-screen="en"><h1>Workbench $&</h1></div>');
    expect(html).not.toContain('<div id="root"></div>');
  });

  it('loads the head script that picks the language before the body', () => {
    const head = INDEX.slice(0, INDEX.indexOf('</head>'));
    expect(head).toMatch(/<script src="\.\/first-screen\.js"><\/script>/);
  });

  it('refuses an index.html without an empty #root', () => {
    expect(() => injectFirstScreens('<body></body>', { 'zh-CN': '', en: '' })).toThrow(/id="root"/);
  });
});

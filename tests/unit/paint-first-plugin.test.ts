import { describe, expect, it } from 'vitest';
import { nameAppModules } from '../../scripts/paint-first-plugin';

// What Vite writes into the built index.html's head, in its own form.
const BUILT = `<head>
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <script src="./first-screen.js"></script>
    <title>Workbench</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-def.js">
    <link rel="modulepreload" crossorigin href="./assets/model-ghi.js">
    <link rel="stylesheet" crossorigin href="./assets/index-jkl.css">
  </head>`;

describe('nameAppModules', () => {
  it('names the entry and its preloads in metas before first-screen.js, and loads none itself', () => {
    const html = nameAppModules(BUILT);
    expect(html).not.toMatch(/<script type="module"/);
    expect(html).not.toMatch(/rel="modulepreload"/);
    const metas = [...html.matchAll(/<meta name="([^"]+)" content="([^"]+)" \/>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(metas).toEqual([
      ['app-module-preload', './assets/react-def.js'],
      ['app-module-preload', './assets/model-ghi.js'],
      ['app-module', './assets/index-abc.js'],
    ]);
    expect(html.indexOf('name="app-module"')).toBeLessThan(html.indexOf('first-screen.js'));
    // The stylesheet stays: the first screen needs it to paint.
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/index-jkl.css">');
  });

  it('refuses an index.html with no module script, or with no first-screen.js to load it', () => {
    expect(() => nameAppModules('<head><script src="./first-screen.js"></script></head>')).toThrow(
      /one module script, not 0/,
    );
    expect(() =>
      nameAppModules('<head><script type="module" crossorigin src="./a.js"></script></head>'),
    ).toThrow(/first-screen\.js/);
  });
});

import { readFileSync } from 'node:fs';
import { minify, type Plugin } from 'vite';

const FIRST_SCREEN_SCRIPT = '<script src="./first-screen.js"></script>';
const ENTRY_SCRIPT = /[ \t]*<script type="module" crossorigin src="([^"]+)"><\/script>\n?/g;
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g;

/**
 * The built index.html names the app's modules in <meta> tags instead of loading them, so that the
 * prerendered first screen reaches the screen before the app's JavaScript is fetched, compiled and
 * hydrated: next to the first frame, that work delayed it by about 50 ms on a 2-core machine.
 * public/first-screen.js loads them (after the first frame when the first screen shows, at once
 * otherwise). The metas come before that script so that it can read them while the head is parsed.
 */
export function nameAppModules(html: string): string {
  const entries = [...html.matchAll(ENTRY_SCRIPT)].map((match) => match[1]);
  if (entries.length !== 1) {
    throw new Error(`index.html should load one module script, not ${entries.length}.`);
  }
  if (!html.includes(FIRST_SCREEN_SCRIPT)) {
    throw new Error(`index.html has no ${FIRST_SCREEN_SCRIPT} to load the app.`);
  }
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]);
  const metas = [
    ...preloads.map((href) => `<meta name="app-module-preload" content="${href}" />`),
    `<meta name="app-module" content="${entries[0]}" />`,
  ];
  return html
    .replace(ENTRY_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(FIRST_SCREEN_SCRIPT, () => `${metas.join('\n    ')}\n    ${FIRST_SCREEN_SCRIPT}`);
}

/**
 * Build only (the dev server keeps index.html's own module script): names the app's modules in
 * index.html, and ships public/first-screen.js minified, since it is loaded before first paint.
 */
export function paintFirstPlugin(): Plugin {
  return {
    name: 'srw:paint-first',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: nameAppModules },
    async generateBundle() {
      const source = readFileSync(new URL('../public/first-screen.js', import.meta.url), 'utf8');
      const { code, errors } = await minify('first-screen.js', source);
      if (errors.length > 0) throw new Error(`first-screen.js: ${errors[0]?.message}`);
      this.emitFile({ type: 'asset', fileName: 'first-screen.js', source: code });
    },
  };
}

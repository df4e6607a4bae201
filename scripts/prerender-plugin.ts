import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = '/src/app/render-first-screen.tsx';
const EMPTY_ROOT = '<div id="root"></div>';

type Language = 'zh-CN' | 'en';
type RenderFirstScreen = (language: Language) => Promise<string>;

/**
 * Renders the first screen (src/app/render-first-screen.tsx) in Node with a Vite server of its
 * own (middleware mode: no port, no watcher), once per language.
 */
export async function renderFirstScreens(): Promise<Record<Language, string>> {
  const server = await createServer({
    configFile: false,
    root: ROOT,
    mode: 'production',
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { renderFirstScreen } = (await server.ssrLoadModule(ENTRY)) as {
      renderFirstScreen: RenderFirstScreen;
    };
    // One after the other: both share the module's stores.
    const zh = await renderFirstScreen('zh-CN');
    const en = await renderFirstScreen('en');
    return { 'zh-CN': zh, en };
  } finally {
    await server.close();
  }
}

/**
 * Puts both languages' first screens into index.html: the Chinese one in `#root` (shown without
 * JavaScript, the page's own language), the English one beside it in `#root-en`. Which one shows is
 * public/first-screen.js's and app.css's business; main.tsx keeps one and hydrates it
 * (src/app/first-screen.ts).
 */
export function injectFirstScreens(html: string, screens: Record<Language, string>): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT} to fill.`);
  return html.replace(
    EMPTY_ROOT,
    () =>
      `<div id="root" data-first-screen="zh-CN">${screens['zh-CN']}</div>\n` +
      `    <div id="root-en" data-first-screen="en">${screens.en}</div>`,
  );
}

/** Prerenders the first screen into the built index.html (build only; the dev server renders on the client). */
export function prerenderPlugin(): Plugin {
  return {
    name: 'srw:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        return injectFirstScreens(html, await renderFirstScreens());
      },
    },
  };
}

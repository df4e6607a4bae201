// Runs before the body is parsed (a classic, same-origin script in <head>: the CSP allows no inline
// script). index.html holds the prerendered first screen in both languages; this sets <html lang> to
// the language the app will start in, so that app.css shows that one at first paint, and marks the
// page when the app's first render will not be that first screen (a returning visitor, a share link,
// an address asking for another scenario or view), so that none shows (src/app/first-screen.ts);
// then it loads the app.
// The language rule is the app's (startLanguage); tests/unit/first-screen-script.test.ts holds them
// equal and checks when the first screen is used.
(() => {
  const html = document.documentElement;
  const supported = ['zh-CN', 'en'];
  const defaults = { type: 'iaas', mode: 'cloudService', view: 'matrix' };
  let remembered = null;
  let returning = false;
  try {
    remembered = localStorage.getItem('srw.language');
    returning = localStorage.getItem('srw.has-saved-work') !== null;
  } catch {
    // Blocked storage: nothing remembered, nothing saved before.
  }
  const params = new URLSearchParams(location.search);
  const asked = params.get('lang');
  let language = supported.includes(asked) ? asked : null;
  if (!language && supported.includes(remembered)) language = remembered;
  if (!language) {
    for (const tag of navigator.languages || [navigator.language]) {
      const lower = String(tag).toLowerCase();
      if (lower.startsWith('zh')) language = 'zh-CN';
      else if (lower.startsWith('en')) language = 'en';
      if (language) break;
    }
  }
  html.lang = language || 'en';
  const asksDefault = Object.keys(defaults).every(
    (name) => params.get(name) === null || params.get(name) === defaults[name],
  );
  const shows =
    !returning &&
    !location.hash.includes('share=') &&
    params.get('engagement') === null &&
    (asked === null || supported.includes(asked)) &&
    asksDefault;
  // main.tsx hydrates the prerendered first screen only when this says it is the app's first render.
  html.setAttribute('data-first-screen', shows ? html.lang : 'none');

  // The built index.html names the app's modules in <meta> tags before this script rather than
  // loading them (scripts/paint-first-plugin.ts). When the first screen shows, they are loaded once
  // it is on screen (its first contentful paint), so that fetching, compiling and hydrating do not
  // delay that paint; otherwise, and in a hidden tab (nothing is painted), at once. Where paint
  // timing is missing, two animation frames stand for it; the timer only makes sure the app loads
  // should painting stop first. The dev server's index.html loads /src/main.tsx itself (no metas).
  let loaded = false;
  const loadApp = () => {
    if (loaded) return;
    loaded = true;
    for (const meta of document.querySelectorAll('meta[name="app-module-preload"]')) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = meta.content;
      document.head.append(link);
    }
    const entry = document.querySelector('meta[name="app-module"]');
    if (!entry) return;
    // An added module script runs as soon as it is fetched, even while the body is still being
    // parsed; the app needs the whole body (main.tsx keeps one prerendered container and removes
    // the others), so it is added once parsing ends, as a module script in the page would run.
    const run = () => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = entry.content;
      document.head.append(script);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
    else run();
  };
  if (shows && document.visibilityState === 'visible') {
    if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      new PerformanceObserver((entries, observer) => {
        if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        loadApp();
      }).observe({ type: 'paint', buffered: true });
    } else {
      requestAnimationFrame(() => requestAnimationFrame(loadApp));
    }
    setTimeout(loadApp, 1000);
  } else {
    loadApp();
  }
})();

/**
 * Registers the offline worker (dist/sw.js, written by scripts/offline-plugin.ts) so the app keeps
 * working on a closed intranet after its first load. Production builds only: the dev server has no
 * worker, and a worker caching dev modules would serve stale code. The URL is relative to the page, so
 * the app works under any sub-path; registering after `load` keeps the precache download from
 * competing with the first paint.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register(new URL('sw.js', document.baseURI), { scope: './' })
      // Without the worker the app still works online (e.g. plain http, where browsers refuse
      // workers); there is nothing for the user to do, so the reason only goes to the console.
      .catch((error: unknown) => console.warn('Offline use is not available:', error));
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

import { type ReactNode, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React hydrates the prerendered first screen (and in the prerender itself), true once
 * it has, and at once in a client render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * Renders its children only in the browser, after the prerendered first screen has been hydrated:
 * for parts that load lazily after the first paint (the checks, the guide), so that the prerendered
 * markup and the hydrating render agree on them (both render nothing there). A client render (no
 * prerendered markup) renders them at once, as before.
 */
export function AfterHydration({ children }: { children: ReactNode }) {
  return useHydrated() ? children : null;
}

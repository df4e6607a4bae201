import { type ReactNode, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * Renders its children only in the browser, after the prerendered first screen has been hydrated:
 * for parts that load lazily after the first paint (the checks, the guide), so that the prerendered
 * markup and the hydrating render agree on them (both render nothing there). A client render (no
 * prerendered markup) renders them at once, as before.
 */
export function AfterHydration({ children }: { children: ReactNode }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return hydrated ? children : null;
}

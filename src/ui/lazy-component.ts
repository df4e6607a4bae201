import { type ComponentType, createElement, use } from 'react';

/** A component whose code loads on first use or ahead of it. */
export interface LazyComponent {
  readonly Component: ComponentType;
  /** Starts loading the code: once, and again after a failure (which it never throws unhandled). */
  readonly preload: () => Promise<ComponentType>;
}

/**
 * Like React.lazy, but once the code has loaded (preloaded when its link or button was pointed at,
 * or opened before) the component renders at once. React.lazy suspends on its first render even
 * then, and React keeps a loading line it has shown for at least 300 ms.
 */
export function lazyComponent(load: () => Promise<ComponentType>): LazyComponent {
  let loading: Promise<ComponentType> | undefined;
  let failed = false;
  const preload = () => {
    if (!loading || failed) {
      const tracked: Promise<ComponentType> = load().then((component) => {
        // The fields React's use() reads: a promise settled this way is read at once.
        Object.assign(tracked, { status: 'fulfilled', value: component });
        return component;
      });
      failed = false;
      tracked.catch(() => {
        if (loading === tracked) failed = true;
      });
      loading = tracked;
    }
    return loading;
  };
  // A render keeps a failed load (its error boundary reports it) rather than trying again and again
  // while offline; a preload, when the user points at the link again, tries again.
  return {
    // biome-ignore lint/correctness/noComponentHookFactories: made once per lazy module, at module level, as React.lazy's are
    Component: () => createElement(use(loading ?? preload())),
    preload,
  };
}

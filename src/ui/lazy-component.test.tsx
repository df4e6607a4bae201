import { act, render, screen } from '@testing-library/react';
import { Component, type ComponentType, type ReactNode, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent } from './lazy-component';

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const View = () => <p>the view</p>;

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p>failed</p> : this.props.children;
  }
}

// Rendered in an awaited act(), as React wants for a component that suspends on use().
async function show(Lazy: ComponentType, fallbacks: string[]) {
  const Fallback = () => {
    fallbacks.push('loading');
    return <p>loading</p>;
  };
  await act(async () => {
    render(
      <Boundary>
        <Suspense fallback={<Fallback />}>
          <Lazy />
        </Suspense>
      </Boundary>,
    );
  });
}

describe('lazyComponent', () => {
  it('renders at once, with no loading line, once preloaded', async () => {
    let loads = 0;
    const lazy = lazyComponent(async () => {
      loads += 1;
      return View;
    });
    await lazy.preload();
    const fallbacks: string[] = [];
    await show(lazy.Component, fallbacks);
    expect(screen.getByText('the view')).toBeTruthy();
    expect(fallbacks).toEqual([]);
    await lazy.preload();
    expect(loads).toBe(1);
  });

  it('shows the loading line while the code loads, then the view', async () => {
    const code = deferred<typeof View>();
    const lazy = lazyComponent(() => code.promise);
    const fallbacks: string[] = [];
    await show(lazy.Component, fallbacks);
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => code.resolve(View));
    expect(await screen.findByText('the view')).toBeTruthy();
    expect(fallbacks.length).toBeGreaterThan(0);
  });

  it('reports a failed load, and loads again when asked next', async () => {
    // React logs the error the boundary caught.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const first = deferred<typeof View>();
    let attempt = 0;
    const lazy = lazyComponent(() => {
      attempt += 1;
      return attempt === 1 ? first.promise : Promise.resolve(View);
    });
    await show(lazy.Component, []);
    await act(async () => first.reject(new Error('offline')));
    expect(await screen.findByText('failed')).toBeTruthy();
    await expect(lazy.preload()).resolves.toBe(View);
    expect(attempt).toBe(2);
    logged.mockRestore();
  });
});

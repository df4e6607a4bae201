import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitPendingDrafts } from './pending-drafts';
import { useCommittedDraft } from './use-committed-draft';

function Field({ value, onCommit }: { value: string; onCommit: (v: string) => void }) {
  const { draft, change, commit } = useCommittedDraft(value, onCommit, {
    normalise: (d) => d.trim(),
  });
  return (
    <input
      aria-label="Name"
      value={draft}
      onChange={(e) => change(e.target.value)}
      onBlur={commit}
    />
  );
}

describe('useCommittedDraft', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('commits what is typed after a pause, and keeps typing going on over its own echo', async () => {
    const committed: string[] = [];
    const { rerender } = render(<Field value="" onCommit={(v) => committed.push(v)} />);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.type(screen.getByLabelText('Name'), 'Bank ');
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(committed).toEqual(['Bank']);
    // The store echoes the trimmed value: the space being typed stays in the field.
    rerender(<Field value="Bank" onCommit={(v) => committed.push(v)} />);
    expect(screen.getByLabelText('Name')).toHaveValue('Bank ');
  });

  it('commits typing at once when the page asks (hidden, closing, another tab’s save)', async () => {
    const committed: string[] = [];
    render(<Field value="" onCommit={(v) => committed.push(v)} />);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.type(screen.getByLabelText('Name'), 'Core');
    act(() => commitPendingDrafts());
    expect(committed).toEqual(['Core']);
  });

  it('takes a new value from elsewhere (undo, another tab) in place of the draft', () => {
    const { rerender } = render(<Field value="Old" onCommit={() => {}} />);
    rerender(<Field value="New" onCommit={() => {}} />);
    expect(screen.getByLabelText('Name')).toHaveValue('New');
  });
});

/** Types into the field as soon as the render that shows it is on screen, before its effects run. */
function TypeOnAppearing({ into, onTyped }: { into: () => HTMLInputElement; onTyped: () => void }) {
  useLayoutEffect(() => {
    queueMicrotask(() => {
      fireEvent.change(into(), { target: { value: 'Typed' } });
      onTyped();
    });
  }, [into, onTyped]);
  return null;
}

describe('useCommittedDraft in a field that has just appeared', () => {
  it('keeps what is typed before the field’s effects have run (a dialog loaded on demand)', async () => {
    const committed: string[] = [];
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    const input = () => container.querySelector('input') as HTMLInputElement;
    // A lazily loaded dialog appears in a non-urgent render, whose effects run a task later: the
    // user's typing can come first (rendered outside act, so React schedules as in a browser).
    await new Promise<void>((typed) => {
      root.render(
        <>
          <Field value="Old" onCommit={(v) => committed.push(v)} />
          <TypeOnAppearing into={input} onTyped={typed} />
        </>,
      );
    });
    fireEvent.blur(input());
    expect(input()).toHaveValue('Typed');
    expect(committed).toEqual(['Typed']);
    act(() => root.unmount());
    container.remove();
  });
});

/** A store outside React, read as the app reads its stores (useSyncExternalStore). */
function externalValue(initial: string) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: string) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function StoreField(props: {
  store: ReturnType<typeof externalValue>;
  onCommit: (value: string) => void;
}) {
  const value = useSyncExternalStore(props.store.subscribe, props.store.get);
  return <Field value={value} onCommit={props.onCommit} />;
}

describe('useCommittedDraft when another tab’s change arrives', () => {
  it('shows the new value before the next input event can come (nothing typed over a value never seen)', async () => {
    const store = externalValue('Old');
    const committed: string[] = [];
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    act(() => root.render(<StoreField store={store} onCommit={(v) => committed.push(v)} />));
    const input = container.querySelector('input') as HTMLInputElement;
    // A merge sets the store after a storage read, outside any event; React renders it in a
    // microtask. An input event is a task of its own: by then the field must show the new value,
    // or typing would replace text the user never saw and overwrite the other tab's change.
    store.set('Theirs');
    await Promise.resolve();
    await Promise.resolve();
    expect(input).toHaveValue('Theirs');
    act(() => root.unmount());
    container.remove();
    expect(committed).toEqual([]);
  });
});

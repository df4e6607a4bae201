import { act, useEffect, useState } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findChangedChoices, makeChoicesAgain, putChoicesBack } from './first-screen-input';

// hydrateRoot is driven by act() here, not by testing-library's render.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// A first screen in small: two controlled selects (the language, a workspace).
function Screen({ onHydrated }: { onHydrated?: () => void }) {
  const [language, setLanguage] = useState('zh-CN');
  const [workspace, setWorkspace] = useState('a');
  useEffect(() => onHydrated?.(), [onHydrated]);
  return (
    <div>
      <select aria-label="Language" value={language} onChange={(e) => setLanguage(e.target.value)}>
        <option value="zh-CN">中文</option>
        <option value="en">English</option>
      </select>
      <select
        aria-label="Workspace"
        value={workspace}
        onChange={(e) => setWorkspace(e.target.value)}
      >
        <option value="a">A</option>
        <option value="b">B</option>
      </select>
      <output>{`${language} ${workspace}`}</output>
    </div>
  );
}

// The server's markup, as the browser parses index.html (the way render-first-screen.test.tsx does).
function prerendered(): HTMLElement {
  const parsed = new DOMParser().parseFromString(renderToString(<Screen />), 'text/html');
  const container = document.createElement('div');
  container.append(...parsed.body.childNodes);
  document.body.append(container);
  return container;
}

function selectsOf(container: HTMLElement) {
  return [...container.querySelectorAll('select')] as [HTMLSelectElement, HTMLSelectElement];
}

async function hydrateAndMakeAgain(container: HTMLElement) {
  const changed = findChangedChoices(container);
  putChoicesBack(changed);
  await act(async () => {
    root = hydrateRoot(
      container,
      <Screen onHydrated={() => makeChoicesAgain(changed.splice(0))} />,
    );
  });
  return container.querySelector('output')?.textContent;
}

let root: Root | undefined;

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

describe('choices made on the first screen before the app takes it over', () => {
  it('reach the app once hydrated, with no hydration error', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = prerendered();
    const [language] = selectsOf(container);
    language.value = 'en';

    expect(await hydrateAndMakeAgain(container)).toBe('en a');
    expect(language.value).toBe('en');
    expect(errors.mock.calls).toEqual([]);
    errors.mockRestore();
  });

  it('are found by their difference from the markup, and put back as it was', () => {
    const container = prerendered();
    const [language, workspace] = selectsOf(container);
    workspace.value = 'b';
    const changed = findChangedChoices(container);
    expect(changed).toEqual([{ select: workspace, value: 'b' }]);
    putChoicesBack(changed);
    expect([language.value, workspace.value]).toEqual(['zh-CN', 'a']);
  });

  it('leave nothing to do when a choice was changed and changed back', async () => {
    const container = prerendered();
    const [language] = selectsOf(container);
    language.value = 'en';
    language.value = 'zh-CN';
    expect(findChangedChoices(container)).toEqual([]);
    expect(await hydrateAndMakeAgain(container)).toBe('zh-CN a');
  });

  it('leave the page as it is when none was made', async () => {
    expect(await hydrateAndMakeAgain(prerendered())).toBe('zh-CN a');
  });
});

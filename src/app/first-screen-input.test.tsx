import { act, useEffect, useState } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findChangedChoices, makeChoicesAgain, putChoicesBack } from './first-screen-input';

// hydrateRoot is driven by act() here, not by testing-library's render.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// A first screen in small: a select, a radio group and a checkbox, all controlled.
function Screen({ onHydrated }: { onHydrated?: () => void }) {
  const [language, setLanguage] = useState('zh-CN');
  const [type, setType] = useState('iaas');
  const [terms, setTerms] = useState(false);
  useEffect(() => onHydrated?.(), [onHydrated]);
  return (
    <div>
      <select aria-label="Language" value={language} onChange={(e) => setLanguage(e.target.value)}>
        <option value="zh-CN">中文</option>
        <option value="en">English</option>
      </select>
      {['iaas', 'paas', 'saas'].map((value) => (
        <input
          key={value}
          type="radio"
          name="type"
          aria-label={value}
          value={value}
          checked={type === value}
          onChange={() => setType(value)}
        />
      ))}
      <input
        type="checkbox"
        aria-label="terms"
        checked={terms}
        onChange={(e) => setTerms(e.target.checked)}
      />
      <output>{`${language} ${type} ${terms}`}</output>
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

function radiosOf(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')] as [
    HTMLInputElement,
    HTMLInputElement,
    HTMLInputElement,
  ];
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
    const select = container.querySelector('select') as HTMLSelectElement;
    const [iaas, paas, saas] = radiosOf(container);
    const terms = container.querySelector('input[type="checkbox"]') as HTMLInputElement;
    select.value = 'en';
    paas.click();
    saas.click();
    terms.click();

    expect(await hydrateAndMakeAgain(container)).toBe('en saas true');
    expect([iaas.checked, paas.checked, saas.checked]).toEqual([false, false, true]);
    expect(select.value).toBe('en');
    expect(errors.mock.calls).toEqual([]);
    errors.mockRestore();
  });

  it('are found by their difference from the markup, and put back as it was', () => {
    const container = prerendered();
    const select = container.querySelector('select') as HTMLSelectElement;
    const [iaas, paas] = radiosOf(container);
    const terms = container.querySelector('input[type="checkbox"]') as HTMLInputElement;
    select.value = 'en';
    paas.click();
    terms.click();
    const changed = findChangedChoices(container);
    // The radio group once, by the radio now checked.
    expect(changed.map((c) => [c.target, c.value, c.checked])).toEqual([
      [select, 'en', false],
      [paas, 'paas', true],
      [terms, 'on', true],
    ]);
    putChoicesBack(changed);
    expect(select.value).toBe('zh-CN');
    expect([iaas.checked, paas.checked, terms.checked]).toEqual([true, false, false]);
  });

  it('leave nothing to do when a choice was changed and changed back', async () => {
    const container = prerendered();
    const terms = container.querySelector('input[type="checkbox"]') as HTMLInputElement;
    terms.click();
    terms.click();
    expect(findChangedChoices(container)).toEqual([]);
    expect(await hydrateAndMakeAgain(container)).toBe('zh-CN iaas false');
  });

  it('leave the page as it is when none was made', async () => {
    expect(await hydrateAndMakeAgain(prerendered())).toBe('zh-CN iaas false');
  });
});

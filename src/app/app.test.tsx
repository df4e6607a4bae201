import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import { useLibraryStore } from '@/store/persistence/library-store';
import { rememberSavedWork } from '@/store/persistence/returning-visitor';
import { App } from './app';

/** Renders the app and waits for the matrix (some panels load on demand). */
async function renderApp(language: 'en' | 'zh-CN') {
  render(
    <I18nProvider initial={language}>
      <App />
    </I18nProvider>,
  );
  await screen.findByRole('table');
}

function cellText(layer: RegExp, column: number): string {
  const row = screen.getByRole('row', { name: layer });
  return within(row).getAllByRole('cell')[column]?.textContent ?? '';
}

describe('first screen', () => {
  it('shows the IaaS public-cloud baseline with layers top to bottom as in the report', async () => {
    await renderApp('en');
    const rowHeaders = screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(rowHeaders[0]).toMatch(/^Business data/);
    expect(rowHeaders[4]).toMatch(/^Data-centre facility/);
    expect(cellText(/Data-centre facility/, 1)).toMatch(/Owner · whole layer/);
    expect(cellText(/Virtualised infrastructure/, 0)).toMatch(/Owner · secure use/);
  });

  it('re-derives the matrix when the user picks PaaS in software delivery', async () => {
    const user = userEvent.setup();
    await renderApp('en');
    await user.click(screen.getByRole('radio', { name: /PaaS/ }));
    await user.click(screen.getByRole('radio', { name: /Cloud software delivery/ }));
    expect(screen.getByRole('table')).toHaveAccessibleName(
      /Platform capability service \(PaaS\) in Cloud software delivery/,
    );
    expect(cellText(/Data-centre facility/, 0)).toMatch(/Owner · whole layer/);
    expect(cellText(/Platform software/, 1)).toMatch(/Owner · the service itself/);
  });

  it('switches to Chinese with the language list', async () => {
    const user = userEvent.setup();
    await renderApp('en');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');
    // The switch waits for the new language's texts of every area on screen, so it may take a moment.
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('云安全责任共担工作台'),
    );
    expect(screen.getByRole('group', { name: '服务模式' })).toBeInTheDocument();
  });
});

describe('before storage answers', () => {
  function renderStarting() {
    useLibraryStore.setState({ phase: 'starting' });
    render(
      <I18nProvider initial="en">
        <App />
      </I18nProvider>,
    );
  }

  afterEach(() => {
    localStorage.clear();
  });

  it('shows a first visitor the matrix at once, taking no edits until storage is ready', () => {
    renderStarting();
    expect(screen.getByRole('table', { hidden: true })).toBeInTheDocument();
    expect(screen.getByRole('main', { hidden: true })).toHaveAttribute('inert');
  });

  it('makes a returning visitor wait for their own work instead of a default matrix', () => {
    rememberSavedWork();
    renderStarting();
    expect(screen.queryByRole('table', { hidden: true })).toBeNull();
    expect(screen.getByText(/Opening your saved workspaces/)).toHaveAttribute('role', 'status');
  });
});

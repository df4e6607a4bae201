import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import { replaceWorkspace } from '@/model/replace-workspace';
import { useSelectionStore } from '@/store/selection-store';
import { resetWorkspaceStore, workspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import { buildCombinedTestWorkspace } from '../../../tests/fixtures/combined-workspace';
import { buildEngagement } from '../../../tests/support/test-builders';
import { CombinedView } from './combined-view';

function renderView(language: 'en' | 'zh-CN' = 'en') {
  return render(
    <I18nProvider initial={language}>
      <CombinedView />
    </I18nProvider>,
  );
}

const count = () => screen.getByRole('status');
const filters = () => screen.getByRole('group', { name: 'Filters' });

/** The rows shown, as "engagement / row" in page order. */
function shownRows(): string[] {
  return screen.queryAllByRole('table').flatMap((table) =>
    within(table)
      .queryAllByRole('rowheader')
      .map((th) => `${table.getAttribute('aria-label') ?? accessibleName(table)} / ${rowName(th)}`),
  );
}

function accessibleName(table: HTMLElement): string {
  const id = table.getAttribute('aria-labelledby') ?? '';
  return document.getElementById(id)?.textContent ?? '';
}

function rowName(th: HTMLElement): string {
  return th.querySelector('.combined-row-name')?.textContent ?? '';
}

beforeEach(() => {
  resetWorkspaceStore();
  useViewStore.setState({ view: 'combined' });
  useSelectionStore.setState({ selectedCell: null });
  act(() => workspaceStore.getState().edit(replaceWorkspace, buildCombinedTestWorkspace()));
});

describe('CombinedView', () => {
  it('shows each engagement as a table headed by the parties in each role', () => {
    renderView();
    expect(count()).toHaveTextContent('Showing 13 of 13 rows, in 2 of 2 engagements.');
    const banking = screen.getByRole('table', { name: 'Core banking' });
    expect(
      within(banking)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Asset layer',
      'Cloud service customerAcme Bank',
      'Cloud service providerCloudCo',
      'Cloud security vendorShieldCo',
    ]);
    const mail = screen.getByRole('table', { name: 'Mail' });
    expect(within(mail).getAllByRole('rowheader')).toHaveLength(6);
  });

  it.each<{
    name: string;
    act: (user: ReturnType<typeof userEvent.setup>) => Promise<void>;
    count: string;
    rows: string[];
  }>([
    {
      name: 'a party',
      act: (user) => user.selectOptions(within(filters()).getByLabelText('Party'), 'CloudCo'),
      count: 'Showing 3 of 13 rows, in 1 of 2 engagements.',
      rows: [
        'Core banking / Virtualised infrastructure',
        'Core banking / Data-centre facility',
        'Core banking / Cloud operations and maintenance service itself',
      ],
    },
    {
      name: 'a role and a layer',
      act: async (user) => {
        await user.selectOptions(
          within(filters()).getByLabelText('Role'),
          'Cloud service provider',
        );
        await user.selectOptions(within(filters()).getByLabelText('Asset layer'), 'Business data');
      },
      count: 'Showing 1 of 13 rows, in 1 of 2 engagements.',
      rows: ['Core banking / Business data'],
    },
    {
      name: 'changed cells',
      act: (user) =>
        user.click(within(filters()).getByLabelText('Only cells changed from the baseline')),
      count: 'Showing 2 of 13 rows, in 2 of 2 engagements.',
      rows: ['Core banking / Business data', 'Mail / Application software'],
    },
    {
      name: 'cells with findings',
      act: (user) => user.click(within(filters()).getByLabelText('Only cells with findings')),
      count: 'Showing 1 of 13 rows, in 1 of 2 engagements.',
      rows: ['Mail / Application software'],
    },
    {
      name: 'a party that carries nothing any more',
      act: (user) => user.selectOptions(within(filters()).getByLabelText('Party'), 'SoftCo'),
      count: 'Showing 0 of 13 rows, in 0 of 2 engagements. No row matches these filters.',
      rows: [],
    },
  ])(
    'narrows the rows to $name, says how many, and clears',
    async ({ act: apply, count: text, rows }) => {
      const user = userEvent.setup();
      renderView();
      await apply(user);
      expect(count()).toHaveTextContent(text);
      expect(shownRows()).toEqual(rows);
      await user.click(within(filters()).getByRole('button', { name: 'Clear filters' }));
      expect(count()).toHaveTextContent('Showing 13 of 13 rows');
      expect(shownRows()).toHaveLength(13);
    },
  );

  it('stops filtering on a party that was removed meanwhile', async () => {
    const user = userEvent.setup();
    renderView();
    await user.selectOptions(within(filters()).getByLabelText('Party'), 'CloudCo');
    expect(count()).toHaveTextContent('Showing 3 of 13 rows');
    const workspace = buildCombinedTestWorkspace();
    act(() =>
      workspaceStore.getState().edit(replaceWorkspace, {
        ...workspace,
        parties: workspace.parties.filter((p) => p.id !== 'cloudco'),
      }),
    );
    expect(count()).toHaveTextContent('Showing 13 of 13 rows');
    expect(within(filters()).getByLabelText('Party')).toHaveValue('');
  });

  it('explains how the role filter works', () => {
    renderView();
    expect(within(filters()).getByLabelText('Role')).toHaveAccessibleDescription(
      /rows where this role has a duty/,
    );
  });

  it('opens a cell in its engagement’s matrix', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(
      screen.getByRole('button', {
        name: 'Mail: Cloud service provider, Application software. Open in the matrix',
      }),
    );
    expect(useViewStore.getState().view).toBe('matrix');
    expect(workspaceStore.getState().currentEngagementId).toBe('engagement-2');
    expect(useSelectionStore.getState().selectedCell).toEqual({
      engagementId: 'engagement-2',
      rowId: 'applicationSoftware',
      role: 'provider',
    });
  });

  it('lets Tab reach one cell per table and the arrow keys the others', async () => {
    const user = userEvent.setup();
    renderView();
    const banking = screen.getByRole('table', { name: 'Core banking' });
    const cell = (name: string) =>
      within(banking).getByRole('button', { name: `Core banking: ${name}. Open in the matrix` });
    await user.click(within(filters()).getByRole('button', { name: 'Clear filters' }));
    await user.tab();
    expect(cell('Cloud service customer, Business data')).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(cell('Cloud service provider, Application software')).toHaveFocus();
    await user.keyboard('{End}');
    expect(cell('Cloud security vendor, Application software')).toHaveFocus();
    await user.tab();
    expect(
      screen.getByRole('button', {
        name: 'Mail: Cloud service customer, Business data. Open in the matrix',
      }),
    ).toHaveFocus();
  });

  it('renders a screenful of engagements at once and the rest soon after', async () => {
    const engagements = Array.from({ length: 20 }, (_, i) =>
      buildEngagement({ id: `e-${i + 1}`, name: `Engagement ${i + 1}` }),
    );
    act(() =>
      workspaceStore
        .getState()
        .edit(replaceWorkspace, { ...buildCombinedTestWorkspace(), engagements, overrides: [] }),
    );
    renderView();
    expect(count()).toHaveTextContent('Showing 100 of 100 rows, in 20 of 20 engagements.');
    expect(screen.getAllByRole('table')).toHaveLength(4);
    // Role queries over 20 tables are slow in jsdom: count the elements instead.
    await waitFor(() => expect(document.querySelectorAll('table')).toHaveLength(20), {
      timeout: 5000,
    });
    expect(screen.getByRole('heading', { name: 'Engagement 20' })).toBeInTheDocument();
  });

  it('speaks Chinese', () => {
    renderView('zh-CN');
    expect(count()).toHaveTextContent('显示 13 / 13 行，涉及 2 / 2 项合作。');
    expect(screen.getByRole('button', { name: '清除筛选' })).toBeInTheDocument();
  });
});

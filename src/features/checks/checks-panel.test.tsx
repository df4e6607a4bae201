import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import { cellKey } from '@/model/cell-ref';
import { setCellAssignments } from '@/model/edit-cells';
import { PRINCIPLES } from '@/model/principles';
import { replaceWorkspace } from '@/model/replace-workspace';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import { useSelectionStore } from '@/store/selection-store';
import { workspaceStore } from '@/store/use-workspace-store';
import { generatedWorkspaceDocument } from '../../../tests/support/generated-workspace';
import { ChecksPanel } from './checks-panel';

const BUSINESS_DATA = {
  engagementId: 'engagement-1',
  rowId: 'businessData',
  role: 'customer',
} as const;

function renderPanel(language: 'en' | 'zh-CN' = 'en') {
  return render(
    <I18nProvider initial={language}>
      <ChecksPanel />
    </I18nProvider>,
  );
}

// The store changes outside React, so the change is wrapped in act() to flush the re-render.
function removeCustomerDataDuty() {
  act(() => workspaceStore.getState().edit(setCellAssignments, BUSINESS_DATA, []));
}

function findingTitles(principle: RegExp): string[] {
  const group = screen.getByRole('region', { name: principle });
  return within(group)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('ChecksPanel', () => {
  it('shows the baseline passing all four principles, in words', () => {
    renderPanel();
    expect(screen.getByRole('heading', { level: 2, name: 'Checks' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('All four principles pass');
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings).toHaveLength(PRINCIPLES.length);
    expect(headings.map((h) => h.textContent)).toEqual([
      'Shared purposePassed',
      'Reasonable responsibilityPassed',
      'Maximised strengthsPassed',
      'Transparent collaborationPassed',
    ]);
  });

  it('shows the missing business-data owner under the right principles, errors first', () => {
    renderPanel();
    removeCustomerDataDuty();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Found 2 errors, 1 warning, affecting 2 of 4 principles.',
    );
    expect(screen.getByRole('heading', { name: /^Shared purpose/ })).toHaveTextContent('1 error');
    expect(screen.getByRole('heading', { name: /^Reasonable responsibility/ })).toHaveTextContent(
      '1 error, 1 warning',
    );
    expect(findingTitles(/^Shared purpose/)).toEqual([
      expect.stringMatching(/^Error.*Layer has no complete owner.*Business data: no role owns/),
    ]);
    expect(findingTitles(/^Reasonable responsibility/)).toEqual([
      expect.stringMatching(
        /^Error.*Business data is not owned by the customer.*Business data has no owner in the Cloud service customer column/,
      ),
      expect.stringMatching(
        /^Warning.*without a reason.*Business data, Cloud service customer column/,
      ),
    ]);
    expect(screen.getByRole('heading', { name: /^Maximised strengths/ })).toHaveTextContent(
      'Passed',
    );
  });

  it('selects the cell of a finding and moves focus to it in the matrix', async () => {
    const user = userEvent.setup();
    const cell = document.createElement('td');
    cell.tabIndex = -1;
    cell.setAttribute('data-cell', cellKey(BUSINESS_DATA));
    document.body.append(cell);
    renderPanel();
    removeCustomerDataDuty();
    await user.click(
      await screen.findByRole('button', { name: 'Business data is not owned by the customer' }),
    );
    expect(useSelectionStore.getState().selectedCell).toEqual(BUSINESS_DATA);
    expect(cell).toHaveFocus();
    cell.remove();
    useSelectionStore.getState().selectCell(null);
  });

  it('still selects the cell when no matrix is on the page', async () => {
    const user = userEvent.setup();
    renderPanel();
    removeCustomerDataDuty();
    await user.click(await screen.findByRole('button', { name: /^Layer has no complete owner/ }));
    expect(useSelectionStore.getState().selectedCell).toEqual(BUSINESS_DATA);
    useSelectionStore.getState().selectCell(null);
  });

  it('speaks Chinese in the report’s terms', () => {
    renderPanel('zh-CN');
    removeCustomerDataDuty();
    expect(screen.getByRole('heading', { level: 2, name: '原则检查' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      '发现 2 个错误、1 个警告，涉及四大基本原则中的 2 项。',
    );
    expect(screen.getByRole('heading', { name: /^目的一致性/ })).toHaveTextContent('1 个错误');
    expect(screen.getByRole('heading', { name: /^协作透明性/ })).toHaveTextContent('通过');
    expect(
      screen.getByRole('button', { name: '业务数据未由云服务客户负责' }),
    ).toHaveAccessibleDescription(/错误.*业务数据在“云服务客户”列没有负责项/);
  });

  it('shows the first 50 findings of a principle and the rest on request', async () => {
    const user = userEvent.setup();
    const parsed = parseWorkspaceDocument(generatedWorkspaceDocument(60, 10));
    if (!parsed.ok) throw new Error('the generated workspace does not parse');
    const before = workspaceStore.getState().workspace;
    act(() => workspaceStore.getState().edit(replaceWorkspace, parsed.value));
    renderPanel();
    const group = screen.getByRole('region', { name: /^Transparent collaboration/ });
    expect(within(group).getAllByRole('listitem')).toHaveLength(50);
    await user.click(within(group).getByRole('button', { name: /^Show all \d+ findings$/ }));
    expect(within(group).getAllByRole('listitem').length).toBeGreaterThan(50);
    await user.click(within(group).getByRole('button', { name: 'Show the first 50 only' }));
    expect(within(group).getAllByRole('listitem')).toHaveLength(50);
    act(() => workspaceStore.getState().edit(replaceWorkspace, before));
  }, 30_000);
});

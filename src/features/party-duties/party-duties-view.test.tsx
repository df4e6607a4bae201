import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import { replaceWorkspace } from '@/model/replace-workspace';
import type { Workspace } from '@/model/workspace';
import { useSelectionStore } from '@/store/selection-store';
import { workspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import { partyDutiesWorkspace } from '../../../tests/fixtures/party-duties-pdf';
import { buildEngagement, buildWorkspace } from '../../../tests/support/test-builders';
import { PartyDutiesView } from './party-duties-view';

function renderView(workspace: Workspace, language: 'en' | 'zh-CN' = 'en') {
  act(() => workspaceStore.getState().edit(replaceWorkspace, workspace));
  return render(
    <I18nProvider initial={language}>
      <PartyDutiesView />
    </I18nProvider>,
  );
}

/** The body rows of a table as the texts of their cells. */
function bodyRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

beforeEach(() => {
  useViewStore.getState().showView('party');
  useSelectionStore.getState().selectCell(null);
});

describe('PartyDutiesView', () => {
  it('lists the first party’s duties by default, with a summary', () => {
    renderView(partyDutiesWorkspace());
    expect(screen.getByLabelText('Party')).toHaveValue('bank');
    expect(
      screen.getByText('4 duties as owner, 0 as supporter, across 1 engagement(s).'),
    ).toBeVisible();
    expect(screen.getAllByRole('table')).toHaveLength(1);
  });

  it('groups a party’s duties by engagement, in each of its roles', async () => {
    renderView(partyDutiesWorkspace());
    await userEvent.selectOptions(screen.getByLabelText('Party'), 'cloud');
    expect(
      screen.getByText('6 duties as owner, 4 as supporter, across 2 engagement(s).'),
    ).toBeVisible();
    const [first, second] = screen.getAllByRole('table');
    expect(first).toHaveAccessibleName('Duties of 华云科技 in 公有云主机');
    expect(second).toHaveAccessibleName('Duties of 华云科技 in Office SaaS');
    expect(
      screen.getByText(/Acts here as: Cloud service provider, Cloud security vendor/),
    ).toBeVisible();
    const changed = bodyRows(first as HTMLElement)[0];
    expect(changed).toEqual([
      'Business dataon the service',
      'Cloud service provider',
      'OOwner',
      'secure use',
      '—',
      '✎ Set for the contract',
      'Backups under annex BBaseline: no duty',
      'Open',
    ]);
    const assurance = bodyRows(first as HTMLElement).find((r) =>
      r[0]?.startsWith('Cloud security'),
    );
    expect(assurance?.[5]).toBe('Derived from §2.4 †');
  });

  it('opens a duty’s cell in the matrix of its engagement', async () => {
    renderView(partyDutiesWorkspace());
    await userEvent.selectOptions(screen.getByLabelText('Party'), 'cloud');
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Open in matrix: Office SaaS, Cloud service customer, Business data',
      }),
    );
    expect(useViewStore.getState().view).toBe('matrix');
    expect(workspaceStore.getState().currentEngagementId).toBe('e2');
    expect(useSelectionStore.getState().selectedCell).toEqual({
      engagementId: 'e2',
      rowId: 'businessData',
      role: 'customer',
    });
  });

  it('says so when a party carries nothing', async () => {
    const workspace = partyDutiesWorkspace();
    const idle = { id: 'x', name: 'Idle', roles: [] };
    renderView({ ...workspace, parties: [...workspace.parties, idle] });
    await userEvent.selectOptions(screen.getByLabelText('Party'), 'x');
    expect(screen.getByText(/Idle carries no duty in any engagement/)).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('explains where to name parties when there are none, in Chinese too', async () => {
    renderView(buildWorkspace([buildEngagement()]), 'zh-CN');
    expect(screen.getByText(/本工作区尚未列出参与方/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: '前往“参与方与合作”' }));
    expect(useViewStore.getState().view).toBe('parties');
  });

  it('uses the report’s words in Chinese', () => {
    renderView(partyDutiesWorkspace(), 'zh-CN');
    const rows = bodyRows(screen.getByRole('table'));
    expect(rows[0]?.slice(1, 4)).toEqual(['云服务客户', '责负责', '整体']);
  });
});

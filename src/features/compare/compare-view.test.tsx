import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import type { Language } from '@/i18n/languages';
import { replaceWorkspace } from '@/model/replace-workspace';
import { resetWorkspaceStore, workspaceStore } from '@/store/use-workspace-store';
import { buildEngagement, buildWorkspace } from '../../../tests/support/test-builders';
import { CompareView } from './compare-view';

function renderView(language: Language = 'en') {
  return render(
    <I18nProvider initial={language}>
      <CompareView />
    </I18nProvider>,
  );
}

/** The cells marked "changed" in a table, as "row / column". */
function changedCells(table: HTMLElement): string[] {
  const columns = within(table)
    .getAllByRole('columnheader')
    .map((th) => th.textContent);
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .flatMap((tr) => {
      const [header, ...cells] = [...tr.children];
      return cells
        .map((cell, i) =>
          cell.textContent?.includes('changed') ? `${header?.textContent} / ${columns[i + 1]}` : '',
        )
        .filter(Boolean);
    });
}

beforeEach(() => resetWorkspaceStore());

describe('CompareView', () => {
  it('starts with the current scenario against the same workload in software delivery', () => {
    renderView();
    const tables = screen.getAllByRole('table');
    expect(tables.map((t) => within(t).getByText(/^[AB]:/).textContent)).toEqual([
      'A: IaaS · Cloud service',
      'B: IaaS · Cloud software delivery',
    ]);
    for (const table of tables) {
      expect(changedCells(table)).toEqual([
        'Data-centre facility / Cloud service customer',
        'Data-centre facility / Cloud service provider',
      ]);
    }
    const list = screen.getByRole('region', { name: 'Differences' });
    expect(list).toHaveTextContent(
      'Data-centre facility“Owner · whole layer” moves from Cloud service provider to Cloud service customer.',
    );
  });

  it('compares two engagements of the workspace, in Chinese too', async () => {
    const workspace = buildWorkspace([
      buildEngagement({ id: 'public', name: '线上渠道：公有云 IaaS（云服务商甲）' }),
      buildEngagement({
        id: 'private',
        name: '数据平台：私有云 PaaS（云服务商乙）',
        resourceService: 'paas',
        mode: 'softwareDelivery',
      }),
    ]);
    act(() => workspaceStore.getState().edit(replaceWorkspace, workspace));
    renderView('zh-CN');
    await userEvent.click(screen.getByRole('radio', { name: /本工作区的两个合作/ }));
    const tables = screen.getAllByRole('table');
    expect(tables[0]).toHaveTextContent('线上渠道：公有云 IaaS（云服务商甲）');
    expect(tables[1]).toHaveTextContent('数据平台：私有云 PaaS（云服务商乙）');
    expect(screen.getByRole('region', { name: '差异' })).toHaveTextContent(
      '“负责 · 整体”由云服务商转为云服务客户承担。',
    );
  });

  it('says when there is no second engagement to compare', async () => {
    renderView();
    await userEvent.click(screen.getByRole('radio', { name: /Two engagements/ }));
    expect(screen.getByRole('status')).toHaveTextContent('only one engagement');
    expect(screen.queryByRole('table')).toBeNull();
  });
});

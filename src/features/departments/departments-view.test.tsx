import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import { replaceWorkspace } from '@/model/replace-workspace';
import { workspaceStore } from '@/store/use-workspace-store';
import { buildNamedWorkspace } from '../../../tests/support/test-builders';
import { DepartmentsView } from './departments-view';

const SAAS = { resourceService: 'saas', mode: 'cloudService' } as const;

function renderView(language: 'en' | 'zh-CN' = 'en', named = true) {
  if (named) {
    const workspace = buildNamedWorkspace(SAAS);
    act(() => workspaceStore.getState().edit(replaceWorkspace, workspace));
  }
  return render(
    <I18nProvider initial={language}>
      <DepartmentsView />
    </I18nProvider>,
  );
}

function rowOf(name: RegExp) {
  const header = screen.getByRole('rowheader', { name });
  const row = header.closest('tr');
  if (!row) throw new Error('row header outside a row');
  return row;
}

describe('DepartmentsView', () => {
  it('asks for a customer party first when there is none', () => {
    renderView('en', false);
    expect(screen.getByText(/No party is a customer yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Parties and engagements/ })).toBeInTheDocument();
  });

  it('adds the four standard departments in one undoable step and shows a RACI of the duties', async () => {
    const user = userEvent.setup();
    renderView();
    const before = workspaceStore.getState().history;
    await user.click(screen.getByRole('button', { name: 'Add the four standard departments' }));
    expect(workspaceStore.getState().workspace.departments).toHaveLength(4);
    expect(workspaceStore.getState().history).not.toBe(before);
    const table = screen.getByRole('table');
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(columns).toEqual([
      'Customer duty',
      'Security',
      'Development',
      'Business',
      'Operations',
      'Check',
    ]);
    // SaaS on a public cloud: application software (secure use) and business data.
    expect(within(table).getAllByRole('rowheader')).toHaveLength(2);
    expect(rowOf(/Business data/)).toHaveTextContent('No accountable department yet');
  });

  it('flags two Accountable departments on one duty, and clears the flag when one is taken away', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole('button', { name: 'Add the four standard departments' }));
    const security = screen.getByRole('button', { name: 'A Accountable: Security, Business data' });
    const business = screen.getByRole('button', { name: 'A Accountable: Business, Business data' });
    await user.click(security);
    expect(security).toHaveAttribute('aria-pressed', 'true');
    expect(rowOf(/Business data/)).toHaveTextContent('One accountable department');
    await user.click(business);
    expect(rowOf(/Business data/)).toHaveTextContent('Several accountable departments');
    await user.click(security);
    expect(security).toHaveAttribute('aria-pressed', 'false');
    expect(rowOf(/Business data/)).toHaveTextContent('One accountable department');
  });

  it('adds a named department, refuses a blank one, and removes one with an undo', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a name for the department.');
    await user.type(screen.getByLabelText('Another department'), 'Audit');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByLabelText('Name of department 1')).toHaveValue('Audit');
    await user.click(screen.getByRole('button', { name: 'Remove department Audit' }));
    expect(workspaceStore.getState().workspace.departments).toEqual([]);
    expect(screen.getByText(/was removed, with its RACI letters/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(workspaceStore.getState().workspace.departments).toHaveLength(1);
  });

  it('renames a department when the field is left', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole('button', { name: 'Add the four standard departments' }));
    const field = screen.getByLabelText('Name of department 1');
    await user.type(field, 'InfoSec{Enter}');
    expect(workspaceStore.getState().workspace.departments[0]?.name).toBe('InfoSec');
    expect(screen.getByRole('columnheader', { name: 'InfoSec' })).toBeInTheDocument();
  });

  it('speaks Chinese, with the RACI legend in the report’s terms', async () => {
    const user = userEvent.setup();
    renderView('zh-CN');
    await user.click(screen.getByRole('button', { name: '添加四个常用部门' }));
    expect(screen.getByRole('columnheader', { name: '安全部门' })).toBeInTheDocument();
    expect(screen.getByText(/此处的“问责”指在云服务客户内部/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'A（问责）：安全部门，业务数据' }),
    ).toBeInTheDocument();
  });
});

import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import type { Language } from '@/i18n/languages';
import { addStandardDepartments, setRaciLetters } from '@/model/edit-departments';
import { workspaceStore } from '@/store/use-workspace-store';
import { buildNamedWorkspace, PARTY } from '../../../tests/support/test-builders';
import { PrintAnnex } from './print-annex';

const DATA = { engagementId: 'engagement-1', rowId: 'businessData', role: 'customer' } as const;

function renderPrinted(language: Language, departments: boolean) {
  let workspace = buildNamedWorkspace({ resourceService: 'saas', mode: 'cloudService' });
  if (departments) {
    workspace = addStandardDepartments(workspace, PARTY.customer);
    workspace = setRaciLetters(workspace, DATA, 'department-1', ['responsible', 'accountable']);
    workspace = setRaciLetters(workspace, DATA, 'department-3', ['accountable']);
  }
  act(() => workspaceStore.getState().replaceWorkspace(workspace));
  render(
    <I18nProvider initial={language}>
      <PrintAnnex />
    </I18nProvider>,
  );
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
}

describe('PrintRaci', () => {
  it('prints no RACI section while the workspace has no departments', () => {
    renderPrinted('en', false);
    expect(
      screen.queryByRole('heading', { name: 'Inside the customer: departments (RACI)' }),
    ).not.toBeInTheDocument();
  });

  it.each([
    [
      'en',
      'Inside the customer: departments (RACI)',
      'Security',
      'several accountable departments',
    ],
    ['zh-CN', '云服务客户内部：部门分工（RACI）', '安全部门', '有多个问责部门'],
  ] as const)('prints each engagement’s RACI in %s', (language, heading, security, several) => {
    renderPrinted(language, true);
    const section = screen.getByRole('region', { name: heading });
    const table = within(section).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: security })).toBeInTheDocument();
    const data = within(table)
      .getAllByRole('row')
      .find((row) => /R A/.test(row.textContent ?? ''));
    expect(data).toHaveTextContent(several);
  });
});

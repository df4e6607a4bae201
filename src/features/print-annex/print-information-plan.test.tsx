import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import type { Language } from '@/i18n/languages';
import { workspaceStore } from '@/store/use-workspace-store';
import { PrintAnnex } from './print-annex';

function renderPrinted(language: Language) {
  render(
    <I18nProvider initial={language}>
      <PrintAnnex />
    </I18nProvider>,
  );
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
}

function addParties(channels: boolean) {
  act(() =>
    workspaceStore.getState().applyEdit((w) => ({
      ...w,
      parties: [
        { id: 'acme', name: 'ACME Bank', roles: ['customer'] },
        { id: 'cloudco', name: 'CloudCo', roles: ['provider'] },
      ],
      channels: channels
        ? [
            {
              id: 'channel-1',
              fromPartyId: 'cloudco',
              toPartyId: 'acme',
              category: 'keyActivities',
              what: 'Maintenance windows',
              trigger: 'Planned maintenance',
              timeliness: '72 hours ahead',
              medium: 'e-mail',
            },
          ]
        : [],
    })),
  );
}

describe('PrintAnnex: the information-sharing plan', () => {
  it('prints the channels of each pair of parties, by category', () => {
    addParties(true);
    renderPrinted('en');
    const section = screen.getByRole('region', { name: 'Information-sharing plan' });
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent(
      'CloudCo (Cloud service provider) → ACME Bank (Cloud service customer)',
    );
    const table = within(section).getByRole('table', { name: /Information channels from CloudCo/ });
    expect(within(table).getByRole('rowheader')).toHaveTextContent('Key activities of each party');
    expect(table).toHaveTextContent('72 hours ahead');
  });

  it('says in Chinese that no channel is agreed yet', () => {
    addParties(false);
    renderPrinted('zh-CN');
    const section = screen.getByRole('region', { name: '信息共享计划' });
    expect(section).toHaveTextContent('尚未约定信息通道。');
  });
});

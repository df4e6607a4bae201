import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import type { Language } from '@/i18n/languages';
import { workspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import { PartiesView } from './parties-view';

function renderView(language: Language = 'en') {
  render(
    <I18nProvider initial={language}>
      <PartiesView />
    </I18nProvider>,
  );
  return userEvent.setup();
}

async function addParty(user: ReturnType<typeof userEvent.setup>, name: string, roles: string[]) {
  await user.type(screen.getByLabelText('Name of the new party'), name);
  const group = screen.getByRole('group', { name: 'Roles of the new party' });
  for (const role of roles) await user.click(within(group).getByLabelText(role));
  await user.click(screen.getByRole('button', { name: 'Add party' }));
}

function engagementCard(heading: string): HTMLElement {
  const card = screen.getByRole('heading', { level: 4, name: heading }).closest('li');
  if (!card) throw new Error(`no engagement ${heading}`);
  return card;
}

describe('PartiesView', () => {
  it('adds a party with its roles', async () => {
    const user = renderView();
    await addParty(user, 'Cloud B', ['Cloud service provider', 'Cloud security vendor']);
    expect(screen.getByRole('textbox', { name: 'Name of Cloud B' })).toHaveValue('Cloud B');
    expect(screen.getByRole('checkbox', { name: 'Cloud service provider: Cloud B' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Cloud security vendor: Cloud B' })).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'Cloud service customer: Cloud B' }),
    ).not.toBeChecked();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Added “Cloud B”.');
  });

  it.each([
    ['nothing', ''],
    ['only spaces', '   '],
  ])('refuses a party named with %s, and says why', async (_, name) => {
    const user = renderView();
    if (name) await user.type(screen.getByLabelText('Name of the new party'), name);
    await user.click(screen.getByRole('button', { name: 'Add party' }));
    expect(screen.getByLabelText('Name of the new party')).toHaveAccessibleDescription(
      'Enter a name: a party without a name is not added.',
    );
    expect(workspaceStore.getState().workspace.parties).toEqual([]);
  });

  it('renames a party, refuses an empty name, and warns of a taken one', async () => {
    const user = renderView();
    await addParty(user, 'Bank', ['Cloud service customer']);
    await addParty(user, 'Cloud A', ['Cloud service provider']);
    const field = screen.getByRole('textbox', { name: 'Name of Cloud A' });
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(field).toHaveAccessibleDescription(
      'A party needs a name, so it is still called “Cloud A”.',
    );
    await user.type(field, 'Bank{Enter}');
    expect(screen.getAllByRole('textbox', { name: 'Name of Bank' })).toHaveLength(2);
    expect(screen.getAllByText(/Another party is also called “Bank”/)).toHaveLength(2);
    await user.clear(screen.getAllByRole('textbox', { name: 'Name of Bank' })[1] as HTMLElement);
    await user.type(
      screen.getAllByRole('textbox', { name: 'Name of Bank' })[1] as HTMLElement,
      'Cloud Alpha{Enter}',
    );
    expect(screen.getByRole('textbox', { name: 'Name of Cloud Alpha' })).toHaveValue('Cloud Alpha');
    expect(screen.queryByText(/Another party is also called/)).not.toBeInTheDocument();
  });

  it('removes a party, says what went with it, and undoes the removal', async () => {
    const user = renderView();
    await addParty(user, 'Cloud A', ['Cloud service provider']);
    const card = engagementCard('Engagement 1: IaaS, Cloud service');
    await user.selectOptions(within(card).getByLabelText('Cloud service provider'), 'Cloud A');
    await user.click(screen.getByRole('button', { name: 'Remove Cloud A' }));
    expect(screen.queryByRole('textbox', { name: 'Name of Cloud A' })).not.toBeInTheDocument();
    expect(screen.getByText('Removed “Cloud A”. 1 engagement no longer names it.')).toBeVisible();
    const undo = screen.getByRole('button', { name: 'Undo removal' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(screen.getByRole('textbox', { name: 'Name of Cloud A' })).toHaveValue('Cloud A');
    expect(within(card).getByLabelText('Cloud service provider')).toHaveDisplayValue('Cloud A');
    expect(screen.queryByRole('button', { name: 'Undo removal' })).not.toBeInTheDocument();
  });

  it('adds an engagement, gives it a vendor’s security service, and opens it in the matrix', async () => {
    const user = renderView();
    await addParty(user, 'Cloud B', ['Cloud service provider', 'Cloud security vendor']);
    await user.click(screen.getByRole('button', { name: 'Add engagement' }));
    const card = engagementCard('Engagement 2: IaaS, Cloud service');
    await user.click(within(card).getByRole('button', { name: 'Add a security service' }));
    await user.selectOptions(
      within(card).getByLabelText('Vendor of Security service 1'),
      'Cloud B',
    );
    const [, second] = workspaceStore.getState().workspace.engagements;
    expect(second?.securityServices).toEqual([
      { id: 'security-1', vendorPartyId: 'party-1', layers: 'default' },
    ]);
    await user.click(within(card).getByRole('button', { name: 'Open in matrix' }));
    expect(workspaceStore.getState().currentEngagementId).toBe(second?.id);
    expect(useViewStore.getState().view).toBe('matrix');
  });

  it('speaks Chinese with the report’s terms', () => {
    renderView('zh-CN');
    expect(screen.getByRole('heading', { level: 3, name: '参与方' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '合作' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '新参与方的角色' })).toHaveTextContent(
      '云服务客户云服务商云安全厂商',
    );
  });
});

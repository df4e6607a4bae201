import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import { replaceWorkspace } from '@/model/replace-workspace';
import { workspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import { buildNamedWorkspace } from '../../../tests/support/test-builders';
import { InformationPlanView } from './information-plan-view';

const named = {
  ...buildNamedWorkspace({ resourceService: 'iaas', mode: 'cloudService' }, { channels: false }),
  parties: [
    { id: 'acme', name: 'ACME Bank', roles: ['customer'] },
    { id: 'cloudco', name: 'CloudCo', roles: ['provider'] },
    { id: 'shieldco', name: 'ShieldCo', roles: ['securityVendor'] },
  ],
} as const;

function renderView(language: 'en' | 'zh-CN' = 'en', workspace = named) {
  act(() => workspaceStore.getState().edit(replaceWorkspace, workspace));
  return render(
    <I18nProvider initial={language}>
      <InformationPlanView />
    </I18nProvider>,
  );
}

const findings = () =>
  within(
    screen.getByRole('region', {
      name: /Parties without a channel to the customer|Channels to the customer: all in place/,
    }),
  );

// The plan renders a table of text areas per pair of parties (six for one engagement with a
// security vendor); typing into it in jsdom takes seconds on a shared machine.
describe('InformationPlanView', { timeout: 20_000 }, () => {
  it('says that parties come first when none is named, and opens that view', async () => {
    renderView('en', { ...named, parties: [], engagements: [] } as never);
    expect(screen.getByText(/Parties come first/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Open Parties and engagements' }));
    expect(useViewStore.getState().view).toBe('parties');
  });

  it('lists the parties without a channel, and fills in the suggestions as one undo step', async () => {
    renderView();
    expect(findings().getAllByRole('listitem')).toHaveLength(2);
    expect(findings().getAllByRole('listitem')[0]).toHaveTextContent(
      'CloudCo owns or supports something in Engagement but passes no security information to the customer, ACME Bank.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Fill in suggested channels' }));
    expect(
      screen.getByText('Added 15 suggested channel(s). Undo removes them.'),
    ).toBeInTheDocument();
    expect(findings().queryAllByRole('listitem')).toHaveLength(0);
    expect(
      screen.getByLabelText(
        'What is passed on, Asset facts and their changes, CloudCo (Cloud service provider) → ACME Bank (Cloud service customer)',
      ),
    ).toHaveValue(
      'Service changes and end of life; which services a disclosed vulnerability affects',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Fill in suggested channels' }));
    expect(screen.getByText(/^No suggested channel was missing/)).toHaveAttribute('role', 'status');
    act(() => workspaceStore.getState().undo());
    expect(workspaceStore.getState().workspace.channels).toHaveLength(0);
  });

  it('adds the channels of one finding', async () => {
    renderView();
    await userEvent.click(
      screen.getByRole('button', { name: 'Add channels from ShieldCo to ACME Bank' }),
    );
    expect(findings().getAllByRole('listitem')).toHaveLength(1);
    expect(workspaceStore.getState().workspace.channels.map((c) => c.category)).toEqual([
      'assetFacts',
      'keyActivities',
      'externalIntelligence',
    ]);
  });

  it('commits an edited text on Enter, once, and removes a channel undoably', async () => {
    renderView();
    await userEvent.click(screen.getByRole('button', { name: 'Fill in suggested channels' }));
    const field = screen.getByLabelText(
      /^How fast, Important external intelligence, ShieldCo[^→]*→ ACME/,
    );
    await userEvent.clear(field);
    await userEvent.type(field, 'Within 4 hours{Enter}');
    const channel = () =>
      workspaceStore
        .getState()
        .workspace.channels.find(
          (c) =>
            c.fromPartyId === 'shieldco' &&
            c.toPartyId === 'acme' &&
            c.category === 'externalIntelligence',
        );
    expect(channel()?.timeliness).toBe('Within 4 hours');
    act(() => workspaceStore.getState().undo());
    expect(channel()?.timeliness).toBe('Within 24 hours of publication');
    await userEvent.click(
      screen.getByRole('button', {
        name: /^Remove the channel “Important external intelligence”, ShieldCo[^→]*→ ACME/,
      }),
    );
    expect(channel()).toBeUndefined();
    expect(screen.getByText('Channel removed. Undo restores it.')).toHaveAttribute(
      'role',
      'status',
    );
    act(() => workspaceStore.getState().undo());
    expect(channel()).toBeDefined();
  });

  it('adds a channel between two parties, and refuses one to itself', async () => {
    renderView();
    await userEvent.selectOptions(screen.getByLabelText('To'), 'ACME Bank');
    await userEvent.click(screen.getByRole('button', { name: 'Add channel' }));
    expect(screen.getByRole('alert')).toHaveTextContent('A party needs no channel to itself');
    await userEvent.selectOptions(screen.getByLabelText('To'), 'CloudCo');
    await userEvent.click(screen.getByRole('button', { name: 'Add channel' }));
    expect(workspaceStore.getState().workspace.channels).toEqual([
      expect.objectContaining({
        fromPartyId: 'acme',
        toPartyId: 'cloudco',
        category: 'assetFacts',
        what: 'Internet-exposed assets, security contacts',
      }),
    ]);
  });

  it('writes the suggestions in Chinese when the UI speaks Chinese', async () => {
    renderView('zh-CN');
    await userEvent.click(screen.getByRole('button', { name: '填入建议的信息通道' }));
    expect(workspaceStore.getState().workspace.channels[0]?.what).toBe(
      '云服务的变更与下线；已披露漏洞影响哪些云服务',
    );
  });

  it('adds a channel in a category of the user’s own, named', async () => {
    renderView();
    await userEvent.selectOptions(screen.getByLabelText('Category'), 'Other (named by you)');
    await userEvent.type(screen.getByLabelText('Name of the category'), 'Audit logs');
    await userEvent.selectOptions(screen.getByLabelText('To'), 'CloudCo');
    await userEvent.click(screen.getByRole('button', { name: 'Add channel' }));
    expect(workspaceStore.getState().workspace.channels).toEqual([
      expect.objectContaining({ category: 'other', categoryName: 'Audit logs' }),
    ]);
    expect(screen.getByLabelText(/^Name of your own category, ACME Bank/)).toHaveValue(
      'Audit logs',
    );
  });

  it('adds the suggested joint response of an engagement, coordinated by its customer', async () => {
    const { jointResponses: _none, ...rest } = named;
    renderView('en', { ...rest, jointResponses: [] });
    const joint = within(
      screen.getByRole('region', { name: 'Joint response to security incidents' }),
    );
    await userEvent.click(joint.getByRole('button', { name: /^Add a joint response for / }));
    expect(workspaceStore.getState().workspace.jointResponses).toEqual([
      expect.objectContaining({ engagementId: 'engagement-1', coordinatorPartyId: 'acme' }),
    ]);
    expect(joint.getByLabelText(/^Who coordinates, /)).toHaveValue('acme');
  });
});

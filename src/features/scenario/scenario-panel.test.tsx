import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import { addSecurityServiceWithVendor } from '@/model/edit-engagement-parties';
import { addParty } from '@/model/edit-parties';
import { workspaceStore } from '@/store/use-workspace-store';
import { ScenarioPanel } from './scenario-panel';

// Two security services from two named vendors in the only engagement.
function buyFromTwoVendors() {
  act(() =>
    workspaceStore.getState().edit((w) => {
      const named = addParty(
        addParty(w, { id: 'a', name: 'Shield A', roles: ['securityVendor'] }),
        {
          id: 'b',
          name: 'Shield B',
          roles: ['securityVendor'],
        },
      );
      return addSecurityServiceWithVendor(
        addSecurityServiceWithVendor(named, 'engagement-1', 'a'),
        'engagement-1',
        'b',
      );
    }),
  );
}

describe('ScenarioPanel', () => {
  it('shows every security service with its vendor and its coverage', () => {
    render(
      <I18nProvider initial="en">
        <ScenarioPanel />
      </I18nProvider>,
    );
    buyFromTwoVendors();
    const first = screen.getByRole('group', { name: 'Layers the Security service 1 covers' });
    const second = screen.getByRole('group', { name: 'Layers the Security service 2 covers' });
    expect(first).toHaveTextContent('Cloud security vendor Shield A');
    expect(second).toHaveTextContent('Cloud security vendor Shield B');
    expect(within(second).getByLabelText('Business data')).toBeChecked();
  });

  it('switches every security service off as one undoable step', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider initial="en">
        <ScenarioPanel />
      </I18nProvider>,
    );
    buyFromTwoVendors();
    await user.click(screen.getByRole('switch', { name: 'Security service' }));
    expect(screen.queryByRole('group', { name: /Layers the Security service/ })).toBeNull();
    act(() => workspaceStore.getState().undo());
    expect(screen.getAllByRole('group', { name: /Layers the Security service/ })).toHaveLength(2);
  });
});

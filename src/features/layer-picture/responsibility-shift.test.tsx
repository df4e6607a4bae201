import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import { addSecurityService, setScenario } from '@/model/edit-engagements';
import { workspaceStore } from '@/store/use-workspace-store';
import { ResponsibilityShift } from './responsibility-shift';

function renderShift() {
  return render(
    <I18nProvider initial="en">
      <ResponsibilityShift />
    </I18nProvider>,
  );
}

function facilitySentence(figure: HTMLElement): string {
  const description = within(figure).getByRole('img').getAttribute('aria-describedby') ?? '';
  const text = document.getElementById(description)?.textContent ?? '';
  return text.match(/Data-centre facility[^.]*\./)?.[0] ?? '';
}

describe('ResponsibilityShift', () => {
  it('puts the current service type in the three delivery modes side by side, the current one marked', () => {
    renderShift();
    const figures = screen.getAllByRole('figure');
    expect(figures.map((f) => f.getAttribute('aria-current'))).toEqual(['true', null, null]);
    expect(figures[0]).toHaveAccessibleName(
      /^Cloud service e\.g\. public cloud \/ dedicated cloud Current scenario$/,
    );
    expect(figures[1]).toHaveAccessibleName(/^Cloud software delivery e\.g\. private cloud$/);
    expect(figures[2]).toHaveAccessibleName(
      /^Software delivery \+ managed operations e\.g\. government cloud$/,
    );
    expect(
      screen.getByRole('img', { name: 'IaaS in Cloud service (current scenario)' }),
    ).toBeInTheDocument();
  });

  it('shows the facility moving from the provider to the customer across the modes', () => {
    renderShift();
    const [cloud, software, managed] = screen.getAllByRole('figure');
    expect(facilitySentence(cloud as HTMLElement)).toMatch(
      /owned by Cloud service provider \(whole layer\)\.$/,
    );
    expect(facilitySentence(software as HTMLElement)).toMatch(
      /owned by Cloud service customer \(whole layer\)\.$/,
    );
    expect(facilitySentence(managed as HTMLElement)).toMatch(
      /owned by Cloud service customer \(whole layer\); supported by Cloud service provider \(via operations service, whole layer\)\.$/,
    );
  });

  it('switches to the three service types of the current mode with the labelled control', async () => {
    const user = userEvent.setup();
    renderShift();
    const control = screen.getByRole('group', { name: 'Compare' });
    expect(within(control).getByRole('radio', { name: 'Compare delivery modes' })).toBeChecked();
    await user.click(within(control).getByRole('radio', { name: 'Compare service types' }));
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(3);
    expect(figures[0]).toHaveAccessibleName(
      /^IaaS Infrastructure capability service \(IaaS\) Current scenario$/,
    );
    expect(figures[1]).toHaveAccessibleName(/^PaaS Platform capability service \(PaaS\)$/);
    expect(figures[2]).toHaveAccessibleName(/^SaaS Application capability service \(SaaS\)$/);
    expect(
      screen.getByRole('heading', { name: 'The three resource services in Cloud service' }),
    ).toBeInTheDocument();
  });

  it('follows the current scenario and keeps its security services in every stack', async () => {
    renderShift();
    act(() => {
      const store = workspaceStore.getState();
      store.edit(setScenario, 'engagement-1', {
        resourceService: 'saas',
        mode: 'softwareDelivery',
      });
      store.edit(addSecurityService, 'engagement-1', {
        id: 's1',
        vendorPartyId: null,
        layers: 'default',
      });
    });
    const figures = screen.getAllByRole('figure');
    expect(figures.map((f) => f.getAttribute('aria-current'))).toEqual([null, 'true', null]);
    const current = within(figures[1] as HTMLElement).getByRole('img');
    expect(current).toHaveAccessibleName('SaaS in Cloud software delivery (current scenario)');
    expect(current).toHaveAccessibleDescription(
      /Business data \(on the service\): owned by Cloud service customer \(whole layer\); supported by Cloud security vendor \(via security service, whole layer\)\./,
    );
  });
});

import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import type { Language } from '@/i18n/languages';
import { setCellAssignments } from '@/model/edit-cells';
import { setScenario } from '@/model/edit-engagements';
import { workspaceStore } from '@/store/use-workspace-store';
import { LayerPicture } from './layer-picture';

function renderPicture(language: Language = 'en') {
  return render(
    <I18nProvider initial={language}>
      <LayerPicture />
    </I18nProvider>,
  );
}

function picture() {
  return screen.getByRole('img', { name: /who owns and who supports each layer/ });
}

describe('LayerPicture', () => {
  it('names the scenario and says in words that the provider owns the facility in IaaS cloud service', () => {
    renderPicture();
    expect(picture()).toHaveAccessibleName(
      'Asset layers of Infrastructure capability service (IaaS) in Cloud service: who owns and who supports each layer',
    );
    expect(picture()).toHaveAccessibleDescription(
      /Data-centre facility \(under the service\): owned by Cloud service provider \(whole layer\)\./,
    );
  });

  it('states both owners of the split layer, the service itself and its secure use', () => {
    renderPicture();
    expect(picture()).toHaveAccessibleDescription(
      /Virtualised infrastructure \(the layer the service delivers\): owned by Cloud service provider \(the service itself\) and Cloud service customer \(secure use\)\./,
    );
    expect(picture()).toHaveAccessibleDescription(
      /Business data \(on the service\): owned by Cloud service customer \(whole layer\)\./,
    );
  });

  it('follows the scenario live: the customer owns the facility in software delivery', () => {
    renderPicture();
    act(() =>
      workspaceStore.getState().edit(setScenario, 'engagement-1', {
        resourceService: 'iaas',
        mode: 'softwareDelivery',
      }),
    );
    expect(picture()).toHaveAccessibleName(/in Cloud software delivery/);
    expect(picture()).toHaveAccessibleDescription(
      /Data-centre facility \(under the service\): owned by Cloud service customer \(whole layer\)\./,
    );
  });

  it('shows who supports a layer and through which service', () => {
    renderPicture();
    act(() =>
      workspaceStore.getState().edit(setScenario, 'engagement-1', {
        resourceService: 'paas',
        mode: 'managedDelivery',
      }),
    );
    expect(picture()).toHaveAccessibleDescription(
      /Data-centre facility \(under the service\): owned by Cloud service customer \(whole layer\); supported by Cloud service provider \(via operations service, whole layer\)\./,
    );
    // The operations service supports both layers under PaaS and the platform software it delivers.
    // The drawn tag may wrap onto a second line; its first line names the role and the service.
    expect(
      screen.getAllByText(/^Supported by: Cloud service provider \(via operations/),
    ).toHaveLength(3);
  });

  it('shows an overridden cell as the matrix says it, marked as changed', () => {
    renderPicture();
    act(() =>
      workspaceStore
        .getState()
        .edit(
          setCellAssignments,
          { engagementId: 'engagement-1', rowId: 'facility', role: 'provider' },
          [],
          'Own data centre',
        ),
    );
    expect(picture()).toHaveAccessibleDescription(
      /Data-centre facility \(under the service\): no owner; changed for the contract\./,
    );
    expect(screen.getByText(/^✎ Changed/)).toBeInTheDocument();
  });

  it('speaks the report’s own terms in Chinese', () => {
    renderPicture('zh-CN');
    const img = screen.getByRole('img', { name: /各资产由谁负责、由谁支撑/ });
    expect(img).toHaveAccessibleDescription(/机房基础设施（服务之下）：云服务商负责（整体）。/);
    expect(img).toHaveAccessibleDescription(
      /虚拟化基础设施资源（服务交付层）：云服务商负责（服务自身），云服务客户负责（安全使用）。/,
    );
  });

  it('explains its letters and patterns in a key', () => {
    renderPicture();
    const key = screen.getByRole('region', { name: 'Key to the pictures' });
    expect(key).toHaveTextContent('P and this pattern: Cloud service provider');
    expect(key).toHaveTextContent('Dashed frame: supporter');
  });
});

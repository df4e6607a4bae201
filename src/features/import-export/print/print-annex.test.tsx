import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fingerprintWorkspace } from '@/export/agreement/fingerprint';
import { I18nProvider } from '@/i18n/i18n-provider';
import type { Language } from '@/i18n/languages';
import { setCellAssignments } from '@/model/edit-cells';
import { replaceWorkspace } from '@/model/replace-workspace';
import { workspaceStore } from '@/store/use-workspace-store';
import { PrintAnnex } from './print-annex';

function overrideBusinessData() {
  workspaceStore
    .getState()
    .edit(
      setCellAssignments,
      { engagementId: 'engagement-1', rowId: 'businessData', role: 'provider' },
      [{ duty: 'supporter', scope: 'whole', via: 'opsService', basis: { source: 'override' } }],
      'Backups are in the ops contract',
    );
}

function renderPrinted(language: Language) {
  const view = render(
    <I18nProvider initial={language}>
      <PrintAnnex />
    </I18nProvider>,
  );
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
  return view;
}

describe('PrintAnnex', () => {
  it('prints the fingerprint of the workspace as it is at that moment, right after an edit', async () => {
    overrideBusinessData();
    const { fingerprint } = await fingerprintWorkspace(workspaceStore.getState().workspace);
    renderPrinted('en');
    expect(screen.getByRole('article')).toHaveTextContent(fingerprint);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
  });

  it('builds nothing on screen and the annex when the browser prints', () => {
    render(
      <I18nProvider initial="en">
        <PrintAnnex />
      </I18nProvider>,
    );
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Shared responsibility annex' }),
    ).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('prints the matrix as a table with row and column headers, top layer first', () => {
    renderPrinted('en');
    const table = screen.getByRole('table', { name: 'Engagement 1 Responsibility matrix' });
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(columns).toEqual([
      'Asset layer',
      'Cloud service customer',
      'Cloud service provider',
      'Cloud security vendor',
    ]);
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.firstChild?.textContent);
    expect(rows).toEqual([
      'Business data',
      'Application software',
      'Platform software',
      'Virtualised infrastructure',
      'Data-centre facility',
    ]);
    const facility = within(table).getByRole('row', { name: /Data-centre facility/ });
    const owner = within(facility).getAllByRole('cell')[1];
    expect(owner).toHaveTextContent('■ O Owner, whole layer');
    expect(owner).toHaveClass('print-tint-owner');
  });

  it('lists the deviation with its baseline, what was agreed and the reason', () => {
    overrideBusinessData();
    renderPrinted('en');
    const table = screen.getByRole('table', { name: 'Engagement 1 Deviations from the baseline' });
    const row = within(table).getByRole('row', { name: /Business data/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent(
      'Business data Cloud service provider',
    );
    const cells = within(row)
      .getAllByRole('cell')
      .map((td) => td.textContent);
    expect(cells).toEqual([
      '—',
      '□ S Supporter, whole layer, via operations service',
      'Backups are in the ops contract',
    ]);
    const matrix = screen.getByRole('table', { name: 'Engagement 1 Responsibility matrix' });
    const data = within(matrix).getByRole('row', { name: /Business data/ });
    expect(within(data).getAllByRole('cell')[1]).toHaveTextContent(/via operations service \*$/);
  });

  it('says all principles pass, then groups findings by principle', () => {
    const { unmount } = renderPrinted('en');
    const checks = screen.getByRole('region', { name: 'Principle checks' });
    expect(checks).toHaveTextContent('All four principles pass: no errors, no warnings.');
    unmount();
    overrideBusinessData();
    renderPrinted('en');
    const after = screen.getByRole('region', { name: 'Principle checks' });
    expect(
      within(after).getByRole('heading', { name: 'Shared purpose: passes' }),
    ).toBeInTheDocument();
    expect(
      within(after).getByRole('heading', { name: 'Maximised strengths: 1 error(s)' }),
    ).toBeInTheDocument();
    expect(within(after).getByRole('listitem')).toHaveTextContent(
      '[Error] Supporter without an assurance service in scope Engagement 1, Business data, Cloud service provider',
    );
  });

  it('says no parties are listed and gives a signature block per role', () => {
    renderPrinted('en');
    expect(screen.getByRole('region', { name: 'Parties' })).toHaveTextContent(
      'No parties are listed yet.',
    );
    const signatures = screen.getByRole('region', { name: 'Signatures' });
    const blocks = within(signatures).getAllByRole('region');
    expect(blocks.map((block) => block.textContent)).toEqual([
      expect.stringContaining('Cloud service customer'),
      expect.stringContaining('Cloud service provider'),
      expect.stringContaining('Cloud security vendor'),
    ]);
    for (const block of blocks) {
      expect(block).toHaveTextContent('Signature (and seal):');
      expect(block).toHaveTextContent('Date:');
    }
  });

  it('names the parties and gives each a signature block', () => {
    const { workspace } = workspaceStore.getState();
    workspaceStore.getState().edit(replaceWorkspace, {
      ...workspace,
      contract: { title: 'Cloud hosting contract', version: '2.1', date: '2024-06-30', notes: '' },
      parties: [
        { id: 'acme', name: 'Acme Ltd', roles: ['customer'] },
        { id: 'nimbus', name: 'Nimbus Cloud', roles: ['provider', 'securityVendor'] },
      ],
    });
    renderPrinted('en');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Cloud hosting contract' }),
    ).toBeInTheDocument();
    const parties = screen.getByRole('region', { name: 'Parties' });
    expect(within(parties).getByRole('row', { name: /Nimbus Cloud/ })).toHaveTextContent(
      'Cloud service provider, Cloud security vendor',
    );
    const signatures = screen.getByRole('region', { name: 'Signatures' });
    expect(within(signatures).getByRole('region', { name: 'Acme Ltd' })).toHaveTextContent(
      'Cloud service customer',
    );
    expect(within(signatures).getByRole('region', { name: 'Nimbus Cloud' })).toBeInTheDocument();
  });

  it('keeps report rules apart from derived readings in the basis notes', () => {
    renderPrinted('en');
    const basis = screen.getByRole('region', { name: 'Basis notes' });
    expect(basis).toHaveTextContent('Report §2.3.2: every asset layer');
    expect(basis).toHaveTextContent('Laws and standards the report cites (§1.1)');
    expect(basis).toHaveTextContent('GB/T 31168-2023');
    expect(basis).not.toHaveTextContent('report’s table');
  });

  it('prints in the report’s Chinese terms, with the page numbers in Chinese', () => {
    overrideBusinessData();
    renderPrinted('zh-CN');
    expect(
      screen.getByRole('heading', { level: 1, name: '云安全责任共担附件' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '合作 1 责任矩阵' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['资产层', '云服务客户', '云服务商', '云安全厂商']);
    expect(within(table).getByRole('row', { name: /机房基础设施/ })).toHaveTextContent(
      '■ 责 负责·整体',
    );
    expect(screen.getAllByRole('heading', { name: '偏离基线' }).length).toBeGreaterThan(0);
    expect(screen.getByText('□ 撑 支撑·整体·经云运维运营服务')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '优势最大化原则：1 个错误' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '签署' })).toHaveTextContent('签字（盖章）：');
    expect(document.documentElement.style.getPropertyValue('--print-annex-page-of')).toBe(
      '"第 " counter(page) " 页 / 共 " counter(pages) " 页"',
    );
  });
});

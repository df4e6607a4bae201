import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import type { Language } from '@/i18n/languages';
import { GuidePanel } from './guide-panel';

function renderGuide(language: Language) {
  return render(
    <I18nProvider initial={language}>
      <GuidePanel />
    </I18nProvider>,
  );
}

describe('GuidePanel', () => {
  it('starts compact, with every section closed', () => {
    renderGuide('en');
    expect(
      screen.getByRole('heading', { level: 2, name: 'The 2.0 system explained' }),
    ).toBeInTheDocument();
    const toggles = screen.getAllByRole('button');
    expect(toggles.map((b) => b.textContent)).toEqual([
      'Three roles',
      'Four principles',
      'How the scope is set',
      'Three key links',
      'Report rules and derived rules',
      'Laws and standards the report cites',
    ]);
    for (const toggle of toggles) expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Shared purpose')).not.toBeVisible();
  });

  it.each([
    {
      language: 'en',
      section: 'Four principles',
      terms: [
        'Shared purpose',
        'Reasonable responsibility',
        'Maximised strengths',
        'Transparent collaboration',
      ],
      check: 'Every asset layer has a complete owner.',
    },
    {
      language: 'zh-CN',
      section: '四大基本原则',
      terms: ['目的一致性原则', '责任合理性原则', '优势最大化原则', '协作透明性原则'],
      check: '每个资产层都有完整的负责方。',
    },
  ] as const)('opens the principles in $language', async ({ language, section, terms, check }) => {
    const user = userEvent.setup();
    renderGuide(language);
    const toggle = screen.getByRole('button', { name: section });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    for (const term of terms) expect(screen.getByText(term)).toBeVisible();
    expect(screen.getByText(check)).toBeVisible();
    await user.click(toggle);
    expect(screen.getByText(terms[0])).not.toBeVisible();
  });

  it('opens a section from the keyboard', async () => {
    const user = userEvent.setup();
    renderGuide('zh-CN');
    await user.tab();
    expect(screen.getByRole('button', { name: '三类主体角色' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('云安全厂商')).toBeVisible();
    await user.tab();
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: '责任范围如何确定' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getByText('政务云', { exact: false })).toBeVisible();
  });

  it('explains the three key links with the three information categories', async () => {
    const user = userEvent.setup();
    renderGuide('en');
    await user.click(screen.getByRole('button', { name: 'Three key links' }));
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      expect.arrayContaining([
        'Asset facts and their changes',
        'Key activities of each party',
        'Important external intelligence',
      ]),
    );
  });
});

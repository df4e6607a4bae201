import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import type { Language } from '@/i18n/languages';
import type { Workspace } from '@/model/workspace';
import { TemplatePicker } from './template-picker';

function renderPicker(language: Language, saved: string | null = 'ws-1') {
  const onCreate = vi.fn(async (_name: string, _workspace: Workspace) => saved);
  render(
    <I18nProvider initial={language}>
      <TemplatePicker onCreate={onCreate} />
    </I18nProvider>,
  );
  return onCreate;
}

describe('TemplatePicker', () => {
  it('lists the six templates, each with a line that says what it shows', async () => {
    renderPicker('en');
    const toggle = screen.getByRole('button', { name: 'New from template…' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const region = screen.getByRole('region', { name: 'Start from a template' });
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(items[4]).toHaveTextContent('Multi-cloud and hybrid');
    expect(items[4]).toHaveTextContent('Public IaaS from one provider');
  });

  it.each([
    [
      'en',
      'Create from template: Multi-cloud and hybrid',
      'Multi-cloud and hybrid (example)',
      'Example Group',
    ],
    ['zh-CN', '从模板创建：多云与混合云', '多云与混合云（示例）', '某集团'],
  ] as const)(
    'creates the workspace in %s and says so',
    async (language, button, name, customer) => {
      const onCreate = renderPicker(language);
      await userEvent.click(screen.getByRole('button', { name: /New from template|从模板新建/ }));
      await userEvent.click(screen.getByRole('button', { name: button }));
      expect(onCreate).toHaveBeenCalledTimes(1);
      const [givenName, workspace] = onCreate.mock.calls[0] ?? [];
      expect(givenName).toBe(name);
      expect(workspace?.engagements).toHaveLength(2);
      expect(workspace?.parties[0]?.name).toBe(customer);
      expect(screen.getByRole('status')).toHaveTextContent(name);
      expect(screen.queryByRole('region')).toBeNull();
    },
  );

  it('says when the new workspace could not be saved', async () => {
    renderPicker('en', null);
    await userEvent.click(screen.getByRole('button', { name: 'New from template…' }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Create from template: Public SaaS' }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('could not be saved');
  });
});

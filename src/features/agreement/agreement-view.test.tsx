import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/i18n/i18n-provider';
import { replaceWorkspace } from '@/model/replace-workspace';
import { workspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import { buildEngagement, buildWorkspace } from '../../../tests/support/test-builders';
import { AgreementView } from './agreement-view';

describe('AgreementView without parties', () => {
  it.each([
    ['en', 'Go to “Parties and engagements”'],
    ['zh-CN', '前往“参与方与合作”'],
  ] as const)(
    'in %s, says parties come first and leads to where they are named',
    async (language, button) => {
      act(() =>
        workspaceStore.getState().edit(replaceWorkspace, buildWorkspace([buildEngagement()])),
      );
      useViewStore.getState().showView('agreement');
      render(
        <I18nProvider initial={language}>
          <AgreementView />
        </I18nProvider>,
      );
      await userEvent.click(await screen.findByRole('button', { name: button }));
      expect(useViewStore.getState().view).toBe('parties');
    },
  );
});

import { type ComponentType, lazy, Suspense } from 'react';
import { withAreas } from '@/i18n/area-cache';
import type { MessageKey } from '@/i18n/en';
import { useT } from '@/i18n/i18n-provider';
import { type ShellDialog, useShellStore } from '@/store/shell-store';
import { ModalDialog } from '@/ui/modal-dialog';

// Each dialog's content loads when first opened, so none of it weighs on the first page load;
// the areas its texts come from load beside it.
const CONTENT: Readonly<Record<ShellDialog, ComponentType>> = {
  workspaces: lazy(() =>
    withAreas(
      ['files', 'templates', 'plan', 'plan-suggestions'],
      import('@/features/workspaces/workspaces-panel').then((m) => ({
        default: m.WorkspacesPanel,
      })),
    ),
  ),
  templates: lazy(() =>
    withAreas(
      ['templates', 'plan', 'plan-suggestions'],
      import('./templates-dialog-body').then((m) => ({ default: m.TemplatesDialogBody })),
    ),
  ),
  contract: lazy(() =>
    withAreas(
      ['files'],
      import('@/features/contract/contract-panel').then((m) => ({ default: m.ContractPanel })),
    ),
  ),
  export: lazy(() =>
    withAreas(
      ['files', 'oscal'],
      import('@/features/import-export/import-export-panel').then((m) => ({
        default: m.ImportExportPanel,
      })),
    ),
  ),
};

const TITLES: Readonly<Record<ShellDialog, MessageKey>> = {
  workspaces: 'shell.workspaces',
  templates: 'shell.templates',
  contract: 'shell.contract',
  export: 'shell.export',
};

/** The action bar's dialogs; one at a time, each closing back to the button that opened it. */
export function ShellDialogs() {
  const t = useT();
  const dialog = useShellStore((s) => s.dialog);
  const showDialog = useShellStore((s) => s.showDialog);
  const Content = dialog ? CONTENT[dialog] : null;
  // One dialog element for all: closing it (not removing it) gives focus back to the opener.
  return (
    <ModalDialog
      open={dialog !== null}
      title={dialog ? t(TITLES[dialog]) : ''}
      closeLabel={t('shell.close')}
      onClose={() => showDialog(null)}
    >
      {Content ? (
        <Suspense fallback={<p role="status">{t('view.loading')}</p>}>
          <Content />
        </Suspense>
      ) : null}
    </ModalDialog>
  );
}

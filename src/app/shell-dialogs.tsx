import { Suspense } from 'react';
import { withAreas } from '@/i18n/area-cache';
import type { MessageKey } from '@/i18n/en';
import { useT } from '@/i18n/i18n-provider';
import { type ShellDialog, useShellStore } from '@/store/shell-store';
import { type LazyComponent, lazyComponent } from '@/ui/lazy-component';
import { ModalDialog } from '@/ui/modal-dialog';

// Each dialog's content loads when first opened, or when its button is pointed at (see
// preloadShellDialog), so none of it weighs on the first page load; the areas its texts come from
// load beside it.
const CONTENT: Readonly<Record<ShellDialog, LazyComponent>> = {
  workspaces: lazyComponent(() =>
    withAreas(
      ['files', 'templates', 'plan', 'plan-suggestions'],
      import('@/features/workspaces/workspaces-panel').then((m) => m.WorkspacesPanel),
    ),
  ),
  templates: lazyComponent(() =>
    withAreas(
      ['templates', 'plan', 'plan-suggestions'],
      import('./templates-dialog-body').then((m) => m.TemplatesDialogBody),
    ),
  ),
  contract: lazyComponent(() =>
    withAreas(
      ['files'],
      import('@/features/contract/contract-panel').then((m) => m.ContractPanel),
    ),
  ),
  export: lazyComponent(() =>
    withAreas(
      ['files', 'oscal'],
      import('@/features/import-export/import-export-panel').then((m) => m.ImportExportPanel),
    ),
  ),
};

/** Starts loading a dialog's content before it opens, so it opens with its content at once. */
export function preloadShellDialog(dialog: ShellDialog): void {
  void CONTENT[dialog].preload();
}

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
  const Content = dialog ? CONTENT[dialog].Component : null;
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

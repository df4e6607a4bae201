import { WorkspaceSwitcher } from '@/features/workspaces/workspace-switcher';
import { useT } from '@/i18n/i18n-provider';
import { isEmptyWorkspace } from '@/model/is-empty-workspace';
import { useLibraryStore } from '@/store/persistence/library-store';
import { type ShellDialog, useShellStore } from '@/store/shell-store';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { preloadShellDialog } from './shell-dialogs';

/**
 * The bar that stays at the top at every width: the open workspace and its switcher, the templates,
 * the contract details and the export menu. A new, empty workspace is offered the templates first.
 */
export function ActionBar({ firstVisit }: { firstVisit: boolean }) {
  const t = useT();
  const showDialog = useShellStore((s) => s.showDialog);
  const phase = useLibraryStore((s) => s.phase);
  const ready = phase === 'ready';
  const empty = useWorkspaceStore((s) => isEmptyWorkspace(s.workspace));
  const message = useShellStore((s) => s.message);
  // Pointing at a button (or focusing it) loads its dialog's content, so it opens complete.
  const opens = (dialog: ShellDialog) => ({
    onClick: () => showDialog(dialog),
    onPointerEnter: () => preloadShellDialog(dialog),
    onFocus: () => preloadShellDialog(dialog),
  });
  return (
    <section className="action-bar" aria-label={t('shell.label')}>
      <div className="action-bar-group">
        <WorkspaceSwitcher firstVisit={firstVisit} />
        <button type="button" {...opens('workspaces')} disabled={!ready}>
          {t('shell.workspaces')}
        </button>
        <button
          type="button"
          className={empty ? 'primary' : undefined}
          {...opens('templates')}
          disabled={!ready}
        >
          {t('shell.templates')}
        </button>
      </div>
      <div className="action-bar-group">
        <button type="button" {...opens('contract')} disabled={!ready}>
          {t('shell.contract')}
        </button>
        <button
          type="button"
          className={empty ? undefined : 'primary'}
          aria-haspopup="dialog"
          {...opens('export')}
          disabled={!ready}
        >
          {t('shell.export')}
        </button>
      </div>
      {/* A first visit's workspace is new: offered at once (usable once storage has answered), so
          the page does not move down when storage answers. */}
      {empty && (ready || (firstVisit && phase === 'starting')) ? (
        <p className="action-bar-offer">
          {t('shell.offer')}{' '}
          <button type="button" className="link-button" {...opens('templates')} disabled={!ready}>
            {t('shell.offerChoose')}
          </button>
        </p>
      ) : null}
      <p role="status" className="action-bar-message">
        {message}
      </p>
    </section>
  );
}

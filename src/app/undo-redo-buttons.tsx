import { useT } from '@/i18n/i18n-provider';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { useUndoShortcuts } from './use-undo-shortcuts';

/** Undo and redo for every edit, as buttons and as the usual keyboard shortcuts. */
export function UndoRedoButtons() {
  const t = useT();
  const canUndo = useWorkspaceStore((s) => s.history.past.length > 0);
  const canRedo = useWorkspaceStore((s) => s.history.future.length > 0);
  const undo = useWorkspaceStore((s) => s.undo);
  const redo = useWorkspaceStore((s) => s.redo);
  useUndoShortcuts(undo, redo);
  return (
    <div className="undo-redo" role="toolbar" aria-label={t('history.label')}>
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        {t('history.undo')}
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        {t('history.redo')}
      </button>
    </div>
  );
}

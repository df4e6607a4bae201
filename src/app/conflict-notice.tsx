import { useT } from '@/i18n/i18n-provider';
import { useLibraryStore } from '@/store/persistence/library-store';
import { getPersistence } from '@/store/persistence/persistence-handle';

/** Tells the user another tab saved a newer version, and lets them keep theirs, the other, or both. */
export function ConflictNotice() {
  const t = useT();
  const conflict = useLibraryStore((s) => s.conflict);
  const name = useLibraryStore((s) => s.current?.name) || t('workspaces.untitled');
  const persistence = getPersistence();
  if (!conflict || !persistence) return null;
  return (
    <div className="notice notice-conflict" role="alert">
      <p>{t('conflict.message')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void persistence.library.keepMineAsCopy(t('conflict.mineName', { name }))}
        >
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={() => void persistence.controller.reload()}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}

import { useT } from '@/i18n/i18n-provider';
import { useLibraryStore } from '@/store/persistence/library-store';

/** Whether the work is kept: saved, saving, or not saved and why; announced to screen readers. */
export function SaveStatus() {
  const t = useT();
  const save = useLibraryStore((s) => s.save);
  const starting = useLibraryStore((s) => s.phase === 'starting');
  // Until storage has opened, nothing is known to be saved, so nothing is claimed: the words it
  // will most likely say only hold their place, unseen, so nothing moves when storage answers.
  if (starting) {
    return (
      <div className="save-status save-status-reserved" aria-hidden="true">
        <p className="save-state save-state-saved">{t('save.saved')}</p>
      </div>
    );
  }
  const text =
    save.kind === 'not-saved'
      ? t(`save.notSaved.${save.reason}`)
      : save.kind === 'saving'
        ? t('save.saving')
        : save.kind === 'pending'
          ? t('save.pending')
          : t('save.saved');
  return (
    <div className="save-status">
      <p role="status" className={`save-state save-state-${save.kind}`}>
        {text}
      </p>
    </div>
  );
}

import { useT } from '@/i18n/i18n-provider';
import { clearAllOverrides } from '@/model/edit-cells';
import { useWorkspaceStore } from '@/store/use-workspace-store';

/**
 * Actions on the whole matrix: reset every changed cell of the engagement to its baseline, and show
 * or hide the crosswalk to other vocabularies.
 */
export function MatrixToolbar({
  engagementId,
  crosswalk,
  onCrosswalkChange,
}: {
  engagementId: string;
  crosswalk: boolean;
  onCrosswalkChange: (show: boolean) => void;
}) {
  const t = useT();
  const changed = useWorkspaceStore(
    (s) => s.workspace.overrides.filter((o) => o.engagementId === engagementId).length,
  );
  const edit = useWorkspaceStore((s) => s.edit);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('matrix.toolbar')}>
      <span className="toolbar-status">
        {changed === 0 ? t('matrix.noChanges') : t('matrix.changedCount', { count: changed })}
      </span>
      <button
        type="button"
        disabled={changed === 0}
        onClick={() => edit(clearAllOverrides, engagementId)}
      >
        {t('matrix.resetAll')}
      </button>
      <label className="toolbar-toggle">
        <input
          type="checkbox"
          checked={crosswalk}
          onChange={(event) => onCrosswalkChange(event.target.checked)}
        />{' '}
        {t('matrix.crosswalkToggle')}
      </label>
    </div>
  );
}

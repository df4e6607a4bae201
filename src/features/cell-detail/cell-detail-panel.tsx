import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { describeRow } from '@/i18n/describe-row';
import { DETAIL_MESSAGES } from '@/i18n/detail-messages';
import { useExtendedT } from '@/i18n/use-section-t';
import { findCellContext } from '@/model/cell-context';
import { cellKey } from '@/model/cell-ref';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import { selectCurrentEngagement } from '@/store/select-current-engagement';
import { useSelectionStore } from '@/store/selection-store';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { AssignmentDetailList } from './assignment-detail-list';
import { CellEditor } from './cell-editor';
import { useReopenKeptDraft } from './use-cell-editor-draft';
import './cell-detail.css';

/** The selected cell: what it says and why, the principle and key link it answers to, and its editor. */
export function CellDetailPanel() {
  const t = useExtendedT(DETAIL_MESSAGES);
  const selected = useSelectionStore((s) => s.selectedCell);
  // Deferred: the matrix answers an edit within the frame, the detail follows right after.
  const workspace = useDeferredValue(useWorkspaceStore((s) => s.workspace));
  const clearOverride = useWorkspaceStore((s) => s.clearOverride);
  const [editing, setEditing] = useState<string | null>(null);
  const onScreen = useWorkspaceStore((s) => selectCurrentEngagement(s)?.id);
  useReopenKeptDraft(
    onScreen,
    useCallback((cell) => {
      useSelectionStore.getState().selectCell(cell);
      setEditing(cellKey(cell));
    }, []),
  );
  const engagement = workspace.engagements.find((e) => e.id === selected?.engagementId);
  const matrix = useMemo(
    () => (engagement ? deriveMatrixMemo(engagement, workspace.overrides) : null),
    [engagement, workspace.overrides],
  );
  const row = matrix?.rows.find((r) => r.id === selected?.rowId);
  if (!selected || !engagement || !row) {
    return (
      <section className="panel cell-detail" aria-labelledby="cell-detail-heading">
        <h2 id="cell-detail-heading">{t('detail.heading')}</h2>
        <p className="field-hint">{t('detail.none')}</p>
      </section>
    );
  }
  const cell = row.cells[selected.role];
  const context = findCellContext(row, selected.role);
  const key = cellKey(selected);
  return (
    <section className="panel cell-detail" aria-labelledby="cell-detail-heading">
      <h2 id="cell-detail-heading">{t('detail.heading')}</h2>
      <h3>
        {t('detail.title', { role: t(`role.${selected.role}`), row: describeRow(row, t).name })}
      </h3>
      <h4>{t('detail.current')}</h4>
      <AssignmentDetailList assignments={cell.assignments} parties={workspace.parties} />
      <h4>
        {t('detail.context')}{' '}
        <span className="basis basis-derived">{t('detail.contextDerived')}</span>
      </h4>
      <ul className="context-list">
        <li>{t('detail.principle', { name: t(`principle.${context.principle}`) })}</li>
        <li>{t('detail.keyLink', { name: t(`keyLink.${context.keyLink}`) })}</li>
      </ul>
      {cell.overridden ? (
        <div className="override-detail">
          <h4>{t('detail.baseline')}</h4>
          <AssignmentDetailList assignments={cell.baseline} parties={workspace.parties} />
          <h4>{t('detail.reason')}</h4>
          <p className="reason-text">
            {cell.reason.trim() === '' ? t('detail.noReason') : cell.reason}
          </p>
        </div>
      ) : null}
      {editing === key ? (
        <CellEditor
          key={key}
          cellRef={selected}
          engagement={engagement}
          row={row}
          onDone={() => setEditing(null)}
        />
      ) : (
        <div className="form-actions">
          <button type="button" className="primary" onClick={() => setEditing(key)}>
            {t('detail.edit')}
          </button>
          {cell.overridden ? (
            <button type="button" onClick={() => clearOverride(selected)}>
              {t('detail.resetCell')}
            </button>
          ) : null}
        </div>
      )}
    </section>
  );
}

import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { describeRow } from '@/i18n/describe-row';
import { useT } from '@/i18n/i18n-provider';
import { findCellContext } from '@/model/cell-context';
import { cellKey } from '@/model/cell-ref';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import { clearOverride } from '@/model/edit-cells';
import { useSelectionStore } from '@/store/selection-store';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { focusCellByKey } from '@/ui/focus-cell';
import { keepCellAbove } from '@/ui/keep-cell-above';
import { AssignmentDetailList } from './assignment-detail-list';
import { CellEditor } from './cell-editor';
import { JointResponsibilityForm } from './joint-responsibility-form';
import { isReopenedDraft } from './reopen-kept-draft';
import './cell-detail.css';

// Back to the cell in the matrix, after the frame in which the panel changed.
function focusCellSoon(key: string) {
  requestAnimationFrame(() => focusCellByKey(key));
}

/**
 * The selected cell, beside the matrix: what it says and why, the principle and key link it answers
 * to, its editor and the row's joint-responsibility action. Applying, discarding or Escape gives
 * focus back to the cell; Escape outside an editor, or Close, closes the panel.
 */
export function CellDetailPanel() {
  const t = useT('detail');
  const selected = useSelectionStore((s) => s.selectedCell);
  // Deferred: the matrix answers an edit within the frame, the detail follows right after.
  const workspace = useDeferredValue(useWorkspaceStore((s) => s.workspace));
  const edit = useWorkspaceStore((s) => s.edit);
  const selectCell = useSelectionStore((s) => s.selectCell);
  // Mounted for the draft the start-up reopened: the editor opens on it.
  const [editing, setEditing] = useState<string | null>(() =>
    selected && isReopenedDraft(selected) ? cellKey(selected) : null,
  );
  const engagement = workspace.engagements.find((e) => e.id === selected?.engagementId);
  const matrix = useMemo(
    () => (engagement ? deriveMatrixMemo(engagement, workspace.overrides) : null),
    [engagement, workspace.overrides],
  );
  const row = matrix?.rows.find((r) => r.id === selected?.rowId);
  const sectionRef = useRef<HTMLElement>(null);
  const selectedKey = selected ? cellKey(selected) : null;
  // On a narrow screen the panel is a sheet over the lower half: keep the selected cell above it.
  useEffect(() => {
    if (!selectedKey) return;
    const frame = requestAnimationFrame(() => {
      const sheet = sectionRef.current?.closest('aside');
      if (sheet && getComputedStyle(sheet).position === 'fixed') keepCellAbove(selectedKey, sheet);
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedKey]);
  if (!selected || !engagement || !row) return null;
  const cell = row.cells[selected.role];
  const context = findCellContext(row, selected.role);
  const key = cellKey(selected);
  const rowName = describeRow(row, t).name;
  const backToCell = () => {
    setEditing(null);
    focusCellSoon(key);
  };
  const close = () => {
    setEditing(null);
    selectCell(null);
    focusCellSoon(key);
  };
  return (
    <section
      ref={sectionRef}
      className="panel cell-detail"
      aria-labelledby="cell-detail-heading"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        if (editing === key) backToCell();
        else close();
      }}
    >
      <div className="cell-detail-head">
        <h2 id="cell-detail-heading">{t('detail.heading')}</h2>
        <button type="button" className="cell-detail-close" onClick={close}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('detail.close')}</span>
        </button>
      </div>
      <h3>{t('detail.title', { role: t(`role.${selected.role}`), row: rowName })}</h3>
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
          onDone={backToCell}
        />
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="primary"
            onClick={(event) => {
              setEditing(key);
              // The button gives way to the editor: focus goes to the editor's first field, inside
              // the panel, so Escape and Tab go on from there.
              const panel = event.currentTarget.closest('.cell-detail');
              requestAnimationFrame(() =>
                panel
                  ?.querySelector<HTMLElement>('.cell-editor select, .cell-editor button')
                  ?.focus(),
              );
            }}
          >
            {t('detail.edit')}
          </button>
          {cell.overridden ? (
            <button
              type="button"
              onClick={() => {
                edit(clearOverride, selected);
                focusCellSoon(key);
              }}
            >
              {t('detail.resetCell')}
            </button>
          ) : null}
        </div>
      )}
      <JointResponsibilityForm
        t={t}
        engagement={engagement}
        row={row}
        rowName={rowName}
        onDone={() => focusCellSoon(key)}
      />
    </section>
  );
}
